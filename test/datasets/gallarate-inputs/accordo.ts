import type { AccordoDiProgrammaInput } from "../../../src/model/accordo-di-programma.js";
import type { AmbitoInput } from "../../../src/model/ambito.js";
import type { OrganInput, OrganSeat } from "../../../src/model/organ.js";
import { DOCUMENTS, linesIn } from "../../../src/datasets/_sources.js";

// Every fact below comes from the Accordo di Programma for the Piano di Zona 2025-2027 of the Ambito di Gallarate
// (lines 1-528 of the plain-text edition) and from the Piano's section on the Ambito's organisation (lines 584-793).
// The Accordo states no quorum, voting or weighting rules and no Collegio di vigilanza: none is encoded.
const lines = linesIn(DOCUMENTS.gallarate);

// The nine comuni in the order of art. 2 (L117-127) and their mayors as they sign (L486-520).
const COMUNI = [
  { slug: "gallarate", name: "Gallarate", mayor: "Andrea Cassani", line: 488 },
  { slug: "albizzate", name: "Albizzate", mayor: "Mirko Vittorio Zorzo", line: 492 },
  { slug: "cairate", name: "Cairate", mayor: "Anna Pugliese", line: 496 },
  { slug: "cassano-magnago", name: "Cassano Magnago", mayor: "Pietro Ottaviani", line: 500 },
  { slug: "cavaria-con-premezzo", name: "Cavaria con Premezzo", mayor: "Franco Zeni", line: 504 },
  { slug: "jerago-con-orago", name: "Jerago con Orago", mayor: "Emilio Aliverti", line: 508 },
  {
    slug: "oggiona-con-santo-stefano",
    name: "Oggiona con Santo Stefano",
    mayor: "Franco Ghiringhelli",
    line: 512,
  },
  { slug: "samarate", name: "Samarate", mayor: "Alessandro Ferrazzi", line: 516 },
  { slug: "solbiate-arno", name: "Solbiate Arno", mayor: "Oreste Battiston", line: 520 },
] as const;

const comuneId = (slug: string): string => `comune-di-${slug}`;
const ATS = "ats-insubria";
const ASST = "asst-valle-olona";

// The datasets are frozen at run time and typed as the model, so that they can be passed to every function.
export const GALLARATE_AMBITO_INPUT: AmbitoInput = {
  id: "ambito-di-gallarate",
  name: "Ambito Territoriale di Gallarate",
  // The document gives no population per comune, only the Ambito's total (L3007).
  comuni: COMUNI.map((comune) => ({ id: comuneId(comune.slug), name: comune.name, source: lines(117, 127) })),
  capofila: comuneId("gallarate"),
  ats: { id: ATS, name: "ATS Insubria" },
  asst: { id: ASST, name: "ASST Valle Olona" },
  // The ASST Valle Olona has four districts; the Ambito di Gallarate belongs to the Gallarate district (seed 001
  // L817; seed 000 L10340-10343).
  distretti: [{ name: "Distretto di Gallarate", comuni: COMUNI.map((comune) => comuneId(comune.slug)) }],
  source: lines(4, 41),
};

// Seats taken by one person per comune: the mayors (Assemblea) and the heads of the social services (Tavoli).
function mayorSeats(): OrganInput["seats"] {
  return COMUNI.map((comune) => ({
    id: `sindaco-${comune.slug}`,
    role: "sindaco" as const,
    ente: comuneId(comune.slug),
    delegable: true,
  }));
}

function socialServiceSeats(component?: OrganSeat["component"]): OrganInput["seats"] {
  return COMUNI.map((comune) => ({
    id: `servizi-sociali-${comune.slug}`,
    role: "responsabile-servizi-sociali" as const,
    ente: comuneId(comune.slug),
    delegable: false,
    ...(component === undefined ? {} : { component }),
  }));
}

const COORDINATOR = {
  id: "coordinatore-ufficio-di-piano",
  role: "responsabile-ufficio-di-piano",
  delegable: false,
} as const;

const TECHNICIANS_PRESENCE = { hoursPerWeek: 4, hoursTogetherPerWeek: 3 } as const;

const organs: OrganInput[] = [
  {
    id: "assemblea-dei-sindaci",
    kind: "assemblea-dei-sindaci",
    name: "Assemblea dei Sindaci",
    nature: "organo politico con funzione strategica e di garanzia",
    seats: [
      ...mayorSeats(),
      {
        id: "direttore-generale-ats",
        role: "direttore-generale",
        ente: ATS,
        delegable: true,
        attendee: true,
      },
      {
        id: "direttore-generale-asst",
        role: "direttore-generale",
        ente: ASST,
        delegable: true,
        attendee: true,
      },
      { ...COORDINATOR, id: "responsabile-ufficio-di-piano", delegable: true, attendee: true },
      { id: "verbalizzante", role: "verbalizzante", delegable: false, attendee: true },
    ],
    // Art. 4 (L145-147): the capofila's mayor presides.
    presidency: {
      seat: "sindaco-gallarate",
      substitute: "Vice-Presidente dell'Assemblea come designato dalla medesima ai sensi della convenzione",
    },
    functions: [
      "Definisce indirizzi, linee guida e contenuti del Piano di Zona, modificazioni ed integrazioni",
      "Promuove e controlla l'attuazione degli interventi/azioni contenute nel Piano di Zona",
      "Definisce la destinazione ed utilizzo delle risorse finanziarie",
      "Attiva il processo di programmazione delle diverse attività",
      "Individua gli obiettivi, nonché le relative risorse a disposizione",
      "Definisce, approva e sottoscrive le diverse tipologie di accordi, convenzioni, collaborazioni con Enti Terzi",
      "Verifica e valuta i progetti in collaborazione con il Tavolo dei Tecnici",
      "Valuta/approva le proposte del Tavolo Tecnico relative al fabbisogno del personale",
    ],
    meetingPlace: "Sala messa a disposizione dal Comune Capofila",
    source: lines(592, 648),
  },
  {
    id: "ufficio-di-piano",
    kind: "ufficio-di-piano",
    name: "Ufficio di Piano",
    nature: "struttura tecnico organizzativa di supporto e coordinamento",
    // "La Direzione dell'Ufficio di Piano è affidata ai Componenti del Tavolo dei Tecnici" (L775-777).
    seats: [COORDINATOR, ...socialServiceSeats()],
    functions: [
      "Supporta l'Assemblea dei Sindaci ed il Tavolo dei Tecnici in tutte le fasi del processo programmatorio",
      "Gestisce gli atti conseguenti all'approvazione del Piano di Zona",
      "Ha funzione di studio, elaborazione e istruttoria degli atti",
      "Rappresenta l'Ambito all'interno delle Cabine di Regia (ATS e ASST) e dei Tavoli sovra distrettuali",
      "È parte attiva nella co-programmazione, co-progettazione e co-gestione con l'ATS, l'ASST e il Terzo Settore",
      "Costruzione e gestione del budget",
      "Coordinamento della partecipazione dei soggetti sottoscrittori e aderenti all'Accordo di Programma",
    ],
    presence: TECHNICIANS_PRESENCE,
    // "si ipotizza la seguente dotazione organica" (L779-785): 4,5 full-time equivalents.
    staffing: [
      { role: "Posizione Organizzativa", count: 1, timeShare: 100, note: "dedicata 100%" },
      {
        role: "Figura amministrativa",
        count: 2,
        timeShare: 100,
        note: "full time per attività di segreteria",
      },
      { role: "Assistente Sociale", count: 1, timeShare: 50 },
      { role: "Assistente Sociale", count: 1, timeShare: 100, note: "dedicata PUA" },
    ],
    meetingPlace: "Sede messa a disposizione dal Comune Capofila",
    source: lines(705, 793),
  },
  {
    id: "tavolo-dei-tecnici",
    kind: "tavolo-tecnico",
    name: "Tavolo dei Tecnici",
    seats: [COORDINATOR, ...socialServiceSeats()],
    functions: [
      "Studio e predisposizione del Piano di Zona",
      "Coordinamento delle attività connesse alla sua attuazione",
      "Co-programmazione, co-progettazione e co-gestione con Regione, ATS, ASST, Provincia e Tavolo locale ETS",
      "Supporto all'Assemblea dei Sindaci in tutte le fasi del processo programmatorio",
      "Direzione collegiale dell'Ufficio di Piano",
      "Azioni di progettazione, monitoraggio e verifica delle attività",
      "Coordinamento dei Tavoli Tematici",
      "Costruzione e governo della rete",
      "Definizione degli stanziamenti finanziari da sottoporre all'Assemblea dei Sindaci",
      "Messa in rete di «Buone Prassi»",
      "Predisposizione di regolamenti condivisi",
      "Raccolta, analisi ed aggiornamento dei dati necessari alla stesura ed alla gestione del Piano",
      "Azioni di monitoraggio e di verifica dell'andamento del processo",
    ],
    // "almeno 4 ore settimanali di cui almeno 3 in compresenza" (L674-675; in words at L401-402).
    presence: TECHNICIANS_PRESENCE,
    meetingPlace: "Sede messa a disposizione dal Comune Capofila",
    source: lines(668, 704),
  },
  {
    id: "tavolo-terzo-settore",
    kind: "tavolo-terzo-settore",
    name: "Tavolo Locale Permanente di confronto con gli Enti del Terzo Settore",
    seats: [
      {
        id: "presidente",
        role: "presidente-assemblea-dei-sindaci",
        delegable: true,
        component: "istituzionale",
        text: "Presidente dell'Assemblea dei Sindaci o suo delegato formalmente nominato",
      },
      ...socialServiceSeats("istituzionale"),
      {
        id: "direttore-distretto-asst",
        role: "direttore-distretto",
        ente: ASST,
        delegable: true,
        component: "istituzionale",
      },
      { ...COORDINATOR, component: "istituzionale" },
      {
        id: "organizzazioni-sindacali",
        role: "rappresentante",
        enteKind: "organizzazione-sindacale",
        delegable: false,
        component: "istituzionale",
      },
      {
        id: "enti-religiosi",
        role: "rappresentante",
        enteKind: "ente-religioso",
        delegable: false,
        component: "istituzionale",
        text: "Rappresentanti di Enti religiosi civilmente riconosciuti",
      },
      {
        id: "enti-terzo-settore",
        role: "rappresentante-legale",
        enteKind: "ets",
        delegable: true,
        component: "terzo-settore",
        text: "rappresentante legale o suo delegato degli Enti del Terzo Settore aderenti al Piano di Zona 2025-2027",
      },
    ],
    presidency: { seat: "presidente" },
    functions: [
      "Condivisione di conoscenze ed informazioni",
      "Individuazione delle problematiche",
      "Raccordo con il territorio ed attivazione della rete operativa",
      "Analisi e programmazione delle soluzioni alle problematiche sociali identificate nel territorio",
      "Approfondimento tematiche specifiche",
    ],
    source: lines(428, 467),
  },
  ...[
    [
      "tavolo-tematico-poverta",
      "Povertà Integrazione e Multietnicità, Salute Mentale, Prevenzione Dipendenze",
    ],
    ["tavolo-tematico-anziani", "Anziani"],
    ["tavolo-tematico-disabilita", "Persone con disabilità"],
    ["tavolo-tematico-minori-famiglie", "Minori e Famiglie"],
  ].map(([id, name]): OrganInput => ({
    id: id ?? "",
    kind: "tavolo-tematico",
    name: `Tavolo Tematico ${name ?? ""}`,
    // The Accordo gives their areas, not their composition (L452-458).
    parent: "tavolo-terzo-settore",
    seats: [],
    functions: [],
    source: lines(452, 458),
  })),
  {
    id: "cabina-di-regia-integrata-ats",
    kind: "cabina-di-regia-ats",
    name: "Cabina di Regia Integrata di ATS Insubria",
    nature: "con funzioni consultive (artt. 6 comma 6 e 6 bis L.R. 33/2009)",
    seats: [],
    functions: [
      "Raccorda le necessità di integrazione della rete sanitaria, sociosanitaria e sociale con i bisogni del territorio",
      "Collabora alla definizione di linee guida e modelli omogenei con la Direzione Sociosanitaria dell'ASST",
      "Favorisce l'attuazione delle linee di indirizzo per la programmazione sociale territoriale",
      "Esplica la funzione di raccordo, coordinamento e concertazione con la Cabina di Regia dell'ASST",
    ],
    source: lines(214, 235),
  },
  {
    id: "cabina-di-regia-asst",
    kind: "cabina-di-regia-asst",
    name: "Cabina di Regia dell'ASST Valle Olona",
    // Named by art. 6 and art. 9 (L234-235, L387); its composition is not in the Accordo.
    seats: [],
    functions: [],
    source: lines(234, 235),
  },
];

const ARTICLE_LINES: readonly [number, string, number, number, string][] = [
  [
    1,
    "Definizione",
    104,
    109,
    "L'Accordo di Programma è lo strumento con il quale le Amministrazioni interessate all'attuazione del Piano di Zona coordinano i rispettivi interventi per il raggiungimento degli obiettivi previsti, determinandone ruoli e impegni e definendo i sistemi di partecipazione sia politica che economica e gestionale.",
  ],
  [
    2,
    "Soggetti sottoscrittori dell'Accordo di Programma",
    111,
    132,
    "Sottoscrivono il presente Accordo tutti i Sindaci dei Comuni appartenenti all'Ambito Distrettuale […]. Sono altresì sottoscrittori dell'Accordo di Programma l'Agenzia di Tutela della Salute dell'Insubria (A.T.S. Insubria). e Azienda socio-sanitaria territoriale Valle Olona (ASST Valle Olona).",
  ],
  [
    3,
    "Soggetti aderenti all'Accordo di Programma",
    134,
    138,
    "Possono aderire al presente Accordo gli organismi rappresentativi del Terzo Settore, operanti nel territorio che partecipano, attraverso il Tavolo Locale Permanente di Confronto con i soggetti del Terzo Settore e i rispettivi Tavoli Tematici, per l'attuazione del Piano di Zona di questo Ambito.",
  ],
  [
    4,
    "Funzioni e responsabilità del Comune capofila",
    140,
    164,
    "Il Comune di Gallarate, quale Ente capofila, promuove tutte le azioni necessarie per l'attuazione del Piano di Zona […]",
  ],
  [
    5,
    "Adempimenti dei Comuni dell'ambito",
    166,
    187,
    "Tutti i Comuni sottoscrittori del presente accordo collaborano con l'Ente capofila a realizzare tutte le azioni necessarie per l'attuazione del Piano di Zona […]",
  ],
  [
    6,
    "Adempimenti dell'Agenzia di Tutela della Salute dell'Insubria",
    189,
    319,
    "ATS Insubria: esercita la propria funzione di governance nell'ambito della programmazione, dell'integrazione tra le prestazioni sanitarie, sociosanitarie e sociali […]",
  ],
  [
    7,
    "Adempimenti dell'Azienda Socio-Sanitaria Territoriale Valle Olona",
    322,
    347,
    "L'Azienda Socio-Sanitaria Territoriale della Valle Olona nell'ambito del percorso di elaborazione del Piano di Sviluppo del Polo Territoriale (PPT) ha operato in una logica di piena armonizzazione con il processo di programmazione dei Piani di Zona […]",
  ],
  [
    8,
    "Il Piano di Zona.",
    351,
    356,
    "Il Documento di Piano 2025-2027, contiene indicazioni in ordine agli obiettivi e le priorità per il Welfare locale e persegue gli obiettivi indicati dalla normativa regionale di riferimento […]",
  ],
  [
    9,
    "Organi di gestione del Piano di Zona",
    358,
    467,
    "L'Assemblea dei Sindaci è l'organo politico con funzione strategica e di garanzia […]. Sono individuati quali Organi tecnico-amministrativi: Ufficio di Piano, Tavolo dei Tecnici, Tavolo Locale Permanente di confronto con gli Enti del Terzo Settore.",
  ],
  [
    10,
    "Modalità di verifica e monitoraggio dell'attuazione dell'Accordo di Programma",
    469,
    474,
    "Gli organi tecnico-amministrativi monitorano periodicamente l'attuazione dell'Accordo e la realizzazione delle azioni previste dal Piano di Zona. Periodicamente l'Ufficio di Piano relaziona agli Organi politici, affinché gli stessi verifichino il rispetto degli impegni che la sottoscrizione dell'atto comporta per ciascun soggetto istituzionale.",
  ],
  [
    11,
    "Durata",
    476,
    481,
    "Il presente Accordo di Programma ha durata, conformemente alla durata del Piano di Zona, a decorrere dal 01.01.2025 al 31.12.2027, salvo eventuali proroghe disposte da Regione Lombardia. Eventuali modifiche, integrazioni ed aggiornamenti di Piano, che si rendessero necessari nel corso della gestione, saranno preventivamente concordati fra tutti i soggetti istituzionali sottoscrittori.",
  ],
];

export const GALLARATE_ACCORDO_INPUT: AccordoDiProgrammaInput = {
  title: "Accordo di Programma per la realizzazione del Piano di Zona 2025-2027",
  ambito: "ambito-di-gallarate",
  parties: [
    ...COMUNI.map((comune) => ({
      id: comuneId(comune.slug),
      kind: "comune" as const,
      name: `Comune di ${comune.name}`,
      source: lines(15, 31),
    })),
    {
      id: ATS,
      kind: "ats",
      name: "Agenzia di Tutela della Salute dell'Insubria",
      shortName: "ATS Insubria",
      source: lines(39, 39),
    },
    {
      id: ASST,
      kind: "asst",
      name: "Azienda Socio-Sanitaria Territoriale della Valle Olona",
      shortName: "ASST Valle Olona",
      source: lines(41, 41),
    },
  ],
  articles: ARTICLE_LINES.map(([number, title, first, last, text]) => ({
    number,
    title,
    text,
    source: lines(first, last),
  })),
  signatories: [
    ...COMUNI.map((comune) => ({
      ente: comuneId(comune.slug),
      representedBy: { role: "sindaco" as const, name: comune.mayor },
    })),
    { ente: ATS, representedBy: { role: "direttore-generale", name: "Salvatore Gioia" } },
    { ente: ASST, representedBy: { role: "direttore-generale", name: "Daniela Bianchi" } },
  ],
  // The Accordo names no adherent: art. 3 says who may adhere.
  adherents: [],
  // Art. 3 (L136-138) and art. 9 (L429-431): Terzo Settore bodies and enti religiosi civilmente riconosciuti.
  adhesion: { kinds: ["ets", "ente-religioso"], through: "tavolo-terzo-settore", article: 3 },
  capofila: {
    ente: comuneId("gallarate"),
    article: 4,
    duties: [
      "Assume la rappresentanza formale esterna in sede politica, tramite il Sindaco nella sua qualità di Presidente dell'Assemblea dei Sindaci",
      "Acquisisce per conto dei Comuni associati le risorse finanziarie destinate al Piano di zona derivanti da fondi europei, regionali e statali",
      "Acquisisce i finanziamenti dei Comuni firmatari per la realizzazione delle attività e dei servizi in forma associata",
      "Iscrive nel proprio bilancio, con specifico vincolo di destinazione, ogni ulteriore possibile finanziamento",
      "Garantisce il funzionamento dell'Ufficio di Piano come definito dalla Convenzione tra i Comuni dell'Ambito",
      "Adotta, in nome e per conto di tutti i restanti Comuni dell'Ambito, gli atti necessari per dare attuazione alle volontà dell'Assemblea dei Sindaci",
    ],
  },
  period: { from: "01.01.2025", to: "31.12.2027" },
  extensionAuthority: "regione",
  extensions: [],
  amendment: { rule: "tutti-i-sottoscrittori-istituzionali", article: 11 },
  organs,
  monitoring: {
    by: ["ufficio-di-piano", "tavolo-dei-tecnici", "tavolo-terzo-settore"],
    reportsTo: ["assemblea-dei-sindaci"],
    article: 10,
  },
  attachedPlan: {
    title: "Piano di Zona 2025-2027",
    adoptedBy: "assemblea-dei-sindaci",
    adoptedOn: "02.12.2024",
  },
  // "Letto confermato e sottoscritto digitalmente" (L484): no signature date is printed.
  source: lines(1, 528),
};

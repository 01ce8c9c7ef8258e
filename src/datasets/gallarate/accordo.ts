import { deepFreeze } from "../../core/deep-freeze.js";
import type { AccordoDiProgramma } from "../../model/accordo-di-programma.js";
import type { Ambito } from "../../model/ambito.js";
import { dec as d } from "../_dec.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

// Every fact below comes from the Accordo di Programma for the Piano di Zona 2025-2027 of the Ambito di Gallarate
// (lines 1-528 of the plain-text edition) and from the Piano's section on the Ambito's organisation (lines 584-793).
// The Accordo states no quorum, voting or weighting rules and no Collegio di vigilanza: none is encoded.
// The values are written as the parsers return them (ISO dates, exact decimals), so that importing them parses
// nothing; test/datasets/dataset-literals.test.ts checks them against the records as the document prints them.
const lines = linesIn(DOCUMENTS.gallarate);

// Parsed from GALLARATE_AMBITO_INPUT in test/datasets/gallarate-inputs/accordo.ts, which cites the lines of each fact.
/**
 * The Ambito Territoriale di Gallarate: nine comuni with Gallarate as ente capofila, ATS Insubria and ASST Valle
 * Olona (Accordo di Programma 2025-2027, lines 15-41 and 117-132). The document gives no population per comune.
 *
 * @example
 * ```ts
 * import { GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * GALLARATE_AMBITO.comuni.length //=> 9
 * GALLARATE_AMBITO.capofila //=> "comune-di-gallarate"
 * ```
 * @category Datasets
 */
export const GALLARATE_AMBITO: Ambito = deepFreeze<Ambito>({
  id: "ambito-di-gallarate",
  name: "Ambito Territoriale di Gallarate",
  comuni: [
    { id: "comune-di-gallarate", name: "Gallarate", source: lines(117, 127) },
    { id: "comune-di-albizzate", name: "Albizzate", source: lines(117, 127) },
    { id: "comune-di-cairate", name: "Cairate", source: lines(117, 127) },
    { id: "comune-di-cassano-magnago", name: "Cassano Magnago", source: lines(117, 127) },
    { id: "comune-di-cavaria-con-premezzo", name: "Cavaria con Premezzo", source: lines(117, 127) },
    { id: "comune-di-jerago-con-orago", name: "Jerago con Orago", source: lines(117, 127) },
    { id: "comune-di-oggiona-con-santo-stefano", name: "Oggiona con Santo Stefano", source: lines(117, 127) },
    { id: "comune-di-samarate", name: "Samarate", source: lines(117, 127) },
    { id: "comune-di-solbiate-arno", name: "Solbiate Arno", source: lines(117, 127) },
  ],
  capofila: "comune-di-gallarate",
  ats: { id: "ats-insubria", name: "ATS Insubria" },
  asst: { id: "asst-valle-olona", name: "ASST Valle Olona" },
  distretti: [
    {
      name: "Distretto di Gallarate",
      comuni: [
        "comune-di-gallarate",
        "comune-di-albizzate",
        "comune-di-cairate",
        "comune-di-cassano-magnago",
        "comune-di-cavaria-con-premezzo",
        "comune-di-jerago-con-orago",
        "comune-di-oggiona-con-santo-stefano",
        "comune-di-samarate",
        "comune-di-solbiate-arno",
      ],
    },
  ],
  source: lines(4, 41),
}) as Ambito;

// Parsed from GALLARATE_ACCORDO_INPUT in test/datasets/gallarate-inputs/accordo.ts (Italian numbers and dates as
// printed, with the line of each fact).
/**
 * The Accordo di Programma of the Ambito di Gallarate for the Piano di Zona 2025-2027: 11 articles, 9 comuni + ATS
 * Insubria + ASST Valle Olona as signatories, 01.01.2025-31.12.2027 "salvo eventuali proroghe disposte da Regione
 * Lombardia", amendments agreed by all institutional signatories, and its organs (Assemblea dei Sindaci, Ufficio di
 * Piano with 4,5 FTE, Tavolo dei Tecnici, Tavolo Locale del Terzo Settore with four tavoli tematici, the Cabine di
 * Regia of ATS and ASST). It states no quorum or voting rules, so none is encoded.
 *
 * @example
 * ```ts
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * GALLARATE_ACCORDO.articles.length //=> 11
 * GALLARATE_ACCORDO.signatories.length //=> 11
 * GALLARATE_ACCORDO.period //=> { from: "2025-01-01", to: "2027-12-31" }
 * ```
 * @category Datasets
 */
export const GALLARATE_ACCORDO: AccordoDiProgramma = deepFreeze<AccordoDiProgramma>({
  title: "Accordo di Programma per la realizzazione del Piano di Zona 2025-2027",
  ambito: "ambito-di-gallarate",
  parties: [
    { id: "comune-di-gallarate", kind: "comune", name: "Comune di Gallarate", source: lines(15, 31) },
    { id: "comune-di-albizzate", kind: "comune", name: "Comune di Albizzate", source: lines(15, 31) },
    { id: "comune-di-cairate", kind: "comune", name: "Comune di Cairate", source: lines(15, 31) },
    {
      id: "comune-di-cassano-magnago",
      kind: "comune",
      name: "Comune di Cassano Magnago",
      source: lines(15, 31),
    },
    {
      id: "comune-di-cavaria-con-premezzo",
      kind: "comune",
      name: "Comune di Cavaria con Premezzo",
      source: lines(15, 31),
    },
    {
      id: "comune-di-jerago-con-orago",
      kind: "comune",
      name: "Comune di Jerago con Orago",
      source: lines(15, 31),
    },
    {
      id: "comune-di-oggiona-con-santo-stefano",
      kind: "comune",
      name: "Comune di Oggiona con Santo Stefano",
      source: lines(15, 31),
    },
    { id: "comune-di-samarate", kind: "comune", name: "Comune di Samarate", source: lines(15, 31) },
    { id: "comune-di-solbiate-arno", kind: "comune", name: "Comune di Solbiate Arno", source: lines(15, 31) },
    {
      id: "ats-insubria",
      kind: "ats",
      name: "Agenzia di Tutela della Salute dell'Insubria",
      shortName: "ATS Insubria",
      source: lines(39),
    },
    {
      id: "asst-valle-olona",
      kind: "asst",
      name: "Azienda Socio-Sanitaria Territoriale della Valle Olona",
      shortName: "ASST Valle Olona",
      source: lines(41),
    },
  ],
  articles: [
    {
      number: 1,
      title: "Definizione",
      text: "L'Accordo di Programma è lo strumento con il quale le Amministrazioni interessate all'attuazione del Piano di Zona coordinano i rispettivi interventi per il raggiungimento degli obiettivi previsti, determinandone ruoli e impegni e definendo i sistemi di partecipazione sia politica che economica e gestionale.",
      source: lines(104, 109),
    },
    {
      number: 2,
      title: "Soggetti sottoscrittori dell'Accordo di Programma",
      text: "Sottoscrivono il presente Accordo tutti i Sindaci dei Comuni appartenenti all'Ambito Distrettuale […]. Sono altresì sottoscrittori dell'Accordo di Programma l'Agenzia di Tutela della Salute dell'Insubria (A.T.S. Insubria). e Azienda socio-sanitaria territoriale Valle Olona (ASST Valle Olona).",
      source: lines(111, 132),
    },
    {
      number: 3,
      title: "Soggetti aderenti all'Accordo di Programma",
      text: "Possono aderire al presente Accordo gli organismi rappresentativi del Terzo Settore, operanti nel territorio che partecipano, attraverso il Tavolo Locale Permanente di Confronto con i soggetti del Terzo Settore e i rispettivi Tavoli Tematici, per l'attuazione del Piano di Zona di questo Ambito.",
      source: lines(134, 138),
    },
    {
      number: 4,
      title: "Funzioni e responsabilità del Comune capofila",
      text: "Il Comune di Gallarate, quale Ente capofila, promuove tutte le azioni necessarie per l'attuazione del Piano di Zona […]",
      source: lines(140, 164),
    },
    {
      number: 5,
      title: "Adempimenti dei Comuni dell'ambito",
      text: "Tutti i Comuni sottoscrittori del presente accordo collaborano con l'Ente capofila a realizzare tutte le azioni necessarie per l'attuazione del Piano di Zona […]",
      source: lines(166, 187),
    },
    {
      number: 6,
      title: "Adempimenti dell'Agenzia di Tutela della Salute dell'Insubria",
      text: "ATS Insubria: esercita la propria funzione di governance nell'ambito della programmazione, dell'integrazione tra le prestazioni sanitarie, sociosanitarie e sociali […]",
      source: lines(189, 319),
    },
    {
      number: 7,
      title: "Adempimenti dell'Azienda Socio-Sanitaria Territoriale Valle Olona",
      text: "L'Azienda Socio-Sanitaria Territoriale della Valle Olona nell'ambito del percorso di elaborazione del Piano di Sviluppo del Polo Territoriale (PPT) ha operato in una logica di piena armonizzazione con il processo di programmazione dei Piani di Zona […]",
      source: lines(322, 347),
    },
    {
      number: 8,
      title: "Il Piano di Zona.",
      text: "Il Documento di Piano 2025-2027, contiene indicazioni in ordine agli obiettivi e le priorità per il Welfare locale e persegue gli obiettivi indicati dalla normativa regionale di riferimento […]",
      source: lines(351, 356),
    },
    {
      number: 9,
      title: "Organi di gestione del Piano di Zona",
      text: "L'Assemblea dei Sindaci è l'organo politico con funzione strategica e di garanzia […]. Sono individuati quali Organi tecnico-amministrativi: Ufficio di Piano, Tavolo dei Tecnici, Tavolo Locale Permanente di confronto con gli Enti del Terzo Settore.",
      source: lines(358, 467),
    },
    {
      number: 10,
      title: "Modalità di verifica e monitoraggio dell'attuazione dell'Accordo di Programma",
      text: "Gli organi tecnico-amministrativi monitorano periodicamente l'attuazione dell'Accordo e la realizzazione delle azioni previste dal Piano di Zona. Periodicamente l'Ufficio di Piano relaziona agli Organi politici, affinché gli stessi verifichino il rispetto degli impegni che la sottoscrizione dell'atto comporta per ciascun soggetto istituzionale.",
      source: lines(469, 474),
    },
    {
      number: 11,
      title: "Durata",
      text: "Il presente Accordo di Programma ha durata, conformemente alla durata del Piano di Zona, a decorrere dal 01.01.2025 al 31.12.2027, salvo eventuali proroghe disposte da Regione Lombardia. Eventuali modifiche, integrazioni ed aggiornamenti di Piano, che si rendessero necessari nel corso della gestione, saranno preventivamente concordati fra tutti i soggetti istituzionali sottoscrittori.",
      source: lines(476, 481),
    },
  ],
  signatories: [
    { ente: "comune-di-gallarate", representedBy: { role: "sindaco", name: "Andrea Cassani" } },
    { ente: "comune-di-albizzate", representedBy: { role: "sindaco", name: "Mirko Vittorio Zorzo" } },
    { ente: "comune-di-cairate", representedBy: { role: "sindaco", name: "Anna Pugliese" } },
    { ente: "comune-di-cassano-magnago", representedBy: { role: "sindaco", name: "Pietro Ottaviani" } },
    { ente: "comune-di-cavaria-con-premezzo", representedBy: { role: "sindaco", name: "Franco Zeni" } },
    { ente: "comune-di-jerago-con-orago", representedBy: { role: "sindaco", name: "Emilio Aliverti" } },
    {
      ente: "comune-di-oggiona-con-santo-stefano",
      representedBy: { role: "sindaco", name: "Franco Ghiringhelli" },
    },
    { ente: "comune-di-samarate", representedBy: { role: "sindaco", name: "Alessandro Ferrazzi" } },
    { ente: "comune-di-solbiate-arno", representedBy: { role: "sindaco", name: "Oreste Battiston" } },
    { ente: "ats-insubria", representedBy: { role: "direttore-generale", name: "Salvatore Gioia" } },
    { ente: "asst-valle-olona", representedBy: { role: "direttore-generale", name: "Daniela Bianchi" } },
  ],
  adherents: [],
  adhesion: { kinds: ["ets", "ente-religioso"], through: "tavolo-terzo-settore", article: 3 },
  capofila: {
    ente: "comune-di-gallarate",
    duties: [
      "Assume la rappresentanza formale esterna in sede politica, tramite il Sindaco nella sua qualità di Presidente dell'Assemblea dei Sindaci",
      "Acquisisce per conto dei Comuni associati le risorse finanziarie destinate al Piano di zona derivanti da fondi europei, regionali e statali",
      "Acquisisce i finanziamenti dei Comuni firmatari per la realizzazione delle attività e dei servizi in forma associata",
      "Iscrive nel proprio bilancio, con specifico vincolo di destinazione, ogni ulteriore possibile finanziamento",
      "Garantisce il funzionamento dell'Ufficio di Piano come definito dalla Convenzione tra i Comuni dell'Ambito",
      "Adotta, in nome e per conto di tutti i restanti Comuni dell'Ambito, gli atti necessari per dare attuazione alle volontà dell'Assemblea dei Sindaci",
    ],
    article: 4,
  },
  period: { from: "2025-01-01", to: "2027-12-31" },
  extensionAuthority: "regione",
  extensions: [],
  amendment: { rule: "tutti-i-sottoscrittori-istituzionali", article: 11 },
  organs: [
    {
      id: "assemblea-dei-sindaci",
      kind: "assemblea-dei-sindaci",
      name: "Assemblea dei Sindaci",
      nature: "organo politico con funzione strategica e di garanzia",
      seats: [
        { id: "sindaco-gallarate", role: "sindaco", ente: "comune-di-gallarate", delegable: true },
        { id: "sindaco-albizzate", role: "sindaco", ente: "comune-di-albizzate", delegable: true },
        { id: "sindaco-cairate", role: "sindaco", ente: "comune-di-cairate", delegable: true },
        {
          id: "sindaco-cassano-magnago",
          role: "sindaco",
          ente: "comune-di-cassano-magnago",
          delegable: true,
        },
        {
          id: "sindaco-cavaria-con-premezzo",
          role: "sindaco",
          ente: "comune-di-cavaria-con-premezzo",
          delegable: true,
        },
        {
          id: "sindaco-jerago-con-orago",
          role: "sindaco",
          ente: "comune-di-jerago-con-orago",
          delegable: true,
        },
        {
          id: "sindaco-oggiona-con-santo-stefano",
          role: "sindaco",
          ente: "comune-di-oggiona-con-santo-stefano",
          delegable: true,
        },
        { id: "sindaco-samarate", role: "sindaco", ente: "comune-di-samarate", delegable: true },
        { id: "sindaco-solbiate-arno", role: "sindaco", ente: "comune-di-solbiate-arno", delegable: true },
        {
          id: "direttore-generale-ats",
          role: "direttore-generale",
          ente: "ats-insubria",
          delegable: true,
          attendee: true,
        },
        {
          id: "direttore-generale-asst",
          role: "direttore-generale",
          ente: "asst-valle-olona",
          delegable: true,
          attendee: true,
        },
        {
          id: "responsabile-ufficio-di-piano",
          role: "responsabile-ufficio-di-piano",
          delegable: true,
          attendee: true,
        },
        { id: "verbalizzante", role: "verbalizzante", delegable: false, attendee: true },
      ],
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
      seats: [
        { id: "coordinatore-ufficio-di-piano", role: "responsabile-ufficio-di-piano", delegable: false },
        {
          id: "servizi-sociali-gallarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-gallarate",
          delegable: false,
        },
        {
          id: "servizi-sociali-albizzate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-albizzate",
          delegable: false,
        },
        {
          id: "servizi-sociali-cairate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cairate",
          delegable: false,
        },
        {
          id: "servizi-sociali-cassano-magnago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cassano-magnago",
          delegable: false,
        },
        {
          id: "servizi-sociali-cavaria-con-premezzo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cavaria-con-premezzo",
          delegable: false,
        },
        {
          id: "servizi-sociali-jerago-con-orago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-jerago-con-orago",
          delegable: false,
        },
        {
          id: "servizi-sociali-oggiona-con-santo-stefano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-oggiona-con-santo-stefano",
          delegable: false,
        },
        {
          id: "servizi-sociali-samarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-samarate",
          delegable: false,
        },
        {
          id: "servizi-sociali-solbiate-arno",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-solbiate-arno",
          delegable: false,
        },
      ],
      functions: [
        "Supporta l'Assemblea dei Sindaci ed il Tavolo dei Tecnici in tutte le fasi del processo programmatorio",
        "Gestisce gli atti conseguenti all'approvazione del Piano di Zona",
        "Ha funzione di studio, elaborazione e istruttoria degli atti",
        "Rappresenta l'Ambito all'interno delle Cabine di Regia (ATS e ASST) e dei Tavoli sovra distrettuali",
        "È parte attiva nella co-programmazione, co-progettazione e co-gestione con l'ATS, l'ASST e il Terzo Settore",
        "Costruzione e gestione del budget",
        "Coordinamento della partecipazione dei soggetti sottoscrittori e aderenti all'Accordo di Programma",
      ],
      presence: { hoursPerWeek: 4, hoursTogetherPerWeek: 3 },
      staffing: [
        { role: "Posizione Organizzativa", count: 1, timeShare: d("100"), note: "dedicata 100%" },
        {
          role: "Figura amministrativa",
          count: 2,
          timeShare: d("100"),
          note: "full time per attività di segreteria",
        },
        { role: "Assistente Sociale", count: 1, timeShare: d("50") },
        { role: "Assistente Sociale", count: 1, timeShare: d("100"), note: "dedicata PUA" },
      ],
      meetingPlace: "Sede messa a disposizione dal Comune Capofila",
      source: lines(705, 793),
    },
    {
      id: "tavolo-dei-tecnici",
      kind: "tavolo-tecnico",
      name: "Tavolo dei Tecnici",
      seats: [
        { id: "coordinatore-ufficio-di-piano", role: "responsabile-ufficio-di-piano", delegable: false },
        {
          id: "servizi-sociali-gallarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-gallarate",
          delegable: false,
        },
        {
          id: "servizi-sociali-albizzate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-albizzate",
          delegable: false,
        },
        {
          id: "servizi-sociali-cairate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cairate",
          delegable: false,
        },
        {
          id: "servizi-sociali-cassano-magnago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cassano-magnago",
          delegable: false,
        },
        {
          id: "servizi-sociali-cavaria-con-premezzo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cavaria-con-premezzo",
          delegable: false,
        },
        {
          id: "servizi-sociali-jerago-con-orago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-jerago-con-orago",
          delegable: false,
        },
        {
          id: "servizi-sociali-oggiona-con-santo-stefano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-oggiona-con-santo-stefano",
          delegable: false,
        },
        {
          id: "servizi-sociali-samarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-samarate",
          delegable: false,
        },
        {
          id: "servizi-sociali-solbiate-arno",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-solbiate-arno",
          delegable: false,
        },
      ],
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
      presence: { hoursPerWeek: 4, hoursTogetherPerWeek: 3 },
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
        {
          id: "servizi-sociali-gallarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-gallarate",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-albizzate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-albizzate",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-cairate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cairate",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-cassano-magnago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cassano-magnago",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-cavaria-con-premezzo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cavaria-con-premezzo",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-jerago-con-orago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-jerago-con-orago",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-oggiona-con-santo-stefano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-oggiona-con-santo-stefano",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-samarate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-samarate",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "servizi-sociali-solbiate-arno",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-solbiate-arno",
          delegable: false,
          component: "istituzionale",
        },
        {
          id: "direttore-distretto-asst",
          role: "direttore-distretto",
          ente: "asst-valle-olona",
          delegable: true,
          component: "istituzionale",
        },
        {
          id: "coordinatore-ufficio-di-piano",
          role: "responsabile-ufficio-di-piano",
          delegable: false,
          component: "istituzionale",
        },
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
    {
      id: "tavolo-tematico-poverta",
      kind: "tavolo-tematico",
      name: "Tavolo Tematico Povertà Integrazione e Multietnicità, Salute Mentale, Prevenzione Dipendenze",
      parent: "tavolo-terzo-settore",
      seats: [],
      functions: [],
      source: lines(452, 458),
    },
    {
      id: "tavolo-tematico-anziani",
      kind: "tavolo-tematico",
      name: "Tavolo Tematico Anziani",
      parent: "tavolo-terzo-settore",
      seats: [],
      functions: [],
      source: lines(452, 458),
    },
    {
      id: "tavolo-tematico-disabilita",
      kind: "tavolo-tematico",
      name: "Tavolo Tematico Persone con disabilità",
      parent: "tavolo-terzo-settore",
      seats: [],
      functions: [],
      source: lines(452, 458),
    },
    {
      id: "tavolo-tematico-minori-famiglie",
      kind: "tavolo-tematico",
      name: "Tavolo Tematico Minori e Famiglie",
      parent: "tavolo-terzo-settore",
      seats: [],
      functions: [],
      source: lines(452, 458),
    },
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
      seats: [],
      functions: [],
      source: lines(234, 235),
    },
  ],
  monitoring: {
    by: ["ufficio-di-piano", "tavolo-dei-tecnici", "tavolo-terzo-settore"],
    reportsTo: ["assemblea-dei-sindaci"],
    article: 10,
  },
  attachedPlan: {
    title: "Piano di Zona 2025-2027",
    adoptedBy: "assemblea-dei-sindaci",
    adoptedOn: "2024-12-02",
  },
  source: lines(1, 528),
}) as AccordoDiProgramma;

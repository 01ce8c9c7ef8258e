// The governance of the Ambito di Busto Arsizio in the Piano di Zona 2025-2027: the Ambito, the Accordo di Programma as printed (a
// draft: blanks of the document stay blank) with its organs, and the protocols and co-programming / co-design procedures
// the plan reports. Plain literals in the models' input (JSON) form: nothing is parsed or computed at import.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { AccordoDiProgrammaDraftInput } from "../../model/accordo-di-programma.js";
import type { AmbitoInput } from "../../model/ambito.js";
import type { ProtocolOrProcedureInput } from "../../model/protocol.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The Ambito di Busto Arsizio as its Piano di Zona 2025-2027 describes it: comuni, capofila, ATS, ASST and health districts. In
 * the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { safeParseAmbito } from "piano-di-zona";
 * import { BUSTO_ARSIZIO_AMBITO } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_AMBITO.comuni.length //=> 1
 * safeParseAmbito(BUSTO_ARSIZIO_AMBITO).success //=> true
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_AMBITO: DeepReadonly<AmbitoInput> = deepFreeze({
  id: "ambito-di-busto-arsizio",
  name: "Ambito di Busto Arsizio",
  comuni: [
    {
      id: "comune-di-busto-arsizio",
      name: "Busto Arsizio",
      population: {
        count: 83439,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [999, 999] },
    },
  ],
  capofila: "comune-di-busto-arsizio",
  ats: {
    id: "ats-insubria",
    name: "ATS Insubria",
  },
  asst: {
    id: "asst-valle-olona",
    name: "ASST Valle Olona",
  },
  distretti: [
    {
      name: "Busto Arsizio",
      comuni: ["comune-di-busto-arsizio"],
      sharedWith: ["Ambito di Castellanza"],
      source: { document: DOCUMENTS.bustoArsizio, lines: [817, 817] },
    },
  ],
  source: { document: DOCUMENTS.bustoArsizio, lines: [156, 156] },
} satisfies AmbitoInput);

/**
 * The Accordo di Programma of the Ambito di Busto Arsizio for the Piano di Zona 2025-2027 as printed, with its organs: a draft,
 * whose blanks stay blank and are reported by `checkAccordoDiProgramma`. In the model's input (JSON) form:
 * parse it (`parseAccordoDiProgrammaDraft`) before passing it to the governance functions.
 *
 * @example
 * ```ts
 * import { checkAccordoDiProgramma, parseAccordoDiProgrammaDraft } from "piano-di-zona";
 * import { BUSTO_ARSIZIO_ACCORDO } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_ACCORDO.organs.length //=> 13
 * checkAccordoDiProgramma(parseAccordoDiProgrammaDraft(BUSTO_ARSIZIO_ACCORDO)).map((finding) => finding.code) //=> ["signatories_not_stated", "accordo_period_not_stated", "amendment_rule_not_stated"]
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_ACCORDO: DeepReadonly<AccordoDiProgrammaDraftInput> = deepFreeze({
  title: null,
  ambito: "ambito-di-busto-arsizio",
  parties: [
    {
      id: "comune-di-busto-arsizio",
      kind: "comune",
      name: "Comune di Busto Arsizio",
      source: { document: DOCUMENTS.bustoArsizio, lines: [1308, 1308] },
    },
  ],
  articles: [],
  signatories: null,
  adherents: null,
  capofila: {
    ente: "comune-di-busto-arsizio",
    duties: [
      "è responsabile dell'attuazione dell'Accordo di Programma e a tal fine adotta ogni atto di competenza, nel rispetto degli indirizzi espressi dal Consiglio Comunale e delle competenze gestionali attribuite al personale preposto per l'attuazione del Piano di Zona",
      "coordina l'attuazione del Piano di Zona e la gestione delle risorse complessive necessarie e dei finanziamenti disponibili",
      "rende disponibili le risorse economiche, umane e strumentali per la realizzazione degli obiettivi e delle azioni contenute nel Piano di Zona",
      "garantisce la partecipazione dei propri rappresentanti, politici e tecnici, agli Organismi sovrazonali previsti dal Piano di Zona",
      "garantisce i Livelli Essenziali ex art. 22 della legge 328/2000 e quant'altro contenuto nel Piano di Zona",
    ],
  },
  extensions: [],
  organs: [
    {
      id: "consiglio-comunale",
      kind: "consiglio-comunale",
      name: "Consiglio Comunale del Comune di Busto Arsizio",
      nature: "soggetto politico preposto alla determinazione delle politiche territoriali",
      seats: [],
      functions: [
        "ne ha definito le linee di indirizzo in qualità di soggetto politico preposto alla determinazione delle politiche territoriali",
        "ha approvato il documento tecnico finale",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [162, 162] },
    },
    {
      id: "ufficio-di-piano",
      kind: "ufficio-di-piano",
      name: "Ufficio di Piano di Busto Arsizio",
      nature:
        "struttura tecnico-amministrativa cui sono affidati il coordinamento degli interventi e l'istruttoria degli atti di esecuzione del Piano",
      seats: [],
      functions: [
        "coordinamento operativo tra i diversi Enti",
        "gestione di rapporti con i partner di progetto",
        "monitoraggio e verifica delle azioni progettuali",
        "predisposizione di rendicontazioni e di documentazione per l'assolvimento di debiti informativi",
        "partecipazione ai Tavoli tecnici",
        "partecipazione alla Cabina di Regia di cui all'articolo 6, comma 6, lettera f) della L.R. n. 23/15",
        "ha garantito una regia complessiva al percorso",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1321, 1330] },
    },
    {
      id: "tavoli-tecnici",
      kind: "tavolo-tecnico",
      name: "Tavoli Tecnici",
      seats: [
        {
          id: "assistenti-sociali",
          role: "operatore",
          ente: "comune-di-busto-arsizio",
        },
      ],
      functions: [
        "identificazione e condivisione delle progettualità connesse agli obiettivi strategici del Piano di Zona",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [164, 164] },
    },
    {
      id: "gruppi-di-lavoro-tematici",
      kind: "tavolo-tematico",
      name: "Gruppi di Lavoro Tematici",
      seats: [
        {
          id: "tecnici-servizi-sociali",
          role: "operatore",
          ente: "comune-di-busto-arsizio",
          component: "istituzionale",
        },
        {
          id: "rappresentanti-ets",
          role: "rappresentante",
          enteKind: "ets",
          component: "terzo-settore",
        },
        {
          id: "rappresentanti-organizzazioni-sindacali",
          role: "rappresentante",
          enteKind: "organizzazione-sindacale",
        },
      ],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [165, 165] },
    },
    {
      id: "tavolo-tematico-adulti-e-famiglia",
      kind: "tavolo-tematico",
      name: "tavolo tematico Adulti e famiglia",
      parent: "gruppi-di-lavoro-tematici",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1421, 1421] },
    },
    {
      id: "tavolo-tematico-anziani",
      kind: "tavolo-tematico",
      name: "tavolo tematico Anziani",
      parent: "gruppi-di-lavoro-tematici",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1464, 1464] },
    },
    {
      id: "tavolo-tematico-persone-con-disabilita",
      kind: "tavolo-tematico",
      name: "tavolo tematico Persone con disabilità",
      parent: "gruppi-di-lavoro-tematici",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1481, 1481] },
    },
    {
      id: "tavolo-tematico-minori-e-giovani",
      kind: "tavolo-tematico",
      name: "tavolo tematico Minori e giovani",
      parent: "gruppi-di-lavoro-tematici",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1502, 1502] },
    },
    {
      id: "gruppi-di-lavoro-interistituzionali-leps",
      kind: "altro",
      name: "Gruppi di Lavoro Interistituzionali per lo sviluppo dei LEPS",
      seats: [],
      functions: [
        "sviluppare i 5 LEPS di integrazione socio-sanitaria prioritari identificati da Regione Lombardia attraverso riunioni plenarie delle cabine di regia integrate e sottogruppi di lavoro",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [166, 166] },
    },
    {
      id: "cabina-di-regia-integrata-ats",
      kind: "cabina-di-regia-ats",
      name: "Cabina di Regia Integrata di ATS Insubria",
      nature: "con funzioni consultive",
      seats: [],
      functions: [
        "raccorda le necessità di integrazione e funzionamento della rete sanitaria, sociosanitaria e sociale con i bisogni espressi dal territorio",
        "collabora alla definizione di linee guida e modelli omogenei per lo sviluppo dell'integrazione dei servizi sanitari, sociosanitari e sociali in raccordo con la Direzione Sociosanitaria dell'ASST Valle Olona",
        "favorisce l'attuazione delle linee di indirizzo per la programmazione sociale territoriale, promuovendo strumenti di monitoraggio degli interventi e rileva situazioni di criticità di natura sociale e sociosanitaria riscontrate nel territorio di competenza",
        "esplica la funzione di raccordo, coordinamento e concertazione con la Cabina di Regia dell'ASST",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1151, 1158] },
    },
    {
      id: "cabina-di-regia-asst",
      kind: "cabina-di-regia-asst",
      name: "Cabina di Regia dell'ASST",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1158, 1158] },
    },
    {
      id: "tavoli-operativi-distrettuali",
      kind: "altro",
      name: "Tavoli Operativi Distrettuali ATS/ASST/AMBITO TERRITORIALE",
      seats: [],
      functions: [
        "verificare in itinere i processi di collaborazione e di sinergia avviati tra gli attori del sistema sociosanitario e del sistema sociale",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1198, 1198] },
    },
    {
      id: "rete-territoriale-interistituzionale-antiviolenza",
      kind: "altro",
      name: "Rete Territoriale Interistituzionale Antiviolenza degli Ambiti di Busto Arsizio (capofila), Gallarate, Saronno e Somma Lombardo",
      seats: [],
      functions: [
        "attività di contrasto della violenza di genere",
        "progettazioni per l'autonomia abitativa e lavorativa delle vittime di violenza di genere",
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1352, 1354] },
    },
  ],
  approvals: [
    {
      by: "Consiglio Comunale di Busto Arsizio",
      date: "2024-12-16",
      text: "Approvato dal Consiglio Comunale di Busto Arsizio nella seduta del 16 dicembre 2024",
      source: { document: DOCUMENTS.bustoArsizio, lines: [12, 13] },
    },
  ],
  source: { document: DOCUMENTS.bustoArsizio, lines: [1306, 1338] },
} satisfies AccordoDiProgrammaDraftInput);

/**
 * The protocols (with ATS, ASST and others) and the co-programming and co-design procedures that the Piano di Zona
 * 2025-2027 of the Ambito di Busto Arsizio reports. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { BUSTO_ARSIZIO_PROTOCOLS } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_PROTOCOLS.length //=> 18
 * // The co-programming notice of 29 July 2024 (lines 1113-1128): 70 ETS and 4 trade unions
 * BUSTO_ARSIZIO_PROTOCOLS[0]?.adherents?.total //=> 74
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_PROTOCOLS: DeepReadonly<ProtocolOrProcedureInput[]> = deepFreeze([
  {
    kind: "co-programmazione",
    title:
      "partecipazione da parte degli Enti del Terzo Settore e della Comunità Locale ai tavoli di lavoro per la definizione del Piano Sociale di Zona per il triennio 2025-2027",
    parties: ["Comune di Busto Arsizio", "Enti del Terzo Settore", "Sindacati"],
    act: {
      kind: "avviso",
      text: "avviso di manifestazione di interesse del 29 luglio 2024",
      date: "2024-07-29",
      lines: [1113, 1113],
    },
    date: "2024-07-29",
    adherents: {
      total: 74,
      breakdown: [
        {
          kind: "ets",
          count: 70,
        },
        {
          kind: "organizzazione-sindacale",
          count: 4,
        },
      ],
      text: "74 soggetti tra Enti del Terzo Settore (70) e Sindacati (4) negli elenchi dei soggetti aderenti alle manifestazioni di interesse per la pianificazione dei Piani di Zona 2021-24 e 2025-27",
    },
    text: "Il Comune di Busto Arsizio con avviso di manifestazione di interesse del 29 luglio 2024, ha attivato una procedura ad evidenza pubblica per la … partecipazione da parte degli Enti del Terzo Settore e della Comunità Locale ai tavoli di lavoro per la definizione del Piano Sociale di Zona per il triennio 2025-2027 … risultano iscritti … 74 soggetti tra Enti del Terzo Settore (70) e Sindacati (4) negli elenchi dei soggetti aderenti alle manifestazioni di interesse per la pianificazione dei Piani di Zona 2021-24 e 2025-27 … Le associazioni Sindacali risultano essere rappresentative delle principali sigle nazionali (CGIL, CISL e UIL)",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1113, 1128] },
  },
  {
    kind: "co-progettazione",
    title: "Lo strumento della Valutazione Multidimensionale nel Reddito di Cittadinanza",
    parties: ["Ambito di Gallarate", "Ambito di Castellanza", "ASST Valle Olona", "ATS dell'Insubria"],
    act: {
      kind: "altro",
      text: 'D.d.u.o. n. 12307 del 17/09/21 "Indicazioni operative per l\'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563"',
      date: "2021-09-17",
      lines: [347, 347],
    },
    text: "è stata sviluppata nel periodo 2021-24, in linea con gli indirizzi del D.d.u.o. n. 12307 del 17/09/21 \"Indicazioni operative per l'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563\", anche la … progettualità sovra-zonale di integrazione-socio sanitaria … denominata … co-progettata con gli Ambiti di Gallarate e Castellanza, l'ASST Valle Olona e l'ATS dell'Insubria.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [347, 347] },
  },
  {
    kind: "protocollo",
    title:
      "protocollo tra Ambito di Gallarate (capofila), Ambito di Busto Arsizio, Ambito di Castellanza e ASST Valle Olona",
    parties: ["Ambito di Gallarate", "Ambito di Busto Arsizio", "Ambito di Castellanza", "ASST Valle Olona"],
    text: "Si sono rilevate importanti criticità rispetto all'attuazione del progetto sovrarazionale con un forte ritardo nell'approvazione del protocollo tra Ambito di Gallarate (capofila), Ambito di Busto Arsizio, Ambito di Castellanza e ASST Valle Olona, per difficoltà dell'ASST nell'identificare le figure di riferimento utili alla valutazione multidimensionale. … Parzialmente, in quanto il ritardo nell'approvazione del Protocollo con ASST Valle Olona non ha consentito la concreta attivazione di molte delle attività successive.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [368, 369] },
  },
  {
    kind: "protocollo",
    title: "Protocollo con la Provincia di Varese",
    parties: ["Provincia di Varese"],
    text: "la stipula di un Protocollo con la Provincia di Varese inerente la collaborazione con i Centri per l'Impiego nello svolgimento delle attività coordinate dal Comune di Busto Arsizio della Rete Interistituzionale Antiviolenza degli Ambiti di Busto Arsizio, Gallarate, Saronno e Somma Lombardo in merito ai percorsi di inclusione attiva di donne vittime di violenza in uscita dai percorsi di protezione o sostegno da parte dei Centri Antiviolenza (CAV) e soggetti gestori di Case Rifugio, ha potuto produrre i primi risultati concreti",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [369, 369] },
  },
  {
    kind: "co-progettazione",
    title: "Codice Rosa",
    parties: ["Ambito di Gallarate", "Ambito di Castellanza", "ASST Valle Olona", "ATS dell'Insubria"],
    act: {
      kind: "altro",
      text: 'D.d.u.o. n. 12307 del 17/09/21 "Indicazioni operative per l\'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563"',
      date: "2021-09-17",
      lines: [377, 377],
    },
    text: "è stata sviluppata, in linea con gli indirizzi del D.d.u.o. n. 12307 del 17/09/21 \"Indicazioni operative per l'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563\", anche la … progettualità sovra-zonale di integrazione-socio sanitaria … denominata \" … Codice Rosa … \", co-progettata con gli Ambiti di Gallarate e Castellanza, l'ASST Valle Olona e l'ATS dell'Insubria.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [377, 377] },
  },
  {
    kind: "co-progettazione",
    title: "Accoglienza e dimissioni protette: continuità assistenziale",
    parties: ["Ambito di Gallarate", "Ambito di Castellanza", "ASST Valle Olona", "ATS dell'Insubria"],
    act: {
      kind: "altro",
      text: 'D.d.u.o. n. 12307 del 17/09/21 "Indicazioni operative per l\'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563"',
      date: "2021-09-17",
      lines: [483, 483],
    },
    text: "in riferimento agli obiettivi D) Anziani ed E) Domiciliarità è stata sviluppata, in linea con gli indirizzi del D.d.u.o. n. 12307 del 17/09/21 \"Indicazioni operative per l'attuazione del criterio premiale previsto dalla d.g.r. 19 aprile 2021 n. X/4563\", anche la … progettualità sovra-zonale di integrazione-socio sanitaria … denominata \"Accoglienza e dimissioni protette: continuità assistenziale\", co-progettata con gli Ambiti di Gallarate e Castellanza, l'ASST Valle Olona e l'ATS dell'Insubria.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [483, 483] },
  },
  {
    kind: "protocollo",
    title: "un protocollo con Ambiti Busto Arsizio, Gallarate e Castellanza",
    parties: [
      "ATS Insubria",
      "ASST Valle Olona",
      "Ambito di Busto Arsizio",
      "Ambito di Gallarate",
      "Ambito di Castellanza",
    ],
    text: "I compiti dettagliati sono indicati nei Protocolli già approvati per la realizzazione degli Obiettivi Sovrazionali 2021-23 tra ATS Insubria, ASST Valle Olona e Ambiti Territoriali Sociali (un protocollo con Ambiti Busto Arsizio, Gallarate e Castellanza e un protocollo con Ambiti di Saronno e Somma Lombardo)",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [2002, 2002] },
  },
  {
    kind: "protocollo",
    title: "un protocollo con Ambiti di Saronno e Somma Lombardo",
    parties: ["ATS Insubria", "ASST Valle Olona", "Ambito di Saronno", "Ambito di Somma Lombardo"],
    text: "I compiti dettagliati sono indicati nei Protocolli già approvati per la realizzazione degli Obiettivi Sovrazionali 2021-23 tra ATS Insubria, ASST Valle Olona e Ambiti Territoriali Sociali (un protocollo con Ambiti Busto Arsizio, Gallarate e Castellanza e un protocollo con Ambiti di Saronno e Somma Lombardo)",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [2002, 2002] },
  },
  {
    kind: "protocollo",
    title: "protocolli sottoscritti e vigenti tra ASST e ambiti territoriali",
    parties: [
      "ASST Valle Olona",
      "Ambito di Gallarate",
      "Ambito di Busto Arsizio",
      "Ambito di Castellanza",
      "Ambito di Saronno",
      "Ambito di Somma Lombardo",
      "Ambito di Sesto Calende",
      "Ambito di Tradate",
    ],
    act: {
      kind: "accordo",
      text: "ex art. 2 accordo vigente",
      lines: [1673, 1673],
    },
    text: "consolidamento e attuazione dei protocolli sottoscritti e vigenti tra ASST e ambiti territoriali e nello specifico attivazione delle equipe multidisciplinari integrati tra ASST e ambiti territoriali su casi specifici che necessitano di una valutazione multidimensionale al fine della definizione di un patto per l'inclusione sociale e della presa in carico dei beneficiari, condividendo modalità operative (ex art. 2 accordo vigente) … Si, l'intervento è in continuità, in quanto regolato dal medesimo protocollo e prevede lo sviluppo di azioni congiunte (es. formazione, raccordo con CPI) con gli Ambiti di ASST Valle Olona (Gallarate, Busto Arsizio, Castellanza, Saronno e Somma Lombardo), Ambito di Sesto Calende e Tradate in quanto afferiscono per i Servizi del Dipartimento di salute mentale dell'ASST Valle Olona.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1673, 1674] },
  },
  {
    kind: "co-progettazione",
    title: "attivazione delle progettazioni finanziate sul Piano Nazionale di Ripresa e Resilienza – PNRR",
    parties: ["Ambito di Busto Arsizio", "Ambito di Gallarate", "Ambito di Castellanza"],
    text: "attivazione delle progettazioni finanziate sul Piano Nazionale di Ripresa e Resilienza – PNRR, co-progettate con gli Ambiti di Gallarate e di Castellanza, linee di finanziamento … 1.1.3 Rafforzamento dei servizi sociali a favore della domiciliarità … 1.1.4 - Rafforzamento dei servizi sociali e prevenzione del fenomeno del … burn out … tra gli operatori sociali",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1348, 1350] },
  },
  {
    kind: "co-progettazione",
    title: "progetto Ufficio di Prossimità",
    parties: ["Ambito di Busto Arsizio", "Ambito di Castellanza"],
    text: "attivazione del progetto Ufficio di Prossimità, co-progettato con l'Ambito di Castellanza;",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1351, 1351] },
  },
  {
    kind: "co-programmazione",
    title:
      "attività di programmazione sociale dei Piani di Zona 2025-27, in merito all'integrazione socio-sanitaria con ASST Valle Olona",
    parties: [
      "Ambito di Busto Arsizio",
      "ASST Valle Olona",
      "Ambito di Castellanza",
      "Ambito di Gallarate",
      "Ambito di Saronno",
      "Ambito di Somma Lombardo",
    ],
    text: "attività di programmazione sociale dei Piani di Zona 2025-27, in merito all'integrazione socio-sanitaria con ASST Valle Olona, realizzata congiuntamente con tutti gli Ambiti dei … Distretti afferenti all'ASST Valle Olona (Castellanza, Gallarate, Saronno e Somma Lombardo) con la progettazione … dei 5 LEPS prioritari per Regione Lombardia … del LEPS Pronto intervento sociale – PIS al fine di sviluppare uno studio di fattibilità per l'attivazione di una centrale operativa di intervento per le emergenze sociali unica e sovra ambito",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1355, 1365] },
  },
  {
    kind: "co-progettazione",
    title: "progetto PNRR Housing First",
    parties: ["Ambito di Busto Arsizio", "un ETS aderente alla manifestazione di interesse"],
    act: {
      kind: "avviso",
      text: "manifestazione di interesse Avviso 1/2021 PNRR 1.3.1 Housing first",
      lines: [1929, 1929],
    },
    adherents: {
      total: 1,
      breakdown: [
        {
          kind: "ets",
          count: 1,
        },
      ],
      text: "co-progettati con un ETS aderente alla manifestazione di interesse ad evidenza pubblica promossa dall'Ambito di Busto Arsizio",
    },
    text: "Sì, gli interventi in corso previsti dal progetto PNRR Housing First sono stati co-progettati con un ETS aderente alla manifestazione di interesse ad evidenza pubblica promossa dall'Ambito di Busto Arsizio",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1860, 1860] },
  },
  {
    kind: "co-progettazione",
    title: "Centro Servizi e servizi di fermo-posta",
    parties: ["Ambito di Busto Arsizio"],
    act: {
      kind: "avviso",
      text: "manifestazione di interesse Avviso 1/2021 PNRR 1.3.2 Centro Servizi e servizi di fermo-posta",
      lines: [1783, 1783],
    },
    text: "Si tramite adesione a manifestazione di interesse Avviso 1/2021 PNRR 1.3.2 Centro Servizi e servizi di fermo-posta",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [1783, 1783] },
  },
  {
    kind: "co-progettazione",
    title: "LA CASA AL CENTRO",
    parties: ["Enti del Terzo Settore"],
    act: {
      kind: "avviso",
      text: "avviso di manifestazione pubblica ai sensi dell'art. 55 del DLgs. 117/17 e del DM 72/21",
      lines: [2761, 2761],
    },
    text: "Il progetto finanziato sulla linea 1.2 Disabilità del PNRR e attualmente in corso, ha subito diversi ritardi a livello operativo in ragione delle difficoltà riscontrate nella fase di co-progettazione con gli Enti del Terzo Settore ai sensi dell'art. 55 del D.Lgs. 117/17 e DM. 72 del 2021 … che hanno portato alla risoluzione di una prima convenzione stipulata con 3 ETS e la necessità di avviare una nuova procedura di co-progettazione",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [447, 457] },
  },
  {
    kind: "convenzione",
    title: "prima convenzione stipulata con 3 ETS",
    parties: ["Ambito di Busto Arsizio", "3 ETS"],
    adherents: {
      total: 3,
      breakdown: [
        {
          kind: "ets",
          count: 3,
        },
      ],
      text: "una prima convenzione stipulata con 3 ETS",
    },
    text: "hanno portato alla risoluzione di una prima convenzione stipulata con 3 ETS e la necessità di avviare una nuova procedura di co-progettazione",
    status: "rescinded",
    source: { document: DOCUMENTS.bustoArsizio, lines: [457, 457] },
  },
  {
    kind: "co-progettazione",
    title: "Azione 5 Boost",
    parties: ["ETS del territorio"],
    text: "Si nel corso della prima fase del progetto (Azione 5 Boost), attraverso una specifica attività di co-progettazione con gli ETS del territorio ai sensi dell'art. 55 del D.Lgs 117/17 e DM 72/21.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [2518, 2518] },
  },
  {
    kind: "co-progettazione",
    title: "specifiche attività di co-progettazione con gli ETS del territorio",
    parties: ["ETS del territorio"],
    text: "Si sono state attivate specifiche attività di co-progettazione con gli ETS del territorio ai sensi dell'art. 55 del D.Lgs 117/17 e DM 72/21.",
    status: "in-force",
    source: { document: DOCUMENTS.bustoArsizio, lines: [2638, 2638] },
  },
] satisfies ProtocolOrProcedureInput[]);

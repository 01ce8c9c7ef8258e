// The governance of the Ambito n. 5 Sebino in the Piano di Zona 2025-2027: the Ambito, the Accordo di Programma as printed (a
// draft: blanks of the document stay blank) with its organs, and the protocols and co-programming / co-design procedures
// the plan reports. Plain literals in the models' input (JSON) form: nothing is parsed or computed at import.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { AccordoDiProgrammaDraftInput } from "../../model/accordo-di-programma.js";
import type { AmbitoInput } from "../../model/ambito.js";
import type { ProtocolOrProcedureInput } from "../../model/protocol.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The Ambito n. 5 Sebino as its Piano di Zona 2025-2027 describes it: comuni, capofila, ATS, ASST and health districts. In
 * the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { safeParseAmbito } from "piano-di-zona";
 * import { SEBINO_AMBITO } from "piano-di-zona/datasets";
 * SEBINO_AMBITO.comuni.length //=> 12
 * safeParseAmbito(SEBINO_AMBITO).success //=> true
 * ```
 * @category Datasets
 */
export const SEBINO_AMBITO: DeepReadonly<AmbitoInput> = deepFreeze({
  id: "ambito-n-5-sebino",
  name: "Ambito n. 5 – Sebino",
  comuni: [
    {
      id: "comune-di-corte-franca",
      name: "Corte Franca",
      population: {
        count: 7173,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2794, 2794] },
    },
    {
      id: "comune-di-iseo",
      name: "Iseo",
      population: {
        count: 8992,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2793, 2793] },
    },
    {
      id: "comune-di-marone",
      name: "Marone",
      population: {
        count: 3112,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2795, 2795] },
    },
    {
      id: "comune-di-monte-isola",
      name: "Monte Isola",
      population: {
        count: 1621,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2796, 2796] },
    },
    {
      id: "comune-di-monticelli-brusati",
      name: "Monticelli Brusati",
      population: {
        count: 4598,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2797, 2797] },
    },
    {
      id: "comune-di-paderno-franciacorta",
      name: "Paderno Franciacorta",
      population: {
        count: 3640,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2799, 2799] },
    },
    {
      id: "comune-di-paratico",
      name: "Paratico",
      population: {
        count: 4960,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2800, 2800] },
    },
    {
      id: "comune-di-passirano",
      name: "Passirano",
      population: {
        count: 6890,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2801, 2801] },
    },
    {
      id: "comune-di-provaglio-di-iseo",
      name: "Provaglio di Iseo",
      population: {
        count: 7139,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2802, 2802] },
    },
    {
      id: "comune-di-sale-marasino",
      name: "Sale Marasino",
      population: {
        count: 3260,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2803, 2803] },
    },
    {
      id: "comune-di-sulzano",
      name: "Sulzano",
      population: {
        count: 1940,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2804, 2804] },
    },
    {
      id: "comune-di-zone",
      name: "Zone",
      population: {
        count: 1021,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.sebino, lines: [2805, 2805] },
    },
  ],
  capofila: "comune-di-iseo",
  ats: {
    id: "ats-brescia",
    name: "ATS di Brescia",
  },
  asst: {
    id: "asst-franciacorta",
    name: "ASST Franciacorta",
  },
  distretti: [
    {
      name: "Sebino-Monte Orfano",
      comuni: [
        "comune-di-corte-franca",
        "comune-di-iseo",
        "comune-di-marone",
        "comune-di-monte-isola",
        "comune-di-monticelli-brusati",
        "comune-di-paderno-franciacorta",
        "comune-di-paratico",
        "comune-di-passirano",
        "comune-di-provaglio-di-iseo",
        "comune-di-sale-marasino",
        "comune-di-sulzano",
        "comune-di-zone",
      ],
      sharedWith: ["Ambito 6 Monte Orfano"],
      source: { document: DOCUMENTS.sebino, lines: [3011, 3011] },
    },
  ],
  source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
} satisfies AmbitoInput);

/**
 * The Accordo di Programma of the Ambito n. 5 Sebino for the Piano di Zona 2025-2027 as printed, with its organs: a draft,
 * whose blanks stay blank and are reported by `checkAccordoDiProgramma`. In the model's input (JSON) form:
 * parse it (`parseAccordoDiProgrammaDraft`) before passing it to the governance functions.
 *
 * @example
 * ```ts
 * import { checkAccordoDiProgramma, parseAccordoDiProgrammaDraft } from "piano-di-zona";
 * import { SEBINO_ACCORDO } from "piano-di-zona/datasets";
 * SEBINO_ACCORDO.organs.length //=> 13
 * checkAccordoDiProgramma(parseAccordoDiProgrammaDraft(SEBINO_ACCORDO)).map((finding) => finding.code) //=> ["accordo_period_not_stated", "amendment_rule_not_stated", "no_approval_act"]
 * ```
 * @category Datasets
 */
export const SEBINO_ACCORDO: DeepReadonly<AccordoDiProgrammaDraftInput> = deepFreeze({
  title:
    "Accordo di Programma per la gestione del sistema integrato di interventi e servizi sociali di cui all’art. 19 della legge 328/2000",
  ambito: "ambito-n-5-sebino",
  parties: [
    {
      id: "comune-di-corte-franca",
      kind: "comune",
      name: "Comune di Corte Franca",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-iseo",
      kind: "comune",
      name: "Comune di Iseo",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-marone",
      kind: "comune",
      name: "Comune di Marone",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-monte-isola",
      kind: "comune",
      name: "Comune di Monte Isola",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-monticelli-brusati",
      kind: "comune",
      name: "Comune di Monticelli Brusati",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-paderno-franciacorta",
      kind: "comune",
      name: "Comune di Paderno Franciacorta",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-paratico",
      kind: "comune",
      name: "Comune di Paratico",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-passirano",
      kind: "comune",
      name: "Comune di Passirano",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-provaglio-di-iseo",
      kind: "comune",
      name: "Comune di Provaglio di Iseo",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-sale-marasino",
      kind: "comune",
      name: "Comune di Sale Marasino",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-sulzano",
      kind: "comune",
      name: "Comune di Sulzano",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "comune-di-zone",
      kind: "comune",
      name: "Comune di Zone",
      source: { document: DOCUMENTS.sebino, lines: [3247, 3249] },
    },
    {
      id: "ats-brescia",
      kind: "ats",
      name: "Agenzia di Tutela della Salute di Brescia",
      shortName: "ATS di Brescia",
      source: { document: DOCUMENTS.sebino, lines: [3249, 3249] },
    },
    {
      id: "asst-franciacorta",
      kind: "asst",
      name: "ASST Franciacorta",
      source: { document: DOCUMENTS.sebino, lines: [3249, 3249] },
    },
  ],
  articles: [],
  signatories: [
    {
      ente: "comune-di-corte-franca",
    },
    {
      ente: "comune-di-iseo",
    },
    {
      ente: "comune-di-marone",
    },
    {
      ente: "comune-di-monte-isola",
    },
    {
      ente: "comune-di-monticelli-brusati",
    },
    {
      ente: "comune-di-paderno-franciacorta",
    },
    {
      ente: "comune-di-paratico",
    },
    {
      ente: "comune-di-passirano",
    },
    {
      ente: "comune-di-provaglio-di-iseo",
    },
    {
      ente: "comune-di-sale-marasino",
    },
    {
      ente: "comune-di-sulzano",
    },
    {
      ente: "comune-di-zone",
    },
    {
      ente: "ats-brescia",
    },
    {
      ente: "asst-franciacorta",
    },
  ],
  adherents: [],
  adhesion: {
    kinds: ["ets", "altro"],
  },
  capofila: {
    ente: "comune-di-iseo",
    duties: [
      "ha la responsabilità amministrativa relativamente all’adozione degli atti necessari a garantire la realizzazione del Piano di Zona, sia sul piano formale che operativo",
      "deve strutturarsi secondo una propria specifica organizzazione, finalizzata a garantire, nel rispetto dei tempi e delle procedure di legge, la realizzazione dei vari interventi progettati dall’Ufficio di Piano e deliberati dall’Assemblea dei Sindaci",
      "le risorse destinate a servizi e interventi sociali gestiti in modo associato dai Comuni firmatari dell’Accordo di Programma sono assegnate e trasferite esclusivamente all'Ente Capofila, tramite le ATS, che è il solo responsabile della gestione di tali fondi",
    ],
  },
  extensions: [],
  organs: [
    {
      id: "assemblea-dei-sindaci",
      kind: "assemblea-dei-sindaci",
      name: "Assemblea dei Sindaci dell’Ambito distrettuale",
      nature: "luogo “stabile” della decisionalità politica riferita al Piano di Zona",
      seats: [
        {
          id: "sindaco-corte-franca",
          role: "sindaco",
          ente: "comune-di-corte-franca",
          delegable: true,
        },
        {
          id: "sindaco-iseo",
          role: "sindaco",
          ente: "comune-di-iseo",
          delegable: true,
        },
        {
          id: "sindaco-marone",
          role: "sindaco",
          ente: "comune-di-marone",
          delegable: true,
        },
        {
          id: "sindaco-monte-isola",
          role: "sindaco",
          ente: "comune-di-monte-isola",
          delegable: true,
        },
        {
          id: "sindaco-monticelli-brusati",
          role: "sindaco",
          ente: "comune-di-monticelli-brusati",
          delegable: true,
        },
        {
          id: "sindaco-paderno-franciacorta",
          role: "sindaco",
          ente: "comune-di-paderno-franciacorta",
          delegable: true,
        },
        {
          id: "sindaco-paratico",
          role: "sindaco",
          ente: "comune-di-paratico",
          delegable: true,
        },
        {
          id: "sindaco-passirano",
          role: "sindaco",
          ente: "comune-di-passirano",
          delegable: true,
        },
        {
          id: "sindaco-provaglio-di-iseo",
          role: "sindaco",
          ente: "comune-di-provaglio-di-iseo",
          delegable: true,
        },
        {
          id: "sindaco-sale-marasino",
          role: "sindaco",
          ente: "comune-di-sale-marasino",
          delegable: true,
        },
        {
          id: "sindaco-sulzano",
          role: "sindaco",
          ente: "comune-di-sulzano",
          delegable: true,
        },
        {
          id: "sindaco-zone",
          role: "sindaco",
          ente: "comune-di-zone",
          delegable: true,
        },
      ],
      functions: [
        "approvazione del Piano di Zona e dei suoi eventuali aggiornamenti",
        "approvazione dei piani operativi annuali, degli interventi e dei progetti specifici",
        "verifica annuale dello stato di raggiungimento degli obiettivi del Piano",
        "aggiornamento delle priorità annuali, in coerenza con la programmazione triennale e con le risorse finanziarie assegnate",
        "approvazione annuale dei piani economici-finanziari di preventivo e dei rendiconti di consuntivo dell’Ambito Distrettuale",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3305, 3316] },
      presidency: {
        text: "Presidente dell’Assemblea dei Sindaci",
      },
    },
    {
      id: "ufficio-di-piano",
      kind: "ufficio-di-piano",
      name: "Ufficio di Piano",
      nature: "centro organizzativo che fornisce supporto tecnico-amministrativo all’Assemblea dei Sindaci",
      seats: [
        {
          id: "responsabile-ufficio-di-piano",
          role: "responsabile-ufficio-di-piano",
        },
        {
          id: "assistenti-sociali-dei-comuni",
          role: "operatore",
          enteKind: "comune",
        },
      ],
      functions: [
        "la programmazione, pianificazione e valutazione degli interventi",
        "la definizione e la gestione dei piani di lavoro e dei relativi budget",
        "l’amministrazione delle risorse economico-finanziarie complessivamente assegnate",
        "il coordinamento della partecipazione dei soggetti sottoscrittori e aderenti all’Accordo di Programma",
        "si raccorda inoltre con il Coordinamento provinciale degli Uffici di Piano per quanto concerne le tematiche a valenza sovradistrettuale",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3319, 3352] },
    },
    {
      id: "gruppi-di-lavoro",
      kind: "tavolo-tematico",
      name: "Gruppi di lavoro",
      seats: [
        {
          id: "attori-del-welfare-locale",
          role: "rappresentante",
          enteKind: "altro",
        },
        {
          id: "rappresentanti-terzo-settore",
          role: "rappresentante",
          enteKind: "ets",
          component: "terzo-settore",
        },
      ],
      functions: [
        "spazio di discussione e confronto per far emergere valutazioni e proposte di azione in tema socio-assistenziale",
        "assumeranno il ruolo di veri e propri gruppi di progettazione",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3353, 3383] },
    },
    {
      id: "coordinamento-provinciale-uffici-di-piano",
      kind: "coordinamento-provinciale-uffici-di-piano",
      name: "Coordinamento provinciale degli Uffici di Piano",
      nature: "organo tecnico che opera anche all’interno della Cabina di Regia",
      seats: [
        {
          id: "responsabili-uffici-di-piano",
          role: "responsabile-ufficio-di-piano",
        },
      ],
      functions: [
        "elaborare e formulare proposte rispetto a varie tematiche afferenti al contesto sociale e in particolare alla programmazione e gestione degli interventi e Servizi Sociali",
        "garantire momenti di confronto e di approfondimento delle varie tematiche connesse alla gestione degli interventi e Servizi Sociali",
        "svolgere in generale una funzione di supporto e di istruttoria relativamente a temi e problemi che gli Amministratori locali ritengano opportuno approfondire ed istruire",
        "condividere sul piano tecnico modalità di organizzazione e di gestione concreta di azioni, interventi e progetti nell’ottica di addivenire, quando opportuno, … ad una maggiore omogeneità progettuale ed operativa",
        "coordinare e sostenere, come avvenuto in fase di preparazione del Piano di Zona 2018/2020, gruppi di lavoro anche con altri soggetti del territorio",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3390, 3455] },
    },
    {
      id: "tavolo-coordinamento-tutela-minori",
      kind: "altro",
      name: "Tavolo di coordinamento dei servizi tutela minori degli Ambiti",
      parent: "coordinamento-provinciale-uffici-di-piano",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.sebino, lines: [3470, 3470] },
    },
    {
      id: "tavolo-affido-provinciale",
      kind: "altro",
      name: "Tavolo affido provinciale",
      parent: "coordinamento-provinciale-uffici-di-piano",
      seats: [],
      functions: [],
      source: { document: DOCUMENTS.sebino, lines: [3471, 3471] },
    },
    {
      id: "conferenza-dei-sindaci-asst",
      kind: "conferenza-dei-sindaci-asst",
      name: "Conferenza dei Sindaci di ASST",
      seats: [
        {
          id: "sindaci-comuni-asst",
          role: "sindaco",
          enteKind: "comune",
        },
      ],
      functions: ["esercita le funzioni di cui all’art. 20 della L.r. 33/2009"],
      source: { document: DOCUMENTS.sebino, lines: [3480, 3484] },
    },
    {
      id: "consiglio-di-rappresentanza-dei-sindaci",
      kind: "altro",
      name: "Consiglio di Rappresentanza dei Sindaci",
      parent: "conferenza-dei-sindaci-asst",
      seats: [],
      functions: [
        "formula nell’ambito della programmazione territoriale dell’ASST proposte per l’organizzazione della rete di offerta territoriale e dell’attività sociosanitaria e socioassistenziale",
        "Esprime parere obbligatorio sul Piano di Sviluppo del Polo Territoriale",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3484, 3489] },
    },
    {
      id: "assemblea-dei-sindaci-distretto-asst",
      kind: "altro",
      name: "Assemblea dei Sindaci del Distretto ASST",
      seats: [
        {
          id: "sindaci-comuni-distretto",
          role: "sindaco",
          enteKind: "comune",
          delegable: true,
        },
      ],
      functions: [
        "formulano proposte e pareri alla conferenza dei sindaci, dandone comunicazione al direttore generale dell’ASST, in ordine alle linee di indirizzo e di programmazione dei servizi sociosanitari",
        "contribuire ai processi di integrazione delle attività socio-sanitarie con gli interventi socio-assistenziali degli Ambiti territoriali",
        "definire modalità di coordinamento tra Piani di Zona afferenti allo stesso territorio",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3492, 3501] },
    },
    {
      id: "collegio-dei-sindaci-ats",
      kind: "collegio-dei-sindaci-ats",
      name: "Collegio dei Sindaci di ATS Brescia",
      seats: [
        {
          id: "componente-1",
          role: "sindaco",
        },
        {
          id: "componente-2",
          role: "sindaco",
        },
        {
          id: "componente-3",
          role: "sindaco",
        },
        {
          id: "componente-4",
          role: "sindaco",
        },
        {
          id: "componente-5",
          role: "sindaco",
        },
        {
          id: "componente-6",
          role: "sindaco",
        },
      ],
      functions: [
        "formulazione di proposte e all’espressione di pareri all’ATS per l’integrazione delle reti sanitaria e socio-sanitaria con quella sociale",
        "partecipa alla Cabina di Regia Integrata di cui alla L.r. 33/2009",
        "Monitora, in raccordo con le Conferenze dei Sindaci, lo sviluppo uniforme delle reti territoriali",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3504, 3511] },
    },
    {
      id: "cabina-di-regia-integrata-ats",
      kind: "cabina-di-regia-ats",
      name: "Cabina di Regia Integrata di ATS",
      seats: [
        {
          id: "rappresentanti-comuni",
          role: "rappresentante",
          enteKind: "comune",
        },
        {
          id: "rappresentante-ats",
          role: "rappresentante",
          ente: "ats-brescia",
        },
        {
          id: "rappresentanti-asst",
          role: "rappresentante",
          enteKind: "asst",
        },
      ],
      functions: [
        "favorisce l’attuazione delle linee guida per la programmazione sociale territoriale",
        "promuove strumenti di monitoraggio che riguardano gli interventi e la spesa sociale e sanitaria",
        "Garantisce la continuità, l’unilateralità degli interventi e dei percorsi di presa in carico delle famiglie e dei suoi componenti fragili",
        "Definisce inoltre indicazioni omogenee per la programmazione sociale territoriale con individuazione dei criteri generali e priorità di attuazione",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3513, 3523] },
    },
    {
      id: "cabina-di-regia-asst",
      kind: "cabina-di-regia-asst",
      name: "Cabina di regia di ASST",
      seats: [
        {
          id: "enti-terzo-settore",
          role: "rappresentante",
          enteKind: "ets",
          component: "terzo-settore",
        },
      ],
      functions: [
        "supportare e potenziare l’integrazione sociosanitaria e garantire la programmazione, il governo, il monitoraggio e la verifica degli interventi sociosanitari e sociali erogati",
        "la stesura del Piano di Sviluppo del Polo Territoriale ai sensi della L.r. 33/2009",
        "la collaborazione alla stesura dei Piani di Zona",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3526, 3533] },
    },
    {
      id: "tavolo-coordinamento-inserimento-lavorativo",
      kind: "altro",
      name: "Tavolo di coordinamento dei Servizi di inserimento lavorativo",
      seats: [],
      functions: [
        "mettere a fuoco convergenze e differenze nei vari territori e scambiare prassi utili al reciproco rafforzamento",
      ],
      source: { document: DOCUMENTS.sebino, lines: [3747, 3750] },
    },
  ],
  monitoring: {
    by: ["ufficio-di-piano"],
    reportsTo: ["assemblea-dei-sindaci"],
    frequency: "annuale",
  },
  attachedPlan: {
    title: "Piano di zona 2025/2027",
    adoptedBy: "assemblea-dei-sindaci",
  },
  source: { document: DOCUMENTS.sebino, lines: [3243, 3274] },
  mandatoryContent: [
    {
      text: "scopi e obiettivi",
      lines: [215, 215],
    },
    {
      text: "identificazione dell’ente capofila",
      lines: [216, 216],
    },
    {
      text: "designazione dell’Ufficio di Piano, che funge da supporto tecnico-amministrativo e coordina le attività previste nel Piano (si raccomanda la presenza di un solo Ufficio di Piano per ciascun Ambito distrettuale)",
      lines: [217, 220],
    },
    {
      text: "elenco dei soggetti firmatari e aderenti, con i relativi impegni specificati",
      lines: [222, 222],
    },
    {
      text: "modalità e strumenti di collaborazione con il Terzo Settore",
      lines: [223, 223],
    },
    {
      text: "criteri per il monitoraggio e la verifica dell'attuazione dell’Accordo",
      lines: [224, 224],
    },
    {
      text: "una durata di tre anni per la programmazione sociale prevista dal Piano di Zona, in conformità con la Legge n. 328/2000 e la l.r. n. 3/2008",
      lines: [225, 227],
    },
    {
      text: "obiettivi e strategie di integrazione sociosanitaria concordati con le ATS e le ASST",
      lines: [228, 228],
    },
    {
      text: "si consiglia di inserire nell’Accordo di Programma un riferimento agli impegni comuni stabiliti nel Piano di Sviluppo Territoriale (PPT)",
      lines: [230, 231],
    },
  ],
} satisfies AccordoDiProgrammaDraftInput);

/**
 * The protocols (with ATS, ASST and others) and the co-programming and co-design procedures that the Piano di Zona
 * 2025-2027 of the Ambito n. 5 Sebino reports. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { SEBINO_PROTOCOLS } from "piano-di-zona/datasets";
 * SEBINO_PROTOCOLS.length //=> 3
 * ```
 * @category Datasets
 */
export const SEBINO_PROTOCOLS: DeepReadonly<ProtocolOrProcedureInput[]> = deepFreeze([
  {
    kind: "co-programmazione",
    title: "percorso co-programmatorio condotto nel periodo compreso tra Giugno e Settembre 2024",
    parties: ["Ambiti territoriali", "ATS Brescia", "ASST", "realtà del Terzo Settore"],
    text: "Durante il percorso co-programmatorio condotto nel periodo compreso tra Giugno e Settembre 2024 che ha visto la partecipazione degli Ambiti territoriali, ATS Brescia, ASST e realtà del Terzo Settore, le questioni rilevanti emerse si possono sintetizzare in:",
    status: "in-force",
    source: { document: DOCUMENTS.sebino, lines: [5957, 5959] },
  },
  {
    kind: "protocollo",
    title:
      "protocollo di intesa tra Provincia di Brescia, Associazione Comuni Bresciani, Associazione dei Segretari Comunali Vighenzi, Comune di Brescia, Confcooperative Brescia",
    parties: [
      "Provincia di Brescia",
      "Associazione Comuni Bresciani",
      "Associazione dei Segretari Comunali Vighenzi",
      "Comune di Brescia",
      "Confcooperative Brescia",
    ],
    text: "Il lavoro di approfondimento rispetto alla tematica degli “appalti riservati” ai sensi dell’art. 61 del Codice degli Appalti D.Lgs. 36/2023 (ex art. 112), che ha portato al rinnovo del protocollo di intesa tra Provincia di Brescia, Associazione Comuni Bresciani, Associazione dei Segretari Comunali Vighenzi, Comune di Brescia, Confcooperative Brescia e all’aggiornamento della documentazione e modulistica utile",
    status: "in-force",
    source: { document: DOCUMENTS.sebino, lines: [3766, 3770] },
  },
  {
    kind: "convenzione",
    title: "accordo convenzionale con l’Associazione Comuni Bresciani",
    parties: ["Associazione Comuni Bresciani", "Consorzio Solco Brescia"],
    text: "In 6 ambiti distrettuali il servizio è gestito in forma diretta dall’Ente capofila del Piano di Zona, mentre in 6 ambiti è gestito tramite un accordo convenzionale con l’Associazione Comuni Bresciani e tramite questa affidato alla gestione del Consorzio Solco Brescia.",
    status: "in-force",
    source: { document: DOCUMENTS.sebino, lines: [3594, 3597] },
  },
] satisfies ProtocolOrProcedureInput[]);

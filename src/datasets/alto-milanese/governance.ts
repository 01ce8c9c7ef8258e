// The governance of the Ambito Alto Milanese in the Piano di Zona 2025-2027: the Ambito, the Accordo di Programma as printed (a
// draft: blanks of the document stay blank) with its organs, and the protocols and co-programming / co-design procedures
// the plan reports. Plain literals in the models' input (JSON) form: nothing is parsed or computed at import.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { AccordoDiProgrammaDraftInput } from "../../model/accordo-di-programma.js";
import type { AmbitoInput } from "../../model/ambito.js";
import type { ProtocolOrProcedureInput } from "../../model/protocol.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The Ambito Alto Milanese as its Piano di Zona 2025-2027 describes it: comuni, capofila, ATS, ASST and health districts. In
 * the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { safeParseAmbito } from "piano-di-zona";
 * import { ALTO_MILANESE_AMBITO } from "piano-di-zona/datasets";
 * ALTO_MILANESE_AMBITO.comuni.length //=> 22
 * safeParseAmbito(ALTO_MILANESE_AMBITO).success //=> true
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_AMBITO: DeepReadonly<AmbitoInput> = deepFreeze({
  id: "ambito-alto-milanese",
  name: "Ambito Alto Milanese",
  comuni: [
    {
      id: "comune-di-arconate",
      name: "Arconate",
      population: {
        count: 6824,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [242, 242] },
    },
    {
      id: "comune-di-bernate-ticino",
      name: "Bernate Ticino",
      population: {
        count: 2941,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [243, 243] },
    },
    {
      id: "comune-di-buscate",
      name: "Buscate",
      population: {
        count: 4680,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [244, 244] },
    },
    {
      id: "comune-di-busto-garolfo",
      name: "Busto Garolfo",
      population: {
        count: 14042,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [245, 245] },
    },
    {
      id: "comune-di-canegrate",
      name: "Canegrate",
      population: {
        count: 12565,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [246, 246] },
    },
    {
      id: "comune-di-castano-primo",
      name: "Castano Primo",
      population: {
        count: 10860,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [247, 247] },
    },
    {
      id: "comune-di-cerro-maggiore",
      name: "Cerro Maggiore",
      population: {
        count: 15031,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [248, 248] },
    },
    {
      id: "comune-di-cuggiono",
      name: "Cuggiono",
      population: {
        count: 8079,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [249, 249] },
    },
    {
      id: "comune-di-dairago",
      name: "Dairago",
      population: {
        count: 6384,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [250, 250] },
    },
    {
      id: "comune-di-inveruno",
      name: "Inveruno",
      population: {
        count: 8444,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [251, 251] },
    },
    {
      id: "comune-di-legnano",
      name: "Legnano",
      population: {
        count: 60443,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [252, 252] },
    },
    {
      id: "comune-di-magnago",
      name: "Magnago",
      population: {
        count: 9508,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [253, 253] },
    },
    {
      id: "comune-di-nerviano",
      name: "Nerviano",
      population: {
        count: 16902,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [254, 254] },
    },
    {
      id: "comune-di-nosate",
      name: "Nosate",
      population: {
        count: 644,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [255, 255] },
    },
    {
      id: "comune-di-parabiago",
      name: "Parabiago",
      population: {
        count: 28161,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [256, 256] },
    },
    {
      id: "comune-di-rescaldina",
      name: "Rescaldina",
      population: {
        count: 14246,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [257, 257] },
    },
    {
      id: "comune-di-robecchetto-con-induno",
      name: "Robecchetto con Induno",
      population: {
        count: 4795,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [258, 258] },
    },
    {
      id: "comune-di-san-giorgio-su-legnano",
      name: "San Giorgio su Legnano",
      population: {
        count: 6740,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [259, 259] },
    },
    {
      id: "comune-di-san-vittore-olona",
      name: "San Vittore Olona",
      population: {
        count: 8341,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [260, 260] },
    },
    {
      id: "comune-di-turbigo",
      name: "Turbigo",
      population: {
        count: 7106,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [262, 262] },
    },
    {
      id: "comune-di-vanzaghello",
      name: "Vanzaghello",
      population: {
        count: 5349,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [263, 263] },
    },
    {
      id: "comune-di-villa-cortese",
      name: "Villa Cortese",
      population: {
        count: 6222,
        referenceDate: "2024-01-01",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [264, 264] },
    },
  ],
  capofila: "azienda-sociale-del-legnanese",
  ats: {
    id: "ats-citta-metropolitana-di-milano",
    name: "Agenzia di Tutela della Salute (ATS) della Città Metropolitana di Milano",
  },
  asst: {
    id: "asst-ovest-milanese",
    name: "Azienda Socio-Sanitaria Territoriale (ASST) Ovest Milanese",
  },
  distretti: [
    {
      name: "Distretto Socio Sanitario di Legnanese",
      comuni: [],
    },
    {
      name: "Distretto Socio Sanitario Castanese",
      comuni: [],
    },
  ],
  source: { document: DOCUMENTS.altoMilanese, lines: [235, 265] },
} satisfies AmbitoInput);

/**
 * The Accordo di Programma of the Ambito Alto Milanese for the Piano di Zona 2025-2027 as printed, with its organs: a draft,
 * whose blanks stay blank and are reported by `checkAccordoDiProgramma`. In the model's input (JSON) form:
 * parse it (`parseAccordoDiProgrammaDraft`) before passing it to the governance functions.
 *
 * @example
 * ```ts
 * import { checkAccordoDiProgramma, parseAccordoDiProgrammaDraft } from "piano-di-zona";
 * import { ALTO_MILANESE_ACCORDO } from "piano-di-zona/datasets";
 * ALTO_MILANESE_ACCORDO.organs.length //=> 17
 * checkAccordoDiProgramma(parseAccordoDiProgrammaDraft(ALTO_MILANESE_ACCORDO)).map((finding) => finding.code) //=> ["amendment_rule_not_stated", "no_approval_act"]
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_ACCORDO: DeepReadonly<AccordoDiProgrammaDraftInput> = deepFreeze({
  title:
    "Accordo di Programma per la realizzazione del sistema integrato di interventi e servizi sociali e sociosanitari previsti dal piano di zona",
  ambito: "ambito-alto-milanese",
  parties: [
    {
      id: "comune-di-arconate",
      kind: "comune",
      name: "Arconate",
      source: { document: DOCUMENTS.altoMilanese, lines: [242, 242] },
    },
    {
      id: "comune-di-bernate-ticino",
      kind: "comune",
      name: "Bernate Ticino",
      source: { document: DOCUMENTS.altoMilanese, lines: [243, 243] },
    },
    {
      id: "comune-di-buscate",
      kind: "comune",
      name: "Buscate",
      source: { document: DOCUMENTS.altoMilanese, lines: [244, 244] },
    },
    {
      id: "comune-di-busto-garolfo",
      kind: "comune",
      name: "Busto Garolfo",
      source: { document: DOCUMENTS.altoMilanese, lines: [245, 245] },
    },
    {
      id: "comune-di-canegrate",
      kind: "comune",
      name: "Canegrate",
      source: { document: DOCUMENTS.altoMilanese, lines: [246, 246] },
    },
    {
      id: "comune-di-castano-primo",
      kind: "comune",
      name: "Castano Primo",
      source: { document: DOCUMENTS.altoMilanese, lines: [247, 247] },
    },
    {
      id: "comune-di-cerro-maggiore",
      kind: "comune",
      name: "Cerro Maggiore",
      source: { document: DOCUMENTS.altoMilanese, lines: [248, 248] },
    },
    {
      id: "comune-di-cuggiono",
      kind: "comune",
      name: "Cuggiono",
      source: { document: DOCUMENTS.altoMilanese, lines: [249, 249] },
    },
    {
      id: "comune-di-dairago",
      kind: "comune",
      name: "Dairago",
      source: { document: DOCUMENTS.altoMilanese, lines: [250, 250] },
    },
    {
      id: "comune-di-inveruno",
      kind: "comune",
      name: "Inveruno",
      source: { document: DOCUMENTS.altoMilanese, lines: [251, 251] },
    },
    {
      id: "comune-di-legnano",
      kind: "comune",
      name: "Legnano",
      source: { document: DOCUMENTS.altoMilanese, lines: [252, 252] },
    },
    {
      id: "comune-di-magnago",
      kind: "comune",
      name: "Magnago",
      source: { document: DOCUMENTS.altoMilanese, lines: [253, 253] },
    },
    {
      id: "comune-di-nerviano",
      kind: "comune",
      name: "Nerviano",
      source: { document: DOCUMENTS.altoMilanese, lines: [254, 254] },
    },
    {
      id: "comune-di-nosate",
      kind: "comune",
      name: "Nosate",
      source: { document: DOCUMENTS.altoMilanese, lines: [255, 255] },
    },
    {
      id: "comune-di-parabiago",
      kind: "comune",
      name: "Parabiago",
      source: { document: DOCUMENTS.altoMilanese, lines: [256, 256] },
    },
    {
      id: "comune-di-rescaldina",
      kind: "comune",
      name: "Rescaldina",
      source: { document: DOCUMENTS.altoMilanese, lines: [257, 257] },
    },
    {
      id: "comune-di-robecchetto-con-induno",
      kind: "comune",
      name: "Robecchetto con Induno",
      source: { document: DOCUMENTS.altoMilanese, lines: [258, 258] },
    },
    {
      id: "comune-di-san-giorgio-su-legnano",
      kind: "comune",
      name: "San Giorgio su Legnano",
      source: { document: DOCUMENTS.altoMilanese, lines: [259, 259] },
    },
    {
      id: "comune-di-san-vittore-olona",
      kind: "comune",
      name: "San Vittore Olona",
      source: { document: DOCUMENTS.altoMilanese, lines: [260, 260] },
    },
    {
      id: "comune-di-turbigo",
      kind: "comune",
      name: "Turbigo",
      source: { document: DOCUMENTS.altoMilanese, lines: [262, 262] },
    },
    {
      id: "comune-di-vanzaghello",
      kind: "comune",
      name: "Vanzaghello",
      source: { document: DOCUMENTS.altoMilanese, lines: [263, 263] },
    },
    {
      id: "comune-di-villa-cortese",
      kind: "comune",
      name: "Villa Cortese",
      source: { document: DOCUMENTS.altoMilanese, lines: [264, 264] },
    },
    {
      id: "azienda-sociale-del-legnanese",
      kind: "azienda-speciale-consortile",
      name: "Azienda Sociale del Legnanese SOLE",
      shortName: "Azienda So.Le.",
      source: { document: DOCUMENTS.altoMilanese, lines: [556, 556] },
    },
    {
      id: "azienda-sociale-del-castanese",
      kind: "azienda-speciale-consortile",
      name: "Azienda Sociale del Castanese",
      source: { document: DOCUMENTS.altoMilanese, lines: [556, 556] },
    },
    {
      id: "asst-ovest-milanese",
      kind: "asst",
      name: "Azienda Socio-Sanitaria Territoriale (ASST) Ovest Milanese",
      shortName: "ASST Ovest Milanese",
      source: { document: DOCUMENTS.altoMilanese, lines: [556, 556] },
    },
    {
      id: "ats-citta-metropolitana-di-milano",
      kind: "ats",
      name: "Agenzia di Tutela della Salute (ATS) della Città Metropolitana di Milano",
      shortName: "ATS Città Metropolitana di Milano",
      source: { document: DOCUMENTS.altoMilanese, lines: [556, 556] },
    },
  ],
  articles: [],
  signatories: [
    {
      ente: "comune-di-arconate",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-bernate-ticino",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-buscate",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-busto-garolfo",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-canegrate",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-castano-primo",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-cerro-maggiore",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-cuggiono",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-dairago",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-inveruno",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-legnano",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-magnago",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-nerviano",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-nosate",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-parabiago",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-rescaldina",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-robecchetto-con-induno",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-san-giorgio-su-legnano",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-san-vittore-olona",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-turbigo",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-vanzaghello",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "comune-di-villa-cortese",
      representedBy: {
        role: "sindaco",
      },
    },
    {
      ente: "azienda-sociale-del-legnanese",
    },
    {
      ente: "azienda-sociale-del-castanese",
    },
    {
      ente: "asst-ovest-milanese",
    },
    {
      ente: "ats-citta-metropolitana-di-milano",
    },
  ],
  adherents: [],
  capofila: {
    ente: "azienda-sociale-del-legnanese",
    duties: [
      "L'Ente capofila opera vincolato nell'esecutività al mandato dell'Assemblea dei Sindaci di Ambito",
      "È responsabile del coordinamento ed attuazione delle azioni previste dall'atto programmatico.",
      "adotta ogni atto di competenza per l'attuazione di quanto previsto dall'Accordo di Programma nel rispetto degli indirizzi espressi dall'Assemblea dei Sindaci e delle competenze gestionali attribuite al personale preposto per l'attuazione del Piano di Zona.",
      "L'Ente capofila agisce garantendo la separazione delle funzioni programmatiche, di indirizzo e decisorie rispetto all'individuazione dei bisogni e delle priorità del territorio, che rimangono in capo agli Enti Locali, dalle funzioni gestionali-amministrative e strumentali proprie delle Aziende Speciali enti strumentali operanti nel territorio.",
      "L'Ente capofila svolge la funzione di coordinamento della attuazione del Piano di Zona ed è garante del corretto riparto delle risorse complessive così come definito nell'assemblea dei sindaci di ambito in base ai finanziamenti disponibili.",
      "Svolge inoltre una funzione di indirizzo e di orientamento delle scelte gestionali per assicurare efficacia e omogeneità della loro realizzazione concreta.",
      "La gestione delle risorse finanziarie sarà effettuata dall'Azienda capofila nello stretto rispetto dei vincoli e dalle indicazioni stabilite dalla programmazione zonale, così come definita dall'Assemblea d'Ambito.",
      "individua gli enti gestori prioritariamente tra i due Enti strumentali presenti sul territorio (Azienda Sociale del Legnanese – SO.LE e Azienda Sociale di Castano Primo), sulla base delle competenze territoriali e delle potenzialità in termini di organizzazione e di risorse umane e strumentali.",
    ],
  },
  period: {
    from: "2025-01-01",
    to: "2027-12-31",
  },
  extensions: [],
  organs: [
    {
      id: "assemblea-dei-sindaci",
      kind: "assemblea-dei-sindaci",
      name: "Assemblea dei Sindaci di Ambito Distrettuale",
      nature:
        "rappresenta il luogo stabile della decisionalità politica in merito alla programmazione zonale, quale espressione di continuità rispetto alla programmazione sociosanitaria e all'integrazione tra politiche sociali e sanitarie",
      seats: [
        {
          id: "sindaco-arconate",
          role: "sindaco",
          ente: "comune-di-arconate",
        },
        {
          id: "sindaco-bernate-ticino",
          role: "sindaco",
          ente: "comune-di-bernate-ticino",
        },
        {
          id: "sindaco-buscate",
          role: "sindaco",
          ente: "comune-di-buscate",
        },
        {
          id: "sindaco-busto-garolfo",
          role: "sindaco",
          ente: "comune-di-busto-garolfo",
        },
        {
          id: "sindaco-canegrate",
          role: "sindaco",
          ente: "comune-di-canegrate",
        },
        {
          id: "sindaco-castano-primo",
          role: "sindaco",
          ente: "comune-di-castano-primo",
        },
        {
          id: "sindaco-cerro-maggiore",
          role: "sindaco",
          ente: "comune-di-cerro-maggiore",
        },
        {
          id: "sindaco-cuggiono",
          role: "sindaco",
          ente: "comune-di-cuggiono",
        },
        {
          id: "sindaco-dairago",
          role: "sindaco",
          ente: "comune-di-dairago",
        },
        {
          id: "sindaco-inveruno",
          role: "sindaco",
          ente: "comune-di-inveruno",
        },
        {
          id: "sindaco-legnano",
          role: "sindaco",
          ente: "comune-di-legnano",
        },
        {
          id: "sindaco-magnago",
          role: "sindaco",
          ente: "comune-di-magnago",
        },
        {
          id: "sindaco-nerviano",
          role: "sindaco",
          ente: "comune-di-nerviano",
        },
        {
          id: "sindaco-nosate",
          role: "sindaco",
          ente: "comune-di-nosate",
        },
        {
          id: "sindaco-parabiago",
          role: "sindaco",
          ente: "comune-di-parabiago",
        },
        {
          id: "sindaco-rescaldina",
          role: "sindaco",
          ente: "comune-di-rescaldina",
        },
        {
          id: "sindaco-robecchetto-con-induno",
          role: "sindaco",
          ente: "comune-di-robecchetto-con-induno",
        },
        {
          id: "sindaco-san-giorgio-su-legnano",
          role: "sindaco",
          ente: "comune-di-san-giorgio-su-legnano",
        },
        {
          id: "sindaco-san-vittore-olona",
          role: "sindaco",
          ente: "comune-di-san-vittore-olona",
        },
        {
          id: "sindaco-turbigo",
          role: "sindaco",
          ente: "comune-di-turbigo",
        },
        {
          id: "sindaco-vanzaghello",
          role: "sindaco",
          ente: "comune-di-vanzaghello",
        },
        {
          id: "sindaco-villa-cortese",
          role: "sindaco",
          ente: "comune-di-villa-cortese",
        },
      ],
      presidency: {
        seat: "sindaco-villa-cortese",
        text: "che esprimono il presidente e il vicepresidente",
      },
      functions: [
        "approvazione del documento di Piano e suoi eventuali aggiornamenti",
        "verifica annuale dello stato di raggiungimento degli obiettivi della programmazione",
        "aggiornamento delle priorità annuali, coerentemente con la programmazione triennale e le risorse disponibili",
        "approvazione annuale dei piani economico-finanziari di preventivo e dei rendiconti di consuntivo",
        "approvazione dei dati relativi alle rendicontazioni richiesta dalla Regione per la trasmissione ad ATS ai fini dell'assolvimento dei debiti informativi.",
        "approvazione nuove progettualità",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [560, 563] },
    },
    {
      id: "tavolo-politico",
      kind: "tavolo-politico",
      name: "Tavolo Politico",
      nature:
        "Svolge una funzione di supporto e ausilio all'Assemblea dei Sindaci di Ambito Distrettuale in merito a tutte le attività a questa assegnate ed una importante funzione di connessione tra i bisogni del territorio e il livello di decisione politica di vertice, costituendo il luogo stabile del confronto politico in merito ad ogni aspetto della programmazione zonale",
      seats: [
        {
          id: "sindaci-assessori-delegati",
          role: "sindaco",
          enteKind: "comune",
          delegable: true,
          text: "composto dai Sindaci/Assessori delegati ai Servizi Sociali dell'Ambito territoriale",
        },
      ],
      functions: [
        "individua priorità e obiettivi delle politiche zonali",
        "coordina la programmazione e la gestione degli interventi da attuare tramite le rispettive aziende e garantisce il raccordo con le altre politiche settoriali (lavoro, scuola, casa, ecc.)",
        "intrattiene rapporti con i soggetti del Terzo Settore e parti sociali",
        "garantisce il funzionamento del sistema di governance territoriale",
        "costituisce un ambito importante di collegamento tra il livello programmatico zonale e il livello gestionale dei singoli Comuni e delle forme di gestione associata presenti sul territorio.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [565, 568] },
    },
    {
      id: "ufficio-di-piano",
      kind: "ufficio-di-piano",
      name: "Ufficio di Piano",
      nature:
        "è ai sensi dell'art. 18, comma 10, della L.R. 3/2008, la struttura tecnico amministrativa a cui è affidato il coordinamento degli interventi e l'istruttoria degli atti di esecuzione del Piano",
      seats: [
        {
          id: "responsabile-ufficio-di-piano",
          role: "responsabile-ufficio-di-piano",
          text: "L'ente capofila individua all'interno dell'ufficio di piano il Responsabile",
        },
      ],
      functions: [
        "Trasmettere gli impulsi e gli orientamenti dell'Assemblea dei sindaci di Ambito distrettuale al sistema locale dei servizi e opera al fine di far attuare le politiche sociali descritte nel Piano di Zona.",
        "Elaborare proposte e atti necessari alla realizzazione degli obiettivi di Piano.",
        "Mantenere i rapporti operativi con i soggetti attivi nella realizzazione del Piano Sociale di Zona",
        "Curare i rapporti necessari per l'integrazione delle politiche sociali con quelle sociosanitarie",
        "Rilevare e gestire i dati relativi al sistema della domanda e dell'offerta sociale.",
        "Rispondere nei confronti dell'Assemblea dei Sindaci, dell'ATS e della Regione, della correttezza, attendibilità e puntualità di tutte le attività previste e concordate e assicurare l'“assolvimento debiti informativi”.",
        "Programmazione e gestione delle risorse complessivamente assegnate al Piano di Zona (Fondo Nazionale Politiche Sociali, Fondo Sociale Regionale, Fondo Non Autosufficienze, Dopo di Noi, Reddito Autonomia, risorse sperimentazioni e comunicazioni preventive d'esercizio, Misure regionali per l'emergenza abitativa e le risorse nazionali di inclusione sociale e dedicate alla povertà (PON, PIANO LOTTA POVERTÀ/RDC/ ADI POR FSE ASSE INCLUSIONE)",
        "Partecipazione a Bandi Ministeriali /regionali e Enti diversi",
        "Predisposizione di Piani operativi per la presa in carico (FNA, Dopo di Noi, misure di inclusione e lotta alla povertà, Misure disabilità come B1 e B2 etc);",
        "Collaborazione con Terzo Settore attraverso il Tavolo di programmazione e progettazione degli interventi in un'ottica di integrazione, sussidiarietà e ricomposizione delle risorse del Welfare Sociale.",
        "Monitorare e verificare la realizzazione degli obiettivi di Piano",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [587, 590] },
    },
    {
      id: "tavolo-tecnico",
      kind: "tavolo-tecnico",
      name: "Tavolo Tecnico",
      nature:
        "È l'organo in cui avviene il confronto e l'elaborazione delle proposte e delle modalità di realizzazione delle diverse procedure, di analisi, condivisione e riflessione congiunta in relazione ai servizi gestiti a livello sovracomunale e di ambito, di possibile sviluppo di nuove progettualità e di monitoraggio circa l'effettiva attuazione sul territorio dei contenuti delle diverse azioni e molteplici attività del Piano di Zona",
      seats: [
        {
          id: "servizi-sociali-arconate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-arconate",
        },
        {
          id: "servizi-sociali-bernate-ticino",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-bernate-ticino",
        },
        {
          id: "servizi-sociali-buscate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-buscate",
        },
        {
          id: "servizi-sociali-busto-garolfo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-busto-garolfo",
        },
        {
          id: "servizi-sociali-canegrate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-canegrate",
        },
        {
          id: "servizi-sociali-castano-primo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-castano-primo",
        },
        {
          id: "servizi-sociali-cerro-maggiore",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cerro-maggiore",
        },
        {
          id: "servizi-sociali-cuggiono",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-cuggiono",
        },
        {
          id: "servizi-sociali-dairago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-dairago",
        },
        {
          id: "servizi-sociali-inveruno",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-inveruno",
        },
        {
          id: "servizi-sociali-legnano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-legnano",
        },
        {
          id: "servizi-sociali-magnago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-magnago",
        },
        {
          id: "servizi-sociali-nerviano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-nerviano",
        },
        {
          id: "servizi-sociali-nosate",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-nosate",
        },
        {
          id: "servizi-sociali-parabiago",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-parabiago",
        },
        {
          id: "servizi-sociali-rescaldina",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-rescaldina",
        },
        {
          id: "servizi-sociali-robecchetto-con-induno",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-robecchetto-con-induno",
        },
        {
          id: "servizi-sociali-san-giorgio-su-legnano",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-san-giorgio-su-legnano",
        },
        {
          id: "servizi-sociali-san-vittore-olona",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-san-vittore-olona",
        },
        {
          id: "servizi-sociali-turbigo",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-turbigo",
        },
        {
          id: "servizi-sociali-vanzaghello",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-vanzaghello",
        },
        {
          id: "servizi-sociali-villa-cortese",
          role: "responsabile-servizi-sociali",
          ente: "comune-di-villa-cortese",
        },
        {
          id: "ufficio-di-piano",
          role: "rappresentante",
          text: "dall'Ufficio di Piano",
        },
        {
          id: "invitati",
          role: "operatore",
          attendee: true,
          text: "Agli incontri del Tavolo Tecnico possono essere invitati a partecipare operatori dei servizi educativi, dell'abitare, o di altri servizi territoriali qualora l'oggetto di riflessione ne preveda il coinvolgimento ai fini dell'integrazione delle policy e del coordinamento degli interventi.",
        },
      ],
      functions: [
        "È uno spazio di confronto e di elaborazione delle proposte e delle modalità di realizzazione delle diverse procedure, di analisi e riflessione in relazione ai servizi gestiti a livello sovracomunale e di ambito, di possibile sviluppo di nuove progettualità e di verifica dell'effettiva attuazione sul territorio dei contenuti delle diverse azioni del Piano di Zona",
        "svolge, insieme all'Ufficio di Piano funzioni di raccordo con gli Amministratori che compongono l'Assemblea dei Sindaci.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [592, 595] },
    },
    {
      id: "tavolo-assistenti-sociali",
      kind: "altro",
      name: "Tavolo Assistenti Sociali",
      nature: "opera in due gruppi (ex ambito castanese e legnanese) in raccordo fra loro",
      seats: [
        {
          id: "assistenti-sociali-comuni",
          role: "operatore",
          enteKind: "comune",
          text: "È composto dagli assistenti Sociali dei 22 Comuni dell'Ambito",
        },
        {
          id: "ufficio-di-piano",
          role: "rappresentante",
          text: "e ove necessario dall'Ufficio di Piano",
        },
      ],
      functions: [
        "È composto dagli assistenti sociali dell'ambito (comuni e aziende) in cui avviene il confronto e l'elaborazione delle proposte e delle modalità di realizzazione delle diverse procedure, di analisi del bisogno territoriale, condivisione e riflessione congiunta in relazione ai servizi gestiti a livello territoriale (Castanese e Legnanese) e di ambito, nonché di possibile sviluppo di nuove progettualità e di monitoraggio circa l'effettiva attuazione sul territorio dei contenuti delle diverse azioni e molteplici attività del Piano di Zona.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [597, 600] },
    },
    {
      id: "tavoli-tematici",
      kind: "tavolo-tematico",
      name: "Tavoli Tematici",
      seats: [
        {
          id: "referenti-ufficio-di-piano",
          role: "rappresentante",
          text: "Referenti ufficio di piano",
        },
        {
          id: "coordinatori",
          role: "rappresentante",
          enteKind: "ets",
          text: "coordinatori incaricati tavoli tematici",
        },
        {
          id: "partecipanti-manifestazione-di-interesse",
          role: "rappresentante",
          text: "tutti i soggetti che hanno partecipato alla manifestazione di interesse e che hanno collaborato a tutti i tavoli attivati per la programmazione zonale",
        },
      ],
      functions: [
        "la raccolta di dati ed esperienze territoriali utili all'analisi del bisogno",
        "la programmazione zonale frutto della messa a sistema di tali conoscenze e dati",
        "la co progettazione e la relativa gestione -di progetti e servizi-",
        "il monitoraggio delle azioni intraprese",
        "la valutazione ex post dei progetti, delle misure e dei servizi attivati",
        "la creazione di strumenti e indicatori per misurare l'attuazione delle politiche messe in campo nel settore sociale e valutare l'impatto delle azioni attivate.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [602, 605] },
    },
    {
      id: "tavolo-minori-famiglia",
      kind: "tavolo-tematico",
      name: "Area politiche per i minori e la famiglia",
      parent: "tavoli-tematici",
      seats: [
        {
          id: "coordinatore-1",
          role: "rappresentante",
          enteKind: "ets",
          text: "coordinato dalla Cooperativa Stripes",
        },
      ],
      functions: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [777, 777] },
    },
    {
      id: "tavolo-anziani-disabilita",
      kind: "tavolo-tematico",
      name: "Area anziani e persone con disabilità",
      parent: "tavoli-tematici",
      seats: [
        {
          id: "coordinatore-1",
          role: "rappresentante",
          enteKind: "ets",
          text: "coordinato dalla Cooperativa Serena",
        },
      ],
      functions: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [778, 778] },
    },
    {
      id: "tavolo-politiche-abitative-lavoro",
      kind: "tavolo-tematico",
      name: "Area politiche abitative e del lavoro",
      parent: "tavoli-tematici",
      seats: [
        {
          id: "coordinatore-1",
          role: "rappresentante",
          enteKind: "ets",
          text: "coordinato dalla Fondazione Somaschi",
        },
        {
          id: "coordinatore-2",
          role: "rappresentante",
          enteKind: "ets",
          text: "in collaborazione con la cooperativa Cielo e Terra",
        },
      ],
      functions: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [779, 779] },
    },
    {
      id: "tavolo-inclusione-genere",
      kind: "tavolo-tematico",
      name: "Area Politiche di inclusione sociale e di genere",
      parent: "tavoli-tematici",
      seats: [
        {
          id: "coordinatore-1",
          role: "rappresentante",
          enteKind: "ets",
          text: "coordinato dalla Cooperativa Albatros",
        },
      ],
      functions: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [780, 780] },
    },
    {
      id: "forum-terzo-settore",
      kind: "altro",
      name: "Il Forum del Terzo Settore Altomilanese",
      seats: [
        {
          id: "enti-aderenti",
          role: "rappresentante",
          enteKind: "ets",
          text: "Tutti gli enti aderenti al forum del terzo settore",
        },
      ],
      functions: [
        "La promozione e la crescita culturale del Terzo Settore, come definito dall'art. 4, c. 1, Dlgs. n. 117/2017 e ss.mm., nonché dell'associazionismo non commerciale e le reti di solidarietà informale, comunque svolgenti attività di interesse generale di cui all'art. 5 del D.lgs. n. 117/2017 e ss.mm.",
        "Il coordinamento generale per i problemi d'interesse comune fra le diverse organizzazioni del Terzo Settore",
        "Lo sviluppo di forme di collaborazione fra le Organizzazioni e le Istituzioni Pubbliche nella realizzazione dei programmi",
        "La promozione dello sviluppo delle competenze professionali e delle capacità d'intervento, sostenendo le iniziative relative alla formazione e all'aggiornamento",
        "La presentazione e la realizzazione di progetti di vasto interesse per il Terzo Settore e l'associazionismo, a livello di co-progettazione nelle diverse aree",
        "Il confronto con le istituzioni del Distretto di Legnano e di Castano Primo nella definizione delle linee strategiche di intervento",
        "La partecipazione alla definizione delle politiche sociali del territorio attraverso, l'analisi dei problemi e dei bisogni, la formulazione di proposte, la costruzione di strategie di intervento e l'interlocuzione con le istituzioni con particolare attenzione agli organismi previsti dal Piano di Zona.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [607, 612] },
    },
    {
      id: "tavolo-programmazione-progettazione-zonale",
      kind: "tavolo-terzo-settore",
      name: "Tavolo di Programmazione e Progettazione Zonale",
      seats: [
        {
          id: "referenti-politici",
          role: "rappresentante",
          text: "Referenti politici",
        },
        {
          id: "referenti-tecnici",
          role: "rappresentante",
          text: "referenti tecnici",
        },
        {
          id: "referenti-forum",
          role: "rappresentante",
          enteKind: "ets",
          text: "referenti del forum terzo settore Alto Milanese",
        },
        {
          id: "referenti-ats",
          role: "rappresentante",
          ente: "ats-citta-metropolitana-di-milano",
          text: "referenti ATS",
        },
        {
          id: "referenti-asst",
          role: "rappresentante",
          ente: "asst-ovest-milanese",
          text: "referenti ASST",
        },
        {
          id: "referenti-sindacati",
          role: "rappresentante",
          enteKind: "organizzazione-sindacale",
          text: "referenti organizzazioni sindacali",
        },
        {
          id: "referenti-ufficio-di-piano",
          role: "rappresentante",
          text: "referenti Ufficio di Piano",
        },
        {
          id: "coordinatori-tavoli-tematici",
          role: "rappresentante",
          enteKind: "ets",
          text: "Coordinatori tavoli tematici",
        },
      ],
      functions: [
        "Il Tavolo rappresenta il luogo di confronto stabile e regolare lungo tutte le fasi del Piano di Zona tra programmatori istituzionali, soggetti del Terzo settore e rappresentanti delle organizzazioni sindacali operanti nella comunità locale.",
        "E altresì luogo di recepimento dei lavori dei tavoli tematici finalizzati alla co - programmazione stabile e regolare monitoraggio e valutazione lungo le fasi del PDZ",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [616, 619] },
    },
    {
      id: "aziende-sociali",
      kind: "altro",
      name: "Le Aziende Sociali",
      nature:
        "enti strumentali dei Comuni dell'Ambito, stimolano ed inducono il miglioramento dei processi operativi e il miglioramento dei metodi gestionali e facilitano lo sviluppo di una funzione di regia rispetto alla produzione dei servizi, unificata in capo ad un soggetto istituzionale riconosciuto dagli enti locali dell'ambito territoriale di riferimento.",
      seats: [
        {
          id: "azienda-sociale-del-legnanese",
          role: "rappresentante",
          ente: "azienda-sociale-del-legnanese",
        },
        {
          id: "azienda-sociale-del-castanese",
          role: "rappresentante",
          ente: "azienda-sociale-del-castanese",
        },
      ],
      functions: [
        "creazione di modelli programmatori coerenti e monitorati che permettano all'Ambito nel tempo la definizione di Standard di Ambito e regolamenti unitari per l'accesso ai servizi, laddove possibile;",
        "sviluppo, vista la natura di ente strumentale dei Comuni soci, più rapido di relazioni con programmi e politiche di titolarità comunale essenziali per fornire risposte ad ampio raggio a persone e famiglie, come le politiche contigue a quelle strettamente sociali, le politiche giovanili, quelle dell'istruzione e della formazione, del lavoro e della casa;",
        "supportare l'integrazione multidisciplinare dei contributi delle diverse professionalità coinvolte nell'organizzazione dei servizi e nel conseguente sviluppo di approcci multidimensionali;",
        "introduzione di tecniche manageriali per l'ottimizzazione della spesa e della sua razionalizzazione, nonché di pratiche correlate al controllo della qualità dei servizi;",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [621, 624] },
    },
    {
      id: "organismo-consultivo-distrettuale",
      kind: "organismo-consultivo-distrettuale",
      name: "Organismo consultivo distrettuale Castanese e Legnanese",
      nature: "All'OCD sono attribuite funzioni di tipo consultivo, conoscitivo e informativo.",
      seats: [
        {
          id: "direttore-distretto",
          role: "direttore-distretto",
          ente: "asst-ovest-milanese",
          text: "L'OCD è guidato dal Direttore del Distretto di riferimento che lo presiede",
        },
        {
          id: "direttore-sociosanitario",
          role: "altro",
          ente: "asst-ovest-milanese",
          delegable: true,
          text: "Direttore Sociosanitario o suo delegato;",
        },
        {
          id: "coordinatori-aft",
          role: "altro",
          text: "1 coordinatore per ogni AFT insistente nel territorio distrettuale;",
        },
        {
          id: "responsabili-udp",
          role: "responsabile-ufficio-di-piano",
          text: "1 responsabile dell'UDP per ciascun ambito territoriale sociale afferente al Distretto;",
        },
        {
          id: "rappresentanti-associazioni",
          role: "rappresentante",
          enteKind: "ets",
          text: "1 Rappresentante per ogni Associazione (come individuate dalla Commissione preposta a seguito di avviso esplorativo);",
        },
        {
          id: "referente-gestione-operativa",
          role: "altro",
          ente: "asst-ovest-milanese",
          text: "Gestione operativa",
        },
        {
          id: "referente-direzione-medica",
          role: "altro",
          ente: "asst-ovest-milanese",
          text: "Direzione Medica di Presidio ospedaliero",
        },
        {
          id: "referente-dapss",
          role: "altro",
          ente: "asst-ovest-milanese",
          text: "DAPSS territoriale",
        },
      ],
      presidency: {
        seat: "direttore-distretto",
      },
      functions: [
        "l'analisi condivisa dei bisogni",
        "l'analisi del sistema della rete dell'offerta esistente",
        "la definizione di percorsi condivisi per dare risposte adeguate ai bisogni delle famiglie e dei cittadini.",
        "L'OCD dovrà fornire contributi al Direttore del Distretto per la programmazione dei servizi nel territorio di competenza, la loro erogazione e il loro monitoraggio all'interno della pianificazione della ASST.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [644, 662] },
    },
    {
      id: "cabina-di-regia-ats",
      kind: "cabina-di-regia-ats",
      name: "Cabina di Regia ATS Città Metropolitana di Milano",
      seats: [
        {
          id: "ambiti",
          role: "rappresentante",
          text: "Ambiti",
        },
        {
          id: "rappresentanti-asst",
          role: "rappresentante",
          enteKind: "asst",
          text: "rappresentanti delle ASST",
        },
        {
          id: "rappresentanti-ats",
          role: "rappresentante",
          enteKind: "ats",
          text: "delle ATS territoriali",
        },
      ],
      functions: [
        "Costituisce lo strumento e l'ambito tecnico di consultazione e confronto con i soggetti della rete dei servizi sociosanitari e sociali per l'organizzazione di risposte integrate.",
        "Concorre all'integrazione sociosanitaria e assicura la coerenza nel tempo tra obiettivi regionali e obiettivi della programmazione locale.",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [664, 667] },
    },
    {
      id: "cabina-di-regia-asst",
      kind: "cabina-di-regia-asst",
      name: "Cabina di Regia ASST Ovest Milanese",
      seats: [
        {
          id: "rappresentanti-asst",
          role: "rappresentante",
          ente: "asst-ovest-milanese",
          text: "Rappresentanti ASST",
        },
      ],
      functions: [
        "Concorre, per gli aspetti di competenza, all'integrazione sociosanitaria per le funzioni inerenti alla valutazione multidimensionale, le progettazioni integrate per interventi complessi riguardanti la tutela dei minori, l'assistenza degli anziani non autosufficienti e dei disabili, il sostegno e supporto delle diverse forme di fragilità e della vulnerabilità familiare.",
        "Favorisce lo scambio informativo e la condivisione dei dati di attività e degli interventi sono riconosciuti come strumenti per l'esercizio efficace della governance del sistema, come previsto dall'Accordo di programma.",
        "la Cabina di Regia di ASST è chiamata alla stesura del PPT, ai sensi della l.r. n. 22/2021, art. 7, c. 17 ter, e collaborare alla stesura dei Piani di Zona degli Ambiti territoriali",
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [669, 673] },
    },
    {
      id: "conferenza-dei-sindaci-asst",
      kind: "conferenza-dei-sindaci-asst",
      name: "Conferenza dei Sindaci di ASST",
      seats: [],
      functions: ["esprime parere obbligatorio"],
      source: { document: DOCUMENTS.altoMilanese, lines: [638, 638] },
    },
  ],
  monitoring: {
    by: ["ufficio-di-piano"],
    reportsTo: ["assemblea-dei-sindaci"],
  },
  attachedPlan: {
    title: "Piano di Zona Ambito Alto Milanese 2025-2027",
    adoptedBy: "assemblea-dei-sindaci",
  },
  source: { document: DOCUMENTS.altoMilanese, lines: [554, 673] },
} satisfies AccordoDiProgrammaDraftInput);

/**
 * The protocols (with ATS, ASST and others) and the co-programming and co-design procedures that the Piano di Zona
 * 2025-2027 of the Ambito Alto Milanese reports. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { ALTO_MILANESE_PROTOCOLS } from "piano-di-zona/datasets";
 * ALTO_MILANESE_PROTOCOLS.length //=> 8
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_PROTOCOLS: DeepReadonly<ProtocolOrProcedureInput[]> = deepFreeze([
  {
    kind: "protocollo",
    title: "Protocollo sulla Valutazione Multidimensionale",
    parties: ["Asst Ovest Milanese", "Abbiategrasso", "Alto Milanese", "Magenta"],
    act: {
      kind: "protocollo",
      text: "Protocollo sulla Valutazione Multidimensionale sottoscritto da Asst Ovest Milanese e gli Ambiti Territoriali di Abbiategrasso, Alto Milanese e Magenta",
      lines: [1307, 1307],
    },
    text: "LEPS: Valutazione multidimensionale Attuazione e sviluppo alle modalità di integrazione previste nel Protocollo sulla Valutazione Multidimensionale sottoscritto da Asst Ovest Milanese e gli Ambiti Territoriali di Abbiategrasso, Alto Milanese e Magenta",
    status: "in-force",
    source: { document: DOCUMENTS.altoMilanese, lines: [1307, 1307] },
  },
  {
    kind: "co-programmazione",
    title:
      "avviso di manifestazione d'interesse per la costituzione di un elenco di soggetti privati e delle formazioni sociali interessati a partecipare ai tavoli tematici per la progettazione partecipata della nuova programmazione zonale",
    parties: [
      "l'Ambito",
      "Cooperativa Stripes",
      "Cooperativa Serena",
      "Fondazione Somaschi",
      "cooperativa Cielo e Terra",
      "Cooperativa Albatros",
    ],
    act: {
      kind: "avviso",
      text: "avviso di manifestazione d'interesse per la costituzione di un elenco di soggetti privati e delle formazioni sociali interessati a partecipare ai tavoli tematici per la progettazione partecipata della nuova programmazione zonale",
      lines: [799, 799],
    },
    text: "l'Ambito ha quindi promosso l'avvio di quattro tavoli di lavoro con la finalità di rispondere a bisogni conosciuti e ad altri emergenti attraverso una programmazione sempre più flessibile ed evolutiva. La conduzione dei tavoli è stata affidata al terzo settore, in particolare a quattro cooperative che lavorano da diversi anni nel territorio dell'Alto Milanese, aderenti al Forum del Terzo settore Alto Milanese, con una comprovata esperienza e conoscenza del territorio: … Area politiche per i minori e la famiglia: coordinato dalla Cooperativa Stripes … Area anziani e persone con disabilità: coordinato dalla Cooperativa Serena … Area politiche abitative e del lavoro: coordinato dalla Fondazione Somaschi in collaborazione con la cooperativa Cielo e Terra … Area Politiche di inclusione sociale e di genere: coordinato dalla Cooperativa Albatros … Nella fase propedeutica alla nuova programmazione zonale, l'Ambito ha promosso un avviso di manifestazione d'interesse per la costituzione di un elenco di soggetti privati e delle formazioni sociali interessati a partecipare ai tavoli tematici per la progettazione partecipata della nuova programmazione zonale. Si è così avviato un processo di co-programmazione che si è avvalso del diretto coinvolgimento di tutti gli enti interessati alla costruzione del welfare territoriale … Sono stati attivati 4 tavoli tematici: politiche Minori e Famiglie, Abitative e del Lavoro, Povertà e Inclusione, Non Autosufficienze /Anziani rispettivamente coordinati e condotti da soggetti del terzo settore con la collaborazione dell'Ufficio di Piano.",
    status: "in-force",
    source: { document: DOCUMENTS.altoMilanese, lines: [773, 801] },
  },
  {
    kind: "co-progettazione",
    title: "Co-progettazione Pronto Intervento Sociale + Centro contrasto alla povertà (progettualità PNNR)",
    parties: [],
    text: "Co-progettazione Pronto Intervento Sociale + Centro contrasto alla povertà (progettualità PNNR)",
    status: "in-force",
    source: { document: DOCUMENTS.altoMilanese, lines: [1544, 1544] },
  },
  {
    kind: "co-progettazione",
    title:
      "percorso di co-progettazione che ha portato alla costituzione dell'Agenzia dell'Abitare Alto Milanese gestita dalla cooperativa sociale La Cordata",
    parties: ["l'ambito", "cooperativa sociale La Cordata"],
    text: "Al fine di rispondere in modo sempre più adeguato, l'ambito ha avviato un percorso di co-progettazione che ha portato alla costituzione dell'Agenzia dell'Abitare Alto Milanese gestita dalla cooperativa sociale La Cordata.",
    status: "in-force",
    source: { document: DOCUMENTS.altoMilanese, lines: [1565, 1565] },
  },
  {
    kind: "accordo",
    title: "accordo di programma",
    parties: [],
    text: "Il documento di Programmazione zonale 2021/2023 - che ha prodotto i suoi effetti in virtù di proroga regionale sino a tutto il 2024 e il cui accordo di programma è stato sottoscritto nel mese di marzo 2021",
    source: { document: DOCUMENTS.altoMilanese, lines: [99, 99] },
  },
  {
    kind: "co-progettazione",
    title: "Centro per la vita indipendente",
    parties: [],
    text: "Centro per la vita indipendente progetto validato a fine ottobre per cui la sua prima sperimentazione verrà realizzata nel 2025 attraverso lavoro di co-progettazione",
    status: "planned",
    source: { document: DOCUMENTS.altoMilanese, lines: [1490, 1490] },
  },
  {
    kind: "convenzione",
    title: "n. 1 convenzione per utilizzo spazi",
    parties: [],
    text: "Accordi disponibilità alla concessione in uso degli spazi delle case di comunità … n. 1 convenzione per utilizzo spazi",
    status: "planned",
    source: { document: DOCUMENTS.altoMilanese, lines: [1296, 1297] },
  },
  {
    kind: "protocollo",
    title: "protocollo condiviso per la presa in carico sociosanitaria",
    parties: [],
    text: "Lavoro in collaborazione con i PUA, che permetta di gettare le basi per la stesura di un protocollo condiviso per la presa in carico sociosanitaria.",
    status: "planned",
    source: { document: DOCUMENTS.altoMilanese, lines: [1413, 1413] },
  },
] satisfies ProtocolOrProcedureInput[]);

// Piano di Zona 2025-2027, Ambito n. 5 Sebino: "Esiti della programmazione zonale 2021-2023" (L321-409), a narrative
// evaluation of four themes without grid, grades or amounts. The outcome of the themes is stated once, in the
// conclusion (L406-407: "ad eccezione del primo, sono stati in parte raggiunti"), hence `outcomeLines`.
// Plain literals in the model's input (JSON) form: nothing is parsed or computed at import; the tests validate
// them. Texts, figures and slips are as printed; the slips and the notes on the reading are
// kept as comments.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { PlanEvaluationInput } from "../../model/objective-evaluation.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The ex-post evaluation of the Ambito n. 5 Sebino's Piano di Zona 2021-2023 (Piano di Zona 2025-2027 lines
 * 321-409), as printed: a narrative of four themes, without grid, grades or amounts; the first "not achieved", the
 * others "in parte raggiunti" (lines 406-407). In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { recomputePlanEvaluation } from "piano-di-zona";
 * import { SEBINO_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * SEBINO_EVALUATION_2021_2023.grid //=> "narrative"
 * SEBINO_EVALUATION_2021_2023.narrative?.themes.length //=> 4
 * recomputePlanEvaluation(SEBINO_EVALUATION_2021_2023).narrative?.counts["in-parte-raggiunti"] //=> 3
 * ```
 * @category Datasets
 */
export const SEBINO_EVALUATION_2021_2023: DeepReadonly<PlanEvaluationInput> = deepFreeze({
  // Slip (L330): the opening list names the third theme "l’area dei minori con particolare attenzione alla rete
  // territoriale dei servizi diurni", but its paragraph (L370-384, "Rete territoriale per minori e famiglie")
  // reports on the Tutela Minori service, affido and PIPPI, not on day services.
  // Slip (L344): (minor) the sister Ambito is written "Ambito 6 Montorfano"; the PPT cards write "Ambito 6 Monte
  // Orfano" (L6415) and the ATS tables "Sebino-Monte Orfano" (L3011).
  // Note: Period: the previous plan is "Piano di Zona 2021 – 2023", extended ("prorogato") to 31/12/2024
  // (L322-323); `period` holds the plan's years 2021-2023.
  // Note: The opening list (L326-332) names the four themes "il potenziamento della governance", "il tema della
  // domiciliarità", "l’area dei minori con particolare attenzione alla rete territoriale dei servizi diurni",
  // "l’area della disabilità"; `title` uses the names the paragraphs give them in quotes (L334, L351, L370, L386).
  // Note: `statedOverallGrade` holds the conclusion verbatim (no band: "in parte raggiunti" is not a band of the
  // DGR scale). The conclusion also says the objectives "vengono in parte riproposti in modo trasversale nella
  // nuova programmazione 2025 - 2027" (L408-409).
  // Note: Long theme texts are abridged with " … " between verbatim pieces.
  // Note: L395-404 list the PNRR Missione 5 projects the Ambito joined for these objectives (P.I.P.P.I.; servizi
  // domiciliari per la dimissione assistita precoce; rafforzamento dei servizi sociali e prevenzione del burn out;
  // percorsi di autonomia per persone con disabilità) and regional calls won (inclusione attiva disabili; disagio
  // dei minori): no field holds them.
  // Note: Contradictions with the 2025-2027 schede: S1 continuity "NO" (L7467) although theme 3 is to be
  // "consolidato e rafforzato"; S5 continuity "NO" (L8542) although Leg@minrete is carried over (L391-392).
  period: {
    from: 2021,
    to: 2023,
    text: "Piano di Zona 2021 – 2023 prorogato al 31/12/2024",
  },
  grid: "narrative",
  objectives: [],
  narrative: {
    themes: [
      {
        title: "Potenziamento della Governance",
        outcome: "non-raggiunti",
        outcomeText: "ad eccezione del primo",
        text: "Il primo obbiettivo “Potenziamento della Governance” era determinante poiché è fondamentale stabilire ruoli, regole e criteri di funzionamento e, ovviamente, di sostenibilità della struttura tecnico- amministrativa che deve gestire il sistema. … l’Ambito si è attivato verso questo obiettivo affidando ad un consulente esperto uno studio di fattibilità per la costituzione di un soggetto terzo, con una propria capacità giuridica, al quale affidare la gestione amministrativa e organizzativa delle attività associate proposte all’interno del Piano di Zona. Nonostante i vari incontri per la fase di analisi dello stato dell’arte e delle diverse connessioni organizzative, l’Assemblea dei Sindaci non ha deliberato né la costituzione dell’Azienda Speciale come Ente terzo proposto né l’alternativa che prevedeva il possibile accorpamento all’Ambito 6 Montorfano, e la governance è quindi rimasta la stessa. Il venir meno di figure di riferimento ha creato inoltre delle difficoltà organizzative nel contesto della gestione associata, determinando una condizione di stallo. L’obbiettivo viene pertanto riproposto anche nel nuovo Piano di Zona anche se in modo trasversale sulle varie macro aree prevedendo un impiego di maggior personale al fine di riorganizzare e potenziare la gestione associata dei servizi.",
        lines: [334, 349],
        outcomeLines: [406, 407],
      },
      {
        title: "Lo sviluppo della domiciliarità",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il secondo obbiettivo prevedeva “Lo sviluppo della domiciliarità” che anche a seguito della pandemia da Covid 19 aveva evidenziato la necessità di rivedere e di riprogettare i servizi domiciliari … Il percorso riguardava principalmente tre aree: minori, disabilità e anziani/adulti fragili, … Prevedeva la ridefinizione ed il potenziamento dei servizi domiciliari nel territorio dell’Ambito con il coinvolgimento di più figure professionali e della rete sociale per definire progetti di intervento personalizzati. Con l’adesione alla linea del PNRR 1.1.2 che prevede il sostegno alle persone vulnerabili e la prevenzione dell’istituzionalizzazione degli anziani non autosufficienti … si è avviato un percorso che prevede il potenziamento dei servizi domiciliari sul territorio che andrà in continuazione anche nella prossima programmazione con i servizi e gli interventi da portare a termine.",
        lines: [351, 368],
        outcomeLines: [406, 407],
      },
      {
        title: "Rete territoriale per minori e famiglie",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il terzo obbiettivo riguardava la “Rete territoriale per minori e famiglie”. L’Ambito si era posto l’obbiettivo di “condividere le opportunità” … La programmazione era orientata a potenziare il Servizio associato per la Tutela dei Minori sottoposti a provvedimenti dell’Autorità Giudiziaria, sia in termini di risorse dedicate, sia in termini di miglioramento della capacità organizzativa/di efficacia di risposta, rilanciando anche un “progetto affido” di territorio al fine di promuovere una cultura dell’accoglienza e dell’affido in coerenza con quanto proposto nel Tavolo provinciale affido a cui l’Ambito del Sebino aderisce. Le opportunità al fine di sostenere la genitorialità e la capacità del territorio di porsi come “comunità educante” sono state in parte incrementate grazie al progetto PIPPI a cui abbiamo aderito al fine di prevenire la vulnerabilità delle famiglie e dei bambini. Sono state definite inoltre le nuove linee operative del servizio associato per la Tutela dei Minori ed è stata introdotta la figura dei coordinatori al fine di potenziare il servizio stesso. Tale percorso, è stato solo avviato, e avrà bisogno di essere consolidato e rafforzato nel prossimo triennio.",
        lines: [370, 384],
        outcomeLines: [406, 407],
      },
      {
        title: "Rete territoriale dei servizi",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il quarto obbiettivo era la “Rete territoriale dei servizi” e riguardava l’area delle disabilità e proponeva di riprogettare il sistema dei servizi e degli interventi dedicati alla disabilità nel territorio dell’Ambito, tenendo come riferimento alcune linee guida, proponendo nuove progettazioni e sperimentazioni con la rete dei servizi territoriali dedicati alle disabilità. A tal proposito l’Ambito con altri cinque partner ha aderito al progetto di inclusione attiva e integrazione socio-lavorativa delle persone con disabilità della durata di due anni coinvolgendo la rete territoriale con l’iniziativa “Leg@minrete” e lo pone anche come obbiettivo nel prossimo triennio per renderlo strutturale. D’altro canto, l’Ambito non ha aderito al progetto Provi, che avrebbe potuto essere un’occasione ulteriore per rafforzare l’area della disabilità.",
        lines: [386, 393],
        outcomeLines: [406, 407],
      },
    ],
    lines: [321, 409],
  },
  statedOverallGrade: {
    text: "gli obbiettivi della precedente programmazione ad eccezione del primo, sono stati in parte raggiunti",
    lines: [406, 407],
  },
  source: { document: DOCUMENTS.sebino, lines: [321, 409] },
} satisfies PlanEvaluationInput);

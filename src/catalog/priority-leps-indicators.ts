// The official indicators of the five priority LEPS of D.G.R. XII/2167, as plain data of the indicator model's input
// form (a type only: the catalogue does not load the model). Validated by the test suite, never at import.
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { IndicatorInput } from "../model/indicator.js";
import { frozen } from "./_frozen.js";

const DGR_TABLE = "D.G.R. XII/2167, LEPS prioritari (copied in: Piano di Zona 2025-2027, Ambito n. 5 Sebino)";

type Targets = IndicatorInput["targets"];

/** The yearly thresholds most ratios share: 50% in 2025, 75% in 2026, 100% in 2027 ("100%" read as "≥ 100%"). */
const STANDARD: Targets = [
  { year: 2025, rule: "ratio-at-least", thresholdPercent: 50 },
  { year: 2026, rule: "ratio-at-least", thresholdPercent: 75 },
  { year: 2027, rule: "ratio-at-least", thresholdPercent: 100 },
];
/** Ratios due from 2026: 50%, then 75% in 2027. */
const FROM_2026: Targets = [
  { year: 2026, rule: "ratio-at-least", thresholdPercent: 50 },
  { year: 2027, rule: "ratio-at-least", thresholdPercent: 75 },
];
/** A protocol defined (or updated) and shared in 2025, activated in 2026; no stage set for 2027 (blank in the DGR). */
const PROTOCOL: Targets = [
  { year: 2025, rule: "stage-reached", stage: "definizione" },
  { year: 2026, rule: "stage-reached", stage: "attivazione" },
];
/** A count that must rise each year from the 2025 baseline (T0). */
const RISING: Targets = [
  { year: 2026, rule: "greater-than-previous" },
  { year: 2027, rule: "greater-than-previous" },
];
/** A value that must fall each year from the 2025 baseline (T0). */
const FALLING: Targets = [
  { year: 2026, rule: "less-than-previous" },
  { year: 2027, rule: "less-than-previous" },
];
/** A count of at least 1 in 2025 that must then rise each year. */
const RISING_FROM_ONE: Targets = [
  { year: 2025, rule: "count-at-least", minimum: 1 },
  { year: 2026, rule: "greater-than-previous" },
  { year: 2027, rule: "greater-than-previous" },
];

/**
 * The official indicators of the five priority LEPS of D.G.R. XII/2167 ("LEPS prioritari nella pianificazione
 * degli interventi di Ambito"), with their yearly "range di raggiungimento" 2025-2027: 20 indicators,
 * 3 + 4 + 6 + 4 + 3, as plain data in the input form of the indicator model (`IndicatorInput`: thresholds are
 * percentages as numbers), which every monitoring function reads as it is. The test suite validates each with
 * `IndicatorSchema`; nothing is parsed at import. Deep-frozen. (0.1.0 exported them from the monitoring module,
 * parsed at import, with `Decimal` thresholds.)
 *
 * Read from the DGR's tables as the Sebino plan copies them (seed 002, lines in each indicator's `sources`), checked
 * against Gallarate's and Busto Arsizio's schede, which restate them. Interpretations:
 * - "100%" without "≥" is read as "≥ 100%" (a ratio of a part to its whole cannot exceed 100%);
 * - a blank 2025 cell followed by "anno 2026 > anno 2025" makes 2025 the baseline (T0), as the plans write it;
 * - the protected-discharge protocol's two stages are placed in 2025 (definition) and 2026 (activation): Sebino's
 *   flattened table does not show the columns, and Gallarate and Busto Arsizio date the definition 2025;
 * - no 2027 stage is set for the protocols: the DGR's cell is blank (the plans add "monitoraggio" on their own).
 *
 * @example
 * ```ts
 * import { PRIORITY_LEPS_INDICATORS } from "piano-di-zona";
 * PRIORITY_LEPS_INDICATORS.length //=> 20
 * PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.leps === "dimissioni-protette").length //=> 6
 * ```
 * @category Catalog
 */
export const PRIORITY_LEPS_INDICATORS: DeepReadonly<IndicatorInput[]> = /* @__PURE__ */ frozen([
  // 1. Valutazione multidimensionale e progetto personalizzato
  {
    id: "vmpp-incontri-formativi",
    labels: { it: "Incontri formativi svolti su previsti", en: "Training meetings held per planned" },
    wording: "Numero incontri formativi svolti/Numero incontri formativi previsti",
    kind: "ratio-at-least",
    leps: "valutazione-multidimensionale-progetto-personalizzato",
    numerator: { it: "incontri formativi svolti", en: "training meetings held" },
    denominator: { it: "incontri formativi previsti", en: "training meetings planned" },
    targets: STANDARD,
    sources: [{ document: DGR_TABLE, lines: [2256, 2261] }],
  },
  {
    id: "vmpp-eemm-attivate",
    labels: { it: "Incremento numero EEMM attivate", en: "More multidisciplinary teams (EEMM) activated" },
    wording: "Incremento numero EEMM attivate",
    kind: "increase",
    leps: "valutazione-multidimensionale-progetto-personalizzato",
    measure: { it: "EEMM attivate", en: "multidisciplinary teams activated" },
    targets: RISING_FROM_ONE,
    sources: [{ document: DGR_TABLE, lines: [2265, 2274] }],
  },
  {
    id: "vmpp-tipologie-professionali",
    labels: { it: "Tipologie professionali nelle EEMM", en: "Professions represented in the EEMM" },
    wording:
      "Numero tipologie professionali che compongono le EEMM/Numero tipologia professionali presenti nell'organizzazione, gestione ed erogazione dei servizi",
    kind: "ratio-at-least",
    leps: "valutazione-multidimensionale-progetto-personalizzato",
    numerator: { it: "tipologie professionali che compongono le EEMM", en: "professions in the EEMM" },
    denominator: { it: "tipologie professionali presenti nei servizi", en: "professions in the services" },
    targets: STANDARD,
    sources: [{ document: DGR_TABLE, lines: [2279, 2288] }],
  },
  // 2. Prevenzione dell'allontanamento familiare
  {
    id: "paf-protocollo",
    labels: {
      it: "Protocollo di prevenzione dell'allontanamento",
      en: "Protocol on preventing family separation",
    },
    wording: "Definizione o aggiornamento protocollo/procedura di prevenzione dell'allontanamento familiare",
    kind: "milestone",
    leps: "prevenzione-allontanamento-familiare",
    targets: PROTOCOL,
    sources: [{ document: DGR_TABLE, lines: [2335, 2351] }],
  },
  {
    id: "paf-progetti-su-valutazioni",
    labels: { it: "Progetti individualizzati su valutazioni", en: "Individual plans per assessment" },
    wording: "Numero progetti individualizzati/ Numero valutazioni",
    kind: "ratio-at-least",
    leps: "prevenzione-allontanamento-familiare",
    numerator: { it: "progetti individualizzati", en: "individual plans" },
    denominator: { it: "valutazioni", en: "assessments" },
    targets: [
      { year: 2025, rule: "ratio-at-least", thresholdPercent: 40 },
      { year: 2026, rule: "ratio-at-least", thresholdPercent: 60 },
      { year: 2027, rule: "ratio-at-least", thresholdPercent: 80 },
    ],
    sources: [{ document: DGR_TABLE, lines: [2358, 2363] }],
  },
  {
    id: "paf-soggetti-gruppi-territoriali",
    labels: { it: "Soggetti coinvolti nei Gruppi territoriali", en: "Bodies involved in the local groups" },
    wording: "Incremento della tipologia dei soggetti coinvolti nell'ambito dei Gruppi territoriali",
    kind: "increase",
    leps: "prevenzione-allontanamento-familiare",
    measure: { it: "enti coinvolti", en: "bodies involved" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2368, 2378] }],
  },
  {
    id: "paf-nuclei-in-prevenzione",
    labels: {
      it: "Nuclei presi in carico in ottica di prevenzione",
      en: "Families taken in charge to prevent separation",
    },
    wording:
      "Incremento Numero nuclei familiari presi in carico in ottica di prevenzione, anche ulteriori rispetto ai nuclei previsti dal Programma PIPPI",
    kind: "increase",
    leps: "prevenzione-allontanamento-familiare",
    measure: { it: "nuclei familiari", en: "families" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2379, 2392] }],
  },
  // 3. Servizi sociali per le dimissioni protette
  {
    id: "dim-protocollo",
    labels: { it: "Protocollo per le dimissioni protette", en: "Protected-discharge protocol" },
    wording:
      "Definizione o aggiornamento protocollo/procedura per le dimissioni protette definito per assicurare la Transitional Care con la ASST di riferimento, ATS e gli ETS",
    kind: "milestone",
    leps: "dimissioni-protette",
    targets: PROTOCOL,
    sources: [{ document: DGR_TABLE, lines: [2446, 2466] }],
  },
  {
    id: "dim-utenti-serviti",
    labels: { it: "Utenti serviti su utenti con bisogno", en: "Users served per user in need" },
    wording:
      "Numero utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette/Numero utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
    kind: "ratio-at-least",
    leps: "dimissioni-protette",
    numerator: { it: "utenti che hanno beneficiato del servizio", en: "users who received the service" },
    denominator: { it: "utenti che hanno espresso il bisogno", en: "users who asked for it" },
    targets: FROM_2026,
    sources: [{ document: DGR_TABLE, lines: [2473, 2481] }],
  },
  {
    id: "dim-attesa-domicilio",
    labels: { it: "Tempo medio di attesa per il ritorno a domicilio", en: "Mean wait for discharge home" },
    wording: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio",
    kind: "decrease",
    leps: "dimissioni-protette",
    measure: { it: "tempo medio di attesa", en: "mean waiting time" },
    baselineYear: 2025,
    targets: FALLING,
    sources: [{ document: DGR_TABLE, lines: [2486, 2498] }],
  },
  {
    id: "dim-attesa-struttura",
    labels: {
      it: "Tempo medio di attesa per il ritorno in struttura",
      en: "Mean wait for discharge to a residence",
    },
    wording: "Riduzione tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
    kind: "decrease",
    leps: "dimissioni-protette",
    measure: { it: "tempo medio di attesa", en: "mean waiting time" },
    baselineYear: 2025,
    targets: FALLING,
    sources: [{ document: DGR_TABLE, lines: [2503, 2517] }],
  },
  {
    id: "dim-incontri-caregiver",
    labels: { it: "Incontri formativi per caregiver", en: "Training meetings for carers" },
    wording:
      "Incremento numero incontri formativi per caregiver familiari e/o assistenti familiari per sostenere l'autonomia residua e il miglioramento dei livelli di qualità di vita delle persone fragili a domicilio",
    kind: "increase",
    leps: "dimissioni-protette",
    measure: { it: "incontri formativi svolti", en: "training meetings held" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2522, 2542] }],
  },
  {
    id: "dim-integrazione-informatizzata",
    labels: {
      it: "Dimissioni protette con cartella sociale integrata",
      en: "Discharges managed with linked records",
    },
    wording:
      "Incremento numero dimissioni protette gestite attraverso l'integrazione informativa e informatizzata tra ambito sanitario e cartella sociale informatizzata",
    kind: "increase",
    leps: "dimissioni-protette",
    measure: { it: "dimissioni protette gestite", en: "protected discharges managed" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2543, 2562] }],
  },
  // 4. PUA integrati e UVM
  {
    id: "pua-protocollo",
    labels: {
      it: "Protocollo di Distretto per la valutazione integrata",
      en: "District protocol for joint assessment",
    },
    wording:
      "Definizione o aggiornamento protocollo/procedura operativa di Distretto per la valutazione integrata tra ambito territoriale sociale e ambito sanitario, comprensivo di strumenti unitari per la valutazione preliminare e la valutazione multidimensionale",
    kind: "milestone",
    leps: "pua-integrati-uvm",
    targets: PROTOCOL,
    sources: [{ document: DGR_TABLE, lines: [2601, 2620] }],
  },
  {
    id: "pua-valutazioni-con-assistente-sociale",
    labels: { it: "Valutazioni con l'assistente sociale", en: "Assessments with the social worker" },
    wording:
      "Numero valutazioni che vedono la partecipazione dell'Assistente sociale comunale o di Ambito/N complessivo di valutazioni effettuate",
    kind: "ratio-at-least",
    leps: "pua-integrati-uvm",
    numerator: { it: "valutazioni con l'assistente sociale", en: "assessments with the social worker" },
    denominator: { it: "valutazioni effettuate", en: "assessments made" },
    targets: STANDARD,
    sources: [{ document: DGR_TABLE, lines: [2621, 2634] }],
  },
  {
    id: "pua-strumenti-unitari",
    labels: { it: "Strumenti unitari di valutazione condivisi", en: "Shared joint-assessment tools" },
    wording:
      "Incremento numero strumenti unitari di Distretto per la valutazione multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
    kind: "increase",
    leps: "pua-integrati-uvm",
    measure: { it: "strumenti di valutazione unitari condivisi", en: "shared assessment tools" },
    targets: RISING_FROM_ONE,
    sources: [{ document: DGR_TABLE, lines: [2639, 2662] }],
  },
  {
    id: "pua-persone-complesse-uvmd",
    labels: {
      it: "Persone in condizioni complesse prese in carico",
      en: "People with complex needs taken in charge",
    },
    wording:
      "Incremento numero persone in condizioni complesse prese in carico dalle Unità di Valutazione Multidimensionale (UVMD)",
    kind: "increase",
    leps: "pua-integrati-uvm",
    measure: { it: "persone prese in carico dalle UVMD", en: "people taken in charge by the UVMD" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2667, 2694] }],
  },
  // 5. Incremento SAD
  {
    id: "sad-progetti-integrati",
    labels: {
      it: "Progetti SAD integrati con l'ambito sanitario",
      en: "Home-care plans integrated with health care",
    },
    wording:
      "Numero Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
    kind: "ratio-at-least",
    leps: "incremento-sad",
    numerator: { it: "progetti SAD con piano unico integrato", en: "plans with a single integrated plan" },
    denominator: { it: "progetti SAD per anziani ad alto bisogno", en: "plans for high-need older people" },
    targets: STANDARD,
    sources: [{ document: DGR_TABLE, lines: [2729, 2738] }],
  },
  {
    id: "sad-progetti-dimissioni",
    labels: { it: "Progetti SAD con percorsi di dimissione", en: "Home-care plans covering discharges" },
    wording:
      "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
    kind: "ratio-at-least",
    leps: "incremento-sad",
    numerator: { it: "progetti SAD con dimissioni protette", en: "plans covering protected discharges" },
    denominator: { it: "dimissioni protette che necessitano di SAD", en: "discharges needing home care" },
    targets: FROM_2026,
    sources: [{ document: DGR_TABLE, lines: [2742, 2749] }],
  },
  {
    id: "sad-prese-in-carico-csi",
    labels: {
      it: "Prese in carico SAD gestite nella cartella sociale",
      en: "Home-care cases run in the social record",
    },
    wording:
      "Incremento numero prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata",
    kind: "increase",
    leps: "incremento-sad",
    measure: { it: "prese in carico SAD gestite nella CSI", en: "home-care cases run in the social record" },
    baselineYear: 2025,
    targets: RISING,
    sources: [{ document: DGR_TABLE, lines: [2754, 2778] }],
  },
] satisfies IndicatorInput[]);

import type { PriorityLepsId } from "../catalog/leps.js";
import { deepFreeze, type DeepReadonly } from "../core/deep-freeze.js";
import type { Labels } from "../core/labels.js";
import {
  IndicatorSchema,
  type Indicator,
  type IndicatorInput,
  type MilestoneStage,
} from "../model/indicator.js";

const DGR_TABLE = "D.G.R. XII/2167, LEPS prioritari (copied in: Piano di Zona 2025-2027, Ambito n. 5 Sebino)";

type Common = {
  readonly id: string;
  readonly leps: PriorityLepsId;
  readonly labels: Labels;
  readonly wording: string;
  readonly lines: readonly [number, number];
};

function source(lines: readonly [number, number]): IndicatorInput["sources"] {
  return [{ document: DGR_TABLE, lines: [lines[0], lines[1]] }];
}

function ratio(
  common: Common,
  terms: { readonly numerator: Labels; readonly denominator: Labels },
  thresholds: readonly (readonly [number, number])[],
): IndicatorInput {
  const { lines, ...rest } = common;
  return {
    ...rest,
    kind: "ratio-at-least",
    ...terms,
    targets: thresholds.map(([year, thresholdPercent]) => ({
      year,
      rule: "ratio-at-least",
      thresholdPercent,
    })),
    sources: source(lines),
  };
}

/** A count that must rise each year; 2025 is either the T0 baseline or carries a minimum ("≥ 1"). */
function trend(
  common: Common,
  kind: "increase" | "decrease",
  measure: Labels,
  minimumIn2025?: number,
): IndicatorInput {
  const { lines, ...rest } = common;
  const rule = kind === "increase" ? "greater-than-previous" : "less-than-previous";
  return {
    ...rest,
    kind,
    measure,
    ...(minimumIn2025 === undefined ? { baselineYear: 2025 } : {}),
    targets: [
      ...(minimumIn2025 === undefined
        ? []
        : [{ year: 2025, rule: "count-at-least" as const, minimum: minimumIn2025 }]),
      { year: 2026, rule },
      { year: 2027, rule },
    ],
    sources: source(lines),
  };
}

function milestone(common: Common, stages: readonly (readonly [number, MilestoneStage])[]): IndicatorInput {
  const { lines, ...rest } = common;
  return {
    ...rest,
    kind: "milestone",
    targets: stages.map(([year, stage]) => ({ year, rule: "stage-reached", stage })),
    sources: source(lines),
  };
}

const STANDARD: readonly (readonly [number, number])[] = [
  [2025, 50],
  [2026, 75],
  [2027, 100],
];
const FROM_2026: readonly (readonly [number, number])[] = [
  [2026, 50],
  [2027, 75],
];
const PROTOCOL: readonly (readonly [number, MilestoneStage])[] = [
  [2025, "definizione"],
  [2026, "attivazione"],
];

function definitions(): readonly IndicatorInput[] {
  return [
    // 1. Valutazione multidimensionale e progetto personalizzato
    ratio(
      {
        id: "vmpp-incontri-formativi",
        leps: "valutazione-multidimensionale-progetto-personalizzato",
        labels: { it: "Incontri formativi svolti su previsti", en: "Training meetings held per planned" },
        wording: "Numero incontri formativi svolti/Numero incontri formativi previsti",
        lines: [2256, 2261],
      },
      {
        numerator: { it: "incontri formativi svolti", en: "training meetings held" },
        denominator: { it: "incontri formativi previsti", en: "training meetings planned" },
      },
      STANDARD,
    ),
    trend(
      {
        id: "vmpp-eemm-attivate",
        leps: "valutazione-multidimensionale-progetto-personalizzato",
        labels: {
          it: "Incremento numero EEMM attivate",
          en: "More multidisciplinary teams (EEMM) activated",
        },
        wording: "Incremento numero EEMM attivate",
        lines: [2265, 2274],
      },
      "increase",
      { it: "EEMM attivate", en: "multidisciplinary teams activated" },
      1,
    ),
    ratio(
      {
        id: "vmpp-tipologie-professionali",
        leps: "valutazione-multidimensionale-progetto-personalizzato",
        labels: { it: "Tipologie professionali nelle EEMM", en: "Professions represented in the EEMM" },
        wording:
          "Numero tipologie professionali che compongono le EEMM/Numero tipologia professionali presenti nell'organizzazione, gestione ed erogazione dei servizi",
        lines: [2279, 2288],
      },
      {
        numerator: { it: "tipologie professionali che compongono le EEMM", en: "professions in the EEMM" },
        denominator: {
          it: "tipologie professionali presenti nei servizi",
          en: "professions in the services",
        },
      },
      STANDARD,
    ),
    // 2. Prevenzione dell'allontanamento familiare
    milestone(
      {
        id: "paf-protocollo",
        leps: "prevenzione-allontanamento-familiare",
        labels: {
          it: "Protocollo di prevenzione dell'allontanamento",
          en: "Protocol on preventing family separation",
        },
        wording:
          "Definizione o aggiornamento protocollo/procedura di prevenzione dell'allontanamento familiare",
        lines: [2335, 2351],
      },
      PROTOCOL,
    ),
    ratio(
      {
        id: "paf-progetti-su-valutazioni",
        leps: "prevenzione-allontanamento-familiare",
        labels: { it: "Progetti individualizzati su valutazioni", en: "Individual plans per assessment" },
        wording: "Numero progetti individualizzati/ Numero valutazioni",
        lines: [2358, 2363],
      },
      {
        numerator: { it: "progetti individualizzati", en: "individual plans" },
        denominator: { it: "valutazioni", en: "assessments" },
      },
      [
        [2025, 40],
        [2026, 60],
        [2027, 80],
      ],
    ),
    trend(
      {
        id: "paf-soggetti-gruppi-territoriali",
        leps: "prevenzione-allontanamento-familiare",
        labels: {
          it: "Soggetti coinvolti nei Gruppi territoriali",
          en: "Bodies involved in the local groups",
        },
        wording: "Incremento della tipologia dei soggetti coinvolti nell'ambito dei Gruppi territoriali",
        lines: [2368, 2378],
      },
      "increase",
      { it: "enti coinvolti", en: "bodies involved" },
    ),
    trend(
      {
        id: "paf-nuclei-in-prevenzione",
        leps: "prevenzione-allontanamento-familiare",
        labels: {
          it: "Nuclei presi in carico in ottica di prevenzione",
          en: "Families taken in charge to prevent separation",
        },
        wording:
          "Incremento Numero nuclei familiari presi in carico in ottica di prevenzione, anche ulteriori rispetto ai nuclei previsti dal Programma PIPPI",
        lines: [2379, 2392],
      },
      "increase",
      { it: "nuclei familiari", en: "families" },
    ),
    // 3. Servizi sociali per le dimissioni protette
    milestone(
      {
        id: "dim-protocollo",
        leps: "dimissioni-protette",
        labels: { it: "Protocollo per le dimissioni protette", en: "Protected-discharge protocol" },
        wording:
          "Definizione o aggiornamento protocollo/procedura per le dimissioni protette definito per assicurare la Transitional Care con la ASST di riferimento, ATS e gli ETS",
        lines: [2446, 2466],
      },
      PROTOCOL,
    ),
    ratio(
      {
        id: "dim-utenti-serviti",
        leps: "dimissioni-protette",
        labels: { it: "Utenti serviti su utenti con bisogno", en: "Users served per user in need" },
        wording:
          "Numero utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette/Numero utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
        lines: [2473, 2481],
      },
      {
        numerator: { it: "utenti che hanno beneficiato del servizio", en: "users who received the service" },
        denominator: { it: "utenti che hanno espresso il bisogno", en: "users who asked for it" },
      },
      FROM_2026,
    ),
    trend(
      {
        id: "dim-attesa-domicilio",
        leps: "dimissioni-protette",
        labels: {
          it: "Tempo medio di attesa per il ritorno a domicilio",
          en: "Mean wait for discharge home",
        },
        wording: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio",
        lines: [2486, 2498],
      },
      "decrease",
      { it: "tempo medio di attesa", en: "mean waiting time" },
    ),
    trend(
      {
        id: "dim-attesa-struttura",
        leps: "dimissioni-protette",
        labels: {
          it: "Tempo medio di attesa per il ritorno in struttura",
          en: "Mean wait for discharge to a residence",
        },
        wording: "Riduzione tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        lines: [2503, 2517],
      },
      "decrease",
      { it: "tempo medio di attesa", en: "mean waiting time" },
    ),
    trend(
      {
        id: "dim-incontri-caregiver",
        leps: "dimissioni-protette",
        labels: { it: "Incontri formativi per caregiver", en: "Training meetings for carers" },
        wording:
          "Incremento numero incontri formativi per caregiver familiari e/o assistenti familiari per sostenere l'autonomia residua e il miglioramento dei livelli di qualità di vita delle persone fragili a domicilio",
        lines: [2522, 2542],
      },
      "increase",
      { it: "incontri formativi svolti", en: "training meetings held" },
    ),
    trend(
      {
        id: "dim-integrazione-informatizzata",
        leps: "dimissioni-protette",
        labels: {
          it: "Dimissioni protette con cartella sociale integrata",
          en: "Discharges managed with linked records",
        },
        wording:
          "Incremento numero dimissioni protette gestite attraverso l'integrazione informativa e informatizzata tra ambito sanitario e cartella sociale informatizzata",
        lines: [2543, 2562],
      },
      "increase",
      { it: "dimissioni protette gestite", en: "protected discharges managed" },
    ),
    // 4. PUA integrati e UVM
    milestone(
      {
        id: "pua-protocollo",
        leps: "pua-integrati-uvm",
        labels: {
          it: "Protocollo di Distretto per la valutazione integrata",
          en: "District protocol for joint assessment",
        },
        wording:
          "Definizione o aggiornamento protocollo/procedura operativa di Distretto per la valutazione integrata tra ambito territoriale sociale e ambito sanitario, comprensivo di strumenti unitari per la valutazione preliminare e la valutazione multidimensionale",
        lines: [2601, 2620],
      },
      PROTOCOL,
    ),
    ratio(
      {
        id: "pua-valutazioni-con-assistente-sociale",
        leps: "pua-integrati-uvm",
        labels: { it: "Valutazioni con l'assistente sociale", en: "Assessments with the social worker" },
        wording:
          "Numero valutazioni che vedono la partecipazione dell'Assistente sociale comunale o di Ambito/N complessivo di valutazioni effettuate",
        lines: [2621, 2634],
      },
      {
        numerator: { it: "valutazioni con l'assistente sociale", en: "assessments with the social worker" },
        denominator: { it: "valutazioni effettuate", en: "assessments made" },
      },
      STANDARD,
    ),
    trend(
      {
        id: "pua-strumenti-unitari",
        leps: "pua-integrati-uvm",
        labels: { it: "Strumenti unitari di valutazione condivisi", en: "Shared joint-assessment tools" },
        wording:
          "Incremento numero strumenti unitari di Distretto per la valutazione multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
        lines: [2639, 2662],
      },
      "increase",
      { it: "strumenti di valutazione unitari condivisi", en: "shared assessment tools" },
      1,
    ),
    trend(
      {
        id: "pua-persone-complesse-uvmd",
        leps: "pua-integrati-uvm",
        labels: {
          it: "Persone in condizioni complesse prese in carico",
          en: "People with complex needs taken in charge",
        },
        wording:
          "Incremento numero persone in condizioni complesse prese in carico dalle Unità di Valutazione Multidimensionale (UVMD)",
        lines: [2667, 2694],
      },
      "increase",
      { it: "persone prese in carico dalle UVMD", en: "people taken in charge by the UVMD" },
    ),
    // 5. Incremento SAD
    ratio(
      {
        id: "sad-progetti-integrati",
        leps: "incremento-sad",
        labels: {
          it: "Progetti SAD integrati con l'ambito sanitario",
          en: "Home-care plans integrated with health care",
        },
        wording:
          "Numero Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
        lines: [2729, 2738],
      },
      {
        numerator: {
          it: "progetti SAD con piano unico integrato",
          en: "plans with a single integrated plan",
        },
        denominator: {
          it: "progetti SAD per anziani ad alto bisogno",
          en: "plans for high-need older people",
        },
      },
      STANDARD,
    ),
    ratio(
      {
        id: "sad-progetti-dimissioni",
        leps: "incremento-sad",
        labels: { it: "Progetti SAD con percorsi di dimissione", en: "Home-care plans covering discharges" },
        wording:
          "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
        lines: [2742, 2749],
      },
      {
        numerator: { it: "progetti SAD con dimissioni protette", en: "plans covering protected discharges" },
        denominator: { it: "dimissioni protette che necessitano di SAD", en: "discharges needing home care" },
      },
      FROM_2026,
    ),
    trend(
      {
        id: "sad-prese-in-carico-csi",
        leps: "incremento-sad",
        labels: {
          it: "Prese in carico SAD gestite nella cartella sociale",
          en: "Home-care cases run in the social record",
        },
        wording:
          "Incremento numero prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata",
        lines: [2754, 2778],
      },
      "increase",
      { it: "prese in carico SAD gestite nella CSI", en: "home-care cases run in the social record" },
    ),
  ];
}

/**
 * The official indicators of the five priority LEPS of D.G.R. XII/2167 ("LEPS prioritari nella pianificazione
 * degli interventi di Ambito"), with their yearly "range di raggiungimento" 2025-2027, as validated
 * {@link Indicator}s: 20 indicators, 3 + 4 + 6 + 4 + 3.
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
 * @category Monitoring
 */
export const PRIORITY_LEPS_INDICATORS: DeepReadonly<Indicator[]> = /* @__PURE__ */ validated();

// Validated at load, inside a function so that bundlers can drop the whole catalogue when it is not imported.
function validated(): DeepReadonly<Indicator[]> {
  return deepFreeze(definitions().map((definition) => IndicatorSchema.parse(definition)));
}

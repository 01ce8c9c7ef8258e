// The kinds of result target and the periods a target counts over: plain data, without zod, so that the functions
// that evaluate targets (monitoring's `evaluateTargets`) do not load the schemas.
import type { LabelledCode } from "../catalog/evaluation-scales.js";
import { deepFreeze } from "../core/deep-freeze.js";

/**
 * The kinds of result target a scheda states ("QUALI RISULTATI VUOLE RAGGIUNGERE?"), each checkable by a program:
 *
 * - `count-at-least`: "almeno 9 incontri nella triennalità", "1 incontro semestrale" (a minimum per period);
 * - `share-at-least`: "almeno l'80% degli enti coinvolti" (a numerator over a named denominator);
 * - `deliverable`: "Creazione della Rete (sì/no)", "1 Protocollo operativo" (done or not);
 * - `coverage-at-least`: "in almeno 3 Comuni" (a level reached, not a sum);
 * - `change`: "N° abitazioni 2027 > N° abitazioni 2025" (a strict increase or decrease between two years);
 * - `baseline`: a T0 measurement to record, without a threshold;
 * - `amount-at-least`: "200 mila euro nel triennio" (money raised or spent);
 * - `duration`: "minimo 6 mesi e massimo 24 mesi" (the length of a path, in months).
 *
 * @example
 * ```ts
 * import { RESULT_TARGET_KINDS } from "piano-di-zona";
 * RESULT_TARGET_KINDS.length //=> 8
 * RESULT_TARGET_KINDS[0] //=> "count-at-least"
 * ```
 * @category Model
 */
export const RESULT_TARGET_KINDS = /* @__PURE__ */ Object.freeze([
  "count-at-least",
  "share-at-least",
  "deliverable",
  "coverage-at-least",
  "change",
  "baseline",
  "amount-at-least",
  "duration",
] as const);

/** One of {@link RESULT_TARGET_KINDS}. @category Model */
export type ResultTargetKind = (typeof RESULT_TARGET_KINDS)[number];

/**
 * The kinds of result target with their labels. Deep-frozen.
 *
 * @example
 * ```ts
 * import { RESULT_TARGET_KIND_CATALOG } from "piano-di-zona";
 * RESULT_TARGET_KIND_CATALOG["coverage-at-least"].labels.it //=> "copertura minima"
 * ```
 * @category Model
 */
export const RESULT_TARGET_KIND_CATALOG: { readonly [K in ResultTargetKind]: LabelledCode<K> } =
  /* @__PURE__ */ deepFreeze({
    "count-at-least": { code: "count-at-least", labels: { it: "numero minimo", en: "minimum count" } },
    "share-at-least": { code: "share-at-least", labels: { it: "quota minima", en: "minimum share" } },
    deliverable: { code: "deliverable", labels: { it: "prodotto (sì/no)", en: "deliverable (yes/no)" } },
    "coverage-at-least": {
      code: "coverage-at-least",
      labels: { it: "copertura minima", en: "minimum coverage" },
    },
    change: { code: "change", labels: { it: "variazione tra due anni", en: "change between two years" } },
    baseline: { code: "baseline", labels: { it: "valore di partenza (T0)", en: "baseline (T0)" } },
    "amount-at-least": { code: "amount-at-least", labels: { it: "importo minimo", en: "minimum amount" } },
    duration: { code: "duration", labels: { it: "durata", en: "duration" } },
  });

/**
 * The periods a target counts over: the whole programming ("nella triennalità"), or every year, semester, quarter
 * or month. A target with no period printed has `per: null`, read as the whole programming.
 *
 * @example
 * ```ts
 * import { TARGET_PERIODS } from "piano-di-zona";
 * TARGET_PERIODS //=> ["triennium", "year", "semester", "quarter", "month"]
 * ```
 * @category Model
 */
export const TARGET_PERIODS = /* @__PURE__ */ Object.freeze([
  "triennium",
  "year",
  "semester",
  "quarter",
  "month",
] as const);

/** One of {@link TARGET_PERIODS}. @category Model */
export type TargetPeriod = (typeof TARGET_PERIODS)[number];

/**
 * The target periods with their labels ("per semestre"). Deep-frozen.
 *
 * @example
 * ```ts
 * import { TARGET_PERIOD_CATALOG } from "piano-di-zona";
 * TARGET_PERIOD_CATALOG.semester.labels //=> { it: "per semestre", en: "per semester" }
 * ```
 * @category Model
 */
export const TARGET_PERIOD_CATALOG: { readonly [P in TargetPeriod]: LabelledCode<P> } =
  /* @__PURE__ */ deepFreeze({
    triennium: { code: "triennium", labels: { it: "nel triennio", en: "over the programming" } },
    year: { code: "year", labels: { it: "per anno", en: "per year" } },
    semester: { code: "semester", labels: { it: "per semestre", en: "per semester" } },
    quarter: { code: "quarter", labels: { it: "per trimestre", en: "per quarter" } },
    month: { code: "month", labels: { it: "per mese", en: "per month" } },
  });

/** When a conditional target applies: when the target it depends on is met, or when it is not. @internal */
export const TARGET_CONDITION_OUTCOMES = ["met", "not-met"] as const;

/** One of {@link TARGET_CONDITION_OUTCOMES}. @internal */
export type TargetConditionOutcome = (typeof TARGET_CONDITION_OUTCOMES)[number];

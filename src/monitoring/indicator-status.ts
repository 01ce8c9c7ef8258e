import type { LabelledCode } from "../catalog/evaluation-scales.js";
import { deepFreeze } from "../core/deep-freeze.js";

/**
 * The outcome of an indicator in one year, or of a result target at a date:
 * `"met"` (target reached), `"not-met"`, `"not-due"` (no target that year, e.g. the T0 baseline year; a target whose
 * deadline has not come), `"missing-data"` (the observation needed to decide is missing, including the previous year's
 * value for a year-on-year target, or a ratio whose denominator is 0) and `"not-applicable"` (a conditional target
 * whose condition is false: "if the feasibility study is positive, 1 convenzione" when it is not). Missing data is
 * never a pass. Indicators never end `"not-applicable"`.
 *
 * @example
 * ```ts
 * import { INDICATOR_STATUSES } from "piano-di-zona";
 * INDICATOR_STATUSES //=> ["met", "not-met", "not-due", "missing-data", "not-applicable"]
 * ```
 * @category Monitoring
 */
export const INDICATOR_STATUSES = /* @__PURE__ */ Object.freeze([
  "met",
  "not-met",
  "not-due",
  "missing-data",
  "not-applicable",
] as const);

/** One of {@link INDICATOR_STATUSES}. @category Monitoring */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/**
 * Labels of the {@link INDICATOR_STATUSES}.
 *
 * @example
 * ```ts
 * import { INDICATOR_STATUS_CATALOG } from "piano-di-zona";
 * INDICATOR_STATUS_CATALOG["missing-data"].labels.it //=> "dati mancanti"
 * ```
 * @category Monitoring
 */
export const INDICATOR_STATUS_CATALOG: { readonly [K in IndicatorStatus]: LabelledCode<K> } =
  /* @__PURE__ */ deepFreeze({
    met: { code: "met", labels: { it: "raggiunto", en: "met" } },
    "not-met": { code: "not-met", labels: { it: "non raggiunto", en: "not met" } },
    "not-due": { code: "not-due", labels: { it: "nessun target per l'anno", en: "not due" } },
    "missing-data": { code: "missing-data", labels: { it: "dati mancanti", en: "missing data" } },
    "not-applicable": { code: "not-applicable", labels: { it: "non applicabile", en: "not applicable" } },
  });

import type { LabelledCode } from "../catalog/evaluation-scales.js";
import { deepFreeze } from "../core/deep-freeze.js";

/**
 * The outcome of an indicator in one year:
 * `"met"` (target reached), `"not-met"`, `"not-due"` (no target that year, e.g. the T0 baseline year) and
 * `"missing-data"` (the observation needed to decide is missing, including the previous year's value for a
 * year-on-year target, or a ratio whose denominator is 0). Missing data is never a pass.
 * @category Monitoring
 */
export const INDICATOR_STATUSES = /* @__PURE__ */ Object.freeze([
  "met",
  "not-met",
  "not-due",
  "missing-data",
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
  });

import type { LabelledCode } from "../catalog/evaluation-scales.js";
import { deepFreeze } from "../core/deep-freeze.js";

/**
 * The sexes population tables split by ("maschi", "femmine"), in a stable order.
 *
 * @example
 * ```ts
 * import { SEXES, SEX_CATALOG } from "piano-di-zona";
 * SEXES.map((sex) => SEX_CATALOG[sex].labels.it) //=> ["maschi", "femmine"]
 * ```
 * @category Demography
 */
export const SEXES = /* @__PURE__ */ Object.freeze(["males", "females"] as const);

/**
 * A sex as population tables split it.
 * @category Demography
 */
export type Sex = (typeof SEXES)[number];

/**
 * Italian and English labels of each {@link Sex}.
 *
 * @example
 * ```ts
 * import { SEX_CATALOG } from "piano-di-zona";
 * SEX_CATALOG.females //=> { code: "females", labels: { it: "femmine", en: "females" } }
 * ```
 * @category Demography
 */
export const SEX_CATALOG: { readonly [K in Sex]: LabelledCode<K> } = /* @__PURE__ */ deepFreeze({
  males: { code: "males", labels: { it: "maschi", en: "males" } },
  females: { code: "females", labels: { it: "femmine", en: "females" } },
});

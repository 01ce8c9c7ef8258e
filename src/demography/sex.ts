import { deepFreeze, type DeepReadonly } from "../core/deep-freeze.js";
import type { Labels } from "../core/labels.js";

/**
 * The sexes population tables split by ("maschi", "femmine"), in a stable order.
 *
 * @example
 * ```ts
 * import { SEXES, SEX_LABELS } from "piano-di-zona";
 * SEXES.map((sex) => SEX_LABELS[sex].it) //=> ["maschi", "femmine"]
 * ```
 * @category Demography
 */
export const SEXES = ["males", "females"] as const;

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
 * import { SEX_LABELS } from "piano-di-zona";
 * SEX_LABELS.females //=> { it: "femmine", en: "females" }
 * ```
 * @category Demography
 */
export const SEX_LABELS: DeepReadonly<Record<Sex, Labels>> = /* @__PURE__ */ deepFreeze({
  males: { it: "maschi", en: "males" },
  females: { it: "femmine", en: "females" },
});

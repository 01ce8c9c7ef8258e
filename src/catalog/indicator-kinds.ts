import { frozen } from "./_frozen.js";
import type { LabelledCode } from "./evaluation-scales.js";

/**
 * What an indicator measures and how its yearly targets read (D.G.R. XII/2167, tables of the priority LEPS):
 *
 * - `"ratio-at-least"`: a ratio of two counts at or above a threshold ("N. progetti individualizzati / N. valutazioni
 *   ≥ 40%");
 * - `"increase"`: a count that must rise against the previous year ("N. EEMM attivate anno 2026 > anno 2025");
 * - `"decrease"`: a value that must fall against the previous year ("tempo medio di attesa anno 2026 < anno 2025");
 * - `"count-at-least"`: a count at or above a minimum ("N. strumenti di valutazione unitari condivisi ≥ 1");
 * - `"milestone"`: a stage to reach ("definizione del protocollo", then "attivazione").
 * @category Catalog
 */
export const INDICATOR_KINDS = /* @__PURE__ */ Object.freeze([
  "ratio-at-least",
  "increase",
  "decrease",
  "count-at-least",
  "milestone",
] as const);

/** One of {@link INDICATOR_KINDS}. @category Catalog */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * Labels of the {@link INDICATOR_KINDS}.
 *
 * @example
 * ```ts
 * import { INDICATOR_KIND_CATALOG } from "piano-di-zona";
 * INDICATOR_KIND_CATALOG.decrease.labels.en //=> "decrease against the previous year"
 * ```
 * @category Catalog
 */
export const INDICATOR_KIND_CATALOG: { readonly [K in IndicatorKind]: LabelledCode<K> } =
  /* @__PURE__ */ frozen({
    "ratio-at-least": {
      code: "ratio-at-least",
      labels: { it: "rapporto non inferiore a una soglia", en: "ratio at or above a threshold" },
    },
    increase: {
      code: "increase",
      labels: { it: "incremento rispetto all'anno precedente", en: "increase against the previous year" },
    },
    decrease: {
      code: "decrease",
      labels: { it: "riduzione rispetto all'anno precedente", en: "decrease against the previous year" },
    },
    "count-at-least": {
      code: "count-at-least",
      labels: { it: "numero non inferiore a un minimo", en: "count at or above a minimum" },
    },
    milestone: {
      code: "milestone",
      labels: { it: "traguardo (fase da raggiungere)", en: "milestone (stage to reach)" },
    },
  });

/**
 * The ordered stages of a milestone indicator, as the DGR's tables word them for protocols and procedures:
 * "definizione o aggiornamento e condivisione" → "attivazione" → "monitoraggio". A later stage implies the earlier
 * ones.
 * @category Catalog
 */
export const MILESTONE_STAGES = /* @__PURE__ */ Object.freeze([
  "definizione",
  "attivazione",
  "monitoraggio",
] as const);

/** One of {@link MILESTONE_STAGES}. @category Catalog */
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];

/**
 * Labels of the {@link MILESTONE_STAGES}.
 *
 * @example
 * ```ts
 * import { MILESTONE_STAGE_CATALOG } from "piano-di-zona";
 * MILESTONE_STAGE_CATALOG.attivazione.labels.en //=> "activated"
 * ```
 * @category Catalog
 */
export const MILESTONE_STAGE_CATALOG: { readonly [K in MilestoneStage]: LabelledCode<K> } =
  /* @__PURE__ */ frozen({
    definizione: {
      code: "definizione",
      labels: { it: "definizione o aggiornamento e condivisione", en: "defined (or updated) and shared" },
    },
    attivazione: { code: "attivazione", labels: { it: "attivazione", en: "activated" } },
    monitoraggio: {
      code: "monitoraggio",
      labels: { it: "monitoraggio dell'applicazione", en: "application monitored" },
    },
  });

/**
 * How a yearly target is stated ("range di raggiungimento"):
 * `"ratio-at-least"` (≥ x%), `"count-at-least"` (≥ n), `"greater-than-previous"` (value of the year > value of the
 * year before), `"less-than-previous"` (<), `"stage-reached"` (the milestone has reached at least a stage).
 * @category Catalog
 */
export const TARGET_RULES = /* @__PURE__ */ Object.freeze([
  "ratio-at-least",
  "count-at-least",
  "greater-than-previous",
  "less-than-previous",
  "stage-reached",
] as const);

/** One of {@link TARGET_RULES}. @category Catalog */
export type TargetRule = (typeof TARGET_RULES)[number];

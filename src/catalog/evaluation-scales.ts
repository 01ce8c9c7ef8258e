import { deepFreeze } from "../core/deep-freeze.js";
import type { Labels } from "../core/labels.js";

// Source of every scale in this file: the evaluation grid ("DIMENSIONE OUTPUT") of the Linee di indirizzo
// annexed to D.G.R. XII/2167 of 15.04.2024, as reproduced in the Piano di Zona 2025-2027 of Gallarate.

/** The legal source of the evaluation grid. @category Catalog */
export const EVALUATION_GRID_SOURCE =
  "D.G.R. XII/2167 del 15.04.2024, griglia di valutazione (dimensione output)";

/**
 * The five bands of the achievement grade ("grado di raggiungimento dell'obiettivo"), from worst to best.
 * @category Catalog
 */
export const ACHIEVEMENT_BANDS = ["nullo", "insufficiente", "sufficiente", "buono", "ottimo"] as const;

/** One of {@link ACHIEVEMENT_BANDS}. @category Catalog */
export type AchievementBand = (typeof ACHIEVEMENT_BANDS)[number];

/**
 * What a band of a scale is: its labels, the range as the official grid writes it, and the exact interval the
 * library classifies on.
 * @category Catalog
 */
export interface ScaleBand<Code extends string> {
  readonly code: Code;
  readonly labels: Labels;
  /** The range as printed in the official grid, e.g. "50-79%". */
  readonly officialRange: string;
  /** The exact interval used for classification, in interval notation, e.g. "[50, 80)". */
  readonly interval: string;
}

/**
 * The achievement-grade bands with their official ranges. The grid writes the ranges on whole numbers
 * (0 / 1-49 / 50-79 / 80-99 / 100); the library classifies the exact value on the intervals
 * `0`, `(0, 50)`, `[50, 80)`, `[80, 100)`, `100`, so 79,5% is sufficiente and 99,9% is buono.
 *
 * @example
 * ```ts
 * import { ACHIEVEMENT_BAND_CATALOG } from "piano-di-zona";
 * ACHIEVEMENT_BAND_CATALOG.sufficiente.officialRange //=> "50-79%"
 * ACHIEVEMENT_BAND_CATALOG.buono.labels.en //=> "good"
 * ```
 * @category Catalog
 */
export const ACHIEVEMENT_BAND_CATALOG: { readonly [B in AchievementBand]: ScaleBand<B> } =
  /* @__PURE__ */ deepFreeze({
    nullo: { code: "nullo", labels: { it: "nullo", en: "none" }, officialRange: "0%", interval: "0" },
    insufficiente: {
      code: "insufficiente",
      labels: { it: "insufficiente", en: "insufficient" },
      officialRange: "1-49%",
      interval: "(0, 50)",
    },
    sufficiente: {
      code: "sufficiente",
      labels: { it: "sufficiente", en: "sufficient" },
      officialRange: "50-79%",
      interval: "[50, 80)",
    },
    buono: {
      code: "buono",
      labels: { it: "buono", en: "good" },
      officialRange: "80-99%",
      interval: "[80, 100)",
    },
    ottimo: {
      code: "ottimo",
      labels: { it: "ottimo", en: "excellent" },
      officialRange: "100%",
      interval: "100",
    },
  });

/**
 * The bands of the resource coincidence ("livello di coincidenza tra risorse stanziate e risorse
 * impegnate/liquidate"), plus `"non-applicabile"` for an objective with nothing budgeted.
 * @category Catalog
 */
export const COINCIDENCE_BANDS = ["sovrastimato", "ottimo", "sottostimato", "non-applicabile"] as const;

/** One of {@link COINCIDENCE_BANDS}. @category Catalog */
export type CoincidenceBand = (typeof COINCIDENCE_BANDS)[number];

/**
 * The coincidence bands with their official wording.
 *
 * @example
 * ```ts
 * import { COINCIDENCE_BAND_CATALOG } from "piano-di-zona";
 * COINCIDENCE_BAND_CATALOG.sottostimato.officialRange //=> ">100%"
 * COINCIDENCE_BAND_CATALOG.sovrastimato.labels.it //=> "non realizzato come programmato o sovrastimato"
 * ```
 * @category Catalog
 */
export const COINCIDENCE_BAND_CATALOG: { readonly [B in CoincidenceBand]: ScaleBand<B> } =
  /* @__PURE__ */ deepFreeze({
    sovrastimato: {
      code: "sovrastimato",
      labels: {
        it: "non realizzato come programmato o sovrastimato",
        en: "not realized as planned, or overestimated",
      },
      officialRange: "<100%",
      interval: "[0, 100)",
    },
    ottimo: {
      code: "ottimo",
      labels: { it: "ottimo", en: "excellent" },
      officialRange: "100%",
      interval: "100",
    },
    sottostimato: {
      code: "sottostimato",
      labels: { it: "sottostimato", en: "underestimated" },
      officialRange: ">100%",
      interval: "(100, ∞)",
    },
    "non-applicabile": {
      code: "non-applicabile",
      labels: { it: "non applicabile (nessuna risorsa stanziata)", en: "not applicable (nothing budgeted)" },
      officialRange: "—",
      interval: "budget = 0",
    },
  });

/**
 * The ordinal adequacy scale of human and instrumental resources ("livello di adeguatezza delle risorse umane e
 * strumentali impiegate"), from worst to best: the index in this array is the rank.
 * @category Catalog
 */
export const ADEQUACY_LEVELS = [
  "gravemente-inadeguato",
  "inadeguato",
  "sufficientemente-adeguato",
  "adeguato",
  "perfettamente-adeguato",
] as const;

/** One of {@link ADEQUACY_LEVELS}. @category Catalog */
export type AdequacyLevel = (typeof ADEQUACY_LEVELS)[number];

/**
 * Labels of the adequacy levels.
 *
 * @example
 * ```ts
 * import { ADEQUACY_LABELS } from "piano-di-zona";
 * ADEQUACY_LABELS["sufficientemente-adeguato"].it //=> "Sufficientemente adeguato"
 * ```
 * @category Catalog
 */
export const ADEQUACY_LABELS: { readonly [L in AdequacyLevel]: Labels } = /* @__PURE__ */ deepFreeze({
  "gravemente-inadeguato": { it: "Gravemente inadeguato", en: "Seriously inadequate" },
  inadeguato: { it: "Inadeguato", en: "Inadequate" },
  "sufficientemente-adeguato": { it: "Sufficientemente adeguato", en: "Sufficiently adequate" },
  adeguato: { it: "Adeguato", en: "Adequate" },
  "perfettamente-adeguato": { it: "Perfettamente adeguato", en: "Perfectly adequate" },
});

/**
 * Compares two adequacy levels on the ordinal scale: negative when `a` is worse than `b`, 0 when equal,
 * positive when better.
 *
 * @example
 * ```ts
 * import { compareAdequacy } from "piano-di-zona";
 * compareAdequacy("adeguato", "inadeguato") > 0 //=> true
 * compareAdequacy("adeguato", "adeguato") //=> 0
 * ```
 * @category Catalog
 */
export function compareAdequacy(a: AdequacyLevel, b: AdequacyLevel): number {
  return ADEQUACY_LEVELS.indexOf(a) - ADEQUACY_LEVELS.indexOf(b);
}

/**
 * The three SI/NO questions that close each objective's evaluation in the grid.
 * @category Catalog
 */
export const GRID_QUESTIONS = ["positiveChange", "continuityWithPrevious", "reproposed"] as const;

/** One of {@link GRID_QUESTIONS}. @category Catalog */
export type GridQuestion = (typeof GRID_QUESTIONS)[number];

/**
 * The official wording of the three SI/NO questions. The periods in the wording are those of the 2025-2027 cycle.
 *
 * @example
 * ```ts
 * import { GRID_QUESTION_LABELS } from "piano-di-zona";
 * GRID_QUESTION_LABELS.reproposed.en //=> "Will the objective be proposed again in the next programming 2025-2027?"
 * ```
 * @category Catalog
 */
export const GRID_QUESTION_LABELS: { readonly [Q in GridQuestion]: Labels } = /* @__PURE__ */ deepFreeze({
  positiveChange: {
    it: "Questo obiettivo ha adeguatamente risposto ad un bisogno producendo un cambiamento positivo nell'area individuata come problematica?",
    en: "Did this objective adequately meet a need, producing a positive change in the area identified as problematic?",
  },
  continuityWithPrevious: {
    it: "L'obiettivo era in continuità con la programmazione precedente (2018-2020)?",
    en: "Was the objective in continuity with the previous programming (2018-2020)?",
  },
  reproposed: {
    it: "L'obiettivo verrà riproposto nella prossima programmazione 2025-2027?",
    en: "Will the objective be proposed again in the next programming 2025-2027?",
  },
});

/**
 * An answer to a SI/NO question of the grid. `"non-pertinente"` records the documents' "Non pertinente".
 * @category Catalog
 */
export const YES_NO_ANSWERS = ["si", "no", "non-pertinente"] as const;

/** One of {@link YES_NO_ANSWERS}. @category Catalog */
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

// Source of every scale in this file: the evaluation grid ("DIMENSIONE OUTPUT") of the Linee di indirizzo
// annexed to D.G.R. XII/2167 of 15.04.2024, as reproduced in the Piano di Zona 2025-2027 of Gallarate.

/** The legal source of the evaluation grid. @category Catalog */
export const EVALUATION_GRID_SOURCE =
  "D.G.R. XII/2167 del 15.04.2024, griglia di valutazione (dimensione output)";

/**
 * The five bands of the achievement grade ("grado di raggiungimento dell'obiettivo"), from worst to best.
 * @category Catalog
 */
export const ACHIEVEMENT_BANDS = /* @__PURE__ */ Object.freeze([
  "nullo",
  "insufficiente",
  "sufficiente",
  "buono",
  "ottimo",
] as const);

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
  /** The exact interval used for classification, in interval notation, e.g. "[50, 80)" (unbounded above: "> 100"). */
  readonly interval: string;
}

// A band and its labels, each frozen: a bundle that reads the catalogue ships no deep freeze for it.
/* @__NO_SIDE_EFFECTS__ */
function scaleBand<Code extends string>(
  code: Code,
  labels: Labels,
  officialRange: string,
  interval: string,
): ScaleBand<Code> {
  return Object.freeze({ code, labels: Object.freeze(labels), officialRange, interval });
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
  /* @__PURE__ */ Object.freeze({
    nullo: scaleBand("nullo", { it: "nullo", en: "none" }, "0%", "0"),
    insufficiente: scaleBand(
      "insufficiente",
      { it: "insufficiente", en: "insufficient" },
      "1-49%",
      "(0, 50)",
    ),
    sufficiente: scaleBand("sufficiente", { it: "sufficiente", en: "sufficient" }, "50-79%", "[50, 80)"),
    buono: scaleBand("buono", { it: "buono", en: "good" }, "80-99%", "[80, 100)"),
    ottimo: scaleBand("ottimo", { it: "ottimo", en: "excellent" }, "100%", "100"),
  });

/**
 * Tells whether a value is an achievement band.
 *
 * @example
 * ```ts
 * import { isAchievementBand } from "piano-di-zona";
 * isAchievementBand("buono") //=> true
 * isAchievementBand("good") //=> false
 * ```
 * @category Catalog
 */
export function isAchievementBand(value: unknown): value is AchievementBand {
  return isOneOf(ACHIEVEMENT_BANDS, value);
}

/**
 * The catalogue entry of an achievement band: labels and official range, for display. (0.1.0 named it
 * `achievementBandInfo`, in the evaluation module.)
 *
 * @param band - one of {@link ACHIEVEMENT_BANDS}
 * @throws PdzError `unknown_achievement_band` for any other value
 * @example
 * ```ts
 * import { getAchievementBand } from "piano-di-zona";
 * getAchievementBand("buono").officialRange //=> "80-99%"
 * getAchievementBand("buono").labels.en //=> "good"
 * getAchievementBand("good" as never) //=> throws unknown_achievement_band
 * ```
 * @category Catalog
 */
export function getAchievementBand(band: AchievementBand): ScaleBand<AchievementBand> {
  return entryOf(ACHIEVEMENT_BAND_CATALOG, ACHIEVEMENT_BANDS, M.unknown_achievement_band, band);
}

/**
 * The bands of the resource coincidence ("livello di coincidenza tra risorse stanziate e risorse
 * impegnate/liquidate"), plus `"non-applicabile"` for an objective with nothing budgeted.
 * @category Catalog
 */
export const COINCIDENCE_BANDS = /* @__PURE__ */ Object.freeze([
  "sovrastimato",
  "ottimo",
  "sottostimato",
  "non-applicabile",
] as const);

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
  /* @__PURE__ */ Object.freeze({
    sovrastimato: scaleBand(
      "sovrastimato",
      {
        it: "non realizzato come programmato o sovrastimato",
        en: "not realized as planned, or overestimated",
      },
      "<100%",
      "[0, 100)",
    ),
    ottimo: scaleBand("ottimo", { it: "ottimo", en: "excellent" }, "100%", "100"),
    sottostimato: scaleBand("sottostimato", { it: "sottostimato", en: "underestimated" }, ">100%", "> 100"),
    "non-applicabile": scaleBand(
      "non-applicabile",
      { it: "non applicabile (nessuna risorsa stanziata)", en: "not applicable (nothing budgeted)" },
      "—",
      "budget = 0",
    ),
  });

/**
 * Tells whether a value is a coincidence band.
 *
 * @example
 * ```ts
 * import { isCoincidenceBand } from "piano-di-zona";
 * isCoincidenceBand("sottostimato") //=> true
 * isCoincidenceBand("underestimated") //=> false
 * ```
 * @category Catalog
 */
export function isCoincidenceBand(value: unknown): value is CoincidenceBand {
  return isOneOf(COINCIDENCE_BANDS, value);
}

/**
 * The catalogue entry of a coincidence band: labels and official range, for display.
 *
 * @param band - one of {@link COINCIDENCE_BANDS}
 * @throws PdzError `unknown_coincidence_band` for any other value
 * @example
 * ```ts
 * import { getCoincidenceBand } from "piano-di-zona";
 * getCoincidenceBand("ottimo").officialRange //=> "100%"
 * getCoincidenceBand("100%" as never) //=> throws unknown_coincidence_band
 * ```
 * @category Catalog
 */
export function getCoincidenceBand(band: CoincidenceBand): ScaleBand<CoincidenceBand> {
  return entryOf(COINCIDENCE_BAND_CATALOG, COINCIDENCE_BANDS, M.unknown_coincidence_band, band);
}

/**
 * The ordinal adequacy scale of human and instrumental resources ("livello di adeguatezza delle risorse umane e
 * strumentali impiegate"), from worst to best: the index in this array is the rank.
 * @category Catalog
 */
export const ADEQUACY_LEVELS = /* @__PURE__ */ Object.freeze([
  "gravemente-inadeguato",
  "inadeguato",
  "sufficientemente-adeguato",
  "adeguato",
  "perfettamente-adeguato",
] as const);

/** One of {@link ADEQUACY_LEVELS}. @category Catalog */
export type AdequacyLevel = (typeof ADEQUACY_LEVELS)[number];

/**
 * A code of a catalogue with its labels, where the catalogue says nothing more about it.
 * @category Catalog
 */
export interface LabelledCode<Code extends string> {
  readonly code: Code;
  readonly labels: Labels;
}

/**
 * The adequacy levels with their labels, keyed by level. Deep-frozen. (0.1.0 named it `ADEQUACY_LABELS`, and
 * held the labels only.)
 *
 * @example
 * ```ts
 * import { ADEQUACY_LEVEL_CATALOG } from "piano-di-zona";
 * ADEQUACY_LEVEL_CATALOG["sufficientemente-adeguato"].labels.it //=> "Sufficientemente adeguato"
 * ```
 * @category Catalog
 */
export const ADEQUACY_LEVEL_CATALOG: { readonly [L in AdequacyLevel]: LabelledCode<L> } =
  /* @__PURE__ */ frozen({
    "gravemente-inadeguato": {
      code: "gravemente-inadeguato",
      labels: { it: "Gravemente inadeguato", en: "Seriously inadequate" },
    },
    inadeguato: { code: "inadeguato", labels: { it: "Inadeguato", en: "Inadequate" } },
    "sufficientemente-adeguato": {
      code: "sufficientemente-adeguato",
      labels: { it: "Sufficientemente adeguato", en: "Sufficiently adequate" },
    },
    adeguato: { code: "adeguato", labels: { it: "Adeguato", en: "Adequate" } },
    "perfettamente-adeguato": {
      code: "perfettamente-adeguato",
      labels: { it: "Perfettamente adeguato", en: "Perfectly adequate" },
    },
  });

/**
 * Tells whether a value is an adequacy level.
 *
 * @example
 * ```ts
 * import { isAdequacyLevel } from "piano-di-zona";
 * isAdequacyLevel("adeguato") //=> true
 * isAdequacyLevel("Adeguato") //=> false
 * ```
 * @category Catalog
 */
export function isAdequacyLevel(value: unknown): value is AdequacyLevel {
  return isOneOf(ADEQUACY_LEVELS, value);
}

/**
 * The catalogue entry of an adequacy level.
 *
 * @param level - one of {@link ADEQUACY_LEVELS}
 * @throws PdzError `unknown_adequacy_level` for any other value
 * @example
 * ```ts
 * import { getAdequacyLevel } from "piano-di-zona";
 * getAdequacyLevel("inadeguato").labels.en //=> "Inadequate"
 * getAdequacyLevel("ok" as never) //=> throws unknown_adequacy_level
 * ```
 * @category Catalog
 */
export function getAdequacyLevel(level: AdequacyLevel): LabelledCode<AdequacyLevel> {
  return entryOf(ADEQUACY_LEVEL_CATALOG, ADEQUACY_LEVELS, M.unknown_adequacy_level, level);
}

/**
 * Compares two adequacy levels on the ordinal scale: negative when `a` is worse than `b`, 0 when equal,
 * positive when better.
 *
 * @throws PdzError `unknown_adequacy_level` when either is not an adequacy level (0.1.0 returned a meaningless
 *   number)
 * @example
 * ```ts
 * import { compareAdequacy } from "piano-di-zona";
 * compareAdequacy("adeguato", "inadeguato") > 0 //=> true
 * compareAdequacy("adeguato", "adeguato") //=> 0
 * compareAdequacy("adeguato", "ottimo" as never) //=> throws unknown_adequacy_level
 * ```
 * @category Catalog
 */
export function compareAdequacy(a: AdequacyLevel, b: AdequacyLevel): number {
  return rank(a) - rank(b);
}

function rank(level: unknown): number {
  return ADEQUACY_LEVELS.indexOf(getAdequacyLevel(level as AdequacyLevel).code);
}

/**
 * The three SI/NO questions that close each objective's evaluation in the grid.
 * @category Catalog
 */
export const GRID_QUESTIONS = /* @__PURE__ */ Object.freeze([
  "positiveChange",
  "continuityWithPrevious",
  "reproposed",
] as const);

/** One of {@link GRID_QUESTIONS}. @category Catalog */
export type GridQuestion = (typeof GRID_QUESTIONS)[number];

/**
 * The three SI/NO questions with their official wording, keyed by question. The periods in the wording are those of
 * the 2025-2027 cycle. Deep-frozen. (0.1.0 named it `GRID_QUESTION_LABELS`, and held the labels only.)
 *
 * @example
 * ```ts
 * import { GRID_QUESTION_CATALOG } from "piano-di-zona";
 * GRID_QUESTION_CATALOG.reproposed.labels.en //=> "Will the objective be proposed again in the next programming 2025-2027?"
 * ```
 * @category Catalog
 */
export const GRID_QUESTION_CATALOG: { readonly [Q in GridQuestion]: LabelledCode<Q> } =
  /* @__PURE__ */ frozen({
    positiveChange: {
      code: "positiveChange",
      labels: {
        it: "Questo obiettivo ha adeguatamente risposto ad un bisogno producendo un cambiamento positivo nell'area individuata come problematica?",
        en: "Did this objective adequately meet a need, producing a positive change in the area identified as problematic?",
      },
    },
    continuityWithPrevious: {
      code: "continuityWithPrevious",
      labels: {
        it: "L'obiettivo era in continuità con la programmazione precedente (2018-2020)?",
        en: "Was the objective in continuity with the previous programming (2018-2020)?",
      },
    },
    reproposed: {
      code: "reproposed",
      labels: {
        it: "L'obiettivo verrà riproposto nella prossima programmazione 2025-2027?",
        en: "Will the objective be proposed again in the next programming 2025-2027?",
      },
    },
  });

/**
 * Tells whether a value is one of the three SI/NO questions of the grid.
 *
 * @example
 * ```ts
 * import { isGridQuestion } from "piano-di-zona";
 * isGridQuestion("reproposed") //=> true
 * isGridQuestion("repeated") //=> false
 * ```
 * @category Catalog
 */
export function isGridQuestion(value: unknown): value is GridQuestion {
  return isOneOf(GRID_QUESTIONS, value);
}

/**
 * The catalogue entry of a SI/NO question of the grid.
 *
 * @param question - one of {@link GRID_QUESTIONS}
 * @throws PdzError `unknown_grid_question` for any other value
 * @example
 * ```ts
 * import { getGridQuestion } from "piano-di-zona";
 * getGridQuestion("continuityWithPrevious").labels.en //=> "Was the objective in continuity with the previous programming (2018-2020)?"
 * getGridQuestion("x" as never) //=> throws unknown_grid_question
 * ```
 * @category Catalog
 */
export function getGridQuestion(question: GridQuestion): LabelledCode<GridQuestion> {
  return entryOf(GRID_QUESTION_CATALOG, GRID_QUESTIONS, M.unknown_grid_question, question);
}

/**
 * An answer to a SI/NO question of the grid. `"non-pertinente"` records the documents' "Non pertinente".
 * @category Catalog
 */
export const YES_NO_ANSWERS = /* @__PURE__ */ Object.freeze(["si", "no", "non-pertinente"] as const);

/** One of {@link YES_NO_ANSWERS}. @category Catalog */
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

/**
 * The answers to a SI/NO question with their labels, keyed by answer. Deep-frozen.
 *
 * @example
 * ```ts
 * import { YES_NO_ANSWER_CATALOG } from "piano-di-zona";
 * YES_NO_ANSWER_CATALOG.si.labels.it //=> "Sì"
 * YES_NO_ANSWER_CATALOG["non-pertinente"].labels.en //=> "Not relevant"
 * ```
 * @category Catalog
 */
export const YES_NO_ANSWER_CATALOG: { readonly [A in YesNoAnswer]: LabelledCode<A> } = /* @__PURE__ */ frozen(
  {
    si: { code: "si", labels: { it: "Sì", en: "Yes" } },
    no: { code: "no", labels: { it: "No", en: "No" } },
    "non-pertinente": { code: "non-pertinente", labels: { it: "Non pertinente", en: "Not relevant" } },
  },
);

/**
 * Tells whether a value is an answer to a SI/NO question.
 *
 * @example
 * ```ts
 * import { isYesNoAnswer } from "piano-di-zona";
 * isYesNoAnswer("non-pertinente") //=> true
 * isYesNoAnswer("SI") //=> false
 * ```
 * @category Catalog
 */
export function isYesNoAnswer(value: unknown): value is YesNoAnswer {
  return isOneOf(YES_NO_ANSWERS, value);
}

/**
 * The catalogue entry of an answer to a SI/NO question.
 *
 * @param answer - one of {@link YES_NO_ANSWERS}
 * @throws PdzError `unknown_yes_no_answer` for any other value
 * @example
 * ```ts
 * import { getYesNoAnswer } from "piano-di-zona";
 * getYesNoAnswer("no").labels.en //=> "No"
 * getYesNoAnswer("forse" as never) //=> throws unknown_yes_no_answer
 * ```
 * @category Catalog
 */
export function getYesNoAnswer(answer: YesNoAnswer): LabelledCode<YesNoAnswer> {
  return entryOf(YES_NO_ANSWER_CATALOG, YES_NO_ANSWERS, M.unknown_yes_no_answer, answer);
}

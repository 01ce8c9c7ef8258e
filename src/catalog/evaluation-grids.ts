import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import type { LabelledCode } from "./evaluation-scales.js";
import { entryOf, isOneOf } from "./_lookup.js";

// The ways the plans of 2025-2027 report the evaluation of their previous programming. The D.G.R. XII/2167 asks for
// one grid per objective (dimensione output); the seeds fill it in three ways: with the actions and their completion
// (Gallarate), with the grade's band only (Busto Arsizio, Alto Milanese), or not at all, in prose (Sebino).

/**
 * The kinds of ex-post evaluation the plans print: the D.G.R. XII/2167 grid with the actions and their completion
 * (the grade can be recomputed), the same grid with the grade's band or percent only (no actions: the grade is taken
 * as printed), or a narrative evaluation by theme (no grid).
 * @category Catalog
 */
export const EVALUATION_GRIDS = /* @__PURE__ */ Object.freeze([
  "dgr-2167-actions",
  "dgr-2167-bands",
  "narrative",
] as const);

/** One of {@link EVALUATION_GRIDS}. @category Catalog */
export type EvaluationGrid = (typeof EVALUATION_GRIDS)[number];

/**
 * The kinds of evaluation with their labels, keyed by kind. Deep-frozen.
 *
 * @example
 * ```ts
 * import { EVALUATION_GRID_CATALOG } from "piano-di-zona";
 * EVALUATION_GRID_CATALOG["dgr-2167-bands"].labels.en //=> "D.G.R. XII/2167 grid with grades only (no actions)"
 * ```
 * @category Catalog
 */
export const EVALUATION_GRID_CATALOG: { readonly [G in EvaluationGrid]: LabelledCode<G> } =
  /* @__PURE__ */ frozen({
    "dgr-2167-actions": {
      code: "dgr-2167-actions",
      labels: {
        it: "griglia D.G.R. XII/2167 con le azioni e la loro realizzazione",
        en: "D.G.R. XII/2167 grid with the actions and their completion",
      },
    },
    "dgr-2167-bands": {
      code: "dgr-2167-bands",
      labels: {
        it: "griglia D.G.R. XII/2167 con i soli gradi (senza azioni)",
        en: "D.G.R. XII/2167 grid with grades only (no actions)",
      },
    },
    narrative: {
      code: "narrative",
      labels: { it: "valutazione narrativa per temi", en: "narrative evaluation by theme" },
    },
  });

/**
 * Tells whether a value is a kind of evaluation.
 *
 * @example
 * ```ts
 * import { isEvaluationGrid } from "piano-di-zona";
 * isEvaluationGrid("narrative") //=> true
 * isEvaluationGrid("dgr-2167") //=> false
 * ```
 * @category Catalog
 */
export function isEvaluationGrid(value: unknown): value is EvaluationGrid {
  return isOneOf(EVALUATION_GRIDS, value);
}

/**
 * The catalogue entry of a kind of evaluation.
 *
 * @param grid - one of {@link EVALUATION_GRIDS}
 * @throws PdzError `unknown_evaluation_grid` for any other value
 * @example
 * ```ts
 * import { getEvaluationGrid } from "piano-di-zona";
 * getEvaluationGrid("narrative").labels.it //=> "valutazione narrativa per temi"
 * getEvaluationGrid("griglia" as never) //=> throws unknown_evaluation_grid
 * ```
 * @category Catalog
 */
export function getEvaluationGrid(grid: EvaluationGrid): LabelledCode<EvaluationGrid> {
  return entryOf(EVALUATION_GRID_CATALOG, EVALUATION_GRIDS, M.unknown_evaluation_grid, grid);
}

/**
 * The outcome of a theme of a narrative evaluation, as the text words it ("sono stati in parte raggiunti"), or
 * `"non-dichiarato"` where the text states none.
 * @category Catalog
 */
export const NARRATIVE_OUTCOMES = /* @__PURE__ */ Object.freeze([
  "raggiunti",
  "in-parte-raggiunti",
  "non-raggiunti",
  "non-dichiarato",
] as const);

/** One of {@link NARRATIVE_OUTCOMES}. @category Catalog */
export type NarrativeOutcome = (typeof NARRATIVE_OUTCOMES)[number];

/**
 * The outcomes of a narrative evaluation with their labels, keyed by outcome. Deep-frozen.
 *
 * @example
 * ```ts
 * import { NARRATIVE_OUTCOME_CATALOG } from "piano-di-zona";
 * NARRATIVE_OUTCOME_CATALOG["in-parte-raggiunti"].labels.en //=> "partly achieved"
 * ```
 * @category Catalog
 */
export const NARRATIVE_OUTCOME_CATALOG: { readonly [O in NarrativeOutcome]: LabelledCode<O> } =
  /* @__PURE__ */ frozen({
    raggiunti: { code: "raggiunti", labels: { it: "raggiunti", en: "achieved" } },
    "in-parte-raggiunti": {
      code: "in-parte-raggiunti",
      labels: { it: "in parte raggiunti", en: "partly achieved" },
    },
    "non-raggiunti": { code: "non-raggiunti", labels: { it: "non raggiunti", en: "not achieved" } },
    "non-dichiarato": { code: "non-dichiarato", labels: { it: "non dichiarato", en: "not stated" } },
  });

/**
 * Tells whether a value is an outcome of a narrative evaluation.
 *
 * @example
 * ```ts
 * import { isNarrativeOutcome } from "piano-di-zona";
 * isNarrativeOutcome("in-parte-raggiunti") //=> true
 * isNarrativeOutcome("in parte raggiunti") //=> false
 * ```
 * @category Catalog
 */
export function isNarrativeOutcome(value: unknown): value is NarrativeOutcome {
  return isOneOf(NARRATIVE_OUTCOMES, value);
}

/**
 * The catalogue entry of an outcome of a narrative evaluation.
 *
 * @param outcome - one of {@link NARRATIVE_OUTCOMES}
 * @throws PdzError `unknown_narrative_outcome` for any other value
 * @example
 * ```ts
 * import { getNarrativeOutcome } from "piano-di-zona";
 * getNarrativeOutcome("non-raggiunti").labels.en //=> "not achieved"
 * getNarrativeOutcome("raggiunto" as never) //=> throws unknown_narrative_outcome
 * ```
 * @category Catalog
 */
export function getNarrativeOutcome(outcome: NarrativeOutcome): LabelledCode<NarrativeOutcome> {
  return entryOf(NARRATIVE_OUTCOME_CATALOG, NARRATIVE_OUTCOMES, M.unknown_narrative_outcome, outcome);
}

/**
 * An answer to one of the grid's closing questions as the plans print it: the grid's SI/NO, `"non-pertinente"`, and
 * `"parzialmente"` for the "Parzialmente" / "In parte" that some plans write instead of SI or NO.
 * @category Catalog
 */
export const GRID_ANSWERS = /* @__PURE__ */ Object.freeze([
  "si",
  "no",
  "non-pertinente",
  "parzialmente",
] as const);

/** One of {@link GRID_ANSWERS}. @category Catalog */
export type GridAnswerCode = (typeof GRID_ANSWERS)[number];

/**
 * The answers to the grid's closing questions with their labels, keyed by answer. Deep-frozen.
 *
 * @example
 * ```ts
 * import { GRID_ANSWER_CATALOG } from "piano-di-zona";
 * GRID_ANSWER_CATALOG.parzialmente.labels.en //=> "Partly"
 * ```
 * @category Catalog
 */
export const GRID_ANSWER_CATALOG: { readonly [A in GridAnswerCode]: LabelledCode<A> } =
  /* @__PURE__ */ frozen({
    si: { code: "si", labels: { it: "Sì", en: "Yes" } },
    no: { code: "no", labels: { it: "No", en: "No" } },
    "non-pertinente": { code: "non-pertinente", labels: { it: "Non pertinente", en: "Not relevant" } },
    parzialmente: { code: "parzialmente", labels: { it: "Parzialmente", en: "Partly" } },
  });

/**
 * Tells whether a value is an answer to a closing question of the grid.
 *
 * @example
 * ```ts
 * import { isGridAnswer } from "piano-di-zona";
 * isGridAnswer("parzialmente") //=> true
 * isGridAnswer("in parte") //=> false
 * ```
 * @category Catalog
 */
export function isGridAnswer(value: unknown): value is GridAnswerCode {
  return isOneOf(GRID_ANSWERS, value);
}

/**
 * The catalogue entry of an answer to a closing question of the grid.
 *
 * @param answer - one of {@link GRID_ANSWERS}
 * @throws PdzError `unknown_grid_answer` for any other value
 * @example
 * ```ts
 * import { getGridAnswer } from "piano-di-zona";
 * getGridAnswer("parzialmente").labels.it //=> "Parzialmente"
 * getGridAnswer("forse" as never) //=> throws unknown_grid_answer
 * ```
 * @category Catalog
 */
export function getGridAnswer(answer: GridAnswerCode): LabelledCode<GridAnswerCode> {
  return entryOf(GRID_ANSWER_CATALOG, GRID_ANSWERS, M.unknown_grid_answer, answer);
}

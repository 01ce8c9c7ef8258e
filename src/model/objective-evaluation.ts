import * as z from "zod";
import {
  ACHIEVEMENT_BANDS,
  ADEQUACY_LEVELS,
  COINCIDENCE_BANDS,
  YES_NO_ANSWERS,
} from "../catalog/evaluation-scales.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue } from "../core/zod-issues.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { PLAN_EVALUATION_LABELS } from "./plan-evaluation-labels.js";
import { countSchema, numberPrimitives, sourceReferenceSchema } from "./primitives.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use, per number mode. @internal */
export const evaluatedActionSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z.strictObject({
    /** The action's text ("Azione 1. Promozione e potenziamento …"). */
    title: z.string().min(1),
    /** Reported completion, in percent (0 = not done, 100 = fully done). */
    completion: n.percent,
    /** Resources budgeted for the action ("risorse stanziate / preventivato"), when stated. */
    budgeted: n.euroAmount.optional(),
    /** Resources committed or paid ("risorse impegnate / liquidate / pagato"), when stated. */
    paid: n.euroAmount.optional(),
    /** Resource coincidence as the document states it for this action, in percent, when it gives a number. */
    statedCoincidencePercent: n.nonNegativeDecimal.or(z.literal("over-100")).optional(),
    /** The document's own words on the action, verbatim. */
    note: z.string().optional(),
  });
});

/** Built on first use. @internal */
export const gridAnswerSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ answer: z.enum(YES_NO_ANSWERS), motivation: z.string().optional() }),
);

/** Built on first use, per number mode. @internal */
export const objectiveEvaluationSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z.strictObject({
    /** The plan's own code for the objective ("1", "A", "M"): a local code, not a macro-area letter. */
    code: z.string().min(1),
    title: z.string().min(1),
    /** "L'obiettivo era prioritario" / "non era prioritario". */
    priority: z.boolean().optional(),
    actions: z.array(evaluatedActionSchema(mode)).min(1),
    /** GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO as stated: the printed percent and band. */
    statedGrade: z.strictObject({ percent: n.percent, band: z.enum(ACHIEVEMENT_BANDS) }).optional(),
    /** A sentence in which the document counts the realized actions itself ("realizzate completamente 3 azioni su 4"). */
    statedRealizedCount: z
      .strictObject({ realized: countSchema(), planned: countSchema(), text: z.string() })
      .optional(),
    /** VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE), verbatim. */
    usersEvaluation: z.string().optional(),
    /** LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI: the level, or "non-pertinente", and the verbatim text. */
    adequacy: z
      .strictObject({ level: z.enum([...ADEQUACY_LEVELS, "non-pertinente"]), text: z.string().optional() })
      .optional(),
    /** LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE/LIQUIDATE for the whole objective. */
    coincidence: z
      .strictObject({
        budgeted: n.euroAmount.optional(),
        paid: n.euroAmount.optional(),
        /** The percent printed, when one is printed. */
        statedPercent: n.nonNegativeDecimal.optional(),
        /** The band printed, when one is printed. */
        statedBand: z.enum(COINCIDENCE_BANDS).optional(),
        text: z.string().optional(),
      })
      .optional(),
    /** CRITICITÀ RILEVATE NEL RAGGIUNGIMENTO DELL'OBIETTIVO, verbatim or abridged. */
    criticalIssues: z.string().optional(),
    /** QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO …? */
    positiveChange: gridAnswerSchema().optional(),
    /** L'OBIETTIVO ERA IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE? */
    continuityWithPrevious: gridAnswerSchema().optional(),
    /** L'OBIETTIVO VERRÀ RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE? */
    reproposed: gridAnswerSchema().optional(),
    /** Where the evaluation is in the source document. */
    source: sourceReferenceSchema().optional(),
  });
});

function buildPlanEvaluation(mode: NumberMode) {
  return z.strictObject({
    /** The programming evaluated, in years (inclusive). */
    period: z.strictObject({ from: z.number().int(), to: z.number().int() }).superRefine((period, ctx) => {
      if (period.to < period.from)
        reportIssue(ctx, M.period_ends_before_start, { of: "evaluated-programming" });
    }),
    objectives: z.array(objectiveEvaluationSchema(mode)).min(1),
    /** The plan-level grade as stated. */
    statedOverallGrade: z
      .strictObject({ percent: numberPrimitives(mode).percent, band: z.enum(ACHIEVEMENT_BANDS) })
      .optional(),
    source: sourceReferenceSchema().optional(),
  });
}

/** Built on first use, per number mode. @internal */
export const planEvaluationSchema = /* @__PURE__ */ perMode(buildPlanEvaluation);

/**
 * One action of an evaluated objective ("Azione n"), with the completion the Ambito reported for it and, where the
 * document gives them, the money budgeted and paid for it.
 * @category Model
 */
export const EvaluatedActionSchema = /* @__PURE__ */ z.lazy(() => evaluatedActionSchema("canonical"));

/**
 * An answer to one of the grid's SI/NO questions, with the motivation the document gives.
 * @category Model
 */
export const GridAnswerSchema = /* @__PURE__ */ z.lazy(gridAnswerSchema);

/**
 * The ex-post evaluation of one objective of the previous programming, as the grid of D.G.R. XII/2167 asks for it
 * ("valutazione degli obiettivi della programmazione precedente", dimensione output).
 *
 * Values are recorded as the document states them; the evaluation functions recompute them and report
 * disagreements.
 *
 * @example
 * ```ts
 * import { ObjectiveEvaluationSchema } from "piano-di-zona";
 * const parsed = ObjectiveEvaluationSchema.safeParse({
 *   code: "L",
 *   title: "Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: "100" }],
 *   statedGrade: { percent: "100", band: "ottimo" },
 * });
 * parsed.success //=> true
 * ObjectiveEvaluationSchema.safeParse({ code: "L", title: "x", actions: [{ title: "Azione 1", completion: "100%" }] }).success //=> false
 * ```
 * @category Model
 */
export const ObjectiveEvaluationSchema = /* @__PURE__ */ z.lazy(() => objectiveEvaluationSchema("canonical"));

/** A validated {@link ObjectiveEvaluationSchema} record. @category Model */
export type ObjectiveEvaluation = z.output<typeof ObjectiveEvaluationSchema>;

/** The input form of {@link ObjectiveEvaluation}: amounts and percentages are text, numbers or Decimals. @category Model */
export type ObjectiveEvaluationInput = z.input<typeof ObjectiveEvaluationSchema>;

/** A validated evaluated action. @category Model */
export type EvaluatedAction = z.output<typeof EvaluatedActionSchema>;

/**
 * The ex-post evaluation of a whole previous programming: the period, the objectives, and the plan-level grade the
 * document states ("il grado di raggiungimento medio è pari al 76,56%").
 *
 * @example
 * ```ts
 * import { PlanEvaluationSchema } from "piano-di-zona";
 * PlanEvaluationSchema.safeParse({ period: { from: 2021, to: 2023 }, objectives: [] }).success //=> false
 * ```
 * @category Model
 */
export const PlanEvaluationSchema = /* @__PURE__ */ z.lazy(() => planEvaluationSchema("canonical"));

/** A validated {@link PlanEvaluationSchema} record. @category Model */
export type PlanEvaluation = z.output<typeof PlanEvaluationSchema>;

/** The input form of {@link PlanEvaluation}. @category Model */
export type PlanEvaluationInput = z.input<typeof PlanEvaluationSchema>;

/** The ex-post evaluation as a top-level model. @internal */
export const PLAN_EVALUATION_MODEL: ModelDefinition<ReturnType<typeof buildPlanEvaluation>> = {
  schema: planEvaluationSchema,
  labels: () => PLAN_EVALUATION_LABELS,
};

/**
 * Validates the ex-post evaluation of a previous programming without throwing: the evaluation, or every issue with
 * its path, a stable code and messages in Italian and English that name the grid's question. Never throws, whatever
 * the input. With `{ numbers: "italian" }` percentages and amounts are read as the grids print them (`"76,56%"`,
 * `"€ 1.000,00"`).
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParsePlanEvaluation } from "piano-di-zona";
 * const evaluation = { period: { from: 2021, to: 2023 }, objectives: [{ code: "L", title: "Rete antiviolenza", actions: [{ title: "Azione 1", completion: "100%" }] }] };
 * safeParsePlanEvaluation(evaluation, { numbers: "italian" }).success //=> true
 * const result = safeParsePlanEvaluation(evaluation);
 * result.success ? "" : result.issues[0]?.code //=> "invalid_decimal"
 * ```
 * @category Model
 */
export function safeParsePlanEvaluation(input: unknown, options?: ParseOptions): ParseResult<PlanEvaluation> {
  return safeParseModel(PLAN_EVALUATION_MODEL, input, options);
}

/**
 * Validates the ex-post evaluation of a previous programming: the evaluation, or one {@link PdzError} that carries
 * every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parsePlanEvaluation } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * parsePlanEvaluation(JSON.parse(JSON.stringify(GALLARATE_EVALUATION_2021_2023))).objectives.length //=> 16
 * parsePlanEvaluation({ period: { from: 2023, to: 2021 }, objectives: [] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parsePlanEvaluation(input: unknown, options?: ParseOptions): PlanEvaluation {
  return parseModel(PLAN_EVALUATION_MODEL, input, options);
}

import * as z from "zod";
import { GRID_ANSWERS, NARRATIVE_OUTCOMES, EVALUATION_GRIDS } from "../catalog/evaluation-grids.js";
import { ACHIEVEMENT_BANDS, ADEQUACY_LEVELS, COINCIDENCE_BANDS } from "../catalog/evaluation-scales.js";
import { Dec } from "../core/decimal.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { PLAN_EVALUATION_LABELS } from "./plan-evaluation-labels.js";
import { countSchema, numberPrimitives, sourceReferenceSchema } from "./primitives.js";
import { linesSchema } from "./primitives.js";
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
    /** The completion as printed, when the document words it ("realizzata al 50%"). */
    completionText: z.string().min(1).optional(),
    /** Resources budgeted for the action ("risorse stanziate / preventivato"), when stated. */
    budgeted: n.euroAmount.optional(),
    /** Resources committed or paid ("risorse impegnate / liquidate / pagato"), when stated. */
    paid: n.euroAmount.optional(),
    /** Resource coincidence as the document states it for this action, in percent, when it gives a number. */
    statedCoincidencePercent: n.nonNegativeDecimal.or(z.literal("over-100")).optional(),
    /** The document's own words on the action, verbatim. */
    note: z.string().optional(),
    /** Where the action is printed, in the record's document. */
    lines: linesSchema().optional(),
  });
});

/** Built on first use. @internal */
export const gridAnswerSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** The answer; `null` where the document answers neither way in the grid's terms (the words stay in `motivation`). */
    answer: z.enum(GRID_ANSWERS).nullable(),
    motivation: z.string().optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const printedGradeSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z
    .strictObject({
      /** The grade verbatim: "80% - 99% (Buono)", "30%", "Non applicabile", "100% (ottimo)". */
      text: z.string().min(1),
      /** The percent, when one number is printed. */
      percent: n.percent.optional(),
      /** The range, when a band's range is printed ("80% - 99%"). */
      range: z.strictObject({ from: n.percent, to: n.percent }).optional(),
      /** The band, when printed. */
      band: z.enum(ACHIEVEMENT_BANDS).optional(),
      /** The grade is printed "Non applicabile". */
      notApplicable: z.literal(true).optional(),
      /** Where the grade is printed, in the record's document. */
      lines: linesSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((grade, ctx) => {
        const { range } = grade;
        if (
          range !== undefined &&
          Dec.isDecimal(range.from) &&
          Dec.isDecimal(range.to) &&
          range.to.lt(range.from)
        ) {
          reportIssue(ctx, M.grade_range_reversed, {}, ["range"]);
        }
        if (
          grade.notApplicable === true &&
          (grade.percent !== undefined || range !== undefined || grade.band !== undefined)
        ) {
          reportIssue(ctx, M.not_applicable_grade_with_value, {}, ["notApplicable"]);
        }
      }),
    );
});

// The fields of an evaluated objective that a part of it (a sub-evaluation) has too.
function objectiveShape(mode: NumberMode) {
  const n = numberPrimitives(mode);
  return {
    /** The plan's own code for the objective ("1", "A", "M", "8a"): a local code, not a macro-area letter. */
    code: z.string().min(1),
    title: z.string().min(1),
    /** The section or area heading the objective sits under, as printed ("B) POLITICHE ABITATIVE"). */
    area: z.string().min(1).optional(),
    /** DESCRIZIONE OBIETTIVO, verbatim or abridged, where the grid prints one. */
    description: z.string().min(1).optional(),
    /** "L'obiettivo era prioritario" / "non era prioritario". */
    priority: z.boolean().optional(),
    /** The actions with their completion, when the document lists them (the grid with actions). */
    actions: z.array(evaluatedActionSchema(mode)).min(1).optional(),
    /** Actions planned, when the document states the count without listing them. */
    plannedActions: countSchema().optional(),
    /** Actions realized, when the document states the count without listing them. */
    realizedActions: countSchema().optional(),
    /** GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO as printed: a percent, a range, a band, or "Non applicabile". */
    grade: printedGradeSchema(mode).optional(),
    /** A sentence in which the document counts the realized actions itself ("realizzate completamente 3 azioni su 4"). */
    statedRealizedCount: z
      .strictObject({ realized: countSchema(), planned: countSchema(), text: z.string() })
      .optional(),
    /** VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE), verbatim. */
    usersEvaluation: z.string().optional(),
    /**
     * LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI: the level, "non-pertinente", or `null` where the
     * printed word is off the scale ("Sufficiente"); the verbatim text beside it.
     */
    adequacy: z
      .strictObject({
        level: z.enum([...ADEQUACY_LEVELS, "non-pertinente"]).nullable(),
        text: z.string().optional(),
      })
      .optional(),
    /**
     * LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE/LIQUIDATE for the whole objective. The grid's
     * combined label "<100% (non realizzato come programmato o sovrastimato)" is the band `"sovrastimato"`, its words
     * kept in `text`.
     */
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
  };
}

function checkCounts(
  objective: { readonly plannedActions?: number | undefined; readonly realizedActions?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  const { plannedActions, realizedActions } = objective;
  if (plannedActions !== undefined && realizedActions !== undefined && realizedActions > plannedActions) {
    reportIssue(ctx, M.realized_actions_exceed_planned, {}, ["realizedActions"]);
  }
}

/** Built on first use, per number mode. @internal */
export const objectiveEvaluationPartSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z
    .strictObject({
      ...objectiveShape(mode),
      /** Where the part is printed, in the objective's document. */
      lines: linesSchema().optional(),
    })
    .superRefine(ownFieldsOnly(checkCounts)),
);

/** Built on first use, per number mode. @internal */
export const objectiveEvaluationSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z
    .strictObject({
      ...objectiveShape(mode),
      /**
       * The sub-evaluations, when the document splits the objective and grades each part (Busto Arsizio 2021-2024,
       * objective 8: "autosufficienza" and "non autosufficienza", seed 001 L507).
       */
      parts: z.array(objectiveEvaluationPartSchema(mode)).min(1).optional(),
      /** Where the evaluation is in the source document. */
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(ownFieldsOnly(checkCounts)),
);

/** Built on first use. @internal */
export const narrativeEvaluationSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    themes: z
      .array(
        z.strictObject({
          /** The theme (the previous plan's objective) as the text names it. */
          title: z.string().min(1),
          outcome: z.enum(NARRATIVE_OUTCOMES),
          /** The words that state the outcome, verbatim ("sono stati in parte raggiunti"). */
          outcomeText: z.string().min(1).optional(),
          /** The text on the theme, verbatim or abridged with " … ". */
          text: z.string(),
          lines: linesSchema().optional(),
          /** Where the outcome is stated, when elsewhere than the theme's own lines (a conclusion). */
          outcomeLines: linesSchema().optional(),
        }),
      )
      .min(1),
    lines: linesSchema().optional(),
  }),
);

function buildPlanEvaluation(mode: NumberMode) {
  return z
    .strictObject({
      /** The programming evaluated, in years (inclusive), and the document's name for it. */
      period: z
        .strictObject({ from: z.number().int(), to: z.number().int(), text: z.string().min(1).optional() })
        .superRefine(
          ownFieldsOnly((period, ctx) => {
            if (period.to < period.from)
              reportIssue(ctx, M.period_ends_before_start, { of: "evaluated-programming" });
          }),
        ),
      /**
       * How the document reports the evaluation (see {@link EVALUATION_GRIDS}). Absent in 0.1.0's records: the
       * evaluation functions then read the grid with actions where every objective lists its actions, and the grid
       * with grades only otherwise.
       */
      grid: z.enum(EVALUATION_GRIDS).optional(),
      /** The evaluated objectives; none in a narrative evaluation that evaluates no objective one by one. */
      objectives: z.array(objectiveEvaluationSchema(mode)),
      /** The themes of a narrative evaluation (Sebino 2021-2023, seed 002 L321-409). */
      narrative: narrativeEvaluationSchema().optional(),
      /** The plan-level grade as printed ("il grado di raggiungimento medio è pari al 76,56%"), or the verdict in words. */
      statedOverallGrade: printedGradeSchema(mode).optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((plan, ctx) => {
        if (plan.objectives.length === 0 && plan.grid !== "narrative") {
          reportIssue(ctx, M.evaluation_without_objectives, {}, ["objectives"]);
        }
        if (plan.grid === "narrative" && plan.narrative === undefined) {
          reportIssue(ctx, M.narrative_missing, {}, ["narrative"]);
        }
        if (plan.grid === "dgr-2167-actions") {
          plan.objectives.forEach((objective, index) => {
            const listed =
              objective.actions !== undefined ||
              (objective.parts !== undefined && objective.parts.every((part) => part.actions !== undefined));
            if (!listed) reportIssue(ctx, M.objective_without_actions, {}, ["objectives", index, "actions"]);
          });
        }
      }),
    );
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
 * An answer to one of the grid's closing questions, with the motivation the document gives. The answer is one of
 * {@link GRID_ANSWERS} (SI, NO, "Non pertinente", "Parzialmente"), or `null` where the document answers in other
 * words ("Non ancora", a different answer per project): the words then stay in `motivation`.
 *
 * @example
 * ```ts
 * import { GridAnswerSchema } from "piano-di-zona";
 * GridAnswerSchema.safeParse({ answer: "parzialmente", motivation: "Parzialmente, in quanto …" }).success //=> true
 * GridAnswerSchema.safeParse({ answer: null, motivation: "Progetto Boost: non è possibile rilevare …" }).success //=> true
 * GridAnswerSchema.safeParse({ answer: "forse" }).success //=> false
 * ```
 * @category Model
 */
export const GridAnswerSchema = /* @__PURE__ */ z.lazy(gridAnswerSchema);

/**
 * An achievement grade as the document prints it: the text verbatim, and what can be read from it — one percent
 * (`"30%"`), a band's range (`"80% - 99%"`), a band (`"(Buono)"`), or "Non applicabile". A grade may hold its text
 * only (a verdict in words). Rules: a range does not end below its start; a grade printed "Non applicabile" has no
 * percent, range or band.
 *
 * @example
 * ```ts
 * import { PrintedGradeSchema } from "piano-di-zona";
 * // Alto Milanese 2021-2023, objective 1 (seed 004 L116)
 * const grade = PrintedGradeSchema.parse({ text: "80% - 99% (Buono)", range: { from: "80", to: "99" }, band: "buono", lines: [116, 116] });
 * grade.range?.to.toString() //=> "99"
 * PrintedGradeSchema.safeParse({ text: "Non applicabile", notApplicable: true }).success //=> true
 * PrintedGradeSchema.safeParse({ text: "Non applicabile", notApplicable: true, percent: 0 }).success //=> false
 * PrintedGradeSchema.safeParse({ text: "99% - 80%", range: { from: 99, to: 80 } }).success //=> false
 * ```
 * @category Model
 */
export const PrintedGradeSchema = /* @__PURE__ */ z.lazy(() => printedGradeSchema("canonical"));

/** A validated {@link PrintedGradeSchema} record. @category Model */
export type PrintedGrade = z.output<typeof PrintedGradeSchema>;

/** The input form of {@link PrintedGrade}. @category Model */
export type PrintedGradeInput = z.input<typeof PrintedGradeSchema>;

/**
 * A part of an evaluated objective that the document grades on its own (a sub-evaluation): the fields of an
 * {@link ObjectiveEvaluation}, without parts of its own, located by `lines` in the objective's document.
 *
 * @example
 * ```ts
 * import { ObjectiveEvaluationPartSchema } from "piano-di-zona";
 * // Busto Arsizio 2021-2024, objective 8, first part (seed 001 L507)
 * const part = ObjectiveEvaluationPartSchema.safeParse({
 *   code: "8a",
 *   title: "Area autosufficienza (progettazione Boost – Azione argento in forma)",
 *   grade: { text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" },
 *   lines: [507, 507],
 * });
 * part.success //=> true
 * ```
 * @category Model
 */
export const ObjectiveEvaluationPartSchema = /* @__PURE__ */ z.lazy(() =>
  objectiveEvaluationPartSchema("canonical"),
);

/** A validated {@link ObjectiveEvaluationPartSchema} record. @category Model */
export type ObjectiveEvaluationPart = z.output<typeof ObjectiveEvaluationPartSchema>;

/**
 * The ex-post evaluation of one objective of the previous programming, in whichever grid the document fills
 * (D.G.R. XII/2167, dimensione output): with its actions and their completion (Gallarate), with the grade only
 * (Busto Arsizio, Alto Milanese: `grade` as printed, no actions), or split into parts graded one by one (`parts`).
 * The grid's other rows (users' evaluation, adequacy, coincidence, critical issues, the three closing questions) are
 * kept as printed.
 *
 * Values are recorded as the document states them; the evaluation functions recompute what can be recomputed and
 * report disagreements. (0.1.0 required `actions` and named the printed grade `statedGrade: { percent, band }`; it
 * is now `grade`, a {@link PrintedGrade} with its text.)
 *
 * @example
 * ```ts
 * import { ObjectiveEvaluationSchema } from "piano-di-zona";
 * const parsed = ObjectiveEvaluationSchema.safeParse({
 *   code: "L",
 *   title: "Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: "100" }],
 *   grade: { text: "100% (ottimo)", percent: "100", band: "ottimo" },
 * });
 * parsed.success //=> true
 * // Alto Milanese 2021-2023, objective 8: a bare percentage, no actions (seed 004 L208)
 * ObjectiveEvaluationSchema.safeParse({ code: "8", title: "Maggiore coinvolgimento dei proprietari …", grade: { text: "30%", percent: "30" } }).success //=> true
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
 * A narrative evaluation: the previous plan's objectives as themes of a text, each with the outcome the text states
 * in words ("in parte raggiunti") and no grade (Sebino 2021-2023, seed 002 L321-409).
 *
 * @example
 * ```ts
 * import { NarrativeEvaluationSchema } from "piano-di-zona";
 * const theme = { title: "Lo sviluppo della domiciliarità", outcome: "in-parte-raggiunti", outcomeText: "sono stati in parte raggiunti", text: "…", lines: [351, 368], outcomeLines: [406, 407] };
 * NarrativeEvaluationSchema.safeParse({ themes: [theme] }).success //=> true
 * NarrativeEvaluationSchema.safeParse({ themes: [] }).success //=> false
 * ```
 * @category Model
 */
export const NarrativeEvaluationSchema = /* @__PURE__ */ z.lazy(narrativeEvaluationSchema);

/** A validated {@link NarrativeEvaluationSchema} record. @category Model */
export type NarrativeEvaluation = z.output<typeof NarrativeEvaluationSchema>;

/**
 * The ex-post evaluation of a whole previous programming: the period, how the document reports it (`grid`), the
 * objectives, the themes of a narrative evaluation, and the plan-level grade the document states ("il grado di
 * raggiungimento medio è pari al 76,56%") or its verdict in words.
 *
 * Rules: only a narrative evaluation may list no objective, and it gives its themes; in the grid with actions every
 * objective (or each of its parts) lists its actions; the period does not end before it starts.
 *
 * @example
 * ```ts
 * import { PlanEvaluationSchema } from "piano-di-zona";
 * PlanEvaluationSchema.safeParse({ period: { from: 2021, to: 2023 }, objectives: [] }).success //=> false
 * const narrative = { themes: [{ title: "Potenziamento della Governance", outcome: "non-raggiunti", text: "…" }] };
 * PlanEvaluationSchema.safeParse({ period: { from: 2021, to: 2023 }, grid: "narrative", objectives: [], narrative }).success //=> true
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

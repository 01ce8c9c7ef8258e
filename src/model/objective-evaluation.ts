import * as z from "zod";
import {
  ACHIEVEMENT_BANDS,
  ADEQUACY_LEVELS,
  COINCIDENCE_BANDS,
  YES_NO_ANSWERS,
} from "../catalog/evaluation-scales.js";
import {
  CountSchema,
  EuroAmountSchema,
  NonNegativeDecimalSchema,
  PercentSchema,
  SourceReferenceSchema,
} from "./primitives.js";

/**
 * One action of an evaluated objective ("Azione n"), with the completion the Ambito reported for it and, where the
 * document gives them, the money budgeted and paid for it.
 * @category Model
 */
export const EvaluatedActionSchema = /* @__PURE__ */ z.strictObject({
  /** The action's text ("Azione 1. Promozione e potenziamento …"). */
  title: z.string().min(1),
  /** Reported completion, in percent (0 = not done, 100 = fully done). */
  completion: PercentSchema,
  /** Resources budgeted for the action ("risorse stanziate / preventivato"), when stated. */
  budgeted: EuroAmountSchema.optional(),
  /** Resources committed or paid ("risorse impegnate / liquidate / pagato"), when stated. */
  paid: EuroAmountSchema.optional(),
  /** Resource coincidence as the document states it for this action, in percent, when it gives a number. */
  statedCoincidencePercent: NonNegativeDecimalSchema.or(z.literal("over-100")).optional(),
  /** The document's own words on the action, verbatim. */
  note: z.string().optional(),
});

/**
 * An answer to one of the grid's SI/NO questions, with the motivation the document gives.
 * @category Model
 */
export const GridAnswerSchema = /* @__PURE__ */ z.strictObject({
  answer: z.enum(YES_NO_ANSWERS),
  motivation: z.string().optional(),
});

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
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: "100%" }],
 *   statedGrade: { percent: "100%", band: "ottimo" },
 * });
 * parsed.success //=> true
 * ```
 * @category Model
 */
export const ObjectiveEvaluationSchema = /* @__PURE__ */ z.strictObject({
  /** The plan's own code for the objective ("1", "A", "M"): a local code, not a macro-area letter. */
  code: z.string().min(1),
  title: z.string().min(1),
  /** "L'obiettivo era prioritario" / "non era prioritario". */
  priority: z.boolean().optional(),
  actions: z.array(EvaluatedActionSchema).min(1),
  /** GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO as stated: the printed percent and band. */
  statedGrade: z.strictObject({ percent: PercentSchema, band: z.enum(ACHIEVEMENT_BANDS) }).optional(),
  /** A sentence in which the document counts the realized actions itself ("realizzate completamente 3 azioni su 4"). */
  statedRealizedCount: z
    .strictObject({ realized: CountSchema, planned: CountSchema, text: z.string() })
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
      budgeted: EuroAmountSchema.optional(),
      paid: EuroAmountSchema.optional(),
      /** The percent printed, when one is printed. */
      statedPercent: NonNegativeDecimalSchema.optional(),
      /** The band printed, when one is printed. */
      statedBand: z.enum(COINCIDENCE_BANDS).optional(),
      text: z.string().optional(),
    })
    .optional(),
  /** CRITICITÀ RILEVATE NEL RAGGIUNGIMENTO DELL'OBIETTIVO, verbatim or abridged. */
  criticalIssues: z.string().optional(),
  /** QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO …? */
  positiveChange: GridAnswerSchema.optional(),
  /** L'OBIETTIVO ERA IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE? */
  continuityWithPrevious: GridAnswerSchema.optional(),
  /** L'OBIETTIVO VERRÀ RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE? */
  reproposed: GridAnswerSchema.optional(),
  /** Where the evaluation is in the source document. */
  source: SourceReferenceSchema.optional(),
});

/** A validated {@link ObjectiveEvaluationSchema} record. @category Model */
export type ObjectiveEvaluation = z.output<typeof ObjectiveEvaluationSchema>;

/** The input form of {@link ObjectiveEvaluation}: amounts and percentages may be Italian text. @category Model */
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
export const PlanEvaluationSchema = /* @__PURE__ */ z.strictObject({
  /** The programming evaluated, in years (inclusive). */
  period: z
    .strictObject({ from: z.number().int(), to: z.number().int() })
    .refine((period) => period.from <= period.to, { error: "The period must not end before it starts" }),
  objectives: z.array(ObjectiveEvaluationSchema).min(1),
  /** The plan-level grade as stated. */
  statedOverallGrade: z.strictObject({ percent: PercentSchema, band: z.enum(ACHIEVEMENT_BANDS) }).optional(),
  source: SourceReferenceSchema.optional(),
});

/** A validated {@link PlanEvaluationSchema} record. @category Model */
export type PlanEvaluation = z.output<typeof PlanEvaluationSchema>;

/** The input form of {@link PlanEvaluation}. @category Model */
export type PlanEvaluationInput = z.input<typeof PlanEvaluationSchema>;

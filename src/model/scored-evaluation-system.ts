import * as z from "zod";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, type FieldLabels, ownFieldsOnly } from "../core/zod-issues.js";
import type { ParseOptions } from "./number-mode.js";
import { countSchema, sourceReferenceSchema } from "./primitives.js";
import { linesSchema as lineRangeSchema } from "./primitives.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once } from "./_per-mode.js";

// Points are whole numbers (the seeds score 1, 5 and 10): a count.
function buildScoredEvaluationSystem() {
  return z.strictObject({
    /** The criteria ("indicatori"), each with its question and the meaning of each score. */
    criteria: z
      .array(
        z
          .strictObject({
            title: z.string().min(1),
            /** The question to verify ("Da verificare: …"), verbatim. */
            text: z.string().min(1).optional(),
            /** The anchors of the scale ("Scala di valutazione"): the points and what they mean, verbatim. */
            scores: z.array(z.strictObject({ points: countSchema(), meaning: z.string().min(1) })).min(1),
            lines: lineRangeSchema().optional(),
          })
          .superRefine(
            ownFieldsOnly((criterion, ctx) => {
              const seen = new Set<number>();
              criterion.scores.forEach((score, index) => {
                if (seen.has(score.points)) {
                  reportIssue(ctx, M.duplicate_score, { points: score.points }, ["scores", index, "points"]);
                }
                seen.add(score.points);
              });
            }),
          ),
      )
      .min(1),
    /** The classes of the overall score ("punteggio complessivo"), as printed. */
    classes: z
      .array(
        z
          .strictObject({
            label: z.string().min(1),
            minPoints: countSchema(),
            maxPoints: countSchema(),
            text: z.string().min(1).optional(),
          })
          .superRefine(
            ownFieldsOnly((scoreClass, ctx) => {
              if (scoreClass.maxPoints < scoreClass.minPoints) {
                reportIssue(ctx, M.score_class_reversed, {}, ["maxPoints"]);
              }
            }),
          ),
      )
      .min(1),
    /** The system's own words (its introduction), verbatim or abridged. */
    text: z.string().optional(),
    source: sourceReferenceSchema().optional(),
  });
}

/** Built on first use. @internal */
export const scoredEvaluationSystemSchema = /* @__PURE__ */ once(buildScoredEvaluationSystem);

const SCORED_EVALUATION_SYSTEM_LABELS: FieldLabels = {
  criteria: { it: "INDICATORI", en: "criteria" },
  scores: { it: "SCALA DI VALUTAZIONE", en: "scale" },
  classes: { it: "VALUTAZIONE COMPLESSIVA", en: "overall classes" },
};

/**
 * A local evaluation system by scores (Alto Milanese's verification of its Piano di Zona, seed 004 L1778-1803): a
 * few criteria, each scored on a scale whose anchors are printed (1, 5 and 10 points, each with its meaning), and the
 * classes of an overall score ("Eccellente" 9-10, "Molto buono" 7-8, …). Kept as printed: the document does not say
 * how the criteria's scores make the overall score, and the model does not add a rule.
 *
 * Rules: a criterion gives each score once; a class does not end below its start.
 *
 * @example
 * ```ts
 * import { ScoredEvaluationSystemSchema } from "piano-di-zona";
 * const system = {
 *   criteria: [{ title: "Efficienza nella Gestione delle Risorse", scores: [{ points: 1, meaning: "Gestione inefficiente" }, { points: 10, meaning: "Gestione ottimale" }] }],
 *   classes: [{ label: "Eccellente", minPoints: 9, maxPoints: 10 }, { label: "Insufficiente", minPoints: 1, maxPoints: 4 }],
 * };
 * ScoredEvaluationSystemSchema.safeParse(system).success //=> true
 * ScoredEvaluationSystemSchema.safeParse({ ...system, classes: [{ label: "Eccellente", minPoints: 10, maxPoints: 9 }] }).success //=> false
 * ```
 * @category Model
 */
export const ScoredEvaluationSystemSchema = /* @__PURE__ */ z.lazy(scoredEvaluationSystemSchema);

/** A validated {@link ScoredEvaluationSystemSchema} record. @category Model */
export type ScoredEvaluationSystem = z.output<typeof ScoredEvaluationSystemSchema>;

/** The input form of {@link ScoredEvaluationSystem}. @category Model */
export type ScoredEvaluationSystemInput = z.input<typeof ScoredEvaluationSystemSchema>;

/** The scored evaluation system as a top-level model (it has no decimals: one schema for both number modes). @internal */
export const SCORED_EVALUATION_SYSTEM_MODEL: ModelDefinition<ReturnType<typeof buildScoredEvaluationSystem>> =
  {
    schema: () => scoredEvaluationSystemSchema(),
    labels: () => SCORED_EVALUATION_SYSTEM_LABELS,
  };

/**
 * Validates a scored evaluation system without throwing: the system, or every issue with its path, a stable code and
 * messages in Italian and English. Never throws, whatever the input.
 *
 * @param input - any value
 * @param options - `numbers` (accepted for uniformity; the system has whole points only)
 * @example
 * ```ts
 * import { safeParseScoredEvaluationSystem } from "piano-di-zona";
 * const result = safeParseScoredEvaluationSystem({ criteria: [{ title: "Attivazione della Comunità", scores: [{ points: 5, meaning: "Partecipazione presente" }, { points: 5, meaning: "ripetuto" }] }], classes: [{ label: "Buono", minPoints: 5, maxPoints: 6 }] });
 * result.success ? "" : result.issues[0]?.code //=> "duplicate_score"
 * safeParseScoredEvaluationSystem(null).success //=> false
 * ```
 * @category Model
 */
export function safeParseScoredEvaluationSystem(
  input: unknown,
  options?: ParseOptions,
): ParseResult<ScoredEvaluationSystem> {
  return safeParseModel(SCORED_EVALUATION_SYSTEM_MODEL, input, options);
}

/**
 * Validates a scored evaluation system: the system, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers` (accepted for uniformity; the system has whole points only)
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseScoredEvaluationSystem } from "piano-di-zona";
 * parseScoredEvaluationSystem({ criteria: [{ title: "Monitoraggio", scores: [{ points: 1, meaning: "assente" }] }], classes: [{ label: "Insufficiente", minPoints: 1, maxPoints: 4 }] }).classes.length //=> 1
 * parseScoredEvaluationSystem({ criteria: [], classes: [] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseScoredEvaluationSystem(input: unknown, options?: ParseOptions): ScoredEvaluationSystem {
  return parseModel(SCORED_EVALUATION_SYSTEM_MODEL, input, options);
}

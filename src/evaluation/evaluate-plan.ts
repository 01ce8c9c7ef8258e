import type { Finding } from "../core/finding.js";
import { agreesWithPrinted } from "../core/printed-precision.js";
import type { PlanEvaluation } from "../model/objective-evaluation.js";
import type { PartialActionPolicy } from "./achievement-grade.js";
import { evaluateObjective, type ObjectiveEvaluationResult } from "./evaluate-objective.js";
import { planAchievement, type PlanAchievement, type PlanWeighting } from "./plan-achievement.js";

/**
 * A whole ex-post evaluation recomputed: every objective, the plan-level grade, and every finding.
 * @category Evaluation
 */
export interface PlanEvaluationResult {
  readonly period: { readonly from: number; readonly to: number };
  readonly objectives: readonly ObjectiveEvaluationResult[];
  /** The plan-level grade under the chosen weighting. */
  readonly achievement: PlanAchievement;
  /** All findings: the objectives' ones, then the plan-level ones. */
  readonly findings: readonly Finding[];
}

/**
 * Recomputes the ex-post evaluation of a previous programming: each objective's grade and coincidence, the plan's
 * mean grade, and every figure of the document that the recomputation contradicts.
 *
 * @param evaluation - a validated {@link PlanEvaluation}
 * @param options - `partial` (default `"count"`) and `weighting` (default `"objectives"`)
 * @example
 * ```ts
 * import { evaluatePlan } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const result = evaluatePlan(GALLARATE_EVALUATION_2021_2023);
 * result.achievement.percent.toString() //=> "76.5625"
 * result.achievement.band //=> "sufficiente"
 * result.findings.some((finding) => finding.code === "coincidence_not_reproducible") //=> true
 * ```
 * @category Evaluation
 */
export function evaluatePlan(
  evaluation: PlanEvaluation,
  options: { readonly partial?: PartialActionPolicy; readonly weighting?: PlanWeighting } = {},
): PlanEvaluationResult {
  const partial = options.partial ?? "count";
  const objectives = evaluation.objectives.map((record, index) =>
    evaluateObjective(record, { partial, path: ["objectives", index] }),
  );
  const achievement = planAchievement(
    evaluation.objectives.map((record) => ({ actions: record.actions, partial })),
    options.weighting === undefined ? {} : { weighting: options.weighting },
  );
  const findings: Finding[] = objectives.flatMap((objective) => objective.findings);
  const stated = evaluation.statedOverallGrade;
  if (stated !== undefined && !agreesWithPrinted(achievement.percent, stated.percent)) {
    findings.push({
      code: "overall_grade_mismatch",
      severity: "error",
      path: ["statedOverallGrade", "percent"],
      message: `Stated overall grade ${stated.percent.toString()}% differs from the recomputed ${achievement.percent.toFixed(2)}%`,
      messageIt: `Il grado complessivo dichiarato ${stated.percent.toString()}% differisce da quello ricalcolato ${achievement.percent.toFixed(2)}%`,
      stated: stated.percent.toString(),
      computed: achievement.percent.toFixed(),
    });
  }
  if (stated !== undefined && stated.band !== achievement.band) {
    findings.push({
      code: "overall_band_mismatch",
      severity: "error",
      path: ["statedOverallGrade", "band"],
      message: `Stated overall band "${stated.band}" differs from the recomputed "${achievement.band}"`,
      messageIt: `La fascia complessiva dichiarata "${stated.band}" differisce da quella ricalcolata "${achievement.band}"`,
      stated: stated.band,
      computed: achievement.band,
    });
  }
  return { period: evaluation.period, objectives, achievement, findings };
}

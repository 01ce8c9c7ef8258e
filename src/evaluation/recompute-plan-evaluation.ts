import { ACHIEVEMENT_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import * as M from "../core/messages/evaluation.js";
import { withinHalfUnit } from "../core/printed-precision.js";
import { readOptions } from "../core/read-input.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import type { GradeParts } from "./_grade-parts.js";
import { readPlanRecord, type PlanRecord } from "./evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";
import { planAchievementOf, type PlanAchievement } from "./plan-achievement.js";
import { readWeighting, type PlanWeighting } from "./plan-weighting.js";
import {
  recomputeMemo,
  recomputeObjectiveRecord,
  type ObjectiveEvaluationResult,
} from "./recompute-objective-evaluation.js";

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
 * Options of {@link recomputePlanEvaluation}.
 * @category Evaluation
 */
export interface RecomputePlanOptions {
  /** How partly done actions count (default `"count"`, as the real plans do). */
  readonly partial?: PartialActionPolicy;
  /** How objectives are combined into the plan's grade (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

/**
 * A whole evaluation recomputed from its record already read. Each objective is read and graded once, and the
 * plan's grade is computed from the same exact parts: linear in the objectives and their actions.
 * @internal
 */
export function recomputePlanRecord(
  record: PlanRecord,
  partial: PartialActionPolicy,
  weighting: PlanWeighting,
): PlanEvaluationResult {
  const memo = recomputeMemo();
  const count = record.objectives.length;
  const objectives = new Array<ObjectiveEvaluationResult>(count);
  const parts = new Array<GradeParts>(count);
  record.objectives.forEach((objective, index) => {
    const recomputed = recomputeObjectiveRecord(objective, partial, ["objectives", index], memo);
    objectives[index] = recomputed.result;
    parts[index] = recomputed.parts;
  });
  const achievement = planAchievementOf(parts, weighting, memo.grades);
  const findings: Finding[] = [];
  for (const objective of objectives) for (const finding of objective.findings) findings.push(finding);
  const stated = record.statedOverallGrade;
  if (stated !== null && !withinHalfUnit(achievement.percent, stated.percent, stated.decimals)) {
    findings.push(
      createFinding(
        M.overall_grade_mismatch,
        {
          stated: numberLabels(stated.percent, stated.decimals, "percent"),
          computed: numberLabels(achievement.percent, 2, "percent"),
        },
        {
          path: ["statedOverallGrade", "percent"],
          stated: stated.percent.toString(),
          computed: achievement.percent.toFixed(),
        },
      ),
    );
  }
  if (stated !== null && stated.band !== achievement.band) {
    findings.push(
      createFinding(
        M.overall_band_mismatch,
        {
          stated: ACHIEVEMENT_BAND_CATALOG[stated.band].labels,
          computed: ACHIEVEMENT_BAND_CATALOG[achievement.band].labels,
        },
        { path: ["statedOverallGrade", "band"], stated: stated.band, computed: achievement.band },
      ),
    );
  }
  return { period: { ...record.period }, objectives, achievement, findings };
}

/**
 * Recomputes the ex-post evaluation of a previous programming (a {@link PlanEvaluation}): each objective's grade
 * and coincidence, the plan's grade, and every figure the document states that the recomputation contradicts.
 *
 * It reads a validated {@link PlanEvaluation}, its input form written with canonical numbers, or its JSON. The
 * plan's grade is exact (one fraction over all objectives, rounded once); a stated overall grade is judged at the
 * decimals it is printed with ("76.56" agrees with 76.5625). Linear in the objectives and their actions.
 *
 * @param evaluation - the evaluation, as the document states it
 * @param options - `partial` (default `"count"`) and `weighting` (default `"objectives"`)
 * @throws {@link PdzError} on an evaluation of the wrong shape: `invalid_type`, `required_field`,
 *   `unreadable_field`, `no_objectives`, `year_out_of_range`, `evaluation_period_reversed`, and every error of
 *   {@link recomputeObjectiveEvaluation} under `["objectives", index]`; `invalid_partial_policy`,
 *   `invalid_weighting` for the options
 * @example
 * ```ts
 * import { recomputePlanEvaluation } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const result = recomputePlanEvaluation(GALLARATE_EVALUATION_2021_2023);
 * result.achievement.percent.toString() //=> "76.5625"
 * result.achievement.band //=> "sufficiente"
 * result.findings.some((finding) => finding.code === "coincidence_not_reproducible") //=> true
 * recomputePlanEvaluation({ period: { from: 2021, to: 2023 }, objectives: [] }) //=> throws no_objectives
 * ```
 * @category Evaluation
 */
export function recomputePlanEvaluation(
  evaluation: DeepReadonly<PlanEvaluationInput>,
  options: RecomputePlanOptions = {},
): PlanEvaluationResult {
  const optionRecord = readOptions(options, []);
  const partial = readPartialPolicy(optionRecord, []);
  const weighting = readWeighting(optionRecord, []);
  return recomputePlanRecord(readPlanRecord(evaluation), partial, weighting);
}

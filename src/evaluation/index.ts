// The public API of the evaluation module (the ex-post evaluation of the previous programming in every grid in use:
// D.G.R. XII/2167 with actions or grades only, narrative, scored), named one by one.
export { PARTIAL_ACTION_POLICIES, type PartialActionPolicy } from "./partial-action-policy.js";
export { PLAN_WEIGHTINGS, type PlanWeighting } from "./plan-weighting.js";
export { achievementBand } from "./achievement-band.js";
export {
  achievementGrade,
  type AchievementGrade,
  type AchievementInput,
  type ActionCompletion,
} from "./achievement-grade.js";
export { coincidenceBand, resourceCoincidence, type ResourceCoincidence } from "./resource-coincidence.js";
export {
  type ExclusionReason,
  type FigureBasis,
  type FigureOrigin,
  type GradeFigure,
} from "./grade-figure.js";
export {
  planAchievement,
  type ExcludedObjective,
  type PlanAchievement,
  type PlanAchievementInput,
  type PlanAchievementOptions,
  type PlanOrigin,
  type StatedGradeInput,
} from "./plan-achievement.js";
export {
  recomputeObjectiveEvaluation,
  type ObjectiveEvaluationResult,
  type RecomputeObjectiveOptions,
  type StatedGrade,
} from "./recompute-objective-evaluation.js";
export {
  recomputePlanEvaluation,
  type ExcludedObjectiveResult,
  type NarrativeResult,
  type NarrativeThemeResult,
  type PlanEvaluationResult,
  type RecomputePlanOptions,
} from "./recompute-plan-evaluation.js";
export { checkScoredEvaluationSystem } from "./check-scored-evaluation-system.js";
export {
  legacyPlanByArea,
  type LegacyObjectiveSummary,
  type LegacyPlanByArea,
} from "./legacy-plan-by-area.js";
export {
  gradePlanFromTargets,
  type GradableScheda,
  type GradePlanFromTargetsOptions,
  type PlanFromTargets,
} from "./grade-plan-from-targets.js";

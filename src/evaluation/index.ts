// The public API of the evaluation module (the ex-post grid of D.G.R. XII/2167), named one by one.
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
export { planAchievement, type PlanAchievement, type PlanAchievementOptions } from "./plan-achievement.js";
export {
  recomputeObjectiveEvaluation,
  type ObjectiveEvaluationResult,
  type RecomputeObjectiveOptions,
} from "./recompute-objective-evaluation.js";
export {
  recomputePlanEvaluation,
  type PlanEvaluationResult,
  type RecomputePlanOptions,
} from "./recompute-plan-evaluation.js";

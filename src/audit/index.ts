// The public API of the audit module (the subpath "piano-di-zona/audit"), named one by one: the checks of a plan's
// parts, the audit of a whole plan that composes them, and the review of a plan in one call.
export { checkSchedaObiettivo } from "./check-scheda-obiettivo.js";
export { checkLepsScheda } from "./check-leps-scheda.js";
export { checkPianoDiZona, type CheckPianoDiZonaOptions } from "./check-piano-di-zona.js";
export {
  reviewPlan,
  type ObjectiveTargetsReview,
  type PlanReview,
  type ReviewBudget,
  type ReviewFindingCounts,
  type ReviewPlanOptions,
} from "./review-plan.js";

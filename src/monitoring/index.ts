// The public API of the monitoring module, named one by one.
export { INDICATOR_STATUSES, INDICATOR_STATUS_CATALOG, type IndicatorStatus } from "./indicator-status.js";
export {
  evaluateIndicator,
  type EvaluateIndicatorOptions,
  type IndicatorResult,
  type IndicatorYearResult,
} from "./evaluate-indicator.js";
export {
  evaluateLepsProgress,
  type LepsMonitoringPlan,
  type LepsProgress,
  type LepsProgressEntry,
  type LepsProgressOptions,
  type ObservationsByIndicator,
  type StatusCounts,
} from "./evaluate-leps-progress.js";
export {
  evaluateTargets,
  type EvaluateTargetsOptions,
  type TargetPeriodResult,
  type TargetResult,
  type TargetsEvaluation,
} from "./evaluate-targets.js";

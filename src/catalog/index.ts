// The public API of the catalogue module, named one by one: the reference data of the regulations and the title
// matchers. The matching engine, the readers of prefixes and the lookup helpers (the `_` files) are internal.
export {
  ACHIEVEMENT_BAND_CATALOG,
  ACHIEVEMENT_BANDS,
  ADEQUACY_LEVEL_CATALOG,
  ADEQUACY_LEVELS,
  COINCIDENCE_BAND_CATALOG,
  COINCIDENCE_BANDS,
  compareAdequacy,
  EVALUATION_GRID_SOURCE,
  getAchievementBand,
  getAdequacyLevel,
  getCoincidenceBand,
  getGridQuestion,
  getYesNoAnswer,
  GRID_QUESTION_CATALOG,
  GRID_QUESTIONS,
  isAchievementBand,
  isAdequacyLevel,
  isCoincidenceBand,
  isGridQuestion,
  isYesNoAnswer,
  YES_NO_ANSWER_CATALOG,
  YES_NO_ANSWERS,
  type AchievementBand,
  type AdequacyLevel,
  type CoincidenceBand,
  type GridQuestion,
  type LabelledCode,
  type ScaleBand,
  type YesNoAnswer,
} from "./evaluation-scales.js";
export {
  DEVELOPMENT_DRIVER_CATALOG,
  DEVELOPMENT_DRIVER_CODES,
  getDevelopmentDriver,
  getMacroArea,
  isAnyMacroAreaCode,
  isDevelopmentDriverCode,
  isMacroAreaCode,
  LEGACY_MACRO_AREA_CODES,
  MACRO_AREA_CATALOG,
  MACRO_AREA_CODES,
  type AnyMacroAreaCode,
  type DevelopmentDriver,
  type DevelopmentDriverCode,
  type MacroArea,
  type MacroAreaCode,
} from "./macro-areas.js";
export {
  getLeps,
  isLepsId,
  isPriorityLepsId,
  LEPS_CATALOG,
  LEPS_IDS,
  PRIORITY_LEPS_IDS,
  type Leps,
  type LepsId,
  type LepsIntegration,
  type LepsTableRow,
  type PriorityLepsId,
} from "./leps.js";
export { PRIORITY_LEPS_INDICATORS } from "./priority-leps-indicators.js";
export { FUND_CATALOG, FUND_IDS, getFund, isFundId, type Fund, type FundId, type PnrrLine } from "./funds.js";
export {
  getOrganKind,
  isOrganKind,
  ORGAN_KIND_CATALOG,
  ORGAN_KINDS,
  type OrganKind,
  type OrganKindEntry,
} from "./organs.js";
export {
  ENTITY_KIND_CATALOG,
  ENTITY_KINDS,
  getEntityKind,
  isEntityKind,
  type EntityKind,
  type EntityKindEntry,
} from "./entities.js";
export {
  getNeedKind,
  getNewServiceKind,
  getPreventionKind,
  isNeedKind,
  isNewServiceKind,
  isPreventionKind,
  KNOWN_KEY_POINTS,
  NEED_KIND_CATALOG,
  NEED_KINDS,
  NEW_SERVICE_KIND_CATALOG,
  NEW_SERVICE_KINDS,
  PREVENTION_KIND_CATALOG,
  PREVENTION_KINDS,
  type KeyPoint,
  type KnownKeyPoint,
  type NeedKind,
  type NewServiceKind,
  type PreventionKind,
  type SchedaValue,
} from "./scheda-obiettivo.js";
export {
  MATCH_WARNING_CODES,
  type MatchCandidate,
  type MatchConfidence,
  type MatchResult,
  type MatchWarning,
  type MatchWarningCode,
} from "./match-result.js";
export { matchMacroArea, matchMacroAreaList } from "./match-macro-area.js";
export { matchLeps, matchLepsList } from "./match-leps.js";
export { matchFund, matchFunds } from "./match-fund.js";
export {
  INDICATOR_KIND_CATALOG,
  INDICATOR_KINDS,
  MILESTONE_STAGE_CATALOG,
  MILESTONE_STAGES,
  TARGET_RULES,
  type IndicatorKind,
  type MilestoneStage,
  type TargetRule,
} from "./indicator-kinds.js";
export { MEMBER_ROLE_CATALOG, MEMBER_ROLES, type MemberRole } from "./member-roles.js";

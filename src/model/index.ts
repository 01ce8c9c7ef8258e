// The public API of the model: the schemas and their inferred types, the parse functions of the top-level models,
// the number modes and the JSON Schemas. Internals (schema factories per number mode, labels of the forms, the parse
// glue) are imported by the model's own files only.
export {
  DecimalSchema,
  EuroAmountSchema,
  NonNegativeDecimalSchema,
  PercentSchema,
  ItalianDecimalSchema,
  ItalianEuroAmountSchema,
  ItalianNonNegativeDecimalSchema,
  ItalianPercentSchema,
  IsoDateSchema,
  CountSchema,
  LabelsSchema,
  SourceReferenceSchema,
  type DecimalZodType,
} from "./primitives.js";
export { NUMBER_MODES, type NumberMode, type ParseOptions } from "./number-mode.js";
export {
  EvaluatedActionSchema,
  GridAnswerSchema,
  NarrativeEvaluationSchema,
  ObjectiveEvaluationPartSchema,
  ObjectiveEvaluationSchema,
  PlanEvaluationSchema,
  PrintedGradeSchema,
  safeParsePlanEvaluation,
  parsePlanEvaluation,
  type EvaluatedAction,
  type NarrativeEvaluation,
  type ObjectiveEvaluation,
  type ObjectiveEvaluationInput,
  type ObjectiveEvaluationPart,
  type PlanEvaluation,
  type PlanEvaluationInput,
  type PrintedGrade,
  type PrintedGradeInput,
} from "./objective-evaluation.js";
export {
  ScoredEvaluationSystemSchema,
  safeParseScoredEvaluationSystem,
  parseScoredEvaluationSystem,
  type ScoredEvaluationSystem,
  type ScoredEvaluationSystemInput,
} from "./scored-evaluation-system.js";
export {
  LegacyPlanSchema,
  safeParseLegacyPlan,
  parseLegacyPlan,
  type LegacyPlan,
  type LegacyPlanInput,
} from "./legacy-plan.js";
export {
  IndicatorTargetSchema,
  IndicatorSchema,
  IndicatorObservationSchema,
  safeParseIndicator,
  parseIndicator,
  type IndicatorTarget,
  type IndicatorTargetInput,
  type Indicator,
  type IndicatorInput,
  type IndicatorObservation,
  type IndicatorObservationInput,
} from "./indicator.js";
export { EntityIdSchema, EnteSchema, type EntityId, type Ente, type EnteInput } from "./ente.js";
export { PopulationSchema, ComuneSchema, type Population, type Comune, type ComuneInput } from "./comune.js";
export {
  DistrettoSchema,
  AmbitoSchema,
  safeParseAmbito,
  parseAmbito,
  type Distretto,
  type Ambito,
  type AmbitoInput,
} from "./ambito.js";
export { FractionSchema, DecisionRulesSchema, type Fraction, type DecisionRules } from "./decision-rules.js";
export { VOTE_WEIGHTINGS, MAJORITY_KINDS, type VoteWeighting, type MajorityKind } from "./voting-rules.js";
export {
  OrganSeatSchema,
  StaffPositionSchema,
  OrganSchema,
  type OrganSeat,
  type StaffPosition,
  type Organ,
  type OrganInput,
} from "./organ.js";
export {
  ArticleSchema,
  SignatorySchema,
  AdherentSchema,
  ExtensionSchema,
  AMENDMENT_RULES,
  AccordoDiProgrammaSchema,
  safeParseAccordoDiProgramma,
  parseAccordoDiProgramma,
  type Article,
  type Signatory,
  type Adherent,
  type Extension,
  type AmendmentRule,
  type AccordoDiProgramma,
  type AccordoDiProgrammaInput,
  AccordoDiProgrammaDraftSchema,
  safeParseAccordoDiProgrammaDraft,
  parseAccordoDiProgrammaDraft,
  type AccordoDiProgrammaDraft,
  type AccordoDiProgrammaDraftInput,
} from "./accordo-di-programma.js";
export {
  FormAnswerSchema,
  ObjectiveIndicatorSchema,
  BudgetLineSchema,
  BudgetSchema,
  PlannedActionSchema,
  SchedaObiettivoSchema,
  SchedaObiettivoDraftSchema,
  safeParseSchedaObiettivo,
  parseSchedaObiettivo,
  safeParseSchedaObiettivoDraft,
  parseSchedaObiettivoDraft,
  type FormAnswer,
  type ObjectiveIndicator,
  type BudgetLine,
  type Budget,
  type SchedaObiettivo,
  type SchedaObiettivoInput,
  type SchedaObiettivoDraft,
  type SchedaObiettivoDraftInput,
} from "./scheda-obiettivo.js";
export {
  LepsSchedaIndicatorSchema,
  LepsSchedaSchema,
  LepsSchedaDraftSchema,
  safeParseLepsScheda,
  parseLepsScheda,
  safeParseLepsSchedaDraft,
  parseLepsSchedaDraft,
  type LepsSchedaIndicator,
  type LepsSchedaIndicatorInput,
  type LepsScheda,
  type LepsSchedaInput,
  type LepsSchedaDraft,
  type LepsSchedaDraftInput,
} from "./leps-scheda.js";
export {
  ResultTargetSchema,
  TargetObservationSchema,
  type ResultTarget,
  type ResultTargetInput,
  type TargetObservation,
  type TargetObservationInput,
} from "./result-target.js";
export {
  RESULT_TARGET_KINDS,
  RESULT_TARGET_KIND_CATALOG,
  TARGET_PERIODS,
  TARGET_PERIOD_CATALOG,
  type ResultTargetKind,
  type TargetPeriod,
} from "./result-target-kinds.js";
export {
  ApprovalActSchema,
  PianoDiZonaSchema,
  safeParsePianoDiZona,
  parsePianoDiZona,
  type ApprovalAct,
  type PianoDiZona,
  type PianoDiZonaInput,
} from "./piano-di-zona.js";
export { TOP_LEVEL_MODELS, toJSONSchema, type TopLevelModel } from "./json-schema.js";
export {
  FundTableSchema,
  parseFundTable,
  safeParseFundTable,
  type FundTable,
  type FundTableInput,
  type FundTableParseOptions,
} from "./fund-table.js";
export { ActReferenceSchema, type ActReference } from "./act-reference.js";
export {
  ProtocolOrProcedureSchema,
  safeParseProtocolOrProcedure,
  parseProtocolOrProcedure,
  type ProtocolOrProcedure,
  type ProtocolOrProcedureInput,
} from "./protocol.js";

// The public API of the ingest module (the subpath "piano-di-zona/ingest"), named one by one: reading a plan's text
// into drafts with source lines, and showing what was read.
export { ingestPlanText, type IngestOptions } from "./ingest-plan-text.js";
export { formatIngestResult, type FormatIngestOptions } from "./format-ingest-result.js";
export { ingestedPlanDraft, type IngestedPlanDraft } from "./ingested-plan.js";
export type {
  Confidence,
  FieldReading,
  IngestFinding,
  IngestResult,
  IngestedLepsScheda,
  IngestedScheda,
  MacroAreaHeading,
} from "./ingest-result.js";
export type {
  DraftAction,
  DraftBudget,
  DraftBudgetLine,
  DraftFormAnswer,
  DraftIndicator,
  DraftIndicatorGroup,
  DraftResultTarget,
  DraftScheda,
  DraftYesNo,
  LineRange,
} from "./draft.js";
export type { DraftLepsScheda } from "./draft-leps.js";
export type {
  DraftEvaluatedAction,
  DraftGridAnswer,
  DraftObjectiveEvaluation,
  DraftPlanEvaluation,
  DraftPrintedGrade,
} from "./draft-evaluation.js";
export type { DraftAccordo, DraftSignatory, DraftTable, DraftTableRow } from "./draft-plan.js";

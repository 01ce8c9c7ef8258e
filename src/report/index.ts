// The public API of the report module (pure renderers), named one by one.
export { markdownTable, type ColumnAlignment, type MarkdownColumn } from "./markdown-table.js";
export { renderEvaluationReport, type EvaluationReportOptions } from "./evaluation-report.js";

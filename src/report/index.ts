// The public API of the report module (pure renderers and notebook display): the package's
// `piano-di-zona/report` subpath, named one by one.
export {
  REPORT_CHART_KINDS,
  REPORT_COLUMN_TYPES,
  type BandCell,
  type ChartDatum,
  type ChartRule,
  type ReportBlock,
  type ReportCell,
  type ReportChart,
  type ReportChartKind,
  type ReportColumn,
  type ReportColumnType,
  type ReportDocument,
  type ReportList,
  type ReportNote,
  type ReportSection,
  type ReportTable,
} from "./document.js";
export { renderMarkdown } from "./render-markdown.js";
export { renderHtml, type HtmlOptions } from "./render-html.js";
export {
  renderCsv,
  tableRows,
  type ReportCsvFile,
  type ReportRow,
  type TableRowsOptions,
} from "./render-csv.js";
export { renderVegaLite, type VegaLiteSpec } from "./render-vega-lite.js";
export { renderSvg } from "./render-svg.js";
export { evaluationDocument, gradeChart, type EvaluationDocumentOptions } from "./evaluation-document.js";
export { demographyDocument, pyramidChart, type DemographyDocumentOptions } from "./demography-document.js";
export {
  budgetChart,
  fundTableChart,
  fundTableDocument,
  type BudgetItem,
  type FundDocumentOptions,
} from "./fund-document.js";
export {
  indicatorTrendChart,
  lepsProgressDocument,
  type LepsProgressDocumentOptions,
} from "./leps-progress-document.js";
export {
  COMPARED_INDICES,
  comparisonDocument,
  type ComparedArea,
  type ComparedIndex,
  type ComparisonOptions,
} from "./comparison-document.js";
export { reviewDocument, type ReviewDocumentOptions } from "./review-document.js";
export { Display, show, type MimeBundle, type ShowOptions } from "./show.js";
export { markdownTable, type ColumnAlignment, type MarkdownColumn } from "./markdown-table.js";
export { renderEvaluationReport, type EvaluationReportOptions } from "./evaluation-report.js";

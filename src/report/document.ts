// The neutral document model of a report: plain data (JSON in, JSON out) that every renderer of the module reads.
import type { Decimal } from "../core/decimal.js";
import type { Language } from "../core/labels.js";

/**
 * What a column of a {@link ReportTable} holds, which decides how each renderer writes its cells:
 * - `"text"`: words (a code, a title, a message), as they are;
 * - `"count"`: a whole number of people, actions, items (`12.504` in Italian, `12,504` in English);
 * - `"euro"`: an amount in euro (`1.234,56 €`; in CSV `1234,56`);
 * - `"percent"`: a percentage in points, 76.5625 meaning 76,5625% (`76,56%`);
 * - `"index"`: any other number, an index or a rate (`182,62`);
 * - `"band"`: a band of a scale (an achievement band, a status), as `{ code, label }`.
 * @category Report
 */
export type ReportColumnType = (typeof REPORT_COLUMN_TYPES)[number];

/**
 * Every {@link ReportColumnType}.
 * @example
 * ```ts
 * import { REPORT_COLUMN_TYPES } from "piano-di-zona/report";
 * REPORT_COLUMN_TYPES //=> ["text", "count", "euro", "percent", "index", "band"]
 * ```
 * @category Report
 */
export const REPORT_COLUMN_TYPES = /* @__PURE__ */ Object.freeze([
  "text",
  "count",
  "euro",
  "percent",
  "index",
  "band",
] as const);

/**
 * A column of a {@link ReportTable}: a stable key (the field of the JSON rows), the header in the document's
 * language, the type of its cells and, for numbers, the decimals shown (default 0 for counts, 2 otherwise).
 * @category Report
 */
export interface ReportColumn {
  readonly key: string;
  readonly header: string;
  readonly type: ReportColumnType;
  readonly decimals?: number;
}

/**
 * A cell of a `"band"` column: the band's code (stable, for colours and data) and its label in the document's
 * language.
 * @category Report
 */
export interface BandCell {
  readonly code: string;
  readonly label: string;
}

/**
 * A cell of a {@link ReportTable}: text for `"text"` columns, a whole number for `"count"`, a decimal (canonical
 * text such as `"76.5625"`, a number or a Decimal) for `"euro"`, `"percent"` and `"index"`, a {@link BandCell} for
 * `"band"`; `null` where the table has nothing (rendered as a dash, an empty CSV field, `null` in JSON).
 * @category Report
 */
export type ReportCell = string | number | BandCell | Decimal | null;

/**
 * A table: an id (lower-case letters, digits and dashes, unique in the document: it names the table's CSV file
 * and its JSON rows), a title, typed columns, rows of cells and notes printed under it.
 * @category Report
 */
export interface ReportTable {
  readonly kind: "table";
  readonly id: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly notes?: readonly string[];
}

/**
 * A paragraph of text.
 * @category Report
 */
export interface ReportNote {
  readonly kind: "note";
  readonly text: string;
}

/**
 * A bulleted list (findings, remarks).
 * @category Report
 */
export interface ReportList {
  readonly kind: "list";
  readonly items: readonly string[];
}

/**
 * The kinds of chart of a {@link ReportChart}:
 * - `"pyramid"`: two series (males, females) by age band, one on each side;
 * - `"bars"`: one value per category (a grade per objective, an amount per macro-area), coloured by band when the
 *   data carry bands, with reference lines;
 * - `"stacked-bars"`: values per category split by series (a fund table's years split by fund);
 * - `"grouped-bars"`: values per category side by side by series (a comparison of Ambiti);
 * - `"trend"`: values per year by series, each with its target (an indicator against its thresholds).
 * @category Report
 */
export type ReportChartKind = (typeof REPORT_CHART_KINDS)[number];

/**
 * Every {@link ReportChartKind}.
 * @category Report
 */
export const REPORT_CHART_KINDS = /* @__PURE__ */ Object.freeze([
  "pyramid",
  "bars",
  "stacked-bars",
  "grouped-bars",
  "trend",
] as const);

/**
 * One point of a {@link ReportChart}: its category (an age band, an objective, a year), its series (a sex, a fund,
 * an indicator; `null` for single-series charts), its value and target (decimals as canonical text, `null` when
 * absent) and its band (`null` when none).
 * @category Report
 */
export interface ChartDatum {
  readonly category: string;
  readonly series: string | null;
  readonly value: string | null;
  readonly target: string | null;
  readonly band: BandCell | null;
}

/**
 * A reference line of a chart: a value (canonical text) and its label ("80%: buono").
 * @category Report
 */
export interface ChartRule {
  readonly value: string;
  readonly label: string;
}

/**
 * A chart as data: the renderers draw it as a Vega-Lite v5 specification ({@link renderVegaLite}), as SVG
 * ({@link renderSvg}, pyramids and bars) and as its data table in Markdown, HTML and CSV. Categories and series
 * are listed in the order they are drawn.
 * @category Report
 */
export interface ReportChart {
  readonly kind: "chart";
  readonly id: string;
  readonly chart: ReportChartKind;
  /** The language of the chart's words and of how its numbers are written. */
  readonly language: Language;
  readonly title: string;
  /** What the chart shows, in one or two sentences: its accessible description. */
  readonly description: string;
  /** The type of the values: how axes and labels are formatted. */
  readonly valueType: "count" | "euro" | "percent" | "index";
  /** The axis titles: categories, values, series (`null` when the chart has one series). */
  readonly axes: { readonly category: string; readonly value: string; readonly series: string | null };
  readonly categories: readonly string[];
  readonly series: readonly string[];
  readonly data: readonly ChartDatum[];
  readonly rules: readonly ChartRule[];
}

/**
 * A section: a heading and its blocks (sections nest up to 5 levels under the document's title).
 * @category Report
 */
export interface ReportSection {
  readonly kind: "section";
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/**
 * A block of a report.
 * @category Report
 */
export type ReportBlock = ReportSection | ReportTable | ReportNote | ReportList | ReportChart;

/**
 * A report as plain data, independent of any output format: its language (of every word the library wrote and
 * of how numbers are written), a title and blocks. Build one with a builder ({@link evaluationDocument},
 * {@link demographyDocument}, {@link fundTableDocument}, {@link lepsProgressDocument},
 * {@link comparisonDocument}) or by hand; render it with {@link renderMarkdown}, {@link renderHtml},
 * {@link renderCsv} and {@link tableRows}, or display it with {@link show}. It survives `JSON.stringify`.
 * @category Report
 */
export interface ReportDocument {
  readonly kind: "report";
  readonly language: Language;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

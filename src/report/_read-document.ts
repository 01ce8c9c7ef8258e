// Reading a report document (any JavaScript value) into the checked form every renderer writes from: own fields
// only, every wrong shape a PdzError, numbers as Decimals, the nesting of sections bounded before it is walked.
import type { Decimal } from "../core/decimal.js";
import { readDecimal } from "../core/decimal-input.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { LANGUAGES, type Labels, type Language } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/report.js";
import {
  ownField,
  readCount,
  readList,
  readOption,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import { readDecimalPlaces } from "../core/rounding.js";
import {
  REPORT_CHART_KINDS,
  REPORT_COLUMN_TYPES,
  type BandCell,
  type ReportChartKind,
  type ReportColumnType,
} from "./document.js";

/** The longest text a title, header, cell, note or label may be. @internal */
export const MAX_TEXT = 100_000;

/** How deep sections nest under the document's title (headings 2 to 6). @internal */
export const MAX_DEPTH = 5;

/** A column, read. @internal */
export interface Column {
  readonly key: string;
  readonly header: string;
  readonly type: ReportColumnType;
  readonly decimals: number;
}

/** A cell, read: text, a count, a Decimal or a band, by its column's type; `null` when empty. @internal */
export type Cell = string | number | Decimal | BandCell | null;

/** A table, read. @internal */
export interface Table {
  readonly kind: "table";
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  readonly notes: readonly string[];
}

/** A chart point, read: value and target as Decimals. @internal */
export interface Datum {
  readonly category: string;
  readonly series: string | null;
  readonly value: Decimal | null;
  readonly target: Decimal | null;
  readonly band: BandCell | null;
}

/** A chart, read. @internal */
export interface Chart {
  readonly kind: "chart";
  readonly id: string;
  readonly chart: ReportChartKind;
  readonly title: string;
  readonly description: string;
  readonly valueType: "count" | "euro" | "percent" | "index";
  readonly axes: { readonly category: string; readonly value: string; readonly series: string | null };
  readonly categories: readonly string[];
  readonly series: readonly string[];
  readonly data: readonly Datum[];
  readonly rules: readonly { readonly value: Decimal; readonly label: string }[];
  /** The language of the chart's words and numbers. */
  readonly language: Language;
}

/** A block, read. @internal */
export type Block =
  | { readonly kind: "section"; readonly title: string; readonly blocks: readonly Block[] }
  | Table
  | { readonly kind: "note"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | Chart;

/** A document, read. @internal */
export interface Document {
  readonly language: Language;
  readonly title: string;
  readonly blocks: readonly Block[];
}

const VALUE_TYPES = ["count", "euro", "percent", "index"] as const;
const BLOCK_KINDS = ["section", "table", "note", "list", "chart"] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const A_DOCUMENT: Labels = {
  it: 'un documento ({ kind: "report", language, title, blocks })',
  en: 'a report document ({ kind: "report", language, title, blocks })',
};
const A_CHART: Labels = { it: 'un grafico ({ kind: "chart", … })', en: 'a chart ({ kind: "chart", … })' };
const A_TABLE: Labels = { it: 'una tabella ({ kind: "table", … })', en: 'a table ({ kind: "table", … })' };
const A_BAND: Labels = { it: "una fascia ({ code, label })", en: "a band ({ code, label })" };

const text = (record: InputRecord, key: string, path: ErrorPath): string =>
  readText(requiredField(record, key, path), [...path, key], MAX_TEXT);

function nullableText(record: InputRecord, key: string, path: ErrorPath): string | null {
  const value = ownField(record, key, path);
  return value === undefined || value === null ? null : readText(value, [...path, key], MAX_TEXT);
}

function textList(value: unknown, path: ErrorPath): string[] {
  return readList(value, path).map((item, index) => readText(item, [...path, index], MAX_TEXT));
}

function readId(record: InputRecord, path: ErrorPath, ids: Set<string>): string {
  const id = text(record, "id", path);
  if (!ID.test(id)) throw pdzError(M.invalid_report_id, {}, [...path, "id"]);
  if (ids.has(id)) throw pdzError(M.duplicate_report_id, { id }, [...path, "id"]);
  ids.add(id);
  return id;
}

function readKind(record: InputRecord, kinds: readonly string[], expected: Labels, path: ErrorPath): string {
  const kind = ownField(record, "kind", path);
  if (typeof kind !== "string" || !kinds.includes(kind)) {
    throw pdzError(C.invalid_type, { expected }, path);
  }
  return kind;
}

function readBand(value: unknown, path: ErrorPath): BandCell {
  if (typeof value !== "object" || value === null) throw pdzError(C.invalid_type, { expected: A_BAND }, path);
  const record = readRecord(value, path);
  return Object.freeze({ code: text(record, "code", path), label: text(record, "label", path) });
}

function readColumn(value: unknown, path: ErrorPath): Column {
  const record = readRecord(value, path);
  const type = readOption(requiredField(record, "type", path), REPORT_COLUMN_TYPES, [...path, "type"]);
  const decimals = ownField(record, "decimals", path);
  return {
    key: text(record, "key", path),
    header: text(record, "header", path),
    type,
    decimals:
      decimals === undefined
        ? type === "count"
          ? 0
          : 2
        : readDecimalPlaces(decimals, [...path, "decimals"]),
  };
}

function readCell(value: unknown, column: Column, path: ErrorPath): Cell {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case "text":
      return readText(value, path, MAX_TEXT);
    case "count":
      return readCount(value, path);
    case "band":
      return readBand(value, path);
    default:
      return readDecimal(value, path);
  }
}

/** A table, read; `ids` collects the ids of the document. @internal */
export function readTable(value: unknown, path: ErrorPath, ids: Set<string>): Table {
  const record = readRecord(value, path);
  readKind(record, ["table"], A_TABLE, path);
  const id = readId(record, path, ids);
  const title = text(record, "title", path);
  const keys = new Set<string>();
  const columns = readList(requiredField(record, "columns", path), [...path, "columns"]).map(
    (value, index) => {
      const column = readColumn(value, [...path, "columns", index]);
      if (keys.has(column.key)) {
        throw pdzError(M.duplicate_column_key, { key: column.key.slice(0, 200) }, [
          ...path,
          "columns",
          index,
          "key",
        ]);
      }
      keys.add(column.key);
      return column;
    },
  );
  const rows = readList(requiredField(record, "rows", path), [...path, "rows"]).map((row, rowIndex) => {
    // Cells beyond the columns are ignored; missing cells (or holes) are empty.
    const cells = readList(row, [...path, "rows", rowIndex]);
    return columns.map((column, index) => readCell(cells[index], column, [...path, "rows", rowIndex, index]));
  });
  const notes = ownField(record, "notes", path);
  return {
    kind: "table",
    id,
    title,
    columns,
    rows,
    notes: notes === undefined ? [] : textList(notes, [...path, "notes"]),
  };
}

function readDatum(value: unknown, path: ErrorPath, categories: Set<string>, series: Set<string>): Datum {
  const record = readRecord(value, path);
  const category = text(record, "category", path);
  if (!categories.has(category)) {
    throw pdzError(M.invalid_chart, { problem: "unknown_category" }, [...path, "category"]);
  }
  const seriesName = nullableText(record, "series", path);
  if (seriesName !== null && !series.has(seriesName)) {
    throw pdzError(M.invalid_chart, { problem: "unknown_series" }, [...path, "series"]);
  }
  const decimal = (key: string): Decimal | null => {
    const field = ownField(record, key, path);
    return field === undefined || field === null ? null : readDecimal(field, [...path, key]);
  };
  const band = ownField(record, "band", path);
  return {
    category,
    series: seriesName,
    value: decimal("value"),
    target: decimal("target"),
    band: band === undefined || band === null ? null : readBand(band, [...path, "band"]),
  };
}

/** A chart, read; `ids` collects the ids of the document. @internal */
export function readChart(value: unknown, path: ErrorPath, ids: Set<string>): Chart {
  const record = readRecord(value, path);
  readKind(record, ["chart"], A_CHART, path);
  const id = readId(record, path, ids);
  const chart = readOption(requiredField(record, "chart", path), REPORT_CHART_KINDS, [...path, "chart"]);
  const valueType = readOption(requiredField(record, "valueType", path), VALUE_TYPES, [...path, "valueType"]);
  const axesPath = [...path, "axes"];
  const axes = readRecord(requiredField(record, "axes", path), axesPath);
  const categories = textList(requiredField(record, "categories", path), [...path, "categories"]);
  const series = textList(requiredField(record, "series", path), [...path, "series"]);
  if (chart === "pyramid" && series.length !== 2) {
    throw pdzError(M.invalid_chart, { problem: "pyramid_series" }, [...path, "series"]);
  }
  const categorySet = new Set(categories);
  const seriesSet = new Set(series);
  const data = readList(requiredField(record, "data", path), [...path, "data"]).map((datum, index) =>
    readDatum(datum, [...path, "data", index], categorySet, seriesSet),
  );
  const rules = ownField(record, "rules", path);
  return {
    kind: "chart",
    id,
    chart,
    title: text(record, "title", path),
    description: text(record, "description", path),
    valueType,
    axes: {
      category: text(axes, "category", axesPath),
      value: text(axes, "value", axesPath),
      series: nullableText(axes, "series", axesPath),
    },
    categories,
    series,
    data,
    rules:
      rules === undefined
        ? []
        : readList(rules, [...path, "rules"]).map((rule, index) => {
            const at = [...path, "rules", index];
            const ruleRecord = readRecord(rule, at);
            return {
              value: readDecimal(requiredField(ruleRecord, "value", at), [...at, "value"]),
              label: text(ruleRecord, "label", at),
            };
          }),
    language: readLanguage(requiredField(record, "language", path), [...path, "language"]),
  };
}

// The depth of the sections is measured before any block is read, with an explicit stack: no input can make the
// reader recurse more than MAX_DEPTH times.
function readBlocks(value: unknown, path: ErrorPath, depth: number, ids: Set<string>): Block[] {
  return readList(value, path).map((item, index): Block => {
    const at = [...path, index];
    const record = readRecord(item, at);
    const kind = readOption(requiredField(record, "kind", at), BLOCK_KINDS, [...at, "kind"]);
    switch (kind) {
      case "section": {
        if (depth >= MAX_DEPTH) throw pdzError(M.report_too_deep, { max: MAX_DEPTH }, at);
        return {
          kind,
          title: text(record, "title", at),
          blocks: readBlocks(requiredField(record, "blocks", at), [...at, "blocks"], depth + 1, ids),
        };
      }
      case "table":
        return readTable(record, at, ids);
      case "note":
        return { kind, text: text(record, "text", at) };
      case "list":
        return { kind, items: textList(requiredField(record, "items", at), [...at, "items"]) };
      case "chart":
        return readChart(record, at, ids);
    }
  });
}

/** Reads a language option (default Italian), or `invalid_language`. @internal */
export function readLanguage(value: unknown, path: ErrorPath = ["language"]): Language {
  if (value === undefined) return "it";
  if (typeof value !== "string" || !(LANGUAGES as readonly string[]).includes(value)) {
    throw pdzError(C.invalid_language, {}, path);
  }
  return value as Language;
}

/** Reads a whole document. @internal */
export function readDocument(value: unknown): Document {
  if (typeof value !== "object" || value === null)
    throw pdzError(C.invalid_type, { expected: A_DOCUMENT }, []);
  const record = readRecord(value);
  readKind(record, ["report"], A_DOCUMENT, []);
  return {
    language: readLanguage(requiredField(record, "language")),
    title: text(record, "title", []),
    blocks: readBlocks(requiredField(record, "blocks"), ["blocks"], 0, new Set()),
  };
}

/** Reads a chart alone. @internal */
export function readChartAlone(value: unknown): Chart {
  return readChart(value, [], new Set());
}

/** Reads a table alone. @internal */
export function readTableAlone(value: unknown): Table {
  return readTable(value, [], new Set());
}

import { pdzError } from "../core/error.js";
import { ownField, readOption, readOptions } from "../core/read-input.js";
import * as M from "../core/messages/report.js";
import { MAX_RENDERED_LENGTH } from "./_bounded-text.js";
import { canonical, fixed, isNumberColumn } from "./_cells.js";
import { readDocument, type Block, type Cell, type Column, type Table } from "./_read-document.js";
import type { ReportDocument } from "./document.js";

/**
 * One table of a report as a CSV file: the file name (`<table id>.csv`), the table's id and title, and the text.
 * @category Report
 */
export interface ReportCsvFile {
  readonly name: string;
  readonly id: string;
  readonly title: string;
  readonly content: string;
}

/**
 * A table's rows as plain objects, one field per column key.
 * @category Report
 */
export type ReportRow = Readonly<Record<string, string | number | null>>;

/**
 * Options of {@link tableRows}.
 * @category Report
 */
export interface TableRowsOptions {
  /**
   * How euro, percent and index cells are written: `"text"` (default) as canonical decimal text, exact
   * (`"76.5625"`); `"number"` as JavaScript numbers (the nearest double), for data-frame libraries.
   */
  readonly numbers?: "text" | "number";
}

/** Every table of the document, sections included, in reading order. @internal */
export function tablesOf(blocks: readonly Block[]): Table[] {
  const tables: Table[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.kind === "table") tables.push(block);
      else if (block.kind === "section") visit(block.blocks);
    }
  };
  visit(blocks);
  return tables;
}

// A field is quoted when it holds the separator, a quote or a line break; quotes inside are doubled.
const NEEDS_QUOTES = /[;"\r\n]/;
// A text starting with one of these would be read by a spreadsheet as a formula: it is written after a quote
// character ("'"), as spreadsheets do for text that must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const UNIT = { euro: " (€)", percent: " (%)", count: "", index: "" } as const;

function csvCell(column: Column, cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return field(FORMULA_START.test(cell) ? `'${cell}` : cell);
  if (typeof cell === "object" && "label" in cell) return csvCell({ ...column, type: "text" }, cell.label);
  if (!isNumberColumn(column)) return "";
  // Italian Excel: a decimal comma, no thousands separator, no unit (the header carries it), so the cell is a number.
  return fixed(cell, column.decimals).replace(".", ",");
}

function csvOf(table: Table): string {
  const header = table.columns.map((column) =>
    csvCell(
      { ...column, type: "text" },
      `${column.header}${isNumberColumn(column) ? UNIT[column.type] : ""}`,
    ),
  );
  const lines = [`\uFEFF${header.join(";")}`];
  let length = lines[0]?.length ?? 0;
  for (const row of table.rows) {
    const line = table.columns.map((column, index) => csvCell(column, row[index] ?? null)).join(";");
    length += line.length + 2;
    if (length > MAX_RENDERED_LENGTH) {
      throw pdzError(M.report_too_long, { max: MAX_RENDERED_LENGTH.toLocaleString("en") });
    }
    lines.push(line);
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Writes every table of a report (sections included, charts excluded) as a CSV file that Excel opens as it is on
 * an Italian system: UTF-8 with a byte-order mark, `;` between fields, CRLF between rows, a decimal comma and no
 * thousands separator (`1234,56`), units in the headers (`Spesa (€)`, `Grado (%)`) so that every number stays a
 * number; numbers rounded half-up to the places the column shows; fields quoted when they hold `;`, `"` or a line
 * break; a text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) written after `'`. Pure.
 *
 * @param document - a {@link ReportDocument} (any value is read and checked)
 * @throws `PdzError` the errors of a document of the wrong shape (see {@link renderMarkdown});
 *   `report_too_long` for a table over 100,000,000 characters
 * @example
 * ```ts
 * import { renderCsv } from "piano-di-zona/report";
 * const [file] = renderCsv({
 *   kind: "report", language: "it", title: "Spesa",
 *   blocks: [{ kind: "table", id: "spesa", title: "Per area", columns: [{ key: "area", header: "Area", type: "text" }, { key: "euro", header: "Spesa", type: "euro" }], rows: [["Anziani; over 65", "717001.5"]] }],
 * });
 * file?.name //=> "spesa.csv"
 * file?.content //=> "\uFEFFArea;Spesa (€)\r\n\"Anziani; over 65\";717001,50\r\n"
 * ```
 * @category Report
 */
export function renderCsv(document: ReportDocument): ReportCsvFile[] {
  return tablesOf(readDocument(document).blocks).map((table) => ({
    name: `${table.id}.csv`,
    id: table.id,
    title: table.title,
    content: csvOf(table),
  }));
}

const NUMBER_CHOICES = ["text", "number"] as const;

/**
 * The tables of a report as plain JSON rows, keyed by table id: one object per row, one field per column key.
 * Text as it is, counts as numbers, bands as their labels, empty cells `null`; euro, percent and index cells as
 * exact canonical text (`"76.5625"`) or, with `{ numbers: "number" }`, as numbers. Pure: plain data out, sharing
 * nothing with the document.
 *
 * @param document - a {@link ReportDocument} (any value is read and checked)
 * @param options - `numbers`: `"text"` (default) or `"number"`
 * @throws `PdzError` the errors of a document of the wrong shape (see {@link renderMarkdown});
 *   `invalid_option` for another `numbers`
 * @example
 * ```ts
 * import { tableRows } from "piano-di-zona/report";
 * const report = {
 *   kind: "report", language: "it", title: "Spesa",
 *   blocks: [{ kind: "table", id: "spesa", title: "Per area", columns: [{ key: "area", header: "Area", type: "text" }, { key: "euro", header: "Spesa", type: "euro" }], rows: [["Anziani", "717001.5"]] }],
 * } as const;
 * tableRows(report) //=> { spesa: [{ area: "Anziani", euro: "717001.5" }] }
 * tableRows(report, { numbers: "number" }) //=> { spesa: [{ area: "Anziani", euro: 717001.5 }] }
 * tableRows(report, { numbers: "float" as never }) //=> throws invalid_option
 * ```
 * @category Report
 */
export function tableRows(
  document: ReportDocument,
  options: TableRowsOptions = {},
): Record<string, ReportRow[]> {
  const choice = ownField(readOptions(options, ["options"]), "numbers", ["options"]);
  const numbers = choice === undefined ? "text" : readOption(choice, NUMBER_CHOICES, ["options", "numbers"]);
  const result: Record<string, ReportRow[]> = {};
  for (const table of tablesOf(readDocument(document).blocks)) {
    result[table.id] = table.rows.map((row) => {
      const record: Record<string, string | number | null> = {};
      table.columns.forEach((column, index) => {
        const cell = row[index] ?? null;
        let value: string | number | null;
        if (cell === null || typeof cell === "string" || typeof cell === "number") value = cell;
        else if ("label" in cell) value = cell.label;
        else value = numbers === "number" ? cell.toNumber() : canonical(cell);
        Object.defineProperty(record, column.key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
      return record;
    });
  }
  return result;
}

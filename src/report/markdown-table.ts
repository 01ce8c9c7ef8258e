import { pdzError, PdzError, withPathPrefix, type ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import { ownField, readList, readOption, readRecord, readText, requiredField } from "../core/read-input.js";
import { BoundedLines } from "./_bounded-text.js";

/**
 * How a column of a Markdown table is aligned.
 * @category Report
 */
export type ColumnAlignment = (typeof COLUMN_ALIGNMENTS)[number];

const COLUMN_ALIGNMENTS = ["left", "right", "center"] as const;

/**
 * A column of {@link markdownTable}.
 * @category Report
 */
export interface MarkdownColumn {
  readonly header: string;
  readonly align?: ColumnAlignment;
}

/** The longest text a cell (or a header) may hold. */
const MAX_CELL_LENGTH = 100_000;

const A_CELL: Labels = { it: "un testo (il contenuto di una cella)", en: "text (the content of a cell)" };

// A backslash would escape what follows it, a pipe would end the cell and a line break the row: backslashes and
// pipes are escaped, line breaks (CR, LF, CRLF) become spaces. Each pattern is one character class: linear.
function escapeCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r\n?|\n/g, " ");
}

const RULE: Readonly<Record<ColumnAlignment, string>> = { left: ":---", right: "---:", center: ":---:" };

function readColumn(value: unknown): { header: string; align: ColumnAlignment } {
  const record = readRecord(value);
  const header = readText(requiredField(record, "header"), ["header"], MAX_CELL_LENGTH);
  const align = ownField(record, "align");
  return {
    header: escapeCell(header),
    align: align === undefined ? "left" : readOption(align, COLUMN_ALIGNMENTS, ["align"]),
  };
}

function readCell(value: unknown, path: ErrorPath): string {
  if (value === undefined) return "";
  if (typeof value !== "string") throw pdzError(C.invalid_type, { expected: A_CELL }, path);
  return escapeCell(readText(value, path, MAX_CELL_LENGTH));
}

function withPrefix<T>(prefix: ErrorPath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, prefix) : error;
  }
}

/** The table's lines, appended to a bounded text. @internal */
export function appendMarkdownTable(lines: BoundedLines, columns: unknown, rows: unknown): void {
  const read = readList(columns, ["columns"]).map((column, index) =>
    withPrefix(["columns", index], () => readColumn(column)),
  );
  const body = readList(rows, ["rows"]);
  lines.push(
    `| ${read.map((column) => column.header).join(" | ")} |`,
    `| ${read.map((column) => RULE[column.align]).join(" | ")} |`,
  );
  body.forEach((row, rowIndex) => {
    // Cells beyond the columns are ignored; missing cells (or holes) are empty.
    const cells = readList(row, ["rows", rowIndex]);
    const texts = read.map((_, index) => readCell(cells[index], ["rows", rowIndex, index]));
    lines.push(`| ${texts.join(" | ")} |`);
  });
}

/**
 * Renders rows as a GitHub-flavoured Markdown table, escaping `\`, `|` and line breaks inside cells. Pure: returns a
 * string, to print, save, or display in a notebook.
 *
 * @param columns - the headers (and alignment) of the columns
 * @param rows - the cells, one list of strings per row; a missing cell is empty, cells beyond the columns are ignored
 * @throws `PdzError` `invalid_type` (columns or rows that are not lists, cells that are not text),
 *   `required_field` (a column without header), `invalid_option` (an unknown alignment), `text_too_long` (a cell
 *   over 100,000 characters), `too_many_items`, `unreadable_field`, `report_too_long` (a table over 100,000,000
 *   characters)
 * @example
 * ```ts
 * import { markdownTable } from "piano-di-zona/report";
 * markdownTable([{ header: "Obiettivo" }, { header: "Grado", align: "right" }], [["A", "80%"]]) //=> "| Obiettivo | Grado |\n| :--- | ---: |\n| A | 80% |"
 * markdownTable([{ header: "a" }], [["x|y\nz"]]) //=> "| a |\n| :--- |\n| x\\|y z |"
 * markdownTable(null as never, []) //=> throws invalid_type
 * ```
 * @category Report
 */
export function markdownTable(
  columns: readonly MarkdownColumn[],
  rows: readonly (readonly string[])[],
): string {
  const lines = new BoundedLines();
  appendMarkdownTable(lines, columns, rows);
  return lines.join();
}

/**
 * How a column of a Markdown table is aligned.
 * @category Report
 */
export type ColumnAlignment = "left" | "right" | "center";

/**
 * A column of {@link markdownTable}.
 * @category Report
 */
export interface MarkdownColumn {
  readonly header: string;
  readonly align?: ColumnAlignment;
}

// Pipes would end a cell and line breaks would end the row: both are escaped.
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const RULE: Readonly<Record<ColumnAlignment, string>> = { left: ":---", right: "---:", center: ":---:" };

/**
 * Renders rows as a GitHub-flavoured Markdown table, escaping `|` and line breaks inside cells. Pure: returns a
 * string, to print, save, or display in a notebook.
 *
 * @param columns - the headers (and alignment) of the columns
 * @param rows - the cells, one array per row, as many as the columns
 * @example
 * ```ts
 * import { markdownTable } from "piano-di-zona";
 * markdownTable([{ header: "Obiettivo" }, { header: "Grado", align: "right" }], [["A", "80%"]]) //=> "| Obiettivo | Grado |\n| :--- | ---: |\n| A | 80% |"
 * ```
 * @category Report
 */
export function markdownTable(
  columns: readonly MarkdownColumn[],
  rows: readonly (readonly string[])[],
): string {
  const header = `| ${columns.map((column) => cell(column.header)).join(" | ")} |`;
  const rule = `| ${columns.map((column) => RULE[column.align ?? "left"]).join(" | ")} |`;
  const body = rows.map((row) => `| ${columns.map((_, index) => cell(row[index] ?? "")).join(" | ")} |`);
  return [header, rule, ...body].join("\n");
}

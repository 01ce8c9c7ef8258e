import type { Language } from "../core/labels.js";
import { BoundedLines } from "./_bounded-text.js";
import { displayCell, isNumberColumn } from "./_cells.js";
import { chartTable } from "./_chart-table.js";
import { readDocument, type Block, type Table } from "./_read-document.js";
import type { ReportDocument } from "./document.js";

// Characters Markdown gives a meaning to inside a line are escaped with a backslash (CommonMark escapes any ASCII
// punctuation); `<` and `&` too, so that no text of a document becomes HTML in a notebook. Line breaks become
// spaces: a heading, a cell or a list item is one line. One character class each: linear.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|]/g;

/** Text for one line of Markdown. @internal */
export function markdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/** The lines of a table in Markdown: its title in bold, the rows, its notes. @internal */
export function appendTable(lines: BoundedLines, table: Table, language: Language): void {
  lines.push(`**${markdownText(table.title)}**`, "");
  lines.push(
    `| ${table.columns.map((column) => markdownText(column.header)).join(" | ")} |`,
    `| ${table.columns.map((column) => (isNumberColumn(column) ? "---:" : ":---")).join(" | ")} |`,
  );
  for (const row of table.rows) {
    lines.push(
      `| ${table.columns.map((column, index) => markdownText(displayCell(language, column, row[index] ?? null))).join(" | ")} |`,
    );
  }
  for (const note of table.notes) lines.push("", markdownText(note));
  lines.push("");
}

function appendBlocks(
  lines: BoundedLines,
  blocks: readonly Block[],
  level: number,
  language: Language,
): void {
  for (const block of blocks) {
    switch (block.kind) {
      case "section":
        lines.push(`${"#".repeat(level)} ${markdownText(block.title)}`, "");
        appendBlocks(lines, block.blocks, level + 1, language);
        break;
      case "table":
        appendTable(lines, block, language);
        break;
      case "note":
        lines.push(markdownText(block.text), "");
        break;
      case "list":
        for (const item of block.items) lines.push(`- ${markdownText(item)}`);
        lines.push("");
        break;
      case "chart":
        // A chart is shown by its data: Markdown draws nothing.
        lines.push(`_${markdownText(block.description)}_`, "");
        appendTable(lines, chartTable(block, block.language), language);
        break;
    }
  }
}

/**
 * Renders a report as Markdown (GitHub-flavoured tables): the title as `#`, sections as `##`…`######`, each table
 * with its title, typed cells written in the document's language (`1.234,56 €`, `76,56%` in Italian;
 * `€1,234.56`, `76.56%` in English), numbers aligned right; a chart as its description and its data table. Every
 * text of the document is escaped, so that none becomes Markdown markup or HTML. Pure: a string out.
 *
 * @param document - a {@link ReportDocument} (any value is read and checked)
 * @throws `PdzError` `invalid_type`, `required_field`, `invalid_option`, `invalid_language`,
 *   `invalid_report_id`, `duplicate_report_id`, `duplicate_column_key`, `report_too_deep`, `invalid_chart`,
 *   `invalid_count`, `invalid_decimal`, `number_out_of_range`, `invalid_decimals`, `text_too_long`,
 *   `too_many_items`, `unreadable_field` for a document of the wrong shape; `report_too_long` (over 100,000,000
 *   characters)
 * @example
 * ```ts
 * import { renderMarkdown } from "piano-di-zona/report";
 * const report = {
 *   kind: "report", language: "it", title: "Spesa",
 *   blocks: [{ kind: "table", id: "spesa", title: "Per area", columns: [{ key: "area", header: "Area", type: "text" }, { key: "euro", header: "Spesa", type: "euro" }], rows: [["Anziani", "717001"]] }],
 * } as const;
 * renderMarkdown(report).split("\n")[6] //=> "| Anziani | 717.001,00\u00A0€ |"
 * renderMarkdown({ ...report, language: "en" }).split("\n")[6] //=> "| Anziani | €717,001.00 |"
 * renderMarkdown({ ...report, language: "fr" } as never) //=> throws invalid_language
 * ```
 * @category Report
 */
export function renderMarkdown(document: ReportDocument): string {
  const read = readDocument(document);
  const lines = new BoundedLines();
  lines.push(`# ${markdownText(read.title)}`, "");
  appendBlocks(lines, read.blocks, 2, read.language);
  return lines.join();
}

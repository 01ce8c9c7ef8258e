import type { Language } from "../core/labels.js";
import { ownField, readBoolean, readOptions } from "../core/read-input.js";
import { BoundedLines } from "./_bounded-text.js";
import { displayCell, escapeMarkup, isNumberColumn } from "./_cells.js";
import { chartTable } from "./_chart-table.js";
import { readDocument, type Block, type Chart, type Table } from "./_read-document.js";
import type { ReportDocument } from "./document.js";
import { hasSvg, svgOf } from "./render-svg.js";

/**
 * Options of {@link renderHtml}.
 * @category Report
 */
export interface HtmlOptions {
  /**
   * `true` for a fragment to place inside another page (a `<div class="pdz-report">` with its scoped style), as a
   * notebook shows it; `false` (default) for a whole page (`<!DOCTYPE html>`).
   */
  readonly fragment?: boolean;
}

// Every rule is scoped to the report's root element, so that a fragment does not restyle the page around it.
const STYLE = [
  ".pdz-report{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;line-height:1.45;max-width:72rem}",
  ".pdz-report h1{font-size:1.6rem;margin:0.6em 0}",
  ".pdz-report h2{font-size:1.3rem;margin:1.2em 0 0.5em;border-bottom:1px solid #ddd}",
  ".pdz-report h3,.pdz-report h4,.pdz-report h5,.pdz-report h6{font-size:1.05rem;margin:1em 0 0.4em}",
  ".pdz-report table{border-collapse:collapse;margin:0.5em 0 1em;font-size:0.9rem}",
  ".pdz-report caption{text-align:left;font-weight:600;padding:0.3em 0}",
  ".pdz-report th,.pdz-report td{border:1px solid #ccc;padding:0.25em 0.6em;vertical-align:top}",
  ".pdz-report thead th{background:#f2f2f2}",
  ".pdz-report .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
  ".pdz-report .band{white-space:nowrap}",
  ".pdz-report .band-ottimo{background:#d9efd9}",
  ".pdz-report .band-buono{background:#e8f4e0}",
  ".pdz-report .band-sufficiente{background:#fbf1d0}",
  ".pdz-report .band-insufficiente,.pdz-report .band-nullo{background:#f8dcd8}",
  ".pdz-report .note{color:#444;font-size:0.9rem}",
  ".pdz-report figure{margin:1em 0}",
  ".pdz-report figcaption{font-size:0.9rem;color:#444}",
  ".pdz-report svg{max-width:100%;height:auto}",
].join("\n");

// A band's code as a class name: letters, digits and dashes only (anything else is dropped), at most 40.
const bandClass = (code: string): string =>
  `band band-${code
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "")
    .slice(0, 40)}`;

function appendTable(lines: BoundedLines, table: Table, language: Language): void {
  lines.push(
    `<table id="pdz-table-${table.id}">`,
    `<caption>${escapeMarkup(table.title)}</caption>`,
    "<thead><tr>",
  );
  for (const column of table.columns) {
    lines.push(
      `<th scope="col"${isNumberColumn(column) ? ' class="num"' : ""}>${escapeMarkup(column.header)}</th>`,
    );
  }
  lines.push("</tr></thead>", "<tbody>");
  for (const row of table.rows) {
    const cells = table.columns.map((column, index) => {
      const cell = row[index] ?? null;
      const text = escapeMarkup(displayCell(language, column, cell));
      if (isNumberColumn(column)) return `<td class="num">${text}</td>`;
      if (column.type === "band" && cell !== null && typeof cell === "object" && "code" in cell) {
        return `<td class="${bandClass(cell.code)}">${text}</td>`;
      }
      return `<td>${text}</td>`;
    });
    lines.push(`<tr>${cells.join("")}</tr>`);
  }
  lines.push("</tbody>", "</table>");
  for (const note of table.notes) lines.push(`<p class="note">${escapeMarkup(note)}</p>`);
}

function appendChart(lines: BoundedLines, chart: Chart, language: Language): void {
  lines.push(`<figure id="pdz-chart-${chart.id}">`);
  // A pyramid or a bar chart is drawn; any other chart is shown by its data table (the page loads no script).
  if (hasSvg(chart)) lines.push(svgOf(chart));
  else appendTable(lines, chartTable(chart, chart.language), language);
  lines.push(
    `<figcaption><strong>${escapeMarkup(chart.title)}</strong>. ${escapeMarkup(chart.description)}</figcaption>`,
    "</figure>",
  );
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
        lines.push("<section>", `<h${String(level)}>${escapeMarkup(block.title)}</h${String(level)}>`);
        appendBlocks(lines, block.blocks, level + 1, language);
        lines.push("</section>");
        break;
      case "table":
        appendTable(lines, block, language);
        break;
      case "note":
        lines.push(`<p>${escapeMarkup(block.text)}</p>`);
        break;
      case "list":
        lines.push("<ul>", ...block.items.map((item) => `<li>${escapeMarkup(item)}</li>`), "</ul>");
        break;
      case "chart":
        appendChart(lines, block, language);
        break;
    }
  }
}

/**
 * Renders a report as self-contained HTML: inline CSS, no script, no external resource (fonts, images, styles),
 * pyramids and bar charts drawn as inline SVG, other charts shown by their data tables; every text escaped. The
 * page declares its language (`<html lang="en">`) and writes numbers in it. With `{ fragment: true }`, a
 * `<div class="pdz-report" lang="…">` to place in another page (the style is scoped to it), as a notebook shows it.
 * Pure: a string out.
 *
 * @param document - a {@link ReportDocument} (any value is read and checked)
 * @param options - `fragment` (default `false`)
 * @throws `PdzError` the errors of a document of the wrong shape (see {@link renderMarkdown});
 *   `invalid_type` for options that are not an object or a `fragment` that is not a boolean; `report_too_long`
 * @example
 * ```ts
 * import { renderHtml } from "piano-di-zona/report";
 * const report = { kind: "report", language: "en", title: "Spending <2022>", blocks: [{ kind: "note", text: "A & B" }] } as const;
 * renderHtml(report).startsWith("<!DOCTYPE html>\n<html lang=\"en\">") //=> true
 * renderHtml(report).includes("<h1>Spending &lt;2022&gt;</h1>") //=> true
 * renderHtml(report, { fragment: true }).startsWith("<div class=\"pdz-report\" lang=\"en\">") //=> true
 * renderHtml(report, { fragment: "yes" } as never) //=> throws invalid_type
 * ```
 * @category Report
 */
export function renderHtml(document: ReportDocument, options: HtmlOptions = {}): string {
  const fragmentOption = ownField(readOptions(options, ["options"]), "fragment", ["options"]);
  const fragment =
    fragmentOption === undefined ? false : readBoolean(fragmentOption, ["options", "fragment"]);
  const read = readDocument(document);
  const lines = new BoundedLines();
  const title = escapeMarkup(read.title);
  if (!fragment) {
    lines.push(
      "<!DOCTYPE html>",
      `<html lang="${read.language}">`,
      "<head>",
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${title}</title>`,
      "</head>",
      "<body>",
    );
  }
  lines.push(
    `<div class="pdz-report" lang="${read.language}">`,
    `<style>\n${STYLE}\n</style>`,
    `<h1>${title}</h1>`,
  );
  appendBlocks(lines, read.blocks, 2, read.language);
  lines.push("</div>");
  if (!fragment) lines.push("</body>", "</html>");
  return lines.join();
}

// Tables printed as text that can be recognised by their header row:
// - population by comune and age band: "Comuni MASCHI FEMMINE TOTALE MASCHI FEMMINE TOTALE …", then one row per
//   comune (a name, then its figures; a row that the tool wrapped goes on over the following lines);
// - a fund table: "FONDO 2022 2023 2024", then one row per fund ("Fondo Sociale Regionale 1.338.061,58 € …",
//   "- €" for a year without an amount).
// Figures are read in the Italian mode of the numeric contract; a figure it cannot read without guessing is null,
// and reported.
import { isPdzError } from "../core/error.js";
import { parseItalianNumber } from "../core/italian-number.js";
import type { DraftTable, DraftTableRow } from "./draft-plan.js";
import { verbatim } from "./_passage.js";
import type { PlanText } from "./_plan-text.js";

/** A figure that could not be read. */
export interface UnreadFigure {
  readonly text: string;
  readonly line: number;
}

const AGE_HEADER = /^\s*Comun[ei]\b\s*((?:(?:MASCHI|FEMMINE|TOTALE|Maschi|Femmine|Totale|M|F|T)\b\s*){3,})$/u;
const FUND_HEADER = /^\s*(FOND[OI]|Fond[oi]|FONTE|Fonte)\b[\s\t]*((?:20\d\d\b[\s\t]*){2,})$/u;
/** A figure of a row: digits with "." groups and "," decimals, or "-" for none, optionally followed by "€" or "%". */
const FIGURE = /(?:^|\s)(-|\d[\d.]*(?:,\d+)?)\s*(?:€|%)?(?=\s|$)/gu;

function readFigure(text: string, line: number, unread: UnreadFigure[]): string | null {
  if (text === "-") return null;
  try {
    return parseItalianNumber(text).toString();
  } catch (error) {
    if (isPdzError(error)) unread.push({ text, line: line + 1 });
    return null;
  }
}

/** The figures at the end of a line and the label before them. */
function splitRow(line: string): { label: string; figures: string[] } {
  const figures: string[] = [];
  let labelEnd = line.length;
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(line); match !== null; match = FIGURE.exec(line)) {
    if (figures.length === 0) labelEnd = match.index;
    figures.push(match[1] ?? "");
  }
  // Only the figures after the label count: a label with a number in it ("PNRR – Investimento 1.2") keeps it.
  const label = verbatim(line.slice(0, labelEnd));
  return { label, figures };
}

function title(text: PlanText, header: number): string {
  const above: string[] = [];
  for (let n = header - 1; n >= 0 && header - n <= 12 && above.length < 2; n -= 1) {
    const line = (text.lines[n] ?? "").trim();
    if (line === "" || text.noise[n] === 1) continue;
    // A paragraph above the table is prose, not its title: a long line, or a line ending a sentence ("… a cavallo
    // di diverse annualità.") however the paragraph is wrapped.
    if (line.length > 160 || /\p{L}{3}\.$/u.test(line)) break;
    above.unshift(line);
  }
  return verbatim(above.join("\n"));
}

/** Reads the rows after a header, each with `width` figures. */
function rowsAfter(
  text: PlanText,
  header: number,
  width: number,
  unread: UnreadFigure[],
): { rows: DraftTableRow[]; last: number } {
  const rows: DraftTableRow[] = [];
  let label = "";
  let figures: string[] = [];
  let first = -1;
  let last = header;
  let misses = 0;
  for (let n = header + 1; n < text.lines.length && misses < 3; n += 1) {
    if (text.noise[n] === 1) continue;
    const line = text.lines[n] ?? "";
    if (line.trim() === "") {
      if (label === "" && figures.length === 0) misses += 1;
      continue;
    }
    const split = splitRow(line.replace(/\t/g, " "));
    if (split.label === "" && split.figures.length === 0) continue;
    if (split.label !== "" && (label !== "" || figures.length > 0) && figures.length > 0) break;
    if (split.label !== "") label = label === "" ? split.label : `${label} ${split.label}`;
    if (first < 0) first = n;
    figures.push(...split.figures);
    if (split.figures.length === 0 && label.length > 80) break;
    if (figures.length >= width) {
      // The row's figures are its last ones: a number before them belongs to the label ("PNRR – Investimento 1.2").
      const extra = figures.slice(0, figures.length - width);
      const values = figures.slice(figures.length - width).map((figure) => readFigure(figure, n, unread));
      if (extra.length > 0) label = `${label} ${extra.join(" ")}`;
      rows.push({ label, values, lines: [first + 1, n + 1] });
      last = n;
      label = "";
      figures = [];
      first = -1;
      misses = 0;
    }
  }
  return { rows, last };
}

/** The tables of a plan that can be recognised. */
export function readTables(text: PlanText, document: string, unread: UnreadFigure[]): DraftTable[] {
  const tables: DraftTable[] = [];
  for (let n = 0; n < text.lines.length; n += 1) {
    if (text.noise[n] === 1) continue;
    const line = (text.lines[n] ?? "").replace(/\t/g, " ");
    if (line.length > 300) continue;
    const age = AGE_HEADER.exec(line);
    const fund = age === null ? FUND_HEADER.exec(line) : null;
    if (age === null && fund === null) continue;
    const columns = (age?.[1] ?? fund?.[2] ?? "").trim().split(/\s+/u);
    const { rows, last } = rowsAfter(text, n, columns.length, unread);
    if (rows.length < 2) continue;
    tables.push({
      kind: age !== null ? "age-bands" : "fund-table",
      title: title(text, n),
      columns,
      rows,
      source: { document, lines: [n + 1, last + 1] },
    });
    n = last;
  }
  return tables;
}

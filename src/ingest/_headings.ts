// Headings of a plan that name a macro-area ("5.3 Obiettivi macro-area: Politiche Abitative", "## Risultati
// precedente programmazione: obiettivo macro-area di policy B) POLITICHE ABITATIVE", "Area politiche abitative"),
// read with the catalogue's matcher and its letter-versus-title warnings. A numbered heading that names no area
// ("5.1 Obiettivi trasversali") ends the area of the headings above it.
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import { matchMacroArea } from "../catalog/match-macro-area.js";
import type { PlanText } from "./_plan-text.js";
import { verbatim } from "./_passage.js";
import { isSectionHeading } from "./_records.js";
import type { Confidence } from "./ingest-result.js";

/** A heading read. */
export interface HeadingRead {
  /** 0-based line. */
  readonly line: number;
  readonly text: string;
  readonly area: MacroAreaCode | null;
  readonly letter: string | null;
  readonly warnings: readonly string[];
  readonly warningMessages: readonly string[];
  readonly confidence: Confidence;
  /** Whether the heading is numbered (a section of the plan): it ends the area of the headings above it. */
  readonly section: boolean;
}

/** Whether a line is blank or noise. */
function blank(text: PlanText, n: number): boolean {
  return n < 0 || n >= text.lines.length || text.noise[n] === 1 || (text.lines[n] ?? "").trim() === "";
}

/** The headings of a plan, in order. */
export function readHeadings(text: PlanText): HeadingRead[] {
  const headings: HeadingRead[] = [];
  // Whether the numbered section being read is one of the plan's own areas ("4.3.3 AREA ANZIANI E DISABILI"): a
  // section titled "Area …" that names no macro-area. The "Area …" lines inside it ("AREA ANZIANI", "AREA
  // POLITICHE ABITATIVE") are its sub-areas, the plan's own grouping, not macro-areas of the DGR.
  let ownAreaSection = false;
  for (let n = 0; n < text.lines.length; n += 1) {
    if (text.noise[n] === 1) continue;
    const raw = text.lines[n] ?? "";
    if (raw.length > 240 || /\.{4,}|…{2,}/.test(raw)) continue;
    const line = raw.trim();
    if (line === "") continue;
    const section = isSectionHeading(line);
    // "Area politiche abitative", "AREA MINORI E FAMIGLIA": a short line alone.
    const standalone =
      !section &&
      /^(?:Area|AREA)\s+\p{L}/u.test(line) &&
      line.length <= 70 &&
      !/[.;:,]$/.test(line) &&
      blank(text, n + 1);
    if (!section && !standalone) continue;
    if (standalone && ownAreaSection) continue;
    const cleaned = verbatim(line.replace(/[#*]+/g, " "));
    const match = matchMacroArea(cleaned);
    // A fuzzy match counts only where the heading says it names a macro-area ("Obiettivi macro-area: …").
    const labelled = /macro[-\s]?aree?|area\s+di\s+policy|aree\s+di\s+policy/iu.test(cleaned);
    let area = match.confidence === "fuzzy" && !labelled ? null : match.code;
    let confidence: Confidence =
      match.confidence === "exact" || match.confidence === "variant" ? "high" : "medium";
    if (area === null && standalone) {
      // A heading naming its area loosely ("Area povertà e coesione sociale"): its best candidate, if clear.
      const [best, second] = match.candidates;
      if (
        best !== undefined &&
        best.score >= 0.4 &&
        (second === undefined || second.score * 2 <= best.score)
      ) {
        area = best.code;
        confidence = "low";
      }
    }
    if (section) ownAreaSection = area === null && /^[\d.]+\s+(?:Area|AREA)\s+\p{L}/u.test(cleaned);
    if (area === null && !section) continue;
    // A numbered heading that names no area matters only as the end of an area's section.
    headings.push({
      line: n,
      text: cleaned,
      area,
      letter: match.prefix,
      warnings: match.warnings.map((w) => w.code),
      warningMessages: match.warnings.map((w) => w.message),
      confidence,
      section,
    });
  }
  return headings;
}

/** The area of the section a line sits in: the nearest heading above it that names one, unless a section ends it. */
export function sectionAreaAt(headings: readonly HeadingRead[], line: number): MacroAreaCode | null {
  let area: MacroAreaCode | null = null;
  // The chapter number of the heading that set the area: a numbered line of a lower chapter ("1.2 …" inside a
  // scheda of chapter 5) is an item, not a section.
  let chapter = 0;
  for (const heading of headings) {
    if (heading.line >= line) break;
    const number = /^(\d+)\.\d+\b/.exec(heading.text);
    const major = number === null ? 0 : Number(number[1]);
    if (heading.area !== null) {
      area = heading.area;
      chapter = major;
    } else if (heading.section && number !== null && major >= chapter) {
      area = null;
      chapter = major;
    }
  }
  return area;
}

// A passage: the text of a field as a reader sees it, stitched from pieces of the document's lines, with every
// offset mapped back to its line. Markup that text-extraction tools write (HTML tags, Markdown emphasis, tabs,
// LaTeX "$\geq$") is blanked out in place, character for character, so that offsets and lines never shift.
import { isLowerCode } from "./_plan-text.js";

/** A piece of one line: `[from, to)` of line `line` (0-based). */
export interface Piece {
  readonly line: number;
  readonly from: number;
  readonly to: number;
}

/** The text of a passage, with the document line of every character. */
export class Passage {
  /** The text: pieces on one line joined directly (or by a space across a cut), lines joined by "\n". */
  readonly text: string;
  /** The same text with its markup, offset for offset ("<p>" where `text` has a line break and spaces). */
  readonly marked: string;
  /** Start offset of each stitched line, and its 0-based document line. */
  private readonly starts: number[];
  private readonly lineOf: number[];

  constructor(lines: readonly string[], pieces: readonly Piece[]) {
    let text = "";
    const starts: number[] = [];
    const lineOf: number[] = [];
    let last: Piece | null = null;
    for (const piece of pieces) {
      if (piece.to <= piece.from) continue;
      const slice = (lines[piece.line] ?? "").slice(piece.from, piece.to);
      if (last !== null && last.line === piece.line) {
        if (last.to !== piece.from) text += " ";
      } else {
        if (last !== null) text += "\n";
        starts.push(text.length);
        lineOf.push(piece.line);
      }
      text += slice;
      last = piece;
    }
    this.text = blankMarkup(text);
    this.marked = text;
    this.starts = starts;
    this.lineOf = lineOf;
  }

  /** The 0-based document line of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lineOf[lo] ?? 0;
  }

  /** The 1-based document lines of the non-blank text in `[from, to)`, or null when it is blank. */
  lines(from = 0, to: number = this.text.length): [number, number] | null {
    let a = from;
    let b = to - 1;
    while (a <= b && isBlankCode(this.text.charCodeAt(a))) a += 1;
    while (b >= a && isBlankCode(this.text.charCodeAt(b))) b -= 1;
    if (a > b) return null;
    return [this.lineAt(a) + 1, this.lineAt(b) + 1];
  }

  private whole: string | null = null;

  /** The text of `[from, to)` as one verbatim string (see {@link verbatim}). */
  verbatim(from = 0, to: number = this.text.length): string {
    if (from === 0 && to === this.text.length) {
      this.whole ??= verbatim(this.text);
      return this.whole;
    }
    return verbatim(this.text.slice(from, to));
  }
}

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0 || Number.isNaN(code);
}

/** Bullet glyphs of lists (Word's private-use bullets among them). */
export const BULLETS =
  "•\uf0b7\uf0a7\uf0d8\uf076\u25aa\u25cf\u25e6\u2022\u2023\u2043\u2219\u27a2\u2713\u2714\u25ba\u25a0\u25a1\u2192";

const BULLET_SET = /* @__PURE__ */ new Set(BULLETS);
const BULLET_PATTERN =
  /[•\uf0b7\uf0a7\uf0d8\uf076\u25aa\u25cf\u25e6\u2022\u2023\u2043\u2219\u27a2\u2713\u2714\u25ba\u25a0\u25a1\u2192]/g;

/** Whether a character is a bullet glyph. */
export function isBullet(ch: string): boolean {
  return BULLET_SET.has(ch);
}

/**
 * Joins a line to the text before it. A hyphen at the end of the text joins the line without a space: it is
 * dropped when it cut a word ("program-" + "mazione": four small letters or more before it, a small letter after),
 * kept when it joins a compound ("co-" + "programmazione", "d’Ambito-" + "altre").
 */
function joinLines(before: string, line: string): "space" | "cut" | "join" {
  if (!before.endsWith("-") || !/\p{L}/u.test(before.charAt(before.length - 2))) return "space";
  if (!isLowerCode(line.charCodeAt(0))) return "space";
  const fragment = /(\p{L}+)-$/u.exec(before)?.[1] ?? "";
  const cut = fragment.length >= 4 && fragment === fragment.toLowerCase();
  return cut ? "cut" : "join";
}

/**
 * A heading's line with the line that continues it, when that line starts with a small letter ("… per minori e
 * famiglie" / "all’interno dell’Ambito"; "… e fami-" / "glie all’interno dell’Ambito"), joined as {@link verbatim}
 * joins lines; the line alone otherwise.
 */
export function withContinuation(line: string, next: string): string {
  const rest = next.trim();
  if (rest === "" || !isLowerCode(rest.charCodeAt(0))) return line;
  return verbatim(`${line}\n${rest}`);
}

/** How much of the text joined so far {@link joinLines} reads: its end, so that joining stays linear. */
const JOIN_TAIL = 128;

/**
 * A text as one line: lines trimmed and joined by one space, a word hyphenated across a line break joined again
 * ("program-\nmazione" → "programmazione", "co-\nprogrammazione" → "co-programmazione"), bullet glyphs dropped, runs
 * of spaces collapsed.
 */
export function verbatim(text: string): string {
  const parts: string[] = [];
  let tail = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (parts.length === 0) {
      parts.push(line);
      tail = line.slice(-JOIN_TAIL);
      continue;
    }
    const join = joinLines(tail, line);
    if (join === "cut") {
      parts.push(parts.pop()?.slice(0, -1) ?? "");
      tail = tail.slice(0, -1);
    }
    const separator = join === "space" ? " " : "";
    parts.push(separator, line);
    tail = (tail + separator + line.slice(-JOIN_TAIL)).slice(-JOIN_TAIL);
  }
  return parts
    .join("")
    .replace(BULLET_PATTERN, "")
    .replace(/[ \t\u00a0]{2,}/g, " ")
    .replace(/ ([,;.:)])(?=\s|$)/g, "$1")
    .trim();
}

/**
 * Blanks out markup in place (the same number of characters): HTML tags, Markdown emphasis and heading marks,
 * tabs, and LaTeX comparison commands (written as the sign plus spaces).
 */
export function blankMarkup(text: string): string {
  if (!/[<*#\t$\\_&]/.test(text)) return text;
  return (
    text
      // A tag that opens a list item, a paragraph or a row breaks the line (an item starts there); others vanish.
      .replace(/<\/?[A-Za-z][^<>\n]{0,400}>/g, (tag) =>
        /^<\/?(?:li|p|br|tr|ul|ol|div)\b/i.test(tag)
          ? `\n${" ".repeat(tag.length - 1)}`
          : " ".repeat(tag.length),
      )
      .replace(/\*{1,3}|_{2,3}/g, (marks) => " ".repeat(marks.length))
      .replace(
        /(^|\n)([ \t]*)(#{1,6})(?= )/g,
        (_all, start: string, space: string, marks: string) => start + space + " ".repeat(marks.length),
      )
      .replace(/\t/g, " ")
      .replace(/\\geq?/g, (command) => "≥".padEnd(command.length, " "))
      .replace(/\\leq?/g, (command) => "≤".padEnd(command.length, " "))
      .replace(/\$/g, " ")
      .replace(/&(?:amp|nbsp|lt|gt|quot);/g, (entity) =>
        (entity === "&amp;" ? "&" : entity === "&lt;" ? "<" : entity === "&gt;" ? ">" : " ").padEnd(
          entity.length,
          " ",
        ),
      )
  );
}

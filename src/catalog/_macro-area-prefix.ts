// Where a macro-area title starts in a heading or a cell: past the Markdown marks, bullets, section numbers and
// HTML tags, past a label such as "macro-area di policy", and past a letter such as "J)". Read by hand, code unit by
// code unit, with the same result as the 0.1.0 regular expressions
//   /^(?:[\s#*•\-–—>|]|<[^<>]{0,40}>)*(?:\d+(?:\.\d+)*\.?\s+)?/,
//   /\b(?:macro\s*-?\s*)?are[ae]\b(?:\s+di\s+policy)?\s*:?\s*/i (used when it starts within 120 characters),
//   /^([A-Za-z])\s*[).:\-–—]\s*/,
// and in linear time (the second one backtracked quadratically on long runs of spaces).
import {
  hasWordAt,
  isLeadingMark,
  isAsciiDigit,
  isAsciiLetter,
  isSpace,
  isWordUnit,
  skipSpaces,
} from "./_scan.js";

/** A label is looked for only if it starts within this many characters of the text. */
const LABEL_WINDOW = 120;
/** An HTML tag before a heading has at most this many characters between its brackets. */
const MAX_TAG = 40;

/** The end of an HTML tag of at most 40 characters starting at `i` (a "<"), or -1. */
function tagEnd(text: string, i: number): number {
  const last = Math.min(i + MAX_TAG + 1, text.length - 1);
  for (let k = i + 1; k <= last; k += 1) {
    const unit = text.charCodeAt(k);
    if (unit === 0x3e) return k + 1;
    if (unit === 0x3c) return -1;
  }
  return -1;
}

/** The end of a section number such as "5.6 " or "1. " starting at `i`, or `i` if there is none. */
function sectionNumberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j += 1;
  if (j === i) return i;
  while (text.charCodeAt(j) === 0x2e && isAsciiDigit(text.charCodeAt(j + 1))) {
    j += 1;
    while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j += 1;
  }
  if (text.charCodeAt(j) === 0x2e && isSpace(text.charCodeAt(j + 1))) return skipSpaces(text, j + 1);
  return isSpace(text.charCodeAt(j)) ? skipSpaces(text, j) : i;
}

/** Past the marks, bullets, tags and section number before a heading. */
export function leadingNoiseEnd(text: string): number {
  // Most lines start with a letter: neither a mark nor a number.
  if (isAsciiLetter(text.charCodeAt(0))) return 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const next = isLeadingMark(unit) ? i + 1 : unit === 0x3c ? tagEnd(text, i) : -1;
    if (next === -1) break;
    i = next;
  }
  return sectionNumberEnd(text, i);
}

/** The end of a label ("macro-area di policy:", "AREA", "aree") starting at `i`, or -1. */
function labelEndAt(text: string, i: number): number {
  let j = i;
  if (hasWordAt(text, j, "macro")) {
    j = skipSpaces(text, j + 5);
    if (text.charCodeAt(j) === 0x2d) j += 1;
    j = skipSpaces(text, j);
  }
  if (!hasWordAt(text, j, "are")) return -1;
  const last = text.charCodeAt(j + 3) | 32;
  if (!isAsciiLetter(text.charCodeAt(j + 3)) || (last !== 0x61 && last !== 0x65)) return -1;
  j += 4;
  if (j < text.length && isWordUnit(text.charCodeAt(j))) return -1;
  if (isSpace(text.charCodeAt(j))) {
    const di = skipSpaces(text, j);
    if (hasWordAt(text, di, "di") && isSpace(text.charCodeAt(di + 2))) {
      const policy = skipSpaces(text, di + 2);
      if (hasWordAt(text, policy, "policy")) j = policy + 6;
    }
  }
  j = skipSpaces(text, j);
  if (text.charCodeAt(j) === 0x3a) j += 1;
  return skipSpaces(text, j);
}

/** Where a label may start: "macro" or "area"/"aree" at the start of a word (any case). No quantifier: linear. */
const LABEL_START = /\b(?:macro|are[ae]\b)/gi;

/** Past a label that starts within the first 120 characters from `from`, or `from` if there is none. */
export function labelEnd(text: string, from: number): number {
  const last = Math.min(from + LABEL_WINDOW, text.length);
  LABEL_START.lastIndex = from;
  for (;;) {
    const found = LABEL_START.exec(text);
    if (found === null || found.index >= last) return from;
    const end = labelEndAt(text, found.index);
    if (end !== -1) return end;
    LABEL_START.lastIndex = found.index + 1;
  }
}

/** Whether a code unit closes a macro-area letter: `)`, `.`, `:`, `-`, `–`, `—`. */
function isLetterMark(unit: number): boolean {
  return (
    unit === 0x29 || unit === 0x2e || unit === 0x3a || unit === 0x2d || unit === 0x2013 || unit === 0x2014
  );
}

/**
 * Where the title starts after a letter ("J)", "a.", "G -") at `at`, or -1 if there is no letter there (the letter is
 * then the character at `at`).
 */
export function titleAfterLetter(text: string, at: number): number {
  if (!isAsciiLetter(text.charCodeAt(at))) return -1;
  const mark = skipSpaces(text, at + 1);
  return isLetterMark(text.charCodeAt(mark)) ? skipSpaces(text, mark + 1) : -1;
}

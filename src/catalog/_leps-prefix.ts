// A local LEPS number before a LEPS name ("L3.", "LEPS: L2)", "- L4 –"), read by hand, code unit by code unit, with
// the same result as the 0.1.0 regular expression
//   /^[\s#*•\-–—>|]*(?:leps\s*[:\-–]?\s*)?(L\d+)\s*[.):\-–]?\s+/i
// and in linear time (it backtracked quadratically on "LEPS" followed by a long run of spaces).
import { hasWordAt, isLeadingMark, isAsciiDigit, isSpace, skipSpaces } from "./_scan.js";

/** A LEPS name once its local number is set aside: the number ("L3") or `null`, and where the name starts. */
export interface LocalNumbered {
  readonly prefix: string | null;
  readonly start: number;
}

const NOT_NUMBERED: LocalNumbered = { prefix: null, start: 0 };

/** `:`, `-` or `–` after the word "LEPS". */
function isLabelMark(unit: number): boolean {
  return unit === 0x3a || unit === 0x2d || unit === 0x2013;
}

/** `.`, `)`, `:`, `-` or `–` after the number. */
function isNumberMark(unit: number): boolean {
  return unit === 0x2e || unit === 0x29 || isLabelMark(unit);
}

/** Sets aside a local number ("L3.") at the start of a LEPS name, with the marks and the word "LEPS" before it. */
export function splitLocalNumber(text: string): LocalNumbered {
  let i = 0;
  while (i < text.length && isLeadingMark(text.charCodeAt(i))) i += 1;
  if (hasWordAt(text, i, "leps")) {
    i = skipSpaces(text, i + 4);
    if (isLabelMark(text.charCodeAt(i))) i += 1;
    i = skipSpaces(text, i);
  }
  if ((text.charCodeAt(i) | 32) !== 0x6c || !isAsciiDigit(text.charCodeAt(i + 1))) return NOT_NUMBERED;
  let digits = i + 1;
  while (digits < text.length && isAsciiDigit(text.charCodeAt(digits))) digits += 1;
  const spaces = skipSpaces(text, digits);
  let start: number;
  if (isNumberMark(text.charCodeAt(spaces)) && isSpace(text.charCodeAt(spaces + 1))) {
    start = skipSpaces(text, spaces + 1);
  } else if (spaces > digits) start = spaces;
  else return NOT_NUMBERED;
  return { prefix: text.slice(i, digits).toUpperCase(), start };
}

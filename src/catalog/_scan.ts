// Reading a text code unit by code unit, in the terms of the regular expressions that 0.1.0 used: `\s`, `\b`, and
// ASCII letters compared without regard to case. Each helper looks at each unit once, so the readers built on them
// are linear.

/** Whether a code unit is whitespace as `\s` reads it. */
export function isSpace(unit: number): boolean {
  if (unit <= 32) return unit === 32 || (unit >= 9 && unit <= 13);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Whether a code unit is a mark that plans put before a heading or a name: `[\s#*•\-–—>|]`. */
export function isLeadingMark(unit: number): boolean {
  return (
    isSpace(unit) ||
    unit === 0x23 ||
    unit === 0x2a ||
    unit === 0x2022 ||
    unit === 0x2d ||
    unit === 0x2013 ||
    unit === 0x2014 ||
    unit === 0x3e ||
    unit === 0x7c
  );
}

/** The first position at or after `i` that is not whitespace (`\s*`). */
export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j += 1;
  return j;
}

/** Whether a code unit is a word character of `\b` (ASCII letters, digits and "_"). */
export function isWordUnit(unit: number): boolean {
  return (
    (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57) || unit === 95
  );
}

/** Whether a code unit is an ASCII letter. */
export function isAsciiLetter(unit: number): boolean {
  return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90);
}

/** Whether a code unit is an ASCII digit (`\d`). */
export function isAsciiDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

/** Whether `text` holds `lower` (lower-case ASCII letters) at `i`, ignoring the case of ASCII letters only. */
export function hasWordAt(text: string, i: number, lower: string): boolean {
  if (i + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k += 1) {
    const unit = text.charCodeAt(i + k);
    if (!isAsciiLetter(unit) || (unit | 32) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether `lower` stands at `i` as a whole word (`\bword\b`, any case) of the part `[start, end)` of a text, read as
 * if the part stood alone.
 */
export function isWholeWordAt(text: string, i: number, start: number, end: number, lower: string): boolean {
  const after = i + lower.length;
  if (after > end || !hasWordAt(text, i, lower)) return false;
  if (i > start && isWordUnit(text.charCodeAt(i - 1))) return false;
  return after === end || !isWordUnit(text.charCodeAt(after));
}

// The text of a plan as the readers see it: its lines exactly as given (so that every line number points into the
// caller's text), the lines that are layout noise (page numbers and running headers leaked between lines), and one
// token per word, with a folded key (upper case, no accents) for matching the form's printed labels.
//
// Everything here is linear in the length of the text: one pass to split the lines, one to find the noise, one to
// tokenise.

/** Characters of one line, a line break excluded. */
export interface PlanText {
  /** The lines as given, line breaks (LF, CRLF, CR) removed. Line n of the document is `lines[n - 1]`. */
  readonly lines: readonly string[];
  /** 1 where a line is noise (a leaked page number or running header). */
  readonly noise: Uint8Array;
  /** The tokens, in reading order: maximal runs of letters and digits of the lines that are not noise. */
  readonly tokens: Tokens;
}

/** The tokens of a text as parallel arrays (no object per token: a 1 MB text has ~200,000 of them). */
export interface Tokens {
  readonly count: number;
  /** 0-based line of each token. */
  readonly line: Int32Array;
  /** Start and end (exclusive) of each token in its line. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The token folded: upper case, accents dropped ("Attività" → "ATTIVITA"). */
  readonly key: readonly string[];
  /**
   * Bit 1: the token has no lower-case letter (a word in capitals, or digits); bit 2: digits only; bit 4: the token
   * ends its line before a hyphen (the first piece of a word cut at the line end, "program-").
   */
  readonly flags: Uint8Array;
  /** The first token of each line (`count` for a line without tokens): `firstOfLine[line]`. */
  readonly firstOfLine: Int32Array;
}

/** Flag of a token without lower-case letters. */
export const UPPER = 1;
/** Flag of a token made of digits only. */
export const DIGITS = 2;
/** Flag of a token followed by a hyphen that ends its line ("program-" of "program-\nmazione"). */
export const CUT = 4;

/** Splits a text into lines at LF, CRLF or a lone CR, in one pass. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      lines.push(text.slice(start, i));
      start = i + 1;
    } else if (code === 0x0d) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 0x0a) i += 1;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

const FOLD_CACHE = /* @__PURE__ */ new Map<number, string>();

/**
 * The key letter of a character: its upper-case base letter without accent ("à" → "A"), a digit as itself, or ""
 * for anything that is not a letter or a digit.
 */
export function foldChar(code: number): string {
  if (code >= 0x30 && code <= 0x39) return String.fromCharCode(code);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code);
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(code - 32);
  if (code < 0xc0) return "";
  const cached = FOLD_CACHE.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(code);
  let folded = "";
  if (ch.toLowerCase() !== ch.toUpperCase()) {
    const base = ch.normalize("NFD").charAt(0).toUpperCase();
    folded = base.length === 1 ? base : "";
    // Letters without a decomposition (ß, ø, æ…) keep their upper case.
    if (folded === "" || folded.toLowerCase() === folded.toUpperCase()) folded = ch.toUpperCase().charAt(0);
  }
  if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(code, folded);
  return folded;
}

/** ASCII classes: 0 not a word character, 1 capital, 2 small letter, 3 digit. */
let asciiTable: Uint8Array | null = null;

function asciiClasses(): Uint8Array {
  if (asciiTable === null) {
    const table = new Uint8Array(128);
    for (let c = 0x30; c <= 0x39; c += 1) table[c] = 3;
    for (let c = 0x41; c <= 0x5a; c += 1) table[c] = 1;
    for (let c = 0x61; c <= 0x7a; c += 1) table[c] = 2;
    asciiTable = table;
  }
  return asciiTable;
}

/** Classes of the code units beyond Latin-1's first half, computed once each: 1 word, 2 lower-case word, 3 other. */
let classes: Uint8Array | null = null;

function classOf(code: number): number {
  classes ??= new Uint8Array(0x10000);
  let found = classes[code] ?? 0;
  if (found === 0) {
    const ch = String.fromCharCode(code);
    const cased = code < 0xd800 || code > 0xdfff ? ch.toLowerCase() !== ch.toUpperCase() : false;
    found = !cased ? 3 : ch === ch.toLowerCase() ? 2 : 1;
    classes[code] = found;
  }
  return found;
}

/** Whether a character code is a lower-case letter. */
export function isLowerCode(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0xc0) return false;
  return classOf(code) === 2;
}

/** Whether a character code is a letter or a digit (the characters of a token). */
export function isWordCode(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    return true;
  }
  if (code < 0xc0) return false;
  return classOf(code) !== 3;
}

/** Folds a whole string into its key letters ("L’Obiettivo è" → "LOBIETTIVOE"). */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) out += foldChar(text.charCodeAt(i));
  return out;
}

/** The offset after an HTML tag starting at `at` ("<b>", "</li>", "<ul …>"), or `at` when none starts there. */
export function tagEnd(line: string, at: number): number {
  const next = line.charCodeAt(at + 1);
  const letter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  if (!letter && next !== 0x2f) return at;
  const limit = Math.min(line.length, at + 400);
  for (let i = at + 1; i < limit; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x3c) return at;
  }
  return at;
}

/** Whether a hyphen at `at` ends the line (spaces after it allowed): the cut of a word at the line end. */
function cutAt(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== 0x2d) return false;
  for (let i = at + 1; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Tokenises the lines that are not noise. */
export function tokenize(lines: readonly string[], noise: Uint8Array): Tokens {
  const lineOf: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  const flags: number[] = [];
  const firstOfLine = new Int32Array(lines.length);
  const ASCII = asciiClasses();
  for (let n = 0; n < lines.length; n += 1) {
    firstOfLine[n] = keys.length;
    if (noise[n] === 1) continue;
    const line = lines[n] ?? "";
    let i = 0;
    const length = line.length;
    while (i < length) {
      const code = line.charCodeAt(i);
      // Markup ("<b>", "</li>", '<ul style="…">') holds no word of the plan.
      if (code === 0x3c) {
        const close = tagEnd(line, i);
        if (close > i) {
          i = close;
          continue;
        }
      }
      if (code < 0x80 ? ASCII[code] === 0 : classOf(code) === 3) {
        i += 1;
        continue;
      }
      const start = i;
      let lower = false;
      let digitsOnly = true;
      let ascii = true;
      while (i < length) {
        const c = line.charCodeAt(i);
        if (c < 0x80) {
          const kind = ASCII[c] ?? 0;
          if (kind === 0) break;
          if (kind === 2) lower = true;
          if (kind !== 3) digitsOnly = false;
        } else {
          const kind = classOf(c);
          if (kind === 3) break;
          ascii = false;
          digitsOnly = false;
          if (kind === 2) lower = true;
        }
        i += 1;
      }
      let key: string;
      if (ascii) {
        key = line.slice(start, i).toUpperCase();
      } else {
        key = "";
        for (let k = start; k < i; k += 1) key += foldChar(line.charCodeAt(k));
      }
      lineOf.push(n);
      starts.push(start);
      ends.push(i);
      keys.push(key);
      flags.push((lower ? 0 : UPPER) | (digitsOnly ? DIGITS : 0) | (cutAt(line, i) ? CUT : 0));
    }
  }
  return {
    count: keys.length,
    line: Int32Array.from(lineOf),
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    key: keys,
    flags: Uint8Array.from(flags),
    firstOfLine,
  };
}

/** The text of a plan, ready for the readers. */
export function readPlanText(text: string, findNoise: (lines: readonly string[]) => Uint8Array): PlanText {
  const lines = splitLines(text);
  const noise = findNoise(lines);
  return { lines, noise, tokens: tokenize(lines, noise) };
}

// Finding a form's printed labels in the tokens of a plan, the way PDF-to-text tools leave them: split over lines,
// hyphenated ("CO-\nPROGRAMMATO"), joined ("COPROGRAMMAZIONE"), accents written as apostrophes ("E'"), with a typo
// in their tail ("CIO' CHE ÈRA"), and with the answer of the box printed in the middle of the label ("PREVEDE IL
// COINVOLGIMENTO DI ASST / NO / NELL'ANALISI …"). A label is a sequence of words in capitals; the first `required`
// words must all be read, the rest is read as far as it goes. The box's printed guidance ("Breve spiegazione",
// "SI/NO") is matched in any case right after the label.
//
// Every match starts at a token equal to a label's first word and reads at most the label's length plus a few
// skipped tokens: the time is linear in the number of tokens.
import { CUT, DIGITS, UPPER, foldText, type Tokens } from "./_plan-text.js";

/** One word of a label: its folded key, and whether the label may go without it. */
interface LabelWord {
  readonly key: string;
  readonly optional: boolean;
  /** The optional group of the word (its bracket), -1 for a required word: a group is read whole or not at all. */
  readonly group: number;
  /** Index of the first word after the word's group. */
  readonly groupEnd: number;
}

/** A label of a form, compiled. */
export interface Label<F extends string = string> {
  readonly field: F;
  readonly words: readonly LabelWord[];
  /** How many leading words must be read. */
  readonly required: number;
  /** Guidance printed with the label, as folded word lists (matched in any case). */
  readonly guidance: readonly (readonly string[])[];
  /** Whether the label may be printed in small letters; it must then open its line (a row of a table). */
  readonly caseless: boolean;
}

/** How a label reads in a form's table: `words` in capitals, `[optional words]`, and the words required. */
export interface LabelSpec<F extends string = string> {
  readonly field: F;
  /** The label, e.g. "TITOLO [DELL] INTERVENTO [COLLEGATO AL LEPS]". */
  readonly text: string;
  /** How many leading words (optional ones not counted) must be read; all of them by default. */
  readonly required?: number;
  readonly guidance?: readonly string[];
  /** Whether the label may be printed in small letters ("Grado di raggiungimento …"), at the start of a line. */
  readonly caseless?: boolean;
}

/** The folded words of a text ("SI/NO In caso affermativo" → ["SI", "NO", "IN", "CASO", "AFFERMATIVO"]). */
export function foldWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldText)
    .filter((word) => word.length > 0);
}

/** Compiles label specifications (at first use, never at import). */
export function compileLabels<F extends string>(specs: readonly LabelSpec<F>[]): Label<F>[] {
  return specs.map((spec) => {
    const words: LabelWord[] = [];
    let group = 0;
    for (const part of spec.text.split(/(\[[^\]]*\])/)) {
      const optional = part.startsWith("[");
      const keys = foldWords(optional ? part.slice(1, -1) : part);
      const groupEnd = words.length + keys.length;
      for (const key of keys) words.push({ key, optional, group: optional ? group : -1, groupEnd });
      if (optional) group += 1;
    }
    const mandatory = words.filter((word) => !word.optional).length;
    return {
      field: spec.field,
      words,
      required: Math.min(spec.required ?? mandatory, mandatory),
      guidance: (spec.guidance ?? []).map(foldWords),
      caseless: spec.caseless ?? false,
    };
  });
}

/** A label read in the tokens. */
export interface LabelMatch<F extends string = string> {
  readonly label: Label<F>;
  /** First token of the label. */
  readonly first: number;
  /** One past the last token of the label (its guidance included). */
  readonly end: number;
  /** Tokens inside the label's extent that belong to the value (an answer printed amid the label's lines). */
  readonly inner: readonly number[];
  /** How many of the label's words were read: the longer match wins between labels sharing a start. */
  readonly read: number;
  /** The first word of the label not read (its length when the label was read whole). */
  readonly rest: number;
}

/** How many tokens of a value are searched for a leaked label tail or guidance. */
const MAX_LEAK_SCAN = 600;

/** Tokens that may be skipped inside a label (an answer printed amid it), and how far apart its lines may be. */
const MAX_GAP = 3;
const MAX_GAP_LINES = 3;

function isUpper(tokens: Tokens, t: number): boolean {
  return ((tokens.flags[t] ?? 0) & UPPER) !== 0;
}

function isDigits(tokens: Tokens, t: number): boolean {
  return ((tokens.flags[t] ?? 0) & DIGITS) !== 0;
}

/**
 * Reads one label from token `first`. Returns null when its required words are not all there.
 * @param stop - a token the label may not reach (the end of the region being read)
 */
export function matchLabel<F extends string>(
  tokens: Tokens,
  first: number,
  label: Label<F>,
  stop: number = tokens.count,
): LabelMatch<F> | null {
  const words = label.words;
  let w = 0;
  let t = first;
  let mandatoryRead = 0;
  let read = 0;
  let lastLabelToken = first - 1;
  const inner: number[] = [];
  while (w < words.length && t < stop) {
    const word = words[w] as LabelWord;
    // An optional group is read only when all its words follow, in capitals.
    if (word.optional && (w === 0 || (words[w - 1] as LabelWord).group !== word.group)) {
      if (!groupFollows(tokens, t, stop, words, w, label.caseless)) {
        w = word.groupEnd;
        continue;
      }
    }
    const key = tokens.key[t] ?? "";
    const capital = label.caseless || isUpper(tokens, t);
    const splitHere =
      capital &&
      t + 1 < stop &&
      (label.caseless || isUpper(tokens, t + 1)) &&
      key.length < word.key.length &&
      key + (tokens.key[t + 1] ?? "") === word.key;
    // The label's word as printed, misspelt by a letter, or stretched ("PROBLEMATICATA?" for "PROBLEMATICA?").
    if (
      capital &&
      !splitHere &&
      (key === word.key ||
        nearlyEqual(key, word.key) ||
        (w === words.length - 1 && word.key.length >= 8 && key.startsWith(word.key)))
    ) {
      lastLabelToken = t;
      t += 1;
      w += 1;
      read += 1;
      if (!word.optional) mandatoryRead += 1;
      continue;
    }
    const next = words[w + 1];
    // "COPROGRAMMAZIONE" for "CO PROGRAMMAZIONE".
    if (capital && next !== undefined && key === word.key + next.key) {
      lastLabelToken = t;
      t += 1;
      w += 2;
      read += 2;
      mandatoryRead += (word.optional ? 0 : 1) + (next.optional ? 0 : 1);
      continue;
    }
    // "IN CARICO" for "INCARICO", "CO PROGRAMMATO" for "COPROGRAMMATO".
    if (
      capital &&
      t + 1 < stop &&
      (label.caseless || isUpper(tokens, t + 1)) &&
      key.length < word.key.length &&
      key + (tokens.key[t + 1] ?? "") === word.key
    ) {
      lastLabelToken = t + 1;
      t += 2;
      w += 1;
      read += 1;
      if (!word.optional) mandatoryRead += 1;
      continue;
    }
    // A word in three pieces: cut by a hyphen at a line end and split by the text-extraction tool ("realiz-" /
    // "zazion e" for "REALIZZAZIONE").
    const pieces = capital ? cutWord(tokens, t, stop, word.key, label.caseless) : 0;
    if (pieces > 0) {
      lastLabelToken = t + pieces - 1;
      t += pieces;
      w += 1;
      read += 1;
      if (!word.optional) mandatoryRead += 1;
      continue;
    }
    if (word.optional) {
      w = word.groupEnd;
      continue;
    }
    const inTail = mandatoryRead >= label.required;
    // A word of the tail missing ("STATO DEFINITO" for "CHE È STATO DEFINITO"), or misspelt ("ÈRA" for "È").
    if (inTail && next !== undefined && capital && key === next.key) {
      w += 1;
      continue;
    }
    if (
      inTail &&
      next !== undefined &&
      capital &&
      !label.caseless &&
      !isDigits(tokens, t) &&
      tokens.key[t + 1] === next.key
    ) {
      lastLabelToken = t;
      t += 1;
      w += 1;
      continue;
    }
    // An answer printed amid the label's lines: skip a few tokens if the label goes on right after them.
    if (mandatoryRead >= 3) {
      const resumeAt = resume(tokens, t, stop, words, w);
      if (resumeAt > t) {
        for (let g = t; g < resumeAt; g += 1) inner.push(g);
        t = resumeAt;
        continue;
      }
    }
    break;
  }
  if (mandatoryRead < label.required) return null;
  let end = lastLabelToken + 1;
  end = skipGuidance(tokens, end, stop, label.guidance);
  // Skipped tokens after the label's last word are not inside it.
  return { label, first, end, inner: inner.filter((g) => g < end), read, rest: w };
}

function isCut(tokens: Tokens, t: number): boolean {
  return ((tokens.flags[t] ?? 0) & CUT) !== 0;
}

/**
 * How many tokens from `t` (two or three) spell `key` when one of them ends its line with a hyphen (a word cut at the
 * line end, "CONTI-" / "NUITÀ", maybe split again by the text-extraction tool), or 0. In capitals unless `caseless`.
 */
export function cutWord(tokens: Tokens, t: number, stop: number, key: string, caseless = true): number {
  let joined = "";
  let cut = false;
  for (let n = 0; n < 3 && t + n < stop; n += 1) {
    if (n > 0 && !caseless && !isUpper(tokens, t + n)) return 0;
    joined += tokens.key[t + n] ?? "";
    if (!key.startsWith(joined)) return 0;
    if (n > 0 && joined === key) return cut ? n + 1 : 0;
    if (isCut(tokens, t + n)) cut = true;
  }
  return 0;
}

/**
 * Whether a printed word is a label's long word with one letter missing, added or changed ("OBIETIVO" for
 * "OBIETTIVO", "PROGRAMMAZONE" for "PROGRAMMAZIONE"). Words shorter than seven letters must be exact.
 */
export function nearlyEqual(printed: string, word: string): boolean {
  if (word.length < 7 || Math.abs(printed.length - word.length) > 1) return false;
  let i = 0;
  while (i < printed.length && i < word.length && printed.charCodeAt(i) === word.charCodeAt(i)) i += 1;
  let a = printed.length - 1;
  let b = word.length - 1;
  while (a >= i && b >= i && printed.charCodeAt(a) === word.charCodeAt(b)) {
    a -= 1;
    b -= 1;
  }
  return a - i <= 0 && b - i <= 0;
}

/** Whether the words of the optional group starting at word `w` are the tokens from `t`. */
function groupFollows(
  tokens: Tokens,
  t: number,
  stop: number,
  words: readonly LabelWord[],
  w: number,
  caseless: boolean,
): boolean {
  const end = (words[w] as LabelWord).groupEnd;
  for (let i = w; i < end; i += 1) {
    const at = t + i - w;
    if (at >= stop || (!caseless && !isUpper(tokens, at)) || tokens.key[at] !== (words[i] as LabelWord).key)
      return false;
  }
  return true;
}

/** Where the label goes on after at most MAX_GAP skipped tokens on nearby lines, or `t` when it does not. */
function resume(tokens: Tokens, t: number, stop: number, words: readonly LabelWord[], w: number): number {
  const word = words[w] as LabelWord;
  const after = words[w + 1];
  const line = tokens.line[t] ?? 0;
  for (let g = t + 1; g <= t + MAX_GAP && g < stop; g += 1) {
    if ((tokens.line[g] ?? 0) - line > MAX_GAP_LINES) break;
    if (!isUpper(tokens, g) || tokens.key[g] !== word.key) continue;
    if (after === undefined || tokens.key[g + 1] === after.key) return g;
  }
  return t;
}

/**
 * The tokens of `[from, to)` that are the unread tail of a label leaked into its value ("NEL CASO IN CUI
 * L’INTERVENTO / NON PREVEDA PROCESSI DI CO- / value / PROGRAMMAZIONE FORMALIZZATI, SPECIFICARE …"), or the
 * guidance of its box printed amid the value: runs of at least three words of the label's rest (two when they end
 * it) or of a guidance text, in order. Returns [first, end) token ranges.
 */
export function leakedLabelRuns<F extends string>(
  tokens: Tokens,
  match: LabelMatch<F>,
  from: number,
  to: number,
): [number, number][] {
  const runs: [number, number][] = [];
  const label = match.label;
  const rest = label.words.slice(match.rest).map((word) => word.key);
  const lists: { words: readonly string[]; capitals: boolean }[] = [{ words: rest, capitals: true }];
  for (const words of label.guidance) lists.push({ words, capitals: false });
  const stop = Math.min(to, from + MAX_LEAK_SCAN);
  for (const list of lists) {
    const words = list.words;
    if (words.length === 0) continue;
    const known = new Set(words);
    let w = 0;
    for (let t = from; t < stop && w < words.length;) {
      if (!known.has(tokens.key[t] ?? "")) {
        t += 1;
        continue;
      }
      // The longest run of the list's words from any word not yet consumed.
      let bestK = -1;
      let bestN = 0;
      let bestM = 0;
      for (let k = w; k < words.length; k += 1) {
        if (tokens.key[t] !== words[k]) continue;
        // n words of the list read in m tokens (a word cut at a line end takes two).
        let n = 0;
        let m = 0;
        while (t + m < stop && k + n < words.length && (!list.capitals || isUpper(tokens, t + m))) {
          const word = words[k + n] ?? "";
          const pieces = tokens.key[t + m] === word ? 1 : cutWord(tokens, t + m, stop, word, !list.capitals);
          if (pieces === 0) break;
          n += 1;
          m += pieces;
        }
        if (n > bestN) {
          bestN = n;
          bestM = m;
          bestK = k;
        }
      }
      const continues = bestK === w && w > 0;
      const endsList = bestK + bestN === words.length;
      const enough = Math.min(words.length, list.capitals ? 3 : 6);
      if (bestN >= enough || (bestN >= 2 && endsList && continues) || (bestN >= 1 && continues)) {
        runs.push([t, t + bestM]);
        w = bestK + bestN;
        t += bestM;
        continue;
      }
      t += 1;
    }
  }
  return runs;
}

/** Skips the guidance printed right after a label (any case), one guidance text after another. */
function skipGuidance(
  tokens: Tokens,
  from: number,
  stop: number,
  guidance: readonly (readonly string[])[],
): number {
  let at = from;
  for (const words of guidance) {
    let t = at;
    let w = 0;
    while (w < words.length && t < stop) {
      if (tokens.key[t] === words[w]) {
        t += 1;
        w += 1;
      } else if ((tokens.key[t] ?? "") + (tokens.key[t + 1] ?? "") === words[w]) {
        // A word split by the text-extraction tool ("specificand o").
        t += 2;
        w += 1;
      } else {
        break;
      }
    }
    if (w === words.length) at = t;
  }
  return at;
}

/** Articles, prepositions and conjunctions: a sentence does not end on them. */
const RUNS_ON = /* @__PURE__ */ new Set(
  (
    "IL LO LA L I GLI LE UN UNO UNA DI DEL DELLO DELLA DEI DEGLI DELLE A AL ALLO ALLA AI AGLI ALLE DA DAL DALLA DAI " +
    "IN NEL NELLO NELLA NEI NEGLI NELLE CON SU SUL SULLA PER TRA FRA E ED O CHE"
  ).split(" "),
);

/**
 * Whether the line before token `t` runs on into it: it ends in small letters on an article, a preposition or a
 * conjunction ("Complessivamente, il" / "grado di raggiungimento dell’obiettivo …" is a sentence, not a label).
 */
function runsOn(tokens: Tokens, t: number): boolean {
  const before = t - 1;
  if (before < 0 || isUpper(tokens, before)) return false;
  return RUNS_ON.has(tokens.key[before] ?? "");
}

/**
 * Index of labels by their first word (and by the first two words joined, for "COPROGRAMMATO").
 */
export class LabelIndex<F extends string> {
  private readonly byFirst = new Map<string, Label<F>[]>();
  readonly labels: readonly Label<F>[];

  constructor(labels: readonly Label<F>[]) {
    this.labels = labels;
    for (const label of labels) {
      const [first, second, third] = label.words;
      if (first === undefined) continue;
      this.add(first.key, label);
      if (second !== undefined) this.add(first.key + second.key, label);
      // A label whose first word may be missing ("’INTERVENTO È …" for "L’INTERVENTO È …").
      if (first.optional && second !== undefined) {
        this.add(second.key, label);
        if (third !== undefined) this.add(second.key + third.key, label);
      }
      // A first word split by the text-extraction tool ("Progettualit à").
      for (let cut = 4; cut < first.key.length; cut += 1) this.add(first.key.slice(0, cut), label);
    }
  }

  private add(key: string, label: Label<F>): void {
    const list = this.byFirst.get(key);
    if (list === undefined) this.byFirst.set(key, [label]);
    else if (!list.includes(label)) list.push(label);
  }

  /** The best label starting at token `t` (the one reading the most words), or null. */
  matchAt(tokens: Tokens, t: number, stop: number = tokens.count): LabelMatch<F> | null {
    if (isDigits(tokens, t)) return null;
    const capital = isUpper(tokens, t);
    const candidates = this.byFirst.get(tokens.key[t] ?? "");
    if (candidates === undefined) return null;
    const opensLine = tokens.firstOfLine[tokens.line[t] ?? 0] === t && !runsOn(tokens, t);
    let best: LabelMatch<F> | null = null;
    for (const label of candidates) {
      if (!capital && !(label.caseless && opensLine)) continue;
      const match = matchLabel(tokens, t, label, stop);
      if (match !== null && (best === null || match.read > best.read)) best = match;
    }
    return best;
  }

  /** Every label of the tokens [from, to), left to right, none overlapping another. */
  findAll(tokens: Tokens, from = 0, to: number = tokens.count): LabelMatch<F>[] {
    const found: LabelMatch<F>[] = [];
    let t = from;
    while (t < to) {
      const match = this.matchAt(tokens, t, to);
      if (match === null) {
        t += 1;
        continue;
      }
      found.push(match);
      t = match.end;
    }
    return found;
  }
}

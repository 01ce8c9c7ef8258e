// The matching engine of the catalogue matchers: one pass over a text reads its words and looks them up in the
// catalogue's index; the entries that share a stem with the text are then scored. Nothing is allocated until a
// result with candidates is built, and a text that shares no stem with any entry gets the one shared empty result.
import type { MatchCandidate, MatchConfidence, MatchResult } from "./match-result.js";
import { buildIndex, NONE, type EntrySpec, type Index } from "./_match-index.js";
import { candidate, matchResult, matchWarnings, NO_MATCH } from "./_match-result.js";
import { isWholeWordAt } from "./_scan.js";
import {
  classOf,
  classTable,
  FIRST_DIGIT,
  INVISIBLE_STORED,
  isVowel,
  REMOVED,
  REMOVED_STORED,
  STORED_OFFSET,
  SYMBOLS,
} from "./_words.js";

export type { EntrySpec, FormSpec } from "./_match-index.js";

/** Below this similarity a text matches nothing. */
const FUZZY_THRESHOLD = 0.6;
/** The share of a form's weight that a text must contain to be accepted as that form. */
const MIN_FORM_COVERAGE = 0.5;
const MAX_CANDIDATES = 3;
/** Stamps restart before they could overflow a 32-bit integer. */
const MAX_STAMP = 0x3fffffff;

/** What {@link Matcher.scan} is asked to watch for, besides the words. */
export const WATCH_LABEL = 1;
export const WATCH_LIST = 2;
/** What {@link Matcher.scan} saw: a character never seen (it must be removed first, and the text read again). */
export const SAW_INVISIBLE = 1;
/** A word holding "area" or "aree": the text may carry a macro-area label. */
export const SAW_LABEL_WORD = 2;
/** A separator of a list of funds: `;`, `/`, a line break, or a comma that is not a decimal comma. */
export const SAW_LIST_SEPARATOR = 4;

/** Classes as the table stores them (class + STORED_OFFSET). */

// The last three symbols "a", "r", "e" of a word, six bits each: a word holding "are" + "a"/"e" may be a label.
const TAIL_ARE = (0 << 12) | (17 << 6) | 4;
const TAIL_MASK = 0x3ffff;

/**
 * The engine of one catalogue: its index and the working space of a reading, reused from one text to the next (a
 * reading never calls out, so two are never interleaved). A reading is a {@link Reader.scan} of a part of a text,
 * which keeps the part's words, then its {@link Reader.result}.
 */
export class Reader<C extends string> {
  readonly #index: Index<C>;
  readonly #classes: Int8Array;
  /** The trie node after each letter of the current word, while the trie knows its beginning. */
  readonly #path: Int32Array;
  // The kept words of the last scan: stem id (or NONE), trie node of the whole word, start, stem length, stem hash.
  #wordStem = new Int32Array(64);
  #wordNode = new Int32Array(64);
  #wordStart = new Int32Array(64);
  #wordLength = new Int32Array(64);
  #wordEnd = new Int32Array(64);
  #wordHash = new Int32Array(64);
  #stemLength = new Int32Array(64);
  #knownStems = new Int32Array(64);
  #slots = new Int32Array(128);
  #slotStamp = new Int32Array(128);
  readonly #stemStamp: Int32Array;
  readonly #formStamp: Int32Array;
  readonly #formShared: Float64Array;
  readonly #formHits: Int32Array;
  readonly #touched: Int32Array;
  readonly #entryStamp: Int32Array;
  /** Per entry: its best form, that form's score and whether it is covered; the entries in order of first touch. */
  readonly #entryForm: Int32Array;
  readonly #entryScore: Float64Array;
  readonly #entryCovered: Uint8Array;
  readonly #ranked: Int32Array;
  /** Exact and variant results without a prefix, built once per form (2 × form + 0 for exact, 1 for variant). */
  readonly #foundResults: (MatchResult<C> | undefined)[] = [];
  /** The last scan: its stamp, how many words it kept, whether one of their stems is known. */
  #stamp = 0;
  #kept = 0;
  #anyKnown = false;

  constructor(index: Index<C>) {
    const forms = index.formEntry.length;
    const entries = index.codes.length;
    this.#index = index;
    this.#classes = classTable();
    this.#path = new Int32Array(index.maxDepth + 1);
    this.#stemStamp = new Int32Array(index.stemWeight.length);
    this.#formStamp = new Int32Array(forms);
    this.#formShared = new Float64Array(forms);
    this.#formHits = new Int32Array(forms);
    this.#touched = new Int32Array(forms);
    this.#entryStamp = new Int32Array(entries);
    this.#entryForm = new Int32Array(entries);
    this.#entryScore = new Float64Array(entries);
    this.#entryCovered = new Uint8Array(entries);
    this.#ranked = new Int32Array(entries);
  }

  /**
   * Reads the words of the part `[start, end)` of a text, as if the part stood alone, for {@link Reader.result}.
   * `dropWord` (lower-case), where it stands as a whole word in any case, is read as a space ("LEPS" before a LEPS
   * name). Returns what it saw (`SAW_…` flags) of what `watch` asks, and always whether an invisible character is
   * there, in which case the words are not to be used.
   */
  scan(text: string, start: number, end: number, dropWord: string | null, watch: number): number {
    this.#nextStamp();
    // The constants of the loop as locals (imported bindings are slower to read in a hot loop).
    const none = NONE;
    const offset = STORED_OFFSET;
    const symbols = SYMBOLS;
    const removed = REMOVED_STORED;
    const { next, stemOf, stopword } = this.#index;
    const classes = this.#classes;
    const path = this.#path;
    const dropFirst = dropWord === null ? none : dropWord.charCodeAt(0);
    const watchLabel = (watch & WATCH_LABEL) !== 0;
    const watchList = (watch & WATCH_LIST) !== 0;
    let saw = 0;
    let kept = 0;
    let anyKnown = false;
    let i = start;
    while (i < end) {
      const unit = text.charCodeAt(i);
      let stored = classes[unit] ?? 0;
      if (stored === 0) stored = classOf(unit) + offset;
      if (
        stored < offset ||
        ((unit | 32) === dropFirst && dropWord !== null && isWholeWordAt(text, i, start, end, dropWord))
      ) {
        if (stored >= offset) i += (dropWord ?? "").length;
        else {
          if (stored === INVISIBLE_STORED) saw |= SAW_INVISIBLE;
          else if (watchList && (unit === 0x2c || unit === 0x3b || unit === 0x2f || unit === 0x0a)) {
            if (isListSeparator(text, i, unit)) saw |= SAW_LIST_SEPARATOR;
          }
          i += 1;
        }
        continue;
      }
      // A word starts at i.
      const wordStart = i;
      // A word that starts with a letter has one; one that starts with a digit is read again at its end.
      const startsWithDigit = stored - offset >= FIRST_DIGIT;
      let node = 0;
      let depth = 0;
      let length = 0;
      let tail = 0;
      for (;;) {
        const symbol = stored - offset;
        length += 1;
        if (node !== none) {
          node = next[node * symbols + symbol] ?? none;
          if (node !== none) {
            depth = length;
            path[length] = node;
          }
        }
        if (watchLabel) {
          if (tail === TAIL_ARE && (symbol === 0 || symbol === 4)) saw |= SAW_LABEL_WORD;
          tail = ((tail << 6) | symbol) & TAIL_MASK;
        }
        i += 1;
        if (i === end) break;
        // The next letter of the word; a removed unit is skipped; anything else ends it.
        let unit = text.charCodeAt(i);
        stored = classes[unit] ?? 0;
        if (stored < offset) {
          if (stored === 0) stored = classOf(unit) + offset;
          while (stored === removed && i + 1 < end) {
            i += 1;
            unit = text.charCodeAt(i);
            stored = classes[unit] ?? 0;
            if (stored === 0) stored = classOf(unit) + offset;
          }
          if (stored === removed) i += 1;
          if (stored < offset) break;
        }
        if ((unit | 32) === dropFirst && dropWord !== null && isWholeWordAt(text, i, start, end, dropWord))
          break;
      }
      const hasLetter = !startsWithDigit || holdsALetter(classes, text, wordStart, i);
      if (length >= 2 && hasLetter && (node === none || stopword[node] === 0)) {
        if (kept === this.#wordStem.length) this.#growWords();
        let stemId = none;
        // Every stem has two letters at least: a walk that ended sooner knows none.
        if (depth >= 2) {
          const stemLength = stemLengthOf(classes, text, i, length);
          if (stemLength <= depth) {
            stemId = stemOf[path[stemLength] ?? none] ?? none;
          }
        }
        if (stemId !== none) anyKnown = true;
        this.#wordStem[kept] = stemId;
        this.#wordNode[kept] = node;
        this.#wordStart[kept] = wordStart;
        this.#wordEnd[kept] = i;
        this.#wordLength[kept] = length;
        kept += 1;
      }
    }
    this.#kept = kept;
    this.#anyKnown = anyKnown;
    return saw;
  }

  /** Whether one of the words of the last scan has a known stem. */
  knowsAStem(): boolean {
    return this.#anyKnown;
  }

  /** How many words the last scan kept. */
  keptWords(): number {
    return this.#kept;
  }

  /** Where kept word `w` of the last scan starts. */
  wordStart(w: number): number {
    return this.#wordStart[w] ?? 0;
  }

  /** Whether the stem of kept word `w` of the last scan is known. */
  knowsStemOf(w: number): boolean {
    return (this.#wordStem[w] ?? NONE) !== NONE;
  }

  /** The result of the last {@link Reader.scan} of `text`; `prefix` is what the caller set aside before the part. */
  result(text: string, prefix: string | null): MatchResult<C> {
    const index = this.#index;
    // No known stem (and some word): no exact form (its words are known), no form with the same stems, no candidate.
    if (!this.#anyKnown && this.#kept > 0) return nothing(prefix);
    const exact = this.#exactForm();
    if (exact !== NONE) return this.#found(exact, true, prefix);
    if (this.#kept === 0) {
      return index.emptyStemForm === NONE ? nothing(prefix) : this.#found(index.emptyStemForm, false, prefix);
    }
    return this.#score(text, prefix);
  }

  /** The first form whose words are the kept words, in order, or NONE. */
  #exactForm(): number {
    const { wordOf, sequence, sequenceForm, wordCount } = this.#index;
    let path = 0;
    for (let w = 0; w < this.#kept; w += 1) {
      const node = this.#wordNode[w] ?? NONE;
      const word = node === NONE ? NONE : (wordOf[node] ?? NONE);
      if (word === NONE) return NONE;
      path = sequence.get(path * wordCount + word) ?? NONE;
      if (path === NONE) return NONE;
    }
    return sequenceForm[path] ?? NONE;
  }

  #nextStamp(): void {
    if (this.#stamp >= MAX_STAMP) {
      for (const stamps of [this.#stemStamp, this.#formStamp, this.#entryStamp, this.#slotStamp])
        stamps.fill(0);
      this.#stamp = 0;
    }
    this.#stamp += 1;
  }

  /** Twice the room for kept words. */
  #growWords(): void {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.#wordStem = grow(this.#wordStem);
    this.#wordNode = grow(this.#wordNode);
    this.#wordStart = grow(this.#wordStart);
    this.#wordLength = grow(this.#wordLength);
    this.#wordEnd = grow(this.#wordEnd);
    this.#wordHash = grow(this.#wordHash);
    this.#stemLength = grow(this.#stemLength);
    this.#knownStems = grow(this.#knownStems);
  }

  /** Whether the unknown stem of kept word `w` differs from those of the kept words before it (hash, then text). */
  #isNewUnknownStem(text: string, w: number): boolean {
    if (this.#slots.length < this.#kept * 2) {
      let size = this.#slots.length;
      while (size < this.#kept * 2) size *= 2;
      this.#slots = new Int32Array(size);
      this.#slotStamp = new Int32Array(size);
    }
    const mask = this.#slots.length - 1;
    const length = stemLengthOf(this.#classes, text, this.#wordEnd[w] ?? 0, this.#wordLength[w] ?? 0);
    const hash = stemKey(this.#classes, text, this.#wordStart[w] ?? 0, length);
    this.#wordHash[w] = hash;
    this.#stemLength[w] = length;
    for (let slot = (hash * 0x9e37) & mask; ; slot = (slot + 1) & mask) {
      if (this.#slotStamp[slot] !== this.#stamp) {
        this.#slotStamp[slot] = this.#stamp;
        this.#slots[slot] = w;
        return true;
      }
      const other = this.#slots[slot] ?? 0;
      if (
        this.#wordHash[other] === hash &&
        this.#stemLength[other] === length &&
        sameLetters(this.#classes, text, this.#wordStart[other] ?? 0, this.#wordStart[w] ?? 0, length)
      ) {
        return false;
      }
    }
  }

  /** Scores the forms that share a stem with the words of the last scan. */
  #score(text: string, prefix: string | null): MatchResult<C> {
    const index = this.#index;
    const { stemWeight, stemFormStart, stemForms, formWeight, formEntry } = index;
    const stamp = this.#stamp;
    // The text's distinct stems, in order of first occurrence, and their total weight (an unknown stem weighs 1).
    let queryWeight = 0;
    let distinct = 0;
    let known = 0;
    for (let w = 0; w < this.#kept; w += 1) {
      const stemId = this.#wordStem[w] ?? NONE;
      if (stemId !== NONE) {
        if (this.#stemStamp[stemId] === stamp) continue;
        this.#stemStamp[stemId] = stamp;
        this.#knownStems[known] = stemId;
        known += 1;
        queryWeight += stemWeight[stemId] ?? 1;
      } else {
        if (!this.#isNewUnknownStem(text, w)) continue;
        queryWeight += 1;
      }
      distinct += 1;
    }
    // The weight each form shares with the text, summed in the order of the text's stems.
    let touched = 0;
    for (let k = 0; k < known; k += 1) {
      const stemId = this.#knownStems[k] ?? 0;
      const weight = stemWeight[stemId] ?? 1;
      const last = stemFormStart[stemId + 1] ?? 0;
      for (let j = stemFormStart[stemId] ?? 0; j < last; j += 1) {
        const form = stemForms[j] ?? 0;
        if (this.#formStamp[form] !== stamp) {
          this.#formStamp[form] = stamp;
          this.#formShared[form] = 0;
          this.#formHits[form] = 0;
          this.#touched[touched] = form;
          touched += 1;
        }
        this.#formShared[form] = (this.#formShared[form] ?? 0) + weight;
        this.#formHits[form] = (this.#formHits[form] ?? 0) + 1;
      }
    }
    // The same set of stems as a form (every stem of the text known): the first such form, a variant match.
    if (known === distinct) {
      let same = NONE;
      for (let t = 0; t < touched; t += 1) {
        const form = this.#touched[t] ?? 0;
        const sameSet = this.#formHits[form] === distinct && index.formStemCount[form] === distinct;
        if (sameSet && (same === NONE || form < same)) same = form;
      }
      if (same !== NONE) return this.#found(same, false, prefix);
    }
    // Weighted Dice coefficient between the text's stems and each form's; for each entry its best form, the covered
    // one first, then the higher score; entries in order of first touch.
    let entries = 0;
    for (let t = 0; t < touched; t += 1) {
      const form = this.#touched[t] ?? 0;
      const shared = this.#formShared[form] ?? 0;
      const weight = formWeight[form] ?? 0;
      const score = (2 * shared) / (queryWeight + weight);
      const covered = shared >= weight * MIN_FORM_COVERAGE ? 1 : 0;
      const entry = formEntry[form] ?? 0;
      if (this.#entryStamp[entry] !== stamp) {
        this.#entryStamp[entry] = stamp;
        this.#ranked[entries] = entry;
        entries += 1;
      } else {
        const previous = this.#entryCovered[entry] ?? 0;
        const better = covered === previous ? score > (this.#entryScore[entry] ?? 0) : covered === 1;
        if (!better) continue;
      }
      this.#entryForm[entry] = form;
      this.#entryScore[entry] = score;
      this.#entryCovered[entry] = covered;
    }
    return this.#decide(this.#rank(entries), prefix);
  }

  /**
   * Ranks the first `count` entries of the ranking by score, best first, keeping the order of first touch among equal
   * scores (a stable insertion sort: there are at most a few dozen entries); returns how many to keep (three).
   */
  #rank(count: number): number {
    const ranked = this.#ranked;
    const scores = this.#entryScore;
    for (let r = 1; r < count; r += 1) {
      const entry = ranked[r] ?? 0;
      const score = scores[entry] ?? 0;
      let s = r - 1;
      while (s >= 0 && (scores[ranked[s] ?? 0] ?? 0) < score) {
        ranked[s + 1] = ranked[s] ?? 0;
        s -= 1;
      }
      ranked[s + 1] = entry;
    }
    return Math.min(count, MAX_CANDIDATES);
  }

  /** The result of the best entries (the first `count` of the ranking): a fuzzy match, an ambiguous pair, or none. */
  #decide(count: number, prefix: string | null): MatchResult<C> {
    if (count === 0) return nothing(prefix);
    const { codes, formWarnings } = this.#index;
    // The accepted entries: covered, with a score at or above the threshold; the first and second of them.
    let best = NONE;
    let second = NONE;
    let bestAt = 0;
    const ranked: MatchCandidate<C>[] = [];
    for (let r = 0; r < count; r += 1) {
      const entry = this.#ranked[r] ?? 0;
      const score = this.#entryScore[entry] ?? 0;
      ranked.push(candidate(codes[entry] as C, score));
      if (this.#entryCovered[entry] !== 1 || score < FUZZY_THRESHOLD) continue;
      if (best === NONE) {
        best = entry;
        bestAt = r;
      } else if (second === NONE) second = entry;
    }
    if (best === NONE) return matchResult(prefix, null, "none", ranked[0]?.score ?? 0, [], ranked);
    const bestScore = this.#entryScore[best] ?? 0;
    if (second !== NONE && this.#entryScore[second] === bestScore) {
      return matchResult(prefix, null, "none", bestScore, matchWarnings(["ambiguous"]), ranked);
    }
    // The matched entry first, the others in their order.
    const matched = ranked[bestAt] as MatchCandidate<C>;
    for (let r = bestAt; r > 0; r -= 1) ranked[r] = ranked[r - 1] as MatchCandidate<C>;
    ranked[0] = matched;
    const warnings = formWarnings[this.#entryForm[best] ?? 0] ?? [];
    return matchResult(prefix, codes[best] ?? null, "fuzzy", bestScore, warnings, ranked);
  }

  /** An exact or variant match on a form: "exact" when the words are those of an official form. */
  #found(form: number, sameWords: boolean, prefix: string | null): MatchResult<C> {
    const index = this.#index;
    const confidence: MatchConfidence = sameWords && index.formOfficial[form] === 1 ? "exact" : "variant";
    const code = index.codes[index.formEntry[form] ?? 0] as C;
    const build = () =>
      matchResult(prefix, code, confidence, 1, index.formWarnings[form] ?? [], [candidate(code, 1)]);
    if (prefix !== null) return build();
    const slot = 2 * form + (confidence === "exact" ? 0 : 1);
    return (this.#foundResults[slot] ??= build());
  }
}

/**
 * A matcher over one catalogue: the specs of its entries, and its {@link Reader}, built on first use (not at import).
 *
 * A reading keeps each word (a run of letters and digits, accents and case folded) found by walking the character
 * trie of the catalogue's words; articles, prepositions, single letters and bare numbers are dropped; each kept
 * word's stem (trailing vowels removed) is known or not. The result: no known stem, the shared empty result; the
 * identical word sequence of a form, an exact (or variant) match; the identical set of stems, a variant match;
 * otherwise the forms that share a stem, scored with a weighted Dice coefficient summed in the order of the text's
 * stems. Linear in the length of the text.
 */
export class Matcher<C extends string> {
  #reader: Reader<C> | undefined;
  readonly #specs: () => readonly EntrySpec<C>[];

  constructor(specs: () => readonly EntrySpec<C>[]) {
    this.#specs = specs;
  }

  /** The engine of the catalogue, built on first use. */
  reader(): Reader<C> {
    return (this.#reader ??= new Reader(buildIndex(this.#specs())));
  }
}

/** No match and no candidate: the shared result, or one that keeps the prefix. */
function nothing<C extends string>(prefix: string | null): MatchResult<C> {
  return prefix === null ? NO_MATCH : matchResult<C>(prefix, null, "none", 0, [], []);
}

/** The length of the stem of the word of `length` letters ending before `end`: without its trailing vowels, if at least three letters remain; else the whole word. */
function stemLengthOf(classes: Int8Array, text: string, end: number, length: number): number {
  let vowels = 0;
  for (let j = end - 1; vowels < length; j -= 1) {
    const symbol = symbolAt(classes, text, j);
    if (symbol === REMOVED) continue;
    if (!isVowel(symbol)) break;
    vowels += 1;
  }
  return length - vowels >= 3 ? length - vowels : length;
}

/** Whether the code unit at `i` separates the funds of a list: `;`, `/`, a line break, or a non-decimal comma. */
function isListSeparator(text: string, i: number, unit: number): boolean {
  if (unit === 0x3b || unit === 0x2f || unit === 0x0a) return true;
  if (unit !== 0x2c) return false;
  const after = text.charCodeAt(i + 1);
  return !(after >= 48 && after <= 57);
}

/** Whether the word `[start, end)` holds a letter, not only digits. */
function holdsALetter(classes: Int8Array, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const symbol = symbolAt(classes, text, i);
    if (symbol >= 0 && symbol < FIRST_DIGIT) return true;
  }
  return false;
}

/** The class of the code unit at `i`, from the table (every unit of a scanned word is in it already). */
function symbolAt(classes: Int8Array, text: string, i: number): number {
  return (classes[text.charCodeAt(i)] ?? 0) - STORED_OFFSET;
}

/**
 * A key of the stem of `length` letters of the word at `start`: its length and first two letters (a word kept has two
 * letters at least). Equal stems have equal keys; stems with equal keys are compared letter by letter.
 */
function stemKey(classes: Int8Array, text: string, start: number, length: number): number {
  let i = start;
  let first = symbolAt(classes, text, i);
  while (first === REMOVED) first = symbolAt(classes, text, ++i);
  let second = symbolAt(classes, text, ++i);
  while (second === REMOVED) second = symbolAt(classes, text, ++i);
  return (length * SYMBOLS + first) * SYMBOLS + second;
}

/** Whether two words of a text begin with the same `length` letters (accents and case folded). */
function sameLetters(classes: Int8Array, text: string, a: number, b: number, length: number): boolean {
  let i = a;
  let j = b;
  for (let n = 0; n < length; n += 1) {
    let x = symbolAt(classes, text, i);
    while (x === REMOVED) x = symbolAt(classes, text, ++i);
    let y = symbolAt(classes, text, j);
    while (y === REMOVED) y = symbolAt(classes, text, ++j);
    if (x !== y) return false;
    i += 1;
    j += 1;
  }
  return true;
}

// The index of a catalogue's titles and variants for the matching engine: a character trie of their words and stems,
// the weight of each stem, the forms that use each stem, and the word sequence of each form. Built on first use.
import type { MatchWarning, MatchWarningCode } from "./match-result.js";
import { matchWarnings } from "./_match-result.js";
import { classOf, STOPWORDS, stem, SYMBOLS, words } from "./_words.js";

/** One way of writing an entry: its official title or a known variant. */
export interface FormSpec {
  readonly text: string;
  /** Official wording (an exact match is "exact") or a variant (an exact match is "variant"). */
  readonly official: boolean;
  /** Warnings a match on this form carries (e.g. a misspelling, a retired title). */
  readonly warnings?: readonly MatchWarningCode[];
  /**
   * Match only the identical normalised text: for catch-all titles such as "Altro" ("altri" is not "Altro"), and for
   * names made of words common in plans ("Misura B1"). Such a form is never scored, and its words do not weigh on
   * the other entries' words.
   */
  readonly exactOnly?: boolean;
}

/** The matchable description of one catalogue entry. */
export interface EntrySpec<C extends string> {
  readonly code: C;
  readonly forms: readonly FormSpec[];
}

/**
 * Words so common in plans ("servizi", "interventi", "politiche", "persone") that sharing one says little: they
 * weigh at most a quarter of a distinctive word, so that a line such as "SERVIZIO?" is not read as
 * "Digitalizzazione dei servizi". These are the stems of: servizi, interventi, politiche, sociale, persone, fondo,
 * progetto.
 */
const GENERIC_STEMS: readonly string[] = [
  "serviz",
  "intervent",
  "politich",
  "social",
  "person",
  "fond",
  "progett",
];
const GENERIC_WEIGHT = 0.25;
/** No node, no form, no word: the value of an empty slot. */
export const NONE = -1;

/** The index of one catalogue: typed arrays, so that reading a text allocates nothing until a result is built. */
export interface Index<C extends string> {
  /** The character trie of every word and stem of the titles, and of the stopwords: node × 36 + symbol → child. */
  readonly next: Int32Array;
  readonly wordOf: Int32Array;
  readonly stemOf: Int32Array;
  readonly stopword: Uint8Array;
  /** Forms, in the order of the entries and of their forms. */
  readonly codes: readonly C[];
  readonly formEntry: Int32Array;
  readonly formOfficial: Uint8Array;
  readonly formWeight: Float64Array;
  readonly formStemCount: Int32Array;
  readonly formWarnings: readonly (readonly MatchWarning[])[];
  /** Stems: their weight, and the forms (not exact-only) that use each, in form order. */
  readonly stemWeight: Float64Array;
  readonly stemFormStart: Int32Array;
  readonly stemForms: Int32Array;
  /** The words of each form as a path: (node × word count + word) → node, and the first form ending at a node. */
  readonly sequence: ReadonlyMap<number, number>;
  readonly sequenceForm: Int32Array;
  readonly wordCount: number;
  /** The first form (not exact-only) without any word, if a catalogue had one. */
  readonly emptyStemForm: number;
  /** Whether some form has no word at all (then a text without a known stem may still match it). */
  readonly hasEmptyForm: boolean;
  /** The length of the longest word, stem or stopword in the trie. */
  readonly maxDepth: number;
}

/** What the index needs to build: the stems, words and forms of a catalogue, in order. */
interface IndexParts<C extends string> {
  readonly codes: C[];
  readonly forms: { entry: number; spec: FormSpec; words: string[]; stems: string[] }[];
  readonly weights: Map<string, number>;
}

function indexParts<C extends string>(specs: readonly EntrySpec<C>[]): IndexParts<C> {
  // Weight of a stem = 1 / number of entries using it, so that words shared by many titles ("interventi",
  // "politiche", "servizi") count less than the distinctive ones.
  const entriesByStem = new Map<string, Set<number>>();
  const forms: IndexParts<C>["forms"] = [];
  specs.forEach((spec, entry) => {
    for (const formSpec of spec.forms) {
      const list = words(formSpec.text);
      const stems = [...new Set(list.map(stem))];
      forms.push({ entry, spec: formSpec, words: list, stems });
      // A form matched only as it is written is never scored: it does not weigh on the other entries' words.
      if (formSpec.exactOnly === true) continue;
      for (const s of stems) {
        const set = entriesByStem.get(s) ?? new Set<number>();
        set.add(entry);
        entriesByStem.set(s, set);
      }
    }
  });
  const weights = new Map<string, number>();
  for (const [s, set] of entriesByStem) {
    weights.set(s, Math.min(1 / set.size, GENERIC_STEMS.includes(s) ? GENERIC_WEIGHT : 1));
  }
  return { codes: specs.map((spec) => spec.code), forms, weights };
}

/** A growable character trie over the 36 symbols. */
class TrieBuilder {
  readonly next: number[] = new Array<number>(SYMBOLS).fill(NONE);

  insert(text: string): number {
    let node = 0;
    for (let i = 0; i < text.length; i += 1) {
      const slot = node * SYMBOLS + classOf(text.charCodeAt(i));
      let child = this.next[slot] ?? NONE;
      if (child === NONE) {
        child = this.next.length / SYMBOLS;
        for (let s = 0; s < SYMBOLS; s += 1) this.next.push(NONE);
        this.next[slot] = child;
      }
      node = child;
    }
    return node;
  }
}

export function buildIndex<C extends string>(specs: readonly EntrySpec<C>[]): Index<C> {
  const { codes, forms, weights } = indexParts(specs);
  const trie = new TrieBuilder();
  const stemIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  for (const form of forms) {
    for (const word of form.words) if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
    for (const s of form.stems) if (!stemIds.has(s)) stemIds.set(s, stemIds.size);
  }
  const nodesOf = (list: Iterable<string>) => [...list].map((text) => trie.insert(text));
  const wordNodes = nodesOf(wordIds.keys());
  const stemNodes = nodesOf(stemIds.keys());
  const stopNodes = nodesOf(STOPWORDS);
  const nodeCount = trie.next.length / SYMBOLS;
  const wordOf = new Int32Array(nodeCount).fill(NONE);
  const stemOf = new Int32Array(nodeCount).fill(NONE);
  const stopword = new Uint8Array(nodeCount);
  wordNodes.forEach((node, id) => (wordOf[node] = id));
  stemNodes.forEach((node, id) => (stemOf[node] = id));
  for (const node of stopNodes) stopword[node] = 1;

  const stemWeight = new Float64Array(stemIds.size);
  for (const [s, id] of stemIds) stemWeight[id] = weights.get(s) ?? 1;
  const formsOfStem: number[][] = Array.from({ length: stemIds.size }, () => []);
  const sequence = new Map<number, number>();
  const sequenceForm: number[] = [NONE];
  const wordCount = Math.max(wordIds.size, 1);
  let emptyStemForm = NONE;
  forms.forEach((form, f) => {
    let node = 0;
    for (const word of form.words) {
      const key = node * wordCount + (wordIds.get(word) ?? 0);
      let child = sequence.get(key);
      if (child === undefined) {
        child = sequenceForm.length;
        sequenceForm.push(NONE);
        sequence.set(key, child);
      }
      node = child;
    }
    if (sequenceForm[node] === NONE) sequenceForm[node] = f;
    if (form.spec.exactOnly === true) return;
    if (form.stems.length === 0 && emptyStemForm === NONE) emptyStemForm = f;
    for (const s of form.stems) formsOfStem[stemIds.get(s) ?? 0]?.push(f);
  });
  const stemFormStart = new Int32Array(stemIds.size + 1);
  formsOfStem.forEach((list, id) => (stemFormStart[id + 1] = (stemFormStart[id] ?? 0) + list.length));
  return {
    next: Int32Array.from(trie.next),
    wordOf,
    stemOf,
    stopword,
    codes,
    formEntry: Int32Array.from(forms, (form) => form.entry),
    formOfficial: Uint8Array.from(forms, (form) => (form.spec.official ? 1 : 0)),
    formWeight: Float64Array.from(forms, (form) =>
      form.stems.reduce((sum, s) => sum + (weights.get(s) ?? 1), 0),
    ),
    formStemCount: Int32Array.from(forms, (form) => form.stems.length),
    formWarnings: forms.map((form) => matchWarnings(form.spec.warnings ?? [])),
    stemWeight,
    stemFormStart,
    stemForms: Int32Array.from(formsOfStem.flat()),
    sequence,
    sequenceForm: Int32Array.from(sequenceForm),
    wordCount,
    emptyStemForm,
    hasEmptyForm: sequenceForm[0] !== NONE || emptyStemForm !== NONE,
    maxDepth: [...wordIds.keys(), ...stemIds.keys(), ...STOPWORDS].reduce(
      (most, text) => Math.max(most, text.length),
      0,
    ),
  };
}

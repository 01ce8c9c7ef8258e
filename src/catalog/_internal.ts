// Text normalisation and the token-overlap engine shared by the catalogue matchers. Not part of the public API.
import { deepFreeze } from "../core/deep-freeze.js";
import { PdzError } from "../core/error.js";
import type { MatchConfidence, MatchResult, MatchWarning, MatchWarningCode } from "./match-result.js";

/** Articles and prepositions (simple and articulated) that carry no meaning in a title. */
// prettier-ignore
const STOPWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "di", "del", "dell", "dello", "della", "dei",
  "degli", "delle", "d", "a", "al", "all", "allo", "alla", "ai", "agli", "alle", "ad", "e", "ed", "per",
  "in", "nel", "nell", "nello", "nella", "nei", "negli", "nelle", "con", "da", "dal", "dall", "dallo",
  "dalla", "dai", "dagli", "dalle", "su", "sul", "sull", "sulla", "sui", "sugli", "sulle", "tra", "fra", "o",
]);

/** Any character outside printable ASCII and the usual whitespace. */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
/** Combining diacritical marks, left behind by NFD. */
const DIACRITICS = /[\u0300-\u036f]/g;
/** Anything that is not a Latin letter or a digit, apostrophes included ("all’emarginazione"). */
const SEPARATORS = /[^a-z0-9]+/;

/**
 * Splits a text into its meaningful words: accents stripped, lower-cased, apostrophes and punctuation read as
 * spaces, articles, prepositions, single letters and bare numbers dropped.
 */
export function words(text: string): string[] {
  // Most lines are plain ASCII: skip the Unicode decomposition for them.
  const decomposed = NON_ASCII.test(text) ? text.normalize("NFD").replace(DIACRITICS, "") : text;
  const plain = decomposed.toLowerCase();
  const out: string[] = [];
  for (const word of plain.split(SEPARATORS)) {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

/**
 * A light stem: trailing vowels removed, so that singular and plural ("famiglia"/"famiglie",
 * "servizio"/"servizi") meet. Short words are left alone.
 */
export function stem(word: string): string {
  const stemmed = word.replace(/[aeiou]+$/, "");
  return stemmed.length >= 3 ? stemmed : word;
}

/**
 * Words so common in plans ("servizi", "interventi", "politiche", "persone") that sharing one says little: they
 * weigh at most a quarter of a distinctive word, so that a line such as "SERVIZIO?" is not read as
 * "Digitalizzazione dei servizi".
 */
const GENERIC_STEMS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // the stems of: servizi, interventi, politiche, sociale, persone, fondo, progetto
  "serviz",
  "intervent",
  "politich",
  "social",
  "person",
  "fond",
  "progett",
]);
const GENERIC_WEIGHT = 0.25;

/** One way of writing an entry: its official title or a known variant. */
export interface FormSpec {
  readonly text: string;
  /** Official wording (an exact match is "exact") or a variant (an exact match is "variant"). */
  readonly official: boolean;
  /** Warnings a match on this form carries (e.g. a misspelling, a retired title). */
  readonly warnings?: readonly MatchWarningCode[];
  /** Match only the identical normalised text: for catch-all titles such as "Altro" ("altri" is not "Altro"). */
  readonly exactOnly?: boolean;
}

/** The matchable description of one catalogue entry. */
export interface EntrySpec<C extends string> {
  readonly code: C;
  readonly forms: readonly FormSpec[];
}

interface Form<C extends string> {
  readonly code: C;
  readonly official: boolean;
  readonly warnings: readonly MatchWarningCode[];
  readonly stems: readonly string[];
  readonly weight: number;
}

interface Index<C extends string> {
  readonly byKey: Map<string, Form<C>>;
  readonly byStemKey: Map<string, Form<C>>;
  readonly byStem: Map<string, Form<C>[]>;
  readonly weights: Map<string, number>;
}

/** What a prefix parser returns: the prefix found (a letter, a local number) and the rest of the text. */
export interface Prefixed {
  readonly prefix: string | null;
  readonly rest: string;
}

/** The messages of every warning a matcher can give. */
const WARNING_TEXT: Readonly<Record<MatchWarningCode, readonly [string, string]>> = {
  "letter-mismatch": [
    "The letter before the title is not the title's own macro-area letter; the title decides",
    "La lettera che precede il titolo non è quella della macro-area indicata dal titolo; prevale il titolo",
  ],
  "legacy-area-c": [
    "Area C 'Promozione dell'inclusione attiva' (2021-2023) was merged into area A by D.G.R. XII/2167",
    "L'area C 'Promozione dell'inclusione attiva' (2021-2023) è accorpata nell'area A dalla D.G.R. XII/2167",
  ],
  misspelling: ["The title is misspelt in the text", "Il titolo è scritto in modo errato nel testo"],
  ambiguous: [
    "The text matches several entries equally well",
    "Il testo corrisponde ugualmente bene a più voci",
  ],
  "letter-without-title": [
    "A letter was found but no recognisable title; a letter alone is not read as a macro-area",
    "È presente una lettera ma nessun titolo riconoscibile; la sola lettera non identifica una macro-area",
  ],
  "local-number-ignored": [
    "A local number before the name (e.g. L1-L5) was ignored: plans number LEPS inconsistently",
    "Un numero locale prima del nome (es. L1-L5) è stato ignorato: i piani numerano i LEPS in modo non uniforme",
  ],
};

/** Builds a warning with its two messages. */
export function warning(code: MatchWarningCode): MatchWarning {
  const [message, messageIt] = WARNING_TEXT[code];
  return Object.freeze({ code, message, messageIt });
}

/** Below this similarity a text matches nothing. */
export const FUZZY_THRESHOLD = 0.6;
/** The share of a form's weight that a text must contain to be accepted as that form. */
const MIN_FORM_COVERAGE = 0.5;
const MAX_CANDIDATES = 3;

/**
 * A matcher over one catalogue. The index is built on first use, not at import time.
 */
export class Matcher<C extends string> {
  #index: Index<C> | undefined;
  readonly #specs: () => readonly EntrySpec<C>[];

  constructor(specs: () => readonly EntrySpec<C>[]) {
    this.#specs = specs;
  }

  #build(): Index<C> {
    const specs = this.#specs();
    // Weight of a stem = 1 / number of entries using it, so that words shared by many titles
    // ("interventi", "politiche", "servizi") count less than the distinctive ones.
    const entriesByStem = new Map<string, Set<C>>();
    for (const spec of specs) {
      for (const form of spec.forms) {
        for (const s of words(form.text).map(stem)) {
          const set = entriesByStem.get(s) ?? new Set<C>();
          set.add(spec.code);
          entriesByStem.set(s, set);
        }
      }
    }
    const weights = new Map<string, number>();
    for (const [s, set] of entriesByStem) {
      weights.set(s, Math.min(1 / set.size, GENERIC_STEMS.has(s) ? GENERIC_WEIGHT : 1));
    }
    const byKey = new Map<string, Form<C>>();
    const byStemKey = new Map<string, Form<C>>();
    const byStem = new Map<string, Form<C>[]>();
    for (const spec of specs) {
      for (const formSpec of spec.forms) {
        const list = words(formSpec.text);
        const stems = [...new Set(list.map(stem))];
        const form: Form<C> = {
          code: spec.code,
          official: formSpec.official,
          warnings: formSpec.warnings ?? [],
          stems,
          weight: stems.reduce((sum, s) => sum + (weights.get(s) ?? 1), 0),
        };
        const key = list.join(" ");
        if (!byKey.has(key)) byKey.set(key, form);
        if (formSpec.exactOnly === true) continue;
        const stemKey = [...stems].sort().join(" ");
        if (!byStemKey.has(stemKey)) byStemKey.set(stemKey, form);
        for (const s of stems) {
          const forms = byStem.get(s) ?? [];
          forms.push(form);
          byStem.set(s, forms);
        }
      }
    }
    return { byKey, byStemKey, byStem, weights };
  }

  /** Matches a text already stripped of its prefix. Never throws. */
  match(parsed: Prefixed): MatchResult<C> {
    const index = (this.#index ??= this.#build());
    const list = words(parsed.rest);
    const stems = [...new Set(list.map(stem))];
    const key = list.join(" ");
    const exact = index.byKey.get(key);
    const found = exact ?? index.byStemKey.get([...stems].sort().join(" "));
    if (found !== undefined) {
      const confidence: MatchConfidence = found.official && exact !== undefined ? "exact" : "variant";
      return result(parsed.prefix, found.code, confidence, 1, found.warnings, [
        { code: found.code, score: 1 },
      ]);
    }
    const candidates = this.#score(index, stems);
    // A candidate is accepted when its score reaches the threshold and the text holds at least half of the
    // matched form's weight: a few shared words do not make a title.
    const accepted = candidates.filter((c) => c.covered && c.score >= FUZZY_THRESHOLD);
    const [best, second] = accepted;
    const top = candidates[0]?.score ?? 0;
    if (best === undefined) return result(parsed.prefix, null, "none", top, [], candidates);
    if (second !== undefined && second.score === best.score) {
      return result(parsed.prefix, null, "none", best.score, ["ambiguous"], candidates);
    }
    const ordered = [best, ...candidates.filter((c) => c !== best)];
    return result(parsed.prefix, best.code, "fuzzy", best.score, best.warnings, ordered);
  }

  #score(index: Index<C>, stems: readonly string[]): Scored<C>[] {
    if (stems.length === 0) return [];
    const overlap = new Map<Form<C>, number>();
    let queryWeight = 0;
    for (const s of stems) {
      const weight = index.weights.get(s) ?? 1;
      queryWeight += weight;
      for (const form of index.byStem.get(s) ?? []) overlap.set(form, (overlap.get(form) ?? 0) + weight);
    }
    const best = new Map<C, Scored<C>>();
    for (const [form, shared] of overlap) {
      // Weighted Dice coefficient between the text's words and the form's words.
      const score = (2 * shared) / (queryWeight + form.weight);
      const covered = shared >= form.weight * MIN_FORM_COVERAGE;
      const previous = best.get(form.code);
      if (previous === undefined || better(covered, score, previous)) {
        best.set(form.code, { code: form.code, score, warnings: form.warnings, covered });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
  }
}

/** Of two forms of one entry, the covered one wins, then the higher score. */
function better(covered: boolean, score: number, previous: Scored<string>): boolean {
  return covered === previous.covered ? score > previous.score : covered;
}

interface Scored<C extends string> extends Candidate<C> {
  readonly warnings: readonly MatchWarningCode[];
  readonly covered: boolean;
}

interface Candidate<C extends string> {
  readonly code: C;
  readonly score: number;
}

function result<C extends string>(
  prefix: string | null,
  code: C | null,
  confidence: MatchConfidence,
  score: number,
  warnings: readonly MatchWarningCode[],
  candidates: readonly Candidate<C>[],
): MatchResult<C> {
  return Object.freeze({
    code,
    confidence,
    score,
    prefix,
    warnings: Object.freeze(warnings.map(warning)),
    candidates: Object.freeze(candidates.map((c) => Object.freeze({ code: c.code, score: c.score }))),
  });
}

/** Reads a text that may not be a string (plain JavaScript callers) as one. */
export function asText(text: unknown): string {
  return typeof text === "string" ? text : "";
}

/** Deep-freezes a catalogue and keeps its declared type (tuples included). */
/* @__NO_SIDE_EFFECTS__ */
export function frozen<T>(value: T): T {
  deepFreeze(value);
  return value;
}

/** Tells whether a value is one of the strings of a list of ids. */
export function isOneOf<T extends string>(ids: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (ids as readonly string[]).includes(value);
}

/** The error of a lookup by an unknown id, e.g. `unknown_leps`; `what.it` is the whole Italian phrase. */
export function unknownIdError(code: string, what: { en: string; it: string }, value: unknown): PdzError {
  return new PdzError({
    code,
    message: `Unknown ${what.en}: ${String(value)}`,
    messageIt: `${what.it}: ${String(value)}`,
  });
}

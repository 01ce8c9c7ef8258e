// The matching engine of 0.1.0, kept as the reference the new engine is tested against (property tests over generated
// texts; the seeds are checked by matcher-results.test.ts). Copied from src/catalog/_internal.ts, match-macro-area.ts,
// match-leps.ts and match-fund.ts at 0.1.0 (commit f68087e), with the warnings reduced to their codes (in
// snake_case) and the catalogues read from the current source. Its regular expressions backtrack on long hostile
// texts: give it short ones.
/* eslint-disable */
import { FUND_CATALOG, FUND_IDS, type FundId } from "../../../src/catalog/funds.js";
import { LEPS_CATALOG, LEPS_IDS, type LepsId } from "../../../src/catalog/leps.js";
import {
  MACRO_AREA_CATALOG,
  MACRO_AREA_CODES,
  type MacroAreaCode,
} from "../../../src/catalog/macro-areas.js";

type MatchConfidence = "exact" | "variant" | "fuzzy" | "none";
type MatchWarningCode = string;
export interface ReferenceResult<C extends string> {
  readonly code: C | null;
  readonly confidence: MatchConfidence;
  readonly score: number;
  readonly prefix: string | null;
  readonly warnings: readonly { readonly code: string }[];
  readonly candidates: readonly { readonly code: C; readonly score: number }[];
}
type MatchResult<C extends string> = ReferenceResult<C>;
const warning = (code: string) => Object.freeze({ code });
const asText = (text: unknown): string => (typeof text === "string" ? text : "");

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
function words(text: string): string[] {
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
function stem(word: string): string {
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
interface FormSpec {
  readonly text: string;
  /** Official wording (an exact match is "exact") or a variant (an exact match is "variant"). */
  readonly official: boolean;
  /** Warnings a match on this form carries (e.g. a misspelling, a retired title). */
  readonly warnings?: readonly MatchWarningCode[];
  /** Match only the identical normalised text: for catch-all titles such as "Altro" ("altri" is not "Altro"). */
  readonly exactOnly?: boolean;
}

/** The matchable description of one catalogue entry. */
interface EntrySpec<C extends string> {
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
interface Prefixed {
  readonly prefix: string | null;
  readonly rest: string;
}

/** Below this similarity a text matches nothing. */
const FUZZY_THRESHOLD = 0.6;
/** The share of a form's weight that a text must contain to be accepted as that form. */
const MIN_FORM_COVERAGE = 0.5;
const MAX_CANDIDATES = 3;

/**
 * A matcher over one catalogue. The index is built on first use, not at import time.
 */
class Matcher<C extends string> {
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
  match(parsed: Prefixed): ReferenceResult<C> {
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
): ReferenceResult<C> {
  return Object.freeze({
    code,
    confidence,
    score,
    prefix,
    warnings: Object.freeze(warnings.map((code) => ({ code }))),
    candidates: Object.freeze(candidates.map((c) => Object.freeze({ code: c.code, score: c.score }))),
  });
}

/**
 * Wordings of the macro-area titles found in the plans, beyond the official ones. Case, accents, apostrophes,
 * articles and prepositions never matter, so "POLITICHE GIOVANILI E PER MINORI" needs no entry here.
 */
const MACRO_VARIANTS: Readonly<
  Partial<Record<MacroAreaCode, readonly [string, readonly MatchWarningCode[]][]>>
> = {
  A: [
    // Short title without "promozione dell'inclusione attiva": seed 001 L29, L345, L1616; seed 004 L1201, L1281.
    ["Contrasto alla povertà e all'emarginazione sociale", []],
    // The retired area C still used as an area: seed 000 L862, L5182, L5497, L7297; seed 004 L1728.
    ["Promozione dell'inclusione attiva", ["legacy_area_c"]],
  ],
  // seed 001 L84, L1943, L2060, L2751.
  D: [["Domiciliarietà", ["misspelling"]]],
  // seed 001 L2429, L2437.
  G: [["Politiche per i giovani e i minori", []]],
  // Truncated titles: seed 002 L6971; seed 000 L4831 "K) Interventi di sistema".
  K: [
    ["Interventi di sistema per il potenziamento dell'Ufficio di Piano", []],
    ["Interventi di sistema", []],
  ],
};

const macroMatcher = /* @__PURE__ */ new Matcher<MacroAreaCode>(() =>
  MACRO_AREA_CODES.map((code): EntrySpec<MacroAreaCode> => ({
    code,
    forms: [
      // "L) Altro" is a catch-all: only the word itself names it ("altri", "altre" do not).
      { text: MACRO_AREA_CATALOG[code].title, official: true, exactOnly: code === "L" },
      ...(MACRO_VARIANTS[code] ?? []).map(([text, warnings]) => ({ text, official: false, warnings })),
    ],
  })),
);

/** Section numbers, bullets, HTML tags and Markdown marks before a heading ("## 5.6 ", "- ", "• ", "<p>"). */
const LEADING_NOISE = /^(?:[\s#*•\-–—>|]|<[^<>]{0,40}>)*(?:\d+(?:\.\d+)*\.?\s+)?/;
/** "macro-area di policy", "macroarea:", "AREA DI POLICY", "area" — everything up to it is dropped. */
const AREA_LABEL = /\b(?:macro\s*-?\s*)?are[ae]\b(?:\s+di\s+policy)?\s*:?\s*/i;
/** A letter followed by ")", ".", ":" or a dash: "J)", "a.", "G -". */
const LETTER = /^([A-Za-z])\s*[).:\-–—]\s*/;

/** Separates a leading letter from the title. Exported for the tests of the internal rules. */
function splitLetter(text: string): Prefixed {
  let rest = text.replace(LEADING_NOISE, "");
  const label = AREA_LABEL.exec(rest);
  if (label !== null && label.index < 120) rest = rest.slice(label.index + label[0].length);
  const letter = LETTER.exec(rest);
  if (letter === null) return { prefix: null, rest };
  return { prefix: letter[1] ?? null, rest: rest.slice(letter[0].length) };
}

export function referenceMatchMacroArea(text: string): ReferenceResult<MacroAreaCode> {
  const parsed = splitLetter(asText(text));
  const found = macroMatcher.match(parsed);
  const letter = parsed.prefix?.toUpperCase();
  if (letter === undefined) return found;
  const codes = found.warnings.map((w) => w.code);
  if (found.code === null) {
    if (codes.length > 0) return found;
    return Object.freeze({ ...found, warnings: Object.freeze([warning("letter_without_title")]) });
  }
  const ownLetter = letter === found.code || (letter === "C" && codes.includes("legacy_area_c"));
  if (ownLetter) return found;
  return Object.freeze({
    ...found,
    warnings: Object.freeze([...found.warnings, warning("letter_mismatch")]),
  });
}

const LIST_SPLIT = /;|<[^<>]*>|\s(?=[A-Za-z]\s?[).:\-–]\s)/;

export function referenceMatchMacroAreaList(text: string): ReferenceResult<MacroAreaCode>[] {
  return asText(text)
    .split(LIST_SPLIT)
    .map(referenceMatchMacroArea)
    .filter((m) => m.code !== null || m.prefix !== null || m.warnings.length > 0);
}

/** Shorter or different names of the LEPS found in the plans and in the national plans they quote. */
const LEPS_VARIANTS: Readonly<Partial<Record<LepsId, readonly string[]>>> = {
  "servizio-sociale-professionale": ["Potenziamento del servizio sociale professionale"],
  "supervisione-personale": ["Supervisione del personale"],
  "dimissioni-protette": ["Dimissioni protette"],
  "residenza-fittizia": ["Residenza fittizia", "Accesso alla residenza anagrafica e fermo posta"],
  // seed 001 L1650 "LEPS – PRONTO INTERVENTO SOCIALE (PIS)".
  "pronto-intervento-sociale": ["Pronto intervento sociale PIS"],
  // seed 004 L1359 "PUA integrati e UVM: incremento operatori sociali".
  "pua-integrati-uvm": ["PUA integrati e UVM"],
  "servizi-sollievo": ["Servizi sociali di sollievo", "Servizi di sollievo"],
  "servizi-sostegno": ["Servizi sociali di supporto"],
  "percorso-assistenziale-integrato": ["Percorso assistenziale integrato"],
  "valutazione-multidimensionale-progetto-personalizzato": ["VM e progetto personalizzato"],
  "presa-in-carico-sociale-lavorativa": ["Presa in carico sociale/lavorativa", "Patto per l'inclusione"],
  // seed 004 L983 "… REGIONI E PROVINCE AUTONOME".
  "offerta-integrata": ["Offerta integrata di interventi e servizi"],
  "assegno-di-inclusione": ["Assegno di Inclusione", "Reddito di cittadinanza"],
};

const lepsMatcher = /* @__PURE__ */ new Matcher<LepsId>(() =>
  LEPS_IDS.map((id) => ({
    code: id,
    forms: [
      { text: LEPS_CATALOG[id].name, official: true },
      ...(LEPS_VARIANTS[id] ?? []).map((text) => ({ text, official: false })),
    ],
  })),
);

/** A leading "LEPS:" / "LEPS –" label and a local number such as "L3." or "L2)". */
const LOCAL_NUMBER = /^[\s#*•\-–—>|]*(?:leps\s*[:\-–]?\s*)?(L\d+)\s*[.):\-–]?\s+/i;
/** The word "LEPS" itself, which plans write before the name ("LEPS – PRONTO INTERVENTO SOCIALE (PIS)"). */
const LEPS_WORD = /\bleps\b/gi;

function splitNumber(text: string): Prefixed {
  const number = LOCAL_NUMBER.exec(text);
  if (number === null) return { prefix: null, rest: text.replace(LEPS_WORD, " ") };
  return {
    prefix: (number[1] ?? "").toUpperCase(),
    rest: text.slice(number[0].length).replace(LEPS_WORD, " "),
  };
}

export function referenceMatchLeps(text: string): ReferenceResult<LepsId> {
  const parsed = splitNumber(asText(text));
  const found = lepsMatcher.match(parsed);
  if (parsed.prefix === null) return found;
  return Object.freeze({
    ...found,
    warnings: Object.freeze([...found.warnings, warning("local_number_ignored")]),
  });
}

export function referenceMatchLepsList(text: string): ReferenceResult<LepsId>[] {
  return asText(text)
    .replace(/^\s*leps\s*:\s*/i, "")
    .split(/(?=\bL\d+\s*[.)]\s)/)
    .filter((item) => words(item).length > 0)
    .map(referenceMatchLeps);
}

/** The funds of 0.1.0: the two added since are read only word for word, and do not weigh on the others. */
const FUND_IDS_0_1_0 = FUND_IDS.filter((id) => id !== "misura-b1" && id !== "fondo-poverta-estrema");
/** How the plans and the DGR tables write each fund, beyond its label and acronym. */
const FUND_VARIANTS: Readonly<Partial<Record<FundId, readonly string[]>>> = {
  // seed 000 L3072-3073; seed 001 L2679 (FNA).
  fnps: ["Fondo Nazionale per le Politiche Sociali"],
  fna: ["Fondo Non Autosufficienza", "Fondo Nazionale per le Non Autosufficienze"],
  // seed 000 L3089 "Fondo Nazionale Povertà"; seed 002 L596-598 "Risorse statali – Fondo Povertà".
  "fondo-poverta": ["Fondo Nazionale Povertà", "Fondo lotta povertà", "Fondo per la povertà"],
  // seed 002 L1117 "Fondo Povertà (2% quota servizi)", L5440 "Quota Servizi Fondo Povertà".
  "fondo-poverta-quota-servizi": ["Quota Servizi Fondo Povertà"],
  // seed 000 L759-760 "Fondo Nazionale Dopo di Noi"; seed 004 L471 "Dopo di Noi".
  "dopo-di-noi": ["Dopo di Noi", "Fondo Nazionale Dopo di Noi"],
  pnrr: ["Fondo PNRR"],
  // seed 001 L414 "Fondo Europeo FSE+", L2182 "POR FSE+".
  "fse-plus": ["Fondo Europeo FSE+", "POR FSE+", "Fondo Sociale Europeo Plus"],
  fesr: ["POR FESR"],
  fami: ["Programma Nazionale FAMI"],
  "fondo-caregiver-familiare": ["Fondo caregiver familiare"],
  // seed 000 L760 "quote dei Comuni".
  "risorse-comunali": ["Risorse comunali", "quote dei Comuni", "risorse proprie dei Comuni"],
  altro: ["Altro"],
};

const fundMatcher = /* @__PURE__ */ new Matcher<FundId>(() =>
  FUND_IDS_0_1_0.map((id) => {
    const entry = FUND_CATALOG[id];
    const official = [entry.labels.it, ...(entry.acronym === null ? [] : [entry.acronym])];
    return {
      code: id,
      forms: [
        ...official.map((text) => ({ text, official: true })),
        ...(FUND_VARIANTS[id] ?? []).map((text) => ({ text, official: false })),
      ],
    };
  }),
);

export function referenceMatchFund(text: string): ReferenceResult<FundId> {
  const parts = referenceMatchFunds(text);
  const codes = new Set(parts.map((part) => part.code));
  if (parts.length > 1 && codes.size > 1) {
    return Object.freeze({
      code: null,
      confidence: "none",
      score: 0,
      prefix: null,
      warnings: Object.freeze([warning("ambiguous")]),
      candidates: Object.freeze(parts.flatMap((part) => part.candidates.slice(0, 1))),
    });
  }
  return fundMatcher.match({ prefix: null, rest: asText(text) });
}

/**
 * Separators of a list of funds: semicolons, slashes, line breaks and commas that are not decimal commas (never
 * "e": "Fondo per RdC e ADI").
 */
const LIST_SEPARATOR = /[;/\n]+|,(?!\d)/;

export function referenceMatchFunds(text: string): ReferenceResult<FundId>[] {
  return asText(text)
    .split(LIST_SEPARATOR)
    .filter((item) => words(item).length > 0)
    .map((item) => fundMatcher.match({ prefix: null, rest: item }));
}

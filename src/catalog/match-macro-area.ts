import { MACRO_AREA_CATALOG, MACRO_AREA_CODES, type MacroAreaCode } from "./macro-areas.js";
import type { MatchResult, MatchWarningCode } from "./match-result.js";
import { labelEnd, leadingNoiseEnd, titleAfterLetter } from "./_macro-area-prefix.js";
import { hasInvisible, readMatchText, withoutInvisible } from "./_match-input.js";
import { withWarnings } from "./_match-result.js";
import { Matcher, SAW_INVISIBLE, SAW_LABEL_WORD, WATCH_LABEL, type EntrySpec } from "./_matcher.js";

/**
 * Wordings of the macro-area titles found in the plans, beyond the official ones. Case, accents, apostrophes,
 * articles and prepositions never matter, so "POLITICHE GIOVANILI E PER MINORI" needs no entry here.
 */
const VARIANTS: Readonly<Partial<Record<MacroAreaCode, readonly [string, readonly MatchWarningCode[]][]>>> = {
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

const matcher = /* @__PURE__ */ new Matcher<MacroAreaCode>(() =>
  MACRO_AREA_CODES.map((code): EntrySpec<MacroAreaCode> => ({
    code,
    forms: [
      // "L) Altro" is a catch-all: only the word itself names it ("altri", "altre" do not).
      { text: MACRO_AREA_CATALOG[code].title, official: true, exactOnly: code === "L" },
      ...(VARIANTS[code] ?? []).map(([text, warnings]) => ({ text, official: false, warnings })),
    ],
  })),
);

/**
 * Reads the macro-area di policy that a text names, the way real plans write it.
 *
 * How it reads a text:
 * 1. It drops Markdown marks, bullets and section numbers, and everything up to a label such as
 *    "macro-area di policy", "AREA DI POLICY" or "Obiettivi macro-area:".
 * 2. It sets aside a leading letter ("J)", "a.", "G. ", "area J -") as `prefix`.
 * 3. It compares the remaining title with the official titles and their known variants, ignoring case, accents,
 *    punctuation, apostrophes, articles and prepositions, and singular/plural endings: an identical official
 *    title is `"exact"`, a known variant or an inflected form is `"variant"`, and otherwise the weighted Dice
 *    coefficient on words must reach 0.6 and the text must hold at least half of the title's weight
 *    (`"fuzzy"`). Words shared by several titles, and generic words such as "servizi" or "politiche", weigh
 *    less; "L) Altro", a catch-all, matches only the word itself.
 *
 * **The title decides.** A letter that contradicts the title gives the title's letter plus a `letter_mismatch`
 * warning. A letter with no recognisable title gives no match (`letter_without_title`): this is why the local
 * objective codes of some plans (Gallarate's "A Strategie per l'abitare" … "R Continuità degli interventi") are
 * never read as macro-areas. The retired area C ("promozione inclusione attiva") gives A with a `legacy_area_c`
 * warning. A text naming two areas equally ("D) ANZIANI - E) DOMICILIARITA'") gives no match with an
 * `ambiguous` warning and both candidates.
 *
 * Characters that are never seen (soft hyphens, zero-width spaces and joiners, bidirectional marks, byte-order
 * marks: Unicode's default ignorable code points) are ignored, so "Domicili\u00ADarità" is Domiciliarità. Only the
 * first `LIMITS.maxTextLength` (10,000) characters are read, in one pass: the time is linear in the length read.
 * A text that shares no word with any title gets one shared, frozen empty result.
 *
 * Never throws: any string (or any value at all, read as empty text) gives a result.
 *
 * @param text - a heading, a table cell or a line of a plan
 * @example
 * ```ts
 * import { matchMacroArea } from "piano-di-zona";
 * matchMacroArea("Politiche giovanili e per minori").code //=> "G"
 * matchMacroArea("DOMICILIARIETÀ").warnings.map((w) => w.code) //=> ["misspelling"]
 * const m = matchMacroArea("J) Politiche per i giovani e i minori");
 * [m.code, m.prefix, m.warnings.map((w) => w.code)] //=> ["G", "J", ["letter_mismatch"]]
 * matchMacroArea("promozione inclusione attiva").warnings[0]?.code //=> "legacy_area_c"
 * matchMacroArea("A Strategie per l'abitare").code //=> null
 * matchMacroArea("Domicili\u00ADarità").code //=> "D"
 * ```
 * @category Catalog
 */
export function matchMacroArea(text: string): MatchResult<MacroAreaCode> {
  return matchMacroAreaText(readMatchText(text), false);
}

/**
 * {@link matchMacroArea} of a text already read by `readMatchText`; `clean` once its invisible characters are gone.
 *
 * One pass reads the words after the leading marks. The letter and the label that may stand before the title do
 * not change those words (a letter is a one-character word, which is never kept), except that a label, where there
 * is one, drops the words before it: so the label is looked for only when the pass met a word holding "area" or
 * "aree", and the words are read again from the label's end only when there is one.
 */
function matchMacroAreaText(text: string, clean: boolean): MatchResult<MacroAreaCode> {
  const from = leadingNoiseEnd(text);
  const reader = matcher.reader();
  const saw = reader.scan(text, from, text.length, null, WATCH_LABEL);
  if (!clean && ((saw & SAW_INVISIBLE) !== 0 || (from > 0 && hasInvisible(text, 0, from)))) {
    return matchMacroAreaText(withoutInvisible(text), true);
  }
  let letterAt = from;
  if ((saw & SAW_LABEL_WORD) !== 0) {
    const titleStart = labelEnd(text, from);
    if (titleStart !== from) {
      letterAt = titleStart;
      reader.scan(text, titleStart, text.length, null, 0);
    }
  }
  const prefix = titleAfterLetter(text, letterAt) === -1 ? null : text.charAt(letterAt);
  const found = reader.result(text, prefix);
  if (prefix === null) return found;
  const letter = prefix.toUpperCase();
  if (found.code === null) {
    return found.warnings.length > 0 ? found : withWarnings(found, ["letter_without_title"]);
  }
  const legacy = found.warnings.some((w) => w.code === "legacy_area_c");
  if (letter === found.code || (letter === "C" && legacy)) return found;
  return withWarnings(found, ["letter_mismatch"]);
}

/**
 * Where a cell listing several areas splits: semicolons, HTML tags, and the whitespace before a letter marker
 * ("… sociale b. Politiche abitative", "…\nD) Domiciliarità"). Line breaks alone do not split, because plans wrap
 * long titles over two lines.
 */
const LIST_SPLIT = /;|<[^<>]*>|\s(?=[A-Za-z]\s?[).:\-\u2013]\s)/;

/**
 * Reads a cell that lists several macro-aree, as the "L'obiettivo è trasversale ed integrato con altre aree di
 * policy?" field does ("Sì AREE: a. Contrasto alla povertà e all'emarginazione sociale g. Politiche giovanili e
 * per minori i. Interventi per la famiglia"): one {@link matchMacroArea} result per item, in order.
 *
 * Items are split at semicolons, HTML tags and letter markers; pieces that match nothing and carry no letter
 * (connecting words such as "Sì", "AREE:") are dropped, while a letter without a title is kept so that it can
 * be reported. Never throws.
 *
 * @param text - a cell listing macro-aree
 * @example
 * ```ts
 * import { matchMacroAreaList } from "piano-di-zona";
 * const cell = "Sì AREE: a. Contrasto alla povertà e all'emarginazione sociale g. Politiche giovanili e per minori";
 * matchMacroAreaList(cell).map((m) => m.code) //=> ["A", "G"]
 * ```
 * @category Catalog
 */
export function matchMacroAreaList(text: string): MatchResult<MacroAreaCode>[] {
  return withoutInvisible(readMatchText(text))
    .split(LIST_SPLIT)
    .map((item) => matchMacroAreaText(item, true))
    .filter((m) => m.code !== null || m.prefix !== null || m.warnings.length > 0);
}

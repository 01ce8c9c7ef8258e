import { FUND_CATALOG, FUND_IDS, type FundId } from "./funds.js";
import type { MatchResult } from "./match-result.js";
import { readMatchText, withoutInvisible } from "./_match-input.js";
import { matchResult, matchWarnings, NO_MATCH } from "./_match-result.js";
import { Matcher, SAW_INVISIBLE, SAW_LIST_SEPARATOR, WATCH_LIST } from "./_matcher.js";
import { isAsciiDigit } from "./_scan.js";

/** How the plans and the DGR tables write each fund, beyond its label and acronym. */
const VARIANTS: Readonly<Partial<Record<FundId, readonly string[]>>> = {
  // seed 000 L3072-3073; seed 001 L2679 (FNA).
  fnps: ["Fondo Nazionale per le Politiche Sociali"],
  fna: ["Fondo Non Autosufficienza", "Fondo Nazionale per le Non Autosufficienze"],
  // seed 000 L3089 "Fondo Nazionale Povertà"; seed 002 L596-598 "Risorse statali – Fondo Povertà".
  "fondo-poverta": ["Fondo Nazionale Povertà", "Fondo lotta povertà", "Fondo per la povertà"],
  // seed 002 L1117 "Fondo Povertà (2% quota servizi)", L5440 "Quota Servizi Fondo Povertà".
  "fondo-poverta-quota-servizi": ["Quota Servizi Fondo Povertà"],
  // seed 004 L482 "Fondo lotta povertà – quota povertà estrema"; seed 001 L1719, L1770 "Fondo Povertà Estrema".
  "fondo-poverta-estrema": ["Fondo Povertà Estrema", "Fondo lotta povertà quota povertà estrema"],
  // seed 001 L704 (the heading of the measure).
  "misura-b1": ["Misura B1 a favore di persone con necessità di sostegno molto elevato"],
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

/**
 * Funds named only as the plans write them, word for word: their words ("misura", "quota", "lotta", "povertà") are
 * common in plans, so a few of them shared with a line say nothing. Being matched only whole, they leave the weight
 * of every other fund's words as it was.
 */
const EXACT_ONLY: readonly FundId[] = ["misura-b1", "fondo-poverta-estrema"];

const matcher = /* @__PURE__ */ new Matcher<FundId>(() =>
  FUND_IDS.map((id) => {
    const entry = FUND_CATALOG[id];
    const official = [entry.labels.it, ...(entry.acronym === null ? [] : [entry.acronym])];
    const exactOnly = EXACT_ONLY.includes(id);
    return {
      code: id,
      forms: [
        ...official.map((text) => ({ text, official: true, exactOnly })),
        ...(VARIANTS[id] ?? []).map((text) => ({ text, official: false, exactOnly })),
      ],
    };
  }),
);

/**
 * Reads the fund that a text names: its Italian name ("Fondo Sociale Regionale"), its acronym ("FNPS", "FSE+")
 * or a wording found in the plans ("Fondo Non Autosufficienza", "quote dei Comuni"). Case, accents, punctuation,
 * articles, prepositions and numbers are ignored; the same scoring as {@link matchMacroArea} applies.
 *
 * The Misura B1 of the FNA and the extreme-poverty share of the Fondo Povertà are read only when named as the plans
 * name them ("Misura B1", "Fondo lotta povertà – quota povertà estrema", "Fondo Povertà Estrema"): their words are
 * common in plans.
 *
 * A text that lists several funds ("Fondo Povertà, FNPS, PON inclusione") gives no match, an `ambiguous`
 * warning and the listed funds as candidates; {@link matchFunds} reads such lists. Only the first
 * `LIMITS.maxTextLength` (10,000) characters of a text are read; invisible characters (soft hyphens, zero-width
 * spaces, bidirectional marks) are ignored. Never throws.
 *
 * @param text - a fund name as written in a plan
 * @example
 * ```ts
 * import { matchFund } from "piano-di-zona";
 * matchFund("Fondo Nazionale Politiche Sociali").code //=> "fnps"
 * matchFund("FONDO NON AUTOSUFFICIENZE").code //=> "fna"
 * matchFund("Fondo Povertà (quota servizi)").code //=> "fondo-poverta-quota-servizi"
 * matchFund("PR FSE+ 2021-2027").code //=> "fse-plus"
 * matchFund("Misura B1").code //=> "misura-b1"
 * matchFund("donazioni").code //=> null
 * ```
 * @category Catalog
 */
export function matchFund(text: string): MatchResult<FundId> {
  return matchFundText(readMatchText(text), false);
}

/** {@link matchFund} of a text already read by `readMatchText`; `clean` once its invisible characters are gone. */
function matchFundText(text: string, clean: boolean): MatchResult<FundId> {
  const reader = matcher.reader();
  const saw = reader.scan(text, 0, text.length, null, WATCH_LIST);
  if (!clean && (saw & SAW_INVISIBLE) !== 0) return matchFundText(withoutInvisible(text), true);
  const whole = reader.result(text, null);
  // Without a known stem in the whole text, no item has one either: no item matches, and the list is not mixed.
  if ((saw & SAW_LIST_SEPARATOR) === 0 || !reader.knowsAStem()) return whole;
  const parts = fundItems(text);
  const first = parts[0]?.code;
  if (parts.length > 1 && parts.some((part) => part.code !== first)) {
    return matchResult(
      null,
      null,
      "none",
      0,
      matchWarnings(["ambiguous"]),
      parts.flatMap((part) => part.candidates.slice(0, 1)),
    );
  }
  return whole;
}

/**
 * Whether a code unit separates the funds of a list: a semicolon, a slash, a line break, or a comma that is not a
 * decimal comma (never "e": "Fondo per RdC e ADI").
 */
function isListSeparator(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit === 0x3b || unit === 0x2f || unit === 0x0a) return true;
  return unit === 0x2c && !isAsciiDigit(text.charCodeAt(i + 1));
}

/**
 * One match per item of a list of funds, items without words skipped, read after a scan of the whole text (which
 * says where its words are and whether their stems are known): only the items holding a known stem are read again;
 * the others match nothing. A text without a separator is one item.
 */
function fundItems(text: string): MatchResult<FundId>[] {
  const reader = matcher.reader();
  const count = reader.keptWords();
  // The items holding a word, as [start, end) pairs, and whether each holds a known stem.
  const bounds: number[] = [];
  const known: boolean[] = [];
  let w = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isListSeparator(text, i)) continue;
    let words = 0;
    let knowsAStem = false;
    for (; w < count && reader.wordStart(w) < i; w += 1) {
      words += 1;
      knowsAStem ||= reader.knowsStemOf(w);
    }
    if (words > 0) {
      bounds.push(start, i);
      known.push(knowsAStem);
    }
    start = i + 1;
  }
  return known.map((knowsAStem, item) => {
    if (!knowsAStem) return NO_MATCH;
    reader.scan(text, bounds[2 * item] ?? 0, bounds[2 * item + 1] ?? 0, null, 0);
    return reader.result(text, null);
  });
}

/**
 * Reads a list of funds as the DGR tables print it ("Fondo Povertà, FNPS, PON inclusione; Piano operativo
 * complementare"): one {@link matchFund} result per item, in order, empty items skipped. Items are separated by
 * semicolons, slashes, line breaks and commas that are not decimal commas (never by "e": "Fondo per RdC e ADI").
 * Never throws.
 *
 * @param text - a list of funds separated by commas, semicolons, slashes or line breaks
 * @example
 * ```ts
 * import { matchFunds } from "piano-di-zona";
 * const list = matchFunds("Fondo Povertà, FNPS, PON inclusione; Piano operativo complementare");
 * list.map((m) => m.code) //=> ["fondo-poverta", "fnps", "pon-inclusione", "piano-operativo-complementare"]
 * ```
 * @category Catalog
 */
export function matchFunds(text: string): MatchResult<FundId>[] {
  const read = withoutInvisible(readMatchText(text));
  matcher.reader().scan(read, 0, read.length, null, 0);
  return fundItems(read);
}

import { asText, Matcher, warning, words } from "./_internal.js";
import { FUND_IDS, FUNDS, type FundId } from "./funds.js";
import type { MatchResult } from "./match-result.js";

/** How the plans and the DGR tables write each fund, beyond its label and acronym. */
const VARIANTS: Readonly<Partial<Record<FundId, readonly string[]>>> = {
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

const matcher = /* @__PURE__ */ new Matcher<FundId>(() =>
  FUND_IDS.map((id) => {
    const entry = FUNDS[id];
    const official = [entry.labels.it, ...(entry.acronym === null ? [] : [entry.acronym])];
    return {
      code: id,
      forms: [
        ...official.map((text) => ({ text, official: true })),
        ...(VARIANTS[id] ?? []).map((text) => ({ text, official: false })),
      ],
    };
  }),
);

/**
 * Reads the fund that a text names: its Italian name ("Fondo Sociale Regionale"), its acronym ("FNPS", "FSE+")
 * or a wording found in the plans ("Fondo Non Autosufficienza", "quote dei Comuni"). Case, accents, punctuation,
 * articles, prepositions and numbers are ignored; the same scoring as {@link matchMacroArea} applies.
 *
 * A text that lists several funds ("Fondo Povertà, FNPS, PON inclusione") gives no match, an `ambiguous`
 * warning and the listed funds as candidates; {@link matchFunds} reads such lists. Never throws.
 *
 * @param text - a fund name as written in a plan
 * @example
 * ```ts
 * import { matchFund } from "piano-di-zona";
 * matchFund("Fondo Nazionale Politiche Sociali").code //=> "fnps"
 * matchFund("FONDO NON AUTOSUFFICIENZE").code //=> "fna"
 * matchFund("Fondo Povertà (quota servizi)").code //=> "fondo-poverta-quota-servizi"
 * matchFund("PR FSE+ 2021-2027").code //=> "fse-plus"
 * matchFund("donazioni").code //=> null
 * ```
 * @category Catalog
 */
export function matchFund(text: string): MatchResult<FundId> {
  const parts = matchFunds(text);
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
  return matcher.match({ prefix: null, rest: asText(text) });
}

/**
 * Separators of a list of funds: semicolons, slashes, line breaks and commas that are not decimal commas (never
 * "e": "Fondo per RdC e ADI").
 */
const LIST_SEPARATOR = /[;/\n]+|,(?!\d)/;

/**
 * Reads a list of funds as the DGR tables print it ("Fondo Povertà, FNPS, PON inclusione; Piano operativo
 * complementare"): one {@link matchFund} result per item, in order, empty items skipped. Never throws.
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
  return asText(text)
    .split(LIST_SEPARATOR)
    .filter((item) => words(item).length > 0)
    .map((item) => matcher.match({ prefix: null, rest: item }));
}

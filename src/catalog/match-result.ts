import type { FindingCodesOf } from "../core/message.js";
import type * as M from "../core/messages/catalog.js";

/**
 * Why a match deserves attention:
 * - `"letter_mismatch"`: the letter before the title ("J) Politiche per i giovani…") is not the title's letter;
 * - `"legacy_area_c"`: the text names the 2021-2023 area C, merged into A by D.G.R. XII/2167;
 * - `"misspelling"`: the text matches a known misspelling ("Domiciliarietà");
 * - `"ambiguous"`: several entries match equally well (e.g. "D) ANZIANI - E) DOMICILIARITA'");
 * - `"letter_without_title"`: a letter was found but no title, so nothing is matched;
 * - `"local_number_ignored"`: a local LEPS number such as "L3." was dropped before matching.
 *
 * The codes are snake_case, as every code of the library (0.1.0 wrote `letter-mismatch`, `legacy-area-c`,
 * `letter-without-title` and `local-number-ignored`).
 *
 * @example
 * ```ts
 * import { MATCH_WARNING_CODES, matchMacroArea } from "piano-di-zona";
 * MATCH_WARNING_CODES.includes("letter_mismatch") //=> true
 * matchMacroArea("AREA DI POLICY A) Politiche abitative").warnings[0]?.code //=> "letter_mismatch"
 * ```
 * @category Catalog
 */
export const MATCH_WARNING_CODES = /* @__PURE__ */ Object.freeze([
  "letter_mismatch",
  "legacy_area_c",
  "misspelling",
  "ambiguous",
  "letter_without_title",
  "local_number_ignored",
] as const satisfies readonly FindingCodesOf<typeof M>[]);

/** One of {@link MATCH_WARNING_CODES}: the codes of the catalogue's message table that carry a severity. @category Catalog */
export type MatchWarningCode = (typeof MATCH_WARNING_CODES)[number];

/** A warning attached to a match, with an English and an Italian message. @category Catalog */
export interface MatchWarning {
  readonly code: MatchWarningCode;
  readonly message: string;
  readonly messageIt: string;
}

/**
 * How a text matched:
 * - `"exact"`: it is the official wording, up to case, accents, punctuation, articles and prepositions;
 * - `"variant"`: it is a known variant (another wording found in the plans, or a plural/singular form);
 * - `"fuzzy"`: enough of its words are shared with one entry: a score ≥ 0.6, and the text holds at least half
 *   of the entry's (weighted) words;
 * - `"none"`: nothing matched; see `candidates`.
 * @category Catalog
 */
export type MatchConfidence = "exact" | "variant" | "fuzzy" | "none";

/** A possible entry for a text, with its similarity score in [0, 1]. @category Catalog */
export interface MatchCandidate<C extends string> {
  readonly code: C;
  readonly score: number;
}

/**
 * The result of a catalogue matcher ({@link matchMacroArea}, {@link matchLeps}, {@link matchFund}). Frozen.
 * @category Catalog
 */
export interface MatchResult<C extends string> {
  /** The matched entry, or `null` when nothing matched (or several matched equally). */
  readonly code: C | null;
  readonly confidence: MatchConfidence;
  /**
   * Similarity in [0, 1]: 1 for exact and variant matches, the weighted Dice coefficient between the text's words
   * and the entry's words otherwise. A plain number: it is a similarity, not an amount.
   */
  readonly score: number;
  /** What stood before the name: a macro-area letter ("J", "a") or a local number ("L3"); `null` if none. */
  readonly prefix: string | null;
  readonly warnings: readonly MatchWarning[];
  /** The best entries (at most three), best first; the matched entry comes first. */
  readonly candidates: readonly MatchCandidate<C>[];
}

// Building the frozen results of the title matchers: one shared result for "nothing matched", and one frozen warning
// per code, rendered from the catalogue's message table on first use.
import * as M from "../core/messages/catalog.js";
import type {
  MatchCandidate,
  MatchConfidence,
  MatchResult,
  MatchWarning,
  MatchWarningCode,
} from "./match-result.js";

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The one result of a text that matches nothing and shares no word with any entry: no code, no prefix, no
 * warnings, no candidates. Shared by every matcher (it is frozen, and holds no code of any catalogue).
 */
export const NO_MATCH: MatchResult<never> = /* @__PURE__ */ Object.freeze({
  code: null,
  confidence: "none",
  score: 0,
  prefix: null,
  warnings: EMPTY,
  candidates: EMPTY,
});

const TABLE: { readonly [C in MatchWarningCode]: (typeof M)[C] } = {
  letter_mismatch: M.letter_mismatch,
  legacy_area_c: M.legacy_area_c,
  misspelling: M.misspelling,
  ambiguous: M.ambiguous,
  letter_without_title: M.letter_without_title,
  local_number_ignored: M.local_number_ignored,
};

const warnings = new Map<MatchWarningCode, MatchWarning>();

/** The frozen warning of a code, with its English and Italian messages. */
export function matchWarning(code: MatchWarningCode): MatchWarning {
  let found = warnings.get(code);
  if (found === undefined) {
    const text = TABLE[code].render();
    found = Object.freeze({ code, message: text.en, messageIt: text.it });
    warnings.set(code, found);
  }
  return found;
}

/** The frozen warnings of a list of codes. */
export function matchWarnings(codes: readonly MatchWarningCode[]): readonly MatchWarning[] {
  return codes.length === 0 ? EMPTY : Object.freeze(codes.map(matchWarning));
}

/** A frozen result (its warnings and candidates frozen too). */
export function matchResult<C extends string>(
  prefix: string | null,
  code: C | null,
  confidence: MatchConfidence,
  score: number,
  warningList: readonly MatchWarning[],
  candidates: readonly MatchCandidate<C>[],
): MatchResult<C> {
  return Object.freeze({
    code,
    confidence,
    score,
    prefix,
    warnings: warningList.length === 0 ? EMPTY : Object.freeze(warningList),
    candidates: candidates.length === 0 ? EMPTY : Object.freeze(candidates),
  });
}

/** The same result with more warnings after its own. */
export function withWarnings<C extends string>(
  result: MatchResult<C>,
  more: readonly MatchWarningCode[],
): MatchResult<C> {
  return Object.freeze({
    ...result,
    warnings: Object.freeze([...result.warnings, ...more.map(matchWarning)]),
  });
}

/** A frozen candidate. */
export function candidate<C extends string>(code: C, score: number): MatchCandidate<C> {
  return Object.freeze({ code, score });
}

import { describe, expect, it } from "vitest";
import {
  matchResult,
  matchWarning,
  matchWarnings,
  NO_MATCH,
  withWarnings,
} from "../../src/catalog/_match-result.js";
import { MATCH_WARNING_CODES } from "../../src/catalog/match-result.js";
import * as M from "../../src/core/messages/catalog.js";

describe("match results", () => {
  it("share one frozen result for no match at all", () => {
    expect(NO_MATCH).toEqual({
      code: null,
      confidence: "none",
      score: 0,
      prefix: null,
      warnings: [],
      candidates: [],
    });
    expect(Object.isFrozen(NO_MATCH) && Object.isFrozen(NO_MATCH.warnings)).toBe(true);
  });

  it("render each warning once, frozen, from the catalogue's table", () => {
    for (const code of MATCH_WARNING_CODES) {
      const warning = matchWarning(code);
      expect(matchWarning(code)).toBe(warning);
      expect(Object.isFrozen(warning)).toBe(true);
      expect([warning.message, warning.messageIt]).toEqual([M[code].render().en, M[code].render().it]);
    }
  });

  it("freeze what they are built from and add warnings without touching a result", () => {
    const warnings = [matchWarning("ambiguous")];
    const result = matchResult("J", "G", "fuzzy", 0.7, warnings, [{ code: "G", score: 0.7 }]);
    expect(Object.isFrozen(result.warnings) && Object.isFrozen(result.candidates)).toBe(true);
    const more = withWarnings(result, ["letter_mismatch"]);
    expect(more.warnings.map((w) => w.code)).toEqual(["ambiguous", "letter_mismatch"]);
    expect(result.warnings).toHaveLength(1);
    expect(matchWarnings([])).toEqual([]);
  });
});

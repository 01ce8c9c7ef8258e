// What every title matcher promises: it never throws, on anything; its results are frozen plain data; it reads any
// text in time linear in its length (checked by counting the code units read, not with a clock); and it reads at
// most the first LIMITS.maxTextLength characters.
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/core/limits.js";
import type { MatchResult } from "../../../src/catalog/match-result.js";
import { HOSTILE_TEXTS } from "./hostile-texts.js";
import { HOSTILE_VALUES } from "./hostile.js";
import { doublingRatio, unitsRead } from "./work.js";

type Matcher = (text: string) => MatchResult<string> | readonly MatchResult<string>[];

function checkResult(result: MatchResult<string>): void {
  expect(Object.isFrozen(result)).toBe(true);
  expect(Object.isFrozen(result.warnings)).toBe(true);
  expect(Object.isFrozen(result.candidates)).toBe(true);
  expect(result.score >= 0 && result.score <= 1).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toEqual({ ...result });
}

/** Runs the contract's tests for one matcher. */
export function describeMatcher(name: string, match: Matcher): void {
  const results = (value: unknown): readonly MatchResult<string>[] => {
    const found = match(value as string);
    return Array.isArray(found) ? (found as readonly MatchResult<string>[]) : [found as MatchResult<string>];
  };

  describe(`${name}: never throws, reads in linear time`, () => {
    it.each(HOSTILE_VALUES)("gives frozen, serialisable results for %s", (_, value) => {
      for (const result of results(value)) checkResult(result);
    });

    it.each(HOSTILE_TEXTS)(
      "reads %s in time linear in its length (twice the text, twice the work)",
      (_, make) => {
        expect(doublingRatio(make, (text) => match(text), 2500)).toBeLessThan(2.5);
        expect(doublingRatio(make, (text) => match(text), 4000)).toBeLessThan(2.5);
      },
    );

    it.each(HOSTILE_TEXTS)(
      "reads %s of 100,000 and 1,000,000 characters only up to LIMITS.maxTextLength",
      (_, make) => {
        const limit = unitsRead(() => match(make(LIMITS.maxTextLength)));
        for (const size of [100_000, 1_000_000]) {
          const text = make(size);
          expect(unitsRead(() => match(text))).toBeLessThanOrEqual(limit + 2 * LIMITS.maxTextLength);
          for (const result of results(text)) checkResult(result);
        }
      },
      20_000,
    );
  });
}

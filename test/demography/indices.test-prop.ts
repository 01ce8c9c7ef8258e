import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { DECIMAL_PRECISION } from "../../src/core/limits.js";
import {
  elderlyDependencyIndex,
  oldAgeIndex,
  structuralDependencyIndex,
  youthDependencyIndex,
} from "../../src/demography/index.js";

// The Decimal clone keeps 40 significant digits; the identities hold to well within 30 of them.
const TOLERANCE = new Decimal(10).pow(-30);
const count = fc.integer({ min: 1, max: 10_000_000 });
const bands = fc.record({ aged0to14: count, aged15to64: count, aged65plus: count });

function relativeGap(a: Decimal, b: Decimal): Decimal {
  return a
    .minus(b)
    .abs()
    .div(Decimal.max(a.abs(), b.abs(), 1));
}

test.prop([bands], { numRuns: 200 })("IDS = IDA + IDG to within 30 significant digits", (input) => {
  expect(DECIMAL_PRECISION).toBe(40);
  const sum = elderlyDependencyIndex(input).plus(youthDependencyIndex(input));
  expect(relativeGap(structuralDependencyIndex(input), sum).lte(TOLERANCE)).toBe(true);
});

test.prop([bands], { numRuns: 200 })("IV × IDG = 100 × IDA to within 30 significant digits", (input) => {
  const left = oldAgeIndex(input).times(youthDependencyIndex(input));
  const right = elderlyDependencyIndex(input).times(100);
  expect(relativeGap(left, right).lte(TOLERANCE)).toBe(true);
});

test.prop([bands, fc.integer({ min: 2, max: 1000 })], { numRuns: 100 })(
  "indices do not change when every count is scaled by the same factor",
  (input, k) => {
    const scaled = {
      aged0to14: input.aged0to14 * k,
      aged15to64: input.aged15to64 * k,
      aged65plus: input.aged65plus * k,
    };
    expect(oldAgeIndex(scaled).toString()).toBe(oldAgeIndex(input).toString());
  },
);

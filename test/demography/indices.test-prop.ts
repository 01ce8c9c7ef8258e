import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { DECIMAL_PRECISION } from "../../src/core/limits.js";
import {
  activePopulationStructureIndex,
  activePopulationTurnoverIndex,
  ageingShare,
  ageStructureFromSingleYears,
  bandShare,
  birthsPerThousandWomen,
  childWomanRatio,
  elderlyDependencyIndex,
  foreignShare,
  oldAgeIndex,
  sexRatio,
  structuralDependencyIndex,
  youthDependencyIndex,
} from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";

// The Decimal clone keeps 40 significant digits; the identities hold to well within 30 of them.
const TOLERANCE = new Decimal(10).pow(-30);
const count = fc.integer({ min: 1, max: 10_000_000 });
const bands = fc.record({ aged0to14: count, aged15to64: count, aged65plus: count });
// Counts of every size a population can have, up to the largest exact whole number.
const anyCount = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1, max: 2 ** 40 }),
  fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }),
);

function relativeGap(a: Decimal, b: Decimal): Decimal {
  return a
    .minus(b)
    .abs()
    .div(Decimal.max(a.abs(), b.abs(), 1));
}

const exact = (numerator: number, denominator: number, factor = 100n): string =>
  roundedFraction(BigInt(numerator) * factor, BigInt(denominator));

test.prop([anyCount, anyCount, anyCount], { numRuns: 500 })(
  "every index is its exact fraction, correctly rounded once (BigInt reference)",
  (a, b, c) => {
    expect(oldAgeIndex({ aged0to14: a, aged65plus: b }).toString()).toBe(exact(b, a));
    expect(elderlyDependencyIndex({ aged15to64: a, aged65plus: b }).toString()).toBe(exact(b, a));
    expect(youthDependencyIndex({ aged0to14: b, aged15to64: a }).toString()).toBe(exact(b, a));
    expect(activePopulationTurnoverIndex({ aged15to19: a, aged60to64: b }).toString()).toBe(exact(b, a));
    expect(activePopulationStructureIndex({ aged15to39: a, aged40to64: b }).toString()).toBe(exact(b, a));
    expect(childWomanRatio({ aged0to4: b, women15to49: a }).toString()).toBe(exact(b, a));
    expect(sexRatio({ males: b, females: a }).toString()).toBe(exact(b, a));
    expect(birthsPerThousandWomen({ births: b, women15to49: a }).toString()).toBe(exact(b, a, 1000n));
    const [part, whole] = a <= b ? [a, b] : [b, a];
    expect(ageingShare({ aged65plus: part, total: whole }).toString()).toBe(exact(part, whole));
    expect(foreignShare({ foreigners: part, total: whole }).toString()).toBe(exact(part, whole));
    expect(bandShare({ band: part, total: whole }).toString()).toBe(exact(part, whole));
    if (a + c <= Number.MAX_SAFE_INTEGER) {
      expect(structuralDependencyIndex({ aged0to14: a, aged15to64: b, aged65plus: c }).toString()).toBe(
        exact(a + c, b),
      );
    }
  },
);

const ages = fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 101, maxLength: 101 });

test.prop([ages, ages], { numRuns: 100 })(
  "given a structure, every index is the exact fraction of its summed counts",
  (males, females) => {
    const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", males, females });
    const sum = (from: number, to: number, sex?: number[]): number => {
      let total = 0;
      for (let age = from; age <= to; age++)
        total += sex ? (sex[age] ?? 0) : (males[age] ?? 0) + (females[age] ?? 0);
      return total;
    };
    expect(oldAgeIndex(structure).toString()).toBe(exact(sum(65, 100), sum(0, 14)));
    expect(structuralDependencyIndex(structure).toString()).toBe(
      exact(sum(0, 14) + sum(65, 100), sum(15, 64)),
    );
    expect(activePopulationTurnoverIndex(structure).toString()).toBe(exact(sum(60, 64), sum(15, 19)));
    expect(activePopulationStructureIndex(structure).toString()).toBe(exact(sum(40, 64), sum(15, 39)));
    expect(childWomanRatio(structure).toString()).toBe(exact(sum(0, 4), sum(15, 49, females)));
    expect(ageingShare(structure).toString()).toBe(exact(sum(65, 100), sum(0, 100)));
    expect(sexRatio(structure).toString()).toBe(exact(sum(0, 100, males), sum(0, 100, females)));
  },
);

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

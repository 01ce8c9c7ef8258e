import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import {
  exactQuotient,
  exactQuotientPlus,
  exactQuotientPlusHalf,
} from "../../src/demography/_exact-quotient.js";

// The fast quotients must be the very Decimal decimal.js computes: same sign, exponent and digit words, same own
// fields and prototype, same clone.
function parts(value: Decimal): { s: number; e: number; d: number[]; text: string; keys: string[] } {
  expect(value).toBeInstanceOf(Decimal);
  expect(Object.getPrototypeOf(value)).toBe(Decimal.prototype);
  return { s: value.s, e: value.e, d: [...value.d], text: value.toString(), keys: Object.keys(value) };
}

const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const positive = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const count = fc.integer({ min: 0, max: 100_000_000 });
const positiveCount = fc.integer({ min: 1, max: 100_000_000 });
// Denominators made of 3s, 7s and 9s give long periods; powers of ten give short, exact quotients.
const awkward = fc.oneof(
  positiveCount,
  fc.integer({ min: 1, max: 30 }).map((n) => 3 ** Math.min(n, 30)),
  fc.integer({ min: 1, max: 18 }).map((n) => 7 ** n),
  fc.integer({ min: 0, max: 15 }).map((n) => 10 ** n),
  fc.integer({ min: 1, max: 15 }).map((n) => 10 ** n - 1),
  fc.integer({ min: 1, max: 15 }).map((n) => 10 ** n + 1),
);

test.prop([fc.oneof(count, safe), fc.oneof(awkward, positive)], { numRuns: 3000 })(
  "exactQuotient equals decimal.js division",
  (numerator, denominator) => {
    expect(parts(exactQuotient(numerator, denominator))).toEqual(
      parts(new Decimal(numerator).div(denominator)),
    );
  },
);

test.prop([count, positiveCount, fc.integer({ min: 1, max: 1000 })], { numRuns: 1000 })(
  "scaled counts: numerator × factor / denominator",
  (numerator, denominator, factor) => {
    expect(parts(exactQuotient(numerator * factor, denominator))).toEqual(
      parts(new Decimal(numerator).times(factor).div(denominator)),
    );
  },
);

test.prop([
  fc.integer({ min: 1, max: 15 }),
  fc.integer({ min: 1, max: 9 }),
  fc.integer({ min: 1, max: 999 }),
])("quotients just below a power of ten, and their carries when rounded", (k, multiple, denominator) => {
  // (m × 10^k − 1) / 10^k ends in k nines; dividing it again by a small denominator makes rounding carry often.
  const numerator = multiple * 10 ** k - 1;
  for (const [a, b] of [
    [numerator, 10 ** k],
    [numerator, denominator],
    [numerator * 100, 10 ** k + 1],
  ] as const) {
    expect(parts(exactQuotient(a, b))).toEqual(parts(new Decimal(a).div(b)));
  }
});

test.prop([fc.integer({ min: 2 ** 50, max: 2 ** 52 }), fc.integer({ min: 800_000_000, max: 900_000_000 })], {
  numRuns: 2000,
})("operands at the edge of the fast range", (numerator, denominator) => {
  // The largest numerators and denominators are where a floating-point quotient could land one off.
  expect(parts(exactQuotient(numerator, denominator))).toEqual(
    parts(new Decimal(numerator).div(denominator)),
  );
  expect(parts(exactQuotient(denominator - 1, denominator))).toEqual(
    parts(new Decimal(denominator - 1).div(denominator)),
  );
  expect(parts(exactQuotient(numerator, 1))).toEqual(parts(new Decimal(numerator)));
});

test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 120 })])(
  "tiny or zero quotients plus a whole number",
  (numerator, age) => {
    // Below 10^-7 the quotient has no units word: the sum starts a new leading word.
    for (const denominator of [900_000_000, 123_456_789, 10_000_001]) {
      expect(parts(exactQuotientPlus(numerator, denominator, age))).toEqual(
        parts(new Decimal(numerator).div(denominator).plus(age)),
      );
    }
    expect(parts(exactQuotientPlus(0, 7, age))).toEqual(parts(new Decimal(0).div(7).plus(age)));
    expect(parts(exactQuotientPlus(numerator, 7, 0))).toEqual(parts(new Decimal(numerator).div(7)));
    expect(parts(exactQuotientPlus(1, 3, 2.5))).toEqual(parts(new Decimal(1).div(3).plus(2.5)));
    expect(parts(exactQuotientPlus(1, 3, 10_000_000))).toEqual(parts(new Decimal(1).div(3).plus(10_000_000)));
  },
);

test.prop([count, positiveCount, fc.oneof(fc.integer({ min: 0, max: 120 }), safe)], { numRuns: 1500 })(
  "exactQuotientPlus equals division then plus",
  (numerator, denominator, addend) => {
    expect(parts(exactQuotientPlus(numerator, denominator, addend))).toEqual(
      parts(new Decimal(numerator).div(denominator).plus(addend)),
    );
  },
);

test.prop([fc.oneof(count, safe), fc.oneof(awkward, positive)], { numRuns: 1500 })(
  "exactQuotientPlusHalf equals division then plus 0.5",
  (numerator, denominator) => {
    expect(parts(exactQuotientPlusHalf(numerator, denominator))).toEqual(
      parts(new Decimal(numerator).div(denominator).plus(0.5)),
    );
  },
);

test.prop([fc.integer({ min: 1, max: 99 })])(
  "sums whose double rounding carries: (10^40 − 1)/10^40-like fractions plus an integer",
  (age) => {
    // 2/3 and 1/7 have periodic expansions; 99999999/100000000 and 1/1 sit next to the carries.
    for (const [numerator, denominator] of [
      [2, 3],
      [1, 7],
      [99_999_999, 100_000_000],
      [1, 1],
      [0, 5],
      [4_999_999, 10_000_000],
      [44_999, 90_000],
    ] as const) {
      expect(parts(exactQuotientPlus(numerator, denominator, age))).toEqual(
        parts(new Decimal(numerator).div(denominator).plus(age)),
      );
      expect(parts(exactQuotientPlusHalf(numerator + age * denominator, denominator))).toEqual(
        parts(new Decimal(numerator + age * denominator).div(denominator).plus(0.5)),
      );
    }
  },
);

test.prop([
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
])("operands outside the fast range fall back to decimal.js", (numerator, denominator, fraction) => {
  fc.pre(denominator !== 0);
  const big = 2 ** 53 + 2;
  for (const [a, b] of [
    [numerator, denominator],
    [big, Math.abs(denominator)],
    [Math.abs(numerator), 2 ** 50],
    [fraction, 3],
  ] as const) {
    expect(parts(exactQuotient(a, b))).toEqual(parts(new Decimal(a).div(b)));
    expect(parts(exactQuotientPlusHalf(a, b))).toEqual(parts(new Decimal(a).div(b).plus(0.5)));
    expect(parts(exactQuotientPlus(a, b, 7))).toEqual(parts(new Decimal(a).div(b).plus(7)));
    expect(parts(exactQuotientPlus(Math.abs(numerator), 3, -2))).toEqual(
      parts(new Decimal(Math.abs(numerator)).div(3).plus(-2)),
    );
  }
});

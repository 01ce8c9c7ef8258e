import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { ROUNDING_MODES } from "../../src/core/rounding.js";
import {
  addScaled,
  compare,
  compareScaled,
  decimalOfScaled,
  rationalOf,
  roundRational,
  scaledOf,
  ScaledSum,
  toDecimal,
} from "../../src/finance/_rational.js";
import { roundedFraction } from "../support/rational.js";

const nonZero = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).filter((value) => value !== 0n);
const anyInteger = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });

describe("exact fractions", () => {
  it("reads a Decimal from every digit it holds, beyond 40", () => {
    const value = new Decimal("123456789012345.1234567890123456789012345678901");
    expect(scaledOf(value)).toEqual({ digits: 1234567890123451234567890123456789012345678901n, scale: 31 });
    expect(scaledOf(new Decimal("-0.5"))).toEqual({ digits: -5n, scale: 1 });
    expect(scaledOf(new Decimal("1e14"))).toEqual({ digits: 10n ** 14n, scale: 0 });
    expect(decimalOfScaled({ digits: 0n, scale: 7 }).toString()).toBe("0");
  });

  it("rounds half-even, half-down and the directed modes exactly", () => {
    const at = (n: bigint, d: bigint, mode: (typeof ROUNDING_MODES)[number]) =>
      roundRational({ n, d }, 0, mode).toString();
    expect(ROUNDING_MODES.map((mode) => at(5n, 2n, mode))).toEqual(["3", "2", "2", "3", "2", "3", "2"]);
    expect(ROUNDING_MODES.map((mode) => at(-5n, 2n, mode))).toEqual([
      "-3",
      "-2",
      "-2",
      "-3",
      "-2",
      "-2",
      "-3",
    ]);
    expect(ROUNDING_MODES.map((mode) => at(7n, 2n, mode))).toEqual(["4", "4", "3", "4", "3", "4", "3"]);
  });
});

test.prop([anyInteger, nonZero])("toDecimal is the rational reference", (n, d) => {
  expect(toDecimal({ n: d < 0n ? -n : n, d: d < 0n ? -d : d }).toString()).toBe(roundedFraction(n, d));
});

test.prop([
  anyInteger,
  fc.bigInt({ min: 1n, max: 10n ** 30n }),
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom(...ROUNDING_MODES),
])("roundRational agrees with decimal.js rounding an exact terminating value", (n, power, places, mode) => {
  // A denominator that is a power of ten: the value is exact in decimal.js, whose rounding is the reference.
  const d = 10n ** BigInt(power.toString().length);
  const exact = new Decimal(n.toString()).div(d.toString());
  const modes = { "half-up": 4, "half-even": 6, "half-down": 5, up: 0, down: 1, ceil: 2, floor: 3 } as const;
  expect(roundRational({ n, d }, places, mode).toString()).toBe(
    exact.toDecimalPlaces(places, modes[mode]).toString().replace(/^-0$/, "0"),
  );
});

test.prop([fc.array(fc.tuple(anyInteger, fc.integer({ min: 0, max: 40 })), { maxLength: 30 })])(
  "sums and comparisons of scaled integers are exact",
  (values) => {
    const scaled = values.map(([digits, scale]) => ({ digits, scale }));
    const sum = new ScaledSum();
    for (const value of scaled) sum.add(value);
    const reference = scaled.reduce((total, value) => addScaled(total, value), { digits: 0n, scale: 0 });
    expect(compareScaled(sum.value, reference)).toBe(0);
    const asFractions = scaled.reduce(
      (total, value) => total + value.digits * 10n ** BigInt(40 - value.scale),
      0n,
    );
    expect(compare(rationalOf(decimalOfScaled(sum.value)), { n: asFractions, d: 10n ** 40n })).toBe(0);
  },
);

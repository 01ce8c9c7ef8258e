import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { exactQuotient, toFraction } from "../../src/core/exact-quotient.js";
import { roundedFraction } from "../support/rational.js";

const integer = fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n });
const nonZero = integer.filter((value) => value !== 0n);

describe("exactQuotient", () => {
  it("rounds once, half-up, to 40 significant digits", () => {
    expect(exactQuotient(1n, 3n).toString()).toBe("0.3333333333333333333333333333333333333333");
    expect(exactQuotient(2n, 3n).toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(exactQuotient(1225n, 16n).toString()).toBe("76.5625");
    expect(exactQuotient(-1n, 8n).toString()).toBe("-0.125");
    expect(exactQuotient(0n, 7n).toString()).toBe("0");
  });

  test.prop([integer, nonZero])("equals the BigInt rational reference", (numerator, denominator) => {
    expect(exactQuotient(numerator, denominator).toFixed()).toBe(roundedFraction(numerator, denominator));
  });

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: 1, max: 45 })])(
    "handles halves exactly at the rounding digit",
    (digits, shift) => {
      // (2k + 1) / (2 × 10^shift): a tie whenever the quotient has more than 40 digits.
      const numerator = 2n * digits + 1n;
      const denominator = 2n * 10n ** BigInt(shift);
      expect(exactQuotient(numerator, denominator).toFixed()).toBe(roundedFraction(numerator, denominator));
    },
  );
});

describe("toFraction", () => {
  test.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 })])(
    "is exact",
    (units, places) => {
      const value = new Decimal(units.toString()).div(10n ** BigInt(places));
      const { numerator, denominator } = toFraction(value);
      expect(new Decimal(numerator.toString()).div(denominator.toString()).eq(value)).toBe(true);
    },
  );
});

describe("toFraction of long decimals", () => {
  it("keeps every digit, beyond the 40 of the precision", () => {
    const value = new Decimal("123456789012345678901234567890.123456789012345678901");
    const { numerator, denominator } = toFraction(value);
    expect(numerator).toBe(123456789012345678901234567890123456789012345678901n);
    expect(denominator).toBe(10n ** 21n);
    expect(toFraction(new Decimal("-0.5"))).toEqual({ numerator: -5n, denominator: 10n });
  });
});

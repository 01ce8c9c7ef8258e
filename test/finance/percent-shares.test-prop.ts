import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { isPdzError } from "../../src/core/error.js";
import { percentShares } from "../../src/finance/percent-shares.js";
import { roundedFraction } from "../support/rational.js";

const parts = fc
  .array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 25 })
  .filter((list) => list.some((part) => part > 0));

test.prop([parts, fc.integer({ min: 0, max: 4 })])(
  "rounded shares sum to exactly 100 and stay within one unit of the last decimal",
  (list, decimals) => {
    const shares = percentShares(list, { decimals });
    const unit = new Decimal(10).pow(-decimals);
    expect(shares.reduce((sum, share) => sum.plus(share.rounded), new Decimal(0)).eq(100)).toBe(true);
    for (const share of shares) {
      expect(share.rounded.minus(share.exact).abs().lt(unit)).toBe(true);
      expect(share.rounded.decimalPlaces()).toBeLessThanOrEqual(decimals);
    }
  },
);

test.prop([parts])("every exact share is the rational reference, rounded once to 40 digits", (list) => {
  const total = list.reduce((sum, part) => sum + BigInt(part), 0n);
  expect(percentShares(list).map((share) => share.exact.toString())).toEqual(
    list.map((part) => roundedFraction(BigInt(part) * 100n, total)),
  );
});

test.prop([fc.anything(), fc.anything()])(
  "returns shares or throws a PdzError, whatever it is given",
  (list, options) => {
    try {
      const shares = percentShares(list as number[], options as object);
      expect(JSON.parse(JSON.stringify(shares))).toHaveLength(shares.length);
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
  },
);

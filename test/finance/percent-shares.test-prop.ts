import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { percentShares } from "../../src/finance/percent-shares.js";

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

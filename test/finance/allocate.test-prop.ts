import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { allocate } from "../../src/finance/allocate.js";

const cents = fc.bigInt({ min: 0n, max: 10n ** 13n });
const weights = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
  .filter((list) => list.some((weight) => weight > 0));

function euros(total: bigint): string {
  return new Decimal(total.toString()).div(100).toString();
}

test.prop([cents, weights])("the amounts sum exactly to the total and none is negative", (total, list) => {
  const shares = allocate(euros(total), list);
  expect(shares.reduce((a, b) => a.plus(b), new Decimal(0)).eq(euros(total))).toBe(true);
  expect(shares.every((share) => !share.isNegative() && share.times(100).isInteger())).toBe(true);
});

test.prop([cents, weights])("each amount is within one cent of its exact quota", (total, list) => {
  const sum = list.reduce((a, b) => a + b, 0);
  const shares = allocate(euros(total), list);
  shares.forEach((share, index) => {
    const quota = new Decimal(euros(total)).times(list[index] ?? 0).div(sum);
    expect(share.minus(quota).abs().lt("0.01")).toBe(true);
  });
});

test.prop([cents, fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 })])(
  "permuting distinct weights permutes the amounts",
  (total, list) => {
    const reversed = [...list].reverse();
    const forward = allocate(euros(total), list).map(String);
    const backward = allocate(euros(total), reversed).map(String);
    expect([...backward].reverse()).toEqual(forward);
  },
);

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { isPdzError } from "../../src/core/error.js";
import { allocate, allocateEqually } from "../../src/finance/allocate.js";

const cents = fc.bigInt({ min: 0n, max: 10n ** 13n });
const weights = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
  .filter((list) => list.some((weight) => weight > 0));

function euros(total: bigint): string {
  return new Decimal(total.toString()).div(100).toString();
}

// The largest-remainder split as 0.1.0 computed it: every quota in bigints, then a full sort of the remainders
// (remainder, then weight, descending; then position). The new split selects instead of sorting; results must agree.
function referenceSplit(units: bigint, list: readonly bigint[]): bigint[] {
  const sum = list.reduce((total, weight) => total + weight, 0n);
  const shares = list.map((weight) => (units * weight) / sum);
  const order = list.map((weight, index) => ({ index, weight, rest: (units * weight) % sum }));
  order.sort((a, b) =>
    a.rest !== b.rest
      ? a.rest > b.rest
        ? -1
        : 1
      : a.weight !== b.weight
        ? a.weight > b.weight
          ? -1
          : 1
        : a.index - b.index,
  );
  let left = units - shares.reduce((total, share) => total + share, 0n);
  for (const { index } of order) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares;
}

function referenceEuros(total: bigint, list: readonly bigint[]): string[] {
  return referenceSplit(total, list).map((share) => euros(share));
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

// Few distinct weights and small totals: many equal remainders, so the tie-breaks decide.
const tiedWeights = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 60 })
  .filter((list) => list.some((weight) => weight > 0));

test.prop([fc.bigInt({ min: 0n, max: 500n }), tiedWeights])(
  "gives the same amounts as a full sort of the remainders, ties included (double arithmetic)",
  (total, list) => {
    expect(allocate(euros(total), list).map(String)).toEqual(referenceEuros(total, list.map(BigInt)));
  },
);

test.prop([fc.bigInt({ min: 2n ** 53n, max: 10n ** 17n - 1n }), tiedWeights])(
  "gives the same amounts as a full sort of the remainders beyond 2^53 cents (bigint arithmetic)",
  (total, list) => {
    expect(allocate(euros(total), list).map(String)).toEqual(referenceEuros(total, list.map(BigInt)));
  },
);

const decimalWeights = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 4 })), {
    minLength: 1,
    maxLength: 30,
  })
  .filter((list) => list.some(([digits]) => digits > 0));

test.prop([cents, decimalWeights])(
  "gives the same amounts as a full sort of the remainders for decimal weights",
  (total, list) => {
    const scale = Math.max(...list.map(([, places]) => places));
    const asText = list.map(([digits, places]) => new Decimal(digits).div(10 ** places).toString());
    const asIntegers = list.map(([digits, places]) => BigInt(digits) * 10n ** BigInt(scale - places));
    expect(allocate(euros(total), asText).map(String)).toEqual(referenceEuros(total, asIntegers));
  },
);

test.prop([cents, fc.integer({ min: 1, max: 200 })])(
  "allocateEqually is allocate over equal weights",
  (total, count) => {
    expect(allocateEqually(euros(total), count).map(String)).toEqual(
      allocate(euros(total), new Array<number>(count).fill(1)).map(String),
    );
  },
);

test.prop([fc.anything(), fc.anything()])(
  "returns amounts or throws a PdzError, whatever it is given",
  (total, list) => {
    try {
      const shares = allocate(total as string, list as string[]);
      expect(shares.every((share) => Decimal.isDecimal(share) && share.isFinite())).toBe(true);
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
  },
);

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { largestRemainder } from "../../src/finance/_largest-remainder.js";
import type { IntegerWeights } from "../../src/finance/_weights.js";

const weights = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 })
  .filter((list) => list.some((weight) => weight > 0));

function asNumbers(list: readonly number[]): IntegerWeights {
  return {
    kind: "number",
    values: Float64Array.from(list),
    sum: list.reduce((a, b) => a + b, 0),
    max: list.reduce((a, b) => Math.max(a, b), 0),
  };
}

function asBigints(list: readonly number[]): IntegerWeights {
  return { kind: "bigint", values: list.map(BigInt), sum: list.reduce((a, b) => a + BigInt(b), 0n) };
}

const split = (units: bigint, list: IntegerWeights): string[] =>
  Array.from(largestRemainder(units, list).values, (value: number | bigint) => value.toString());

test.prop([fc.bigInt({ min: 0n, max: 1_000_000n }), weights])(
  "the double and the bigint arithmetic give the same split",
  (units, list) => {
    expect(split(units, asNumbers(list))).toEqual(split(units, asBigints(list)));
  },
);

test.prop([fc.bigInt({ min: 0n, max: 10n ** 20n }), weights])(
  "the units are all given, none twice",
  (units, list) => {
    const shares = largestRemainder(units, asNumbers(list));
    let given = 0n;
    for (const share of shares.values) given += BigInt(share);
    expect(given).toBe(units);
  },
);

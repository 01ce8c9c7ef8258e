import { describe, expect, it } from "vitest";
import { FractionSum } from "../../src/evaluation/_fraction-sum.js";
import { bandOfFraction } from "../../src/evaluation/achievement-band.js";
import { roundedFraction } from "../support/rational.js";

function exact(terms: readonly (readonly [bigint, bigint])[], divisor: bigint): string {
  let numerator = 0n;
  let denominator = 1n;
  for (const [n, d] of terms) {
    numerator = numerator * d + n * denominator;
    denominator *= d;
  }
  return roundedFraction(numerator, denominator * divisor);
}

describe("FractionSum", () => {
  it("is exact with few denominators", () => {
    const terms = [
      [100n, 3n],
      [200n, 3n],
      [100n, 7n],
    ] as const;
    const sum = new FractionSum();
    for (const [n, d] of terms) sum.add(n, d);
    expect(sum.quotient(3n, bandOfFraction).value.toString()).toBe(exact(terms, 3n));
  });

  it("is exact with many denominators, bracketing first", () => {
    const terms = Array.from(
      { length: 500 },
      (_, index) => [BigInt(index + 1) * 7n, BigInt(index) * 13n + 11n] as const,
    );
    const sum = new FractionSum();
    for (const [n, d] of terms) sum.add(n, d);
    expect(sum.quotient(500n, () => "any").value.toString()).toBe(exact(terms, 500n));
  });

  it("falls back to the exact sum where the bracket straddles a class boundary", () => {
    // 100/3 + 400/6 = 100 over two denominators, and 80 terms of exactly 100: (100 + 8000) / 81 = 100, ottimo,
    // while the sum truncated to any number of decimals falls just below it.
    const sum = new FractionSum();
    sum.add(100n, 3n);
    sum.add(400n, 6n);
    for (let index = 1; index <= 80; index += 1) sum.add(100n * BigInt(index + 10), BigInt(index + 10));
    const result = sum.quotient(81n, bandOfFraction);
    expect(result.value.toString()).toBe("100");
    expect(result.class).toBe("ottimo");
  });

  it("reads an empty sum as zero", () => {
    expect(new FractionSum().quotient(1n, bandOfFraction)).toMatchObject({ class: "nullo" });
  });
});

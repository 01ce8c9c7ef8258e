import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { allocate, allocateEqually } from "../../src/finance/allocate.js";
import { codeOf } from "../error-code.js";
import { HOSTILE } from "./hostile.js";

describe("allocate", () => {
  it("splits by population to the cent, summing to the total", () => {
    // Legnano 60.443, Parabiago 28.161, Nerviano 16.902 inhabitants (seed 004 L252, L256, L254)
    const shares = allocate("200000", [60443, 28161, 16902]);
    expect(shares.map((share) => share.toFixed(2))).toEqual(["114577.37", "53382.75", "32039.88"]);
    expect(shares.reduce((a, b) => a.plus(b)).toString()).toBe("200000");
  });

  it("gives leftover cents to the largest remainders, then the larger weight, then the earlier position", () => {
    expect(allocate("0.10", [1, 1, 1]).map(String)).toEqual(["0.04", "0.03", "0.03"]);
    expect(allocate("0.01", [1, 2]).map(String)).toEqual(["0", "0.01"]);
    // Remainders tie (half a cent each): the larger weight wins.
    expect(allocate("0.02", [1, 3]).map(String)).toEqual(["0", "0.02"]);
    expect(allocate("0.02", [3, 1]).map(String)).toEqual(["0.02", "0"]);
    expect(allocate("0.01", [1, 1]).map(String)).toEqual(["0.01", "0"]);
  });

  it("accepts decimal weights and a zero total", () => {
    expect(allocate("1", ["0.5", "0.25", "0.25"]).map(String)).toEqual(["0.5", "0.25", "0.25"]);
    expect(allocate(0, [3, 4]).map(String)).toEqual(["0", "0"]);
  });

  it("splits exactly where doubles cannot: totals near 10^15 euro and weights with 30 decimals", () => {
    // 999.999.999.999.999,99 € is 10^17 − 1 cents, beyond 2^53: the split runs in bigints.
    const shares = allocate("999999999999999.99", [1, 2]);
    expect(shares.map(String)).toEqual(["333333333333333.33", "666666666666666.66"]);
    expect(
      allocate("0.03", ["0.000000000000000000000000000001", "0.000000000000000000000000000002"]).map(String),
    ).toEqual(["0.01", "0.02"]);
    // A weight with more than 40 significant digits is read exactly, not rounded to 40 digits.
    expect(allocate("0.01", ["1.00000000000000000000000000000000000000000001", "1"]).map(String)).toEqual([
      "0.01",
      "0",
    ]);
  });

  it("refuses a total with fractions of a cent hidden beyond 40 significant digits", () => {
    expect(codeOf(() => allocate("1.000000000000000000000000000000000000000000001", [1]))).toBe(
      "total_not_in_cents",
    );
  });

  it("does not mutate its input and accepts frozen lists", () => {
    const weights = Object.freeze([3, 1, 2]);
    expect(allocate(6, weights).map(String)).toEqual(["3", "1", "2"]);
    expect(weights).toEqual([3, 1, 2]);
  });

  it("rejects bad input with a code", () => {
    expect(codeOf(() => allocate(-1, [1]))).toBe("negative_amount");
    expect(codeOf(() => allocate(1, [1, -1]))).toBe("negative_amount");
    expect(codeOf(() => allocate("1.005", [1]))).toBe("total_not_in_cents");
    expect(codeOf(() => allocate(1, []))).toBe("empty_weights");
    expect(codeOf(() => allocate(1, [0, 0]))).toBe("zero_weights");
    expect(codeOf(() => allocate(Number.NaN, [1]))).toBe("invalid_decimal");
    expect(codeOf(() => allocate(1, [1, "x"]), true)).toBe("invalid_decimal@weights.1");
  });

  it("refuses huge magnitudes at once (they ran for minutes in 0.1.0)", () => {
    expect(codeOf(() => allocate("1e100000000", [1]))).toBe("number_out_of_range");
    // An exponent beyond what decimal.js represents is no finite decimal at all.
    expect(codeOf(() => allocate("1", ["1e10000000000000000"]))).toBe("invalid_decimal");
    expect(codeOf(() => allocate("1", ["1e16"]))).toBe("number_out_of_range");
  });

  const TOTALS: Record<string, string | undefined> = {
    null: "invalid_decimal",
    undefined: "invalid_decimal",
    "a number": undefined,
    "a 1 MB string": "number_text_too_long",
    "a huge bigint": "number_out_of_range",
    "a revoked proxy": "invalid_decimal",
    "a proxy whose traps throw": "invalid_decimal",
    "a huge exponent": "number_out_of_range",
  };
  it.each(HOSTILE)("reads %s as the total with a documented code", (name, value) => {
    expect(codeOf(() => allocate(value as string, [1]))).toBe(
      name in TOTALS ? TOTALS[name] : "invalid_decimal",
    );
  });

  const WEIGHTS: Record<string, string | undefined> = {
    "a revoked proxy": "unreadable_field",
    "a proxy whose traps throw": "unreadable_field",
    "an array with holes": "invalid_decimal",
    "an array of nulls": "invalid_decimal",
    "a frozen empty array": "empty_weights",
  };
  it.each(HOSTILE)("reads %s as the weights with a documented code", (name, value) => {
    expect(codeOf(() => allocate("1", value as string[]))).toBe(
      name in WEIGHTS ? WEIGHTS[name] : "invalid_type",
    );
  });

  it("splits 10,000,000 parts (0.1.0 overflowed the stack from about 125,000)", () => {
    const weights = new Array<number>(10_000_000).fill(3);
    weights[9_999_999] = 4;
    const shares = allocate("10000000.07", weights);
    expect(shares).toHaveLength(10_000_000);
    // 1.000.000.007 cents over Σ weights = 30.000.001: each 3 has the quota 99 cents and the remainder 29.999.922,
    // the 4 has 133 cents and the remainder 9.999.895; the 9.999.973 cents left go to the first 3s.
    expect([0, 9_999_972, 9_999_973, 9_999_998, 9_999_999].map((index) => shares[index]?.toString())).toEqual(
      ["1", "1", "0.99", "0.99", "1.33"],
    );
    expect(sumOf(shares)).toBe("10000000.07");
  }, 120_000);
});

// The sum of many Decimals, adding each distinct value once per occurrence count (equal amounts repeat).
function sumOf(values: readonly Decimal[]): string {
  const counts = new Map<string, number>();
  let previous: Decimal | undefined;
  let text = "";
  for (const value of values) {
    if (value !== previous) {
      text = value.toString();
      previous = value;
    }
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let sum = new Decimal(0);
  for (const [value, count] of counts) sum = sum.plus(new Decimal(value).times(count));
  return sum.toString();
}

describe("allocateEqually", () => {
  it("splits equally, earlier recipients take the leftover cents", () => {
    expect(allocateEqually(100, 3).map(String)).toEqual(["33.34", "33.33", "33.33"]);
    expect(allocateEqually("0.05", 3).map(String)).toEqual(["0.02", "0.02", "0.01"]);
  });

  it("agrees with allocate over equal weights", () => {
    for (const [total, count] of [
      ["1000", 7],
      ["0.13", 5],
      ["999999999999999.99", 3],
    ] as const) {
      expect(allocateEqually(total, count).map(String)).toEqual(
        allocate(total, new Array<number>(count).fill(1)).map(String),
      );
    }
  });

  it("rejects a bad count", () => {
    expect(codeOf(() => allocateEqually(100, 0))).toBe("zero_weights");
    expect(codeOf(() => allocateEqually(100, 1.5))).toBe("invalid_count");
    expect(codeOf(() => allocateEqually("1", 2 ** 31))).toBe("too_many_items"); // aborted Node in 0.1.0
    expect(codeOf(() => allocateEqually("1.001", 2))).toBe("total_not_in_cents");
  });

  it.each(HOSTILE)("reads %s as the count with a documented code", (name, value) => {
    expect(codeOf(() => allocateEqually("1", value as number))).toBe(
      name === "a number" ? undefined : "invalid_count",
    );
  });

  it("splits among 10,000,000 recipients", () => {
    const shares = allocateEqually("100000.07", 10_000_000);
    expect(shares).toHaveLength(10_000_000);
    expect(sumOf(shares)).toBe("100000.07");
    expect([shares[0]?.toString(), shares[6]?.toString(), shares[7]?.toString()]).toEqual([
      "0.02",
      "0.02",
      "0.01",
    ]);
  });
});

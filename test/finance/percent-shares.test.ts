import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { percentShares } from "../../src/finance/percent-shares.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { codeAsOptions, HOSTILE } from "./hostile.js";

describe("percentShares", () => {
  it("rounds Busto Arsizio's split by nature to the printed 71,54% / 28,46%", () => {
    // seed 001 L1089: 22.966.326,17 € (71,54%) and 9.135.701,97 € (28,46%)
    const shares = percentShares(["22966326.17", "9135701.97"]);
    expect(shares.map((share) => share.rounded.toString())).toEqual(["71.54", "28.46"]);
    expect(shares[0]?.exact.toFixed(4)).toBe("71.5417");
  });

  it("makes Gallarate's funding channels sum to 100,0% at one decimal", () => {
    // The document's own Tabella 2.3 rounds each share alone (FSR 2,9%) and its column sums to 99,8% (seed 000
    // L3078-3090); the largest-remainder split gives FSR 3,0% and Fondo 0-6 0,2% so that the column sums to 100,0%.
    // seed 000 L3176-3179: Tabella 2.4 totals by channel
    const channels = [16727271, 935176, 1218857, 85933, 584956, 239835, 7049, 35784];
    const shares = percentShares(channels, { decimals: 1 });
    const rounded = shares.map((share) => share.rounded.toString());
    expect(rounded).toEqual(["84.3", "4.7", "6.2", "0.4", "3", "1.2", "0", "0.2"]);
    expect(shares.reduce((sum, share) => sum.plus(share.rounded), new Decimal(0)).toString()).toBe("100");
  });

  it("supports whole percents and up to 20 decimals", () => {
    expect(percentShares([2, 1], { decimals: 0 }).map((share) => share.rounded.toString())).toEqual([
      "67",
      "33",
    ]);
    expect(percentShares([2, 1], { decimals: 20 }).map((share) => share.rounded.toString())).toEqual([
      "66.66666666666666666667",
      "33.33333333333333333333",
    ]);
  });

  it("gives each exact share correctly rounded once, as the rational reference does", () => {
    const parts = ["22966326.17", "9135701.97", "0.01", "123456789012345.678"];
    // Scaled to integers by 10^3: 22966326170, 9135701970, 10, 123456789012345678.
    const integers = [22966326170n, 9135701970n, 10n, 123456789012345678n];
    const total = integers.reduce((a, b) => a + b, 0n);
    expect(percentShares(parts).map((share) => share.exact.toString())).toEqual(
      integers.map((part) => roundedFraction(part * 100n, total)),
    );
  });

  it("serialises as plain { exact, rounded } and reads the same twice", () => {
    const shares = percentShares([1, 2]);
    expect(JSON.parse(JSON.stringify(shares))).toEqual([
      { exact: "33.33333333333333333333333333333333333333", rounded: "33.33" },
      { exact: "66.66666666666666666666666666666666666667", rounded: "66.67" },
    ]);
    expect(shares[0]?.exact).toBe(shares[0]?.exact);
  });

  it("does not mutate its input", () => {
    const parts = Object.freeze([3, "1", new Decimal(2)]);
    expect(percentShares(parts).map((share) => share.rounded.toString())).toEqual(["50", "16.67", "33.33"]);
    expect(parts[2]?.toString()).toBe("2");
  });

  it("rejects bad input", () => {
    expect(codeOf(() => percentShares([0, 0]))).toBe("zero_weights");
    expect(codeOf(() => percentShares([-1, 2]))).toBe("negative_amount");
    expect(codeOf(() => percentShares([1], { decimals: -1 }))).toBe("invalid_decimals");
    expect(codeOf(() => percentShares([1], { decimals: 1.5 }))).toBe("invalid_decimals");
    expect(codeOf(() => percentShares([1], { decimals: 21 }))).toBe("invalid_decimals");
    expect(codeOf(() => percentShares([1], { decimals: "2" as unknown as number }))).toBe("invalid_decimals");
  });

  it("refuses an exponent of 10^16 at once (0.1.0 ran out of memory)", () => {
    expect(codeOf(() => percentShares(["1e10000000000000000"]))).toBe("invalid_decimal");
    expect(codeOf(() => percentShares(["1e20", 1]))).toBe("number_out_of_range");
  });

  const PARTS: Record<string, string | undefined> = {
    "a revoked proxy": "unreadable_field",
    "a proxy whose traps throw": "unreadable_field",
    "an array with holes": "invalid_decimal",
    "an array of nulls": "invalid_decimal",
    "a frozen empty array": "empty_weights",
  };
  it.each(HOSTILE)("reads %s as the parts with a documented code", (name, value) => {
    expect(codeOf(() => percentShares(value as number[]))).toBe(name in PARTS ? PARTS[name] : "invalid_type");
  });

  it.each(HOSTILE)("reads %s as the options with a documented code", (name, value) => {
    expect(codeOf(() => percentShares([1], value as object))).toBe(codeAsOptions(name));
  });

  it("shares 10,000,000 parts (0.1.0 overflowed the stack from about 125,000)", () => {
    const parts = new Array<number>(10_000_000).fill(1);
    parts[0] = 2;
    const shares = percentShares(parts);
    expect(shares).toHaveLength(10_000_000);
    // 10.000 hundredths of a percent over Σ parts = 10.000.001: the 2 gets 0,0019999…% → 0 and the remainders
    // decide: the 2 first (larger remainder), then the first 9.999 ones.
    expect([0, 1, 9_999, 10_000, 9_999_999].map((index) => shares[index]?.rounded.toString())).toEqual([
      "0.01",
      "0.01",
      "0.01",
      "0",
      "0",
    ]);
    expect(shares[9_999_999]?.exact.toString()).toBe(roundedFraction(100n, 10_000_001n));
  }, 120_000);
});

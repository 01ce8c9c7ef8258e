import { describe, expect, it } from "vitest";
import { allocate, allocateEqually } from "../../src/finance/allocate.js";
import { codeOf } from "../error-code.js";

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

  it("does not mutate its input", () => {
    const weights = Object.freeze([3, 1, 2]);
    expect(allocate(6, weights).map(String)).toEqual(["3", "1", "2"]);
  });

  it("rejects bad input with a code", () => {
    expect(codeOf(() => allocate(-1, [1]))).toBe("negative_amount");
    expect(codeOf(() => allocate(1, [1, -1]))).toBe("negative_amount");
    expect(codeOf(() => allocate("1.005", [1]))).toBe("total_not_in_cents");
    expect(codeOf(() => allocate(1, []))).toBe("empty_weights");
    expect(codeOf(() => allocate(1, [0, 0]))).toBe("zero_weights");
    expect(codeOf(() => allocate(Number.NaN, [1]))).toBe("invalid_decimal");
  });
});

describe("allocateEqually", () => {
  it("splits equally, earlier recipients take the leftover cents", () => {
    expect(allocateEqually(100, 3).map(String)).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("rejects a bad count", () => {
    expect(codeOf(() => allocateEqually(100, 0))).toBe("zero_weights");
    expect(codeOf(() => allocateEqually(100, 1.5))).toBe("invalid_count");
  });
});

import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { Decimal, isPdzError, requireCount, toDecimal, toNonNegativeDecimal } from "../../src/index.js";

describe("toDecimal", () => {
  it.each([
    [1, "1"],
    [0.1, "0.1"],
    [-0, "0"],
    ["1234.56", "1234.56"],
    [" 7 ", "7"],
    ["-.5", "-0.5"],
    ["1e3", "1000"],
    [10n ** 30n, "1000000000000000000000000000000"],
  ] as const)("reads %s exactly", (value, expected) => {
    expect(toDecimal(value).toFixed()).toBe(expected);
  });

  it("copies a Decimal, also one from another decimal.js constructor", () => {
    const original = new Decimal("2.5");
    const copy = toDecimal(original);
    expect(copy.eq(original)).toBe(true);
    expect(copy).not.toBe(original);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "", "abc", "1,5", "0x10", "NaN", "Infinity"])(
    "refuses %s",
    (value) => {
      expect(codeOf(() => toDecimal(value))).toBe("invalid_decimal");
    },
  );

  it("refuses a non-finite Decimal and other types", () => {
    expect(codeOf(() => toDecimal(new Decimal(Number.NaN)))).toBe("invalid_decimal");
    expect(codeOf(() => toDecimal({} as unknown as string))).toBe("invalid_decimal");
  });

  it("reports the path", () => {
    try {
      toDecimal("x", ["a", 1]);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error) && error.path).toEqual(["a", 1]);
    }
  });
});

describe("toNonNegativeDecimal", () => {
  it("accepts zero and refuses negatives", () => {
    expect(toNonNegativeDecimal(0).isZero()).toBe(true);
    expect(codeOf(() => toNonNegativeDecimal("-0.01"))).toBe("negative_amount");
  });
});

describe("requireCount", () => {
  it.each([0, 1, Number.MAX_SAFE_INTEGER])("accepts %s", (value) => {
    expect(requireCount(value)).toBe(value);
  });
  it.each([-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, "3", null])("refuses %s", (value) => {
    expect(codeOf(() => requireCount(value))).toBe("invalid_count");
  });
});

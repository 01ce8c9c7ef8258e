import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { Decimal, isPdzError, toDecimal } from "../../src/index.js";
import { readDecimal, toNonNegativeDecimal } from "../../src/core/decimal-input.js";

describe("toDecimal: canonical text is the one machine reading", () => {
  it.each([
    [1, "1"],
    [0.1, "0.1"],
    [-0, "0"],
    ["1234.56", "1234.56"],
    [" 7 ", "7"],
    ["-.5", "-0.5"],
    ["1e3", "1000"],
    ["1.234", "1.234"],
    ["0.500", "0.5"],
    ["103.125", "103.125"],
    [10n ** 14n, "100000000000000"],
  ] as const)("reads %s exactly", (value, expected) => {
    expect(toDecimal(value).toFixed()).toBe(expected);
  });

  it("copies a Decimal, also one from another decimal.js constructor", () => {
    const original = new Decimal("2.5");
    const copy = toDecimal(original);
    expect(copy.eq(original)).toBe(true);
    expect(copy).not.toBe(original);
  });

  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "",
    "abc",
    "1,5",
    "1.234,5",
    "0x10",
    "NaN",
    "Infinity",
    "1 000",
  ])("refuses %j as invalid_decimal", (value) => {
    expect(codeOf(() => toDecimal(value))).toBe("invalid_decimal");
  });

  it("refuses values that only claim to be Decimals, and other types", () => {
    expect(codeOf(() => toDecimal(new Decimal(Number.NaN)))).toBe("invalid_decimal");
    expect(codeOf(() => toDecimal({} as unknown as string))).toBe("invalid_decimal");
    const fake = { toStringTag: "[object Decimal]", toString: () => "12" };
    expect(toDecimal(fake as unknown as Decimal).toString()).toBe("12");
    const hostile = {
      toStringTag: "[object Decimal]",
      toString: () => {
        throw new Error("boom");
      },
    };
    expect(codeOf(() => toDecimal(hostile as unknown as Decimal))).toBe("invalid_decimal");
    expect(codeOf(() => readDecimal(null))).toBe("invalid_decimal");
    expect(codeOf(() => readDecimal(Symbol("x")))).toBe("invalid_decimal");
  });

  it("refuses magnitudes outside the documented bounds in constant time", () => {
    expect(codeOf(() => toDecimal("1e100000000"))).toBe("number_out_of_range");
    expect(codeOf(() => toDecimal("1e15"))).toBe("number_out_of_range");
    expect(toDecimal("999999999999999.99").toFixed()).toBe("999999999999999.99");
    expect(codeOf(() => toDecimal("1e-31"))).toBe("number_out_of_range");
    expect(toDecimal("1e-30").toFixed()).toBe("0.000000000000000000000000000001");
    expect(codeOf(() => toDecimal(Number.MAX_VALUE))).toBe("number_out_of_range");
    expect(codeOf(() => toDecimal(Number.MIN_VALUE))).toBe("number_out_of_range");
    expect(codeOf(() => toDecimal(10n ** 30n))).toBe("number_out_of_range");
    expect(codeOf(() => toDecimal("1".repeat(101)))).toBe("number_text_too_long");
    expect(codeOf(() => toDecimal("9".repeat(1_000_000)))).toBe("number_text_too_long");
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

describe("readDecimal on hostile objects", () => {
  it("refuses a revoked proxy with invalid_decimal", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codeOf(() => readDecimal(proxy))).toBe("invalid_decimal");
  });
});

describe("readDecimal of the library's own Decimals", () => {
  it("copies them, within the bounds", () => {
    const value = new Decimal("76.5625");
    const copy = readDecimal(value, []);
    expect(copy.toString()).toBe("76.5625");
    expect(copy).not.toBe(value);
    expect(codeOf(() => readDecimal(new Decimal("1e15"), []))).toBe("number_out_of_range");
    expect(codeOf(() => readDecimal(new Decimal("1e-31"), []))).toBe("number_out_of_range");
    expect(codeOf(() => readDecimal(new Decimal(Number.NaN), []))).toBe("invalid_decimal");
    expect(readDecimal(new Decimal("-0"), []).isNegative()).toBe(false);
  });

  it("refuses a Decimal whose internals were tampered with", () => {
    const broken = new Decimal(5) as unknown as { d: unknown };
    broken.d = ["5"];
    expect(codeOf(() => readDecimal(broken, []))).toBe("invalid_decimal");
    broken.d = null;
    expect(codeOf(() => readDecimal(broken, []))).toBe("invalid_decimal");
    const hollow = Object.create(Object.getPrototypeOf(new Decimal(1)) as object) as unknown;
    expect(codeOf(() => readDecimal(hollow, []))).toBe("invalid_decimal");
  });

  it("turns any other throw while looking at an object into invalid_decimal", () => {
    const throwing = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("trap");
        },
      },
    );
    expect(codeOf(() => readDecimal(throwing, ["x"]), true)).toBe("invalid_decimal@x");
    expect(codeOf(() => toNonNegativeDecimal("-1", ["y"]), true)).toBe("negative_amount@y");
  });
});

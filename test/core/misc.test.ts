import { describe, expect, it } from "vitest";
import {
  DECIMAL_PRECISION,
  Decimal,
  agreesWithPrinted,
  deepFreeze,
  italianPrintedDecimals,
  PdzError,
  printedDecimals,
} from "../../src/index.js";
import { Decimal as DecimalJs } from "decimal.js";

describe("Decimal", () => {
  it("is a clone with 40 significant digits that leaves decimal.js alone", () => {
    expect(DECIMAL_PRECISION).toBe(40);
    expect(new Decimal(2).div(3).toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.isDecimal(new Decimal(1))).toBe(true);
  });

  it("prints plain digits, never exponents, in its range", () => {
    expect(new Decimal("1e-30").toString()).toBe("0.000000000000000000000000000001");
    expect(new Decimal("1e30").toString()).toBe("1000000000000000000000000000000");
  });
});

describe("PdzError", () => {
  it("carries code, path and both messages; the path is frozen", () => {
    const error = new PdzError({ code: "x", message: "en", messageIt: "it" });
    expect(error.name).toBe("PdzError");
    expect(error.path).toEqual([]);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(error.messageIt).toBe("it");
  });
});

describe("deepFreeze", () => {
  it("freezes nested objects and arrays and returns the same value", () => {
    const value = { a: [{ b: 1 }], c: { d: new Decimal(1) } };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
    expect(new Decimal(value.c.d).plus(1).toString()).toBe("2");
  });

  it("leaves primitives alone", () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});

describe("agreesWithPrinted", () => {
  const twoThirds = new Decimal(200).div(3);
  it.each([
    ["67", true],
    ["66.67", true],
    ["66.66", false],
    ["66.7", true],
    ["66", false],
  ])("66.666… printed as %s agrees: %s", (printed, expected) => {
    expect(agreesWithPrinted(twoThirds, printed)).toBe(expected);
  });

  it("reads the printed decimals of a Decimal and accepts an explicit count", () => {
    expect(agreesWithPrinted(new Decimal("76.5625"), new Decimal("76.56"))).toBe(true);
    expect(agreesWithPrinted(new Decimal("76.5625"), 76)).toBe(false);
    expect(agreesWithPrinted(new Decimal("76.5625"), 76, -1)).toBe(true);
    expect(agreesWithPrinted(new Decimal("80"), "80.00")).toBe(true);
  });
});

describe("printedDecimals and italianPrintedDecimals", () => {
  it("count the printed decimals, trailing zeros included", () => {
    expect(printedDecimals("80.00")).toBe(2);
    expect(printedDecimals(new Decimal("76.56"))).toBe(2);
    expect(printedDecimals("1e3")).toBe(0);
    expect(italianPrintedDecimals("1.140,00")).toBe(2);
    expect(italianPrintedDecimals("122.855")).toBe(0);
  });
});

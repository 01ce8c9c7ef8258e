import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { Decimal, agreesWithPrinted } from "../../src/index.js";
import { printedDecimals } from "../../src/core/printed-precision.js";
import { italianPrintedDecimals } from "../../src/core/italian-number.js";

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
    expect(agreesWithPrinted(new Decimal("80"), "80.00")).toBe(true);
    expect(agreesWithPrinted("76.5625", "76.6", 1)).toBe(true);
  });

  it("refuses bad decimals and non-numbers with their codes", () => {
    expect(codeOf(() => agreesWithPrinted(new Decimal("76.5625"), 76, -1))).toBe("invalid_decimals");
    expect(codeOf(() => agreesWithPrinted(null as never, 76))).toBe("invalid_decimal");
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

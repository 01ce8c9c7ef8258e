import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { formatEuro, formatNumber, formatPercent, ROUNDING_MODES } from "../../src/index.js";
import { numberLabels } from "../../src/core/format.js";

const NBSP = "\u00A0";

describe("formatEuro", () => {
  it.each([
    ["1234.56", `1.234,56${NBSP}€`],
    ["1000", `1.000,00${NBSP}€`],
    ["999.999", `1.000,00${NBSP}€`],
    ["0", `0,00${NBSP}€`],
    ["-0.001", `0,00${NBSP}€`],
    ["-1234.5", `-1.234,50${NBSP}€`],
    ["123456789012345.895", `123.456.789.012.345,90${NBSP}€`],
  ])("formats %s as %j", (value, expected) => {
    expect(formatEuro(value)).toBe(expected);
  });

  it("honours the rounding mode and the decimals", () => {
    expect(formatEuro("2.345", { rounding: "half-even" })).toBe(`2,34${NBSP}€`);
    expect(formatEuro("2.345")).toBe(`2,35${NBSP}€`);
    expect(formatEuro("1234.5", { decimals: 0 })).toBe(`1.235${NBSP}€`);
  });

  it("refuses non-finite input, out-of-range magnitudes and bad options with their codes", () => {
    expect(codeOf(() => formatEuro(Number.NaN))).toBe("invalid_decimal");
    expect(codeOf(() => formatEuro("1e100000000"))).toBe("number_out_of_range");
    expect(codeOf(() => formatEuro(1, { decimals: -1 }))).toBe("invalid_decimals");
    expect(codeOf(() => formatEuro(1, { decimals: 21 }))).toBe("invalid_decimals");
    expect(codeOf(() => formatEuro(1, { decimals: 1.5 }))).toBe("invalid_decimals");
    expect(codeOf(() => formatEuro(1, { rounding: "nearest" as never }))).toBe("invalid_rounding_mode");
    expect(codeOf(() => formatEuro(1, null as never))).toBe("invalid_type");
  });
});

describe("formatPercent", () => {
  it("formats percentage points without a space", () => {
    expect(formatPercent("76.5625")).toBe("76,56%"); // seed 000 L2945
    expect(formatPercent("103.75", { decimals: 1 })).toBe("103,8%");
    expect(formatPercent("1234.5")).toBe("1.234,50%");
  });

  it.each(ROUNDING_MODES)("accepts the %s rounding mode", (mode) => {
    expect(formatPercent("50", { rounding: mode, decimals: 0 })).toBe("50%");
  });
});

describe("formatNumber", () => {
  it("groups thousands always, also with four digits", () => {
    expect(formatNumber(1234, { decimals: 0 })).toBe("1.234");
    expect(formatNumber("0.5", { decimals: 1 })).toBe("0,5");
  });
});

describe("numberLabels", () => {
  it("writes a number in both languages for a message", () => {
    expect(numberLabels("1234.5")).toEqual({ it: "1.234,5", en: "1,234.5" });
    expect(numberLabels("0.18", 2, "percent")).toEqual({ it: "0,18%", en: "0.18%" });
  });
});

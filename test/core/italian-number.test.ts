import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { isPdzError, parseItalianNumber } from "../../src/index.js";

describe("parseItalianNumber", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["€. 150.000,00", "150000"], // seed 000 (Gallarate), budgets of the 2025-2027 objectives
    ["€ 1.300.000,00", "1300000"],
    ["1.234,56 €", "1234.56"],
    ["1.234,56\u00A0€", "1234.56"],
    ["76,56%", "76.56"], // seed 000 L2945
    ["76,56 %", "76.56"],
    ["-3,49", "-3.49"],
    ["−3,49", "-3.49"],
    ["+3,49", "3.49"],
    ["0,6", "0.6"],
    ["122.855", "122855"],
    ["1.000.000", "1000000"],
    ["16600", "16600"],
    ["Euro 14.000", "14000"],
    ["euro 14.000,50", "14000.5"],
    ["EUR 1,5", "1.5"],
    ["€ -1.234,56", "-1234.56"],
    ["-€ 1.234,56", "-1234.56"],
    ["-0", "0"],
    ["  42  ", "42"],
    ["0,000000000000000000000001", "1e-24"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseItalianNumber(text).eq(expected)).toBe(true);
  });

  it("keeps every digit of long amounts", () => {
    expect(parseItalianNumber("123.456.789.012.345,6789").toFixed()).toBe("123456789012345.6789");
    expect(codeOf(() => parseItalianNumber("12.345.678.901.234.567,89"))).toBe("number_out_of_range");
  });

  it.each([
    ["12.85", "ambiguous_number"],
    ["1,234.56", "ambiguous_number"],
    ["1234.5", "ambiguous_number"],
    ["0.500", "ambiguous_number"],
    ["1.2.3", "malformed_italian_number"],
    ["NaN", "malformed_italian_number"],
    ["Infinity", "malformed_italian_number"],
    ["1.23,4", "malformed_italian_number"],
    ["1,2,3", "malformed_italian_number"],
    ["12.3456,7", "malformed_italian_number"],
    ["€", "malformed_italian_number"],
    ["%", "malformed_italian_number"],
    ["1e5", "malformed_italian_number"],
    ["0x10", "malformed_italian_number"],
    ["2022 2023", "malformed_italian_number"],
    ["31 12", "malformed_italian_number"],
    ["000.123", "malformed_italian_number"],
    ["0.123.456", "malformed_italian_number"],
    ["007", "malformed_italian_number"],
    ["1.234 567", "malformed_italian_number"],
    ["€ 12 €", "malformed_italian_number"],
    ["€ 50%", "malformed_italian_number"],
    ["--5", "malformed_italian_number"],
    ["- € -5", "malformed_italian_number"],
    ["", "empty_number"],
    ["   ", "empty_number"],
  ])("refuses %j with %s", (text, code) => {
    expect(codeOf(() => parseItalianNumber(text))).toBe(code);
  });

  it("refuses a non-string without guessing", () => {
    expect(codeOf(() => parseItalianNumber(12 as unknown as string))).toBe("empty_number");
  });

  it("reports the path and both languages", () => {
    try {
      parseItalianNumber("12.85", ["budget", 2]);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
      if (!isPdzError(error)) return;
      expect(error.path).toEqual(["budget", 2]);
      expect(error.message).toContain('"12.85"');
      expect(error.messageIt).toContain("ambiguo");
    }
  });

  it("refuses text longer than any number, at once", () => {
    expect(codeOf(() => parseItalianNumber("1".repeat(1_000_000)))).toBe("number_text_too_long");
    expect(codeOf(() => parseItalianNumber(" ".repeat(100_000) + "1"))).toBe("number_text_too_long");
  });

  it("truncates long text in messages", () => {
    try {
      parseItalianNumber("x".repeat(100));
      expect.unreachable();
    } catch (error) {
      if (!isPdzError(error)) throw error;
      expect(error.message.length).toBeLessThan(100);
      expect(error.message).toContain("…");
    }
  });
});

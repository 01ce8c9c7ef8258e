import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { isIsoDate, isPdzError, parseItalianDate } from "../../src/index.js";

describe("parseItalianDate", () => {
  it.each([
    ["01.01.2025", "2025-01-01"], // seed 000: validity of the Accordo, 01.01.2025-31.12.2027
    ["31.12.2027", "2027-12-31"],
    ["31/12/2027", "2027-12-31"],
    ["1/1/2025", "2025-01-01"],
    ["31-12-2027", "2027-12-31"],
    ["31 dicembre 2027", "2027-12-31"],
    ["1° gennaio 2025", "2025-01-01"],
    ["29 Febbraio 2024", "2024-02-29"],
    ["2025-01-01", "2025-01-01"],
    [" 15 aprile 2024 ", "2024-04-15"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseItalianDate(text)).toBe(iso);
  });

  it.each([
    "31/02/2026",
    "29.02.2025",
    "32.01.2025",
    "2025-13-01",
    "31 dicembr 2027",
    "",
    "domani",
    "12/2027",
  ])("refuses %j", (text) => {
    try {
      parseItalianDate(text, ["validity", "to"]);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "invalid_date")).toBe(true);
      expect(isPdzError(error) && error.path).toEqual(["validity", "to"]);
    }
  });

  it("refuses years outside 1900-2199 and over-long text", () => {
    expect(codeOf(() => parseItalianDate("31/12/9999"))).toBe("year_out_of_range");
    expect(codeOf(() => parseItalianDate("01.01.0012"))).toBe("year_out_of_range");
    expect(codeOf(() => parseItalianDate("1".repeat(100_000)))).toBe("invalid_date");
    expect(isIsoDate("9999-12-31")).toBe(false);
  });

  it("refuses a non-string", () => {
    expect(() => parseItalianDate(20250101 as unknown as string)).toThrow(/date/);
  });
});

describe("isIsoDate", () => {
  it("checks form and calendar", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("01.01.2025")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

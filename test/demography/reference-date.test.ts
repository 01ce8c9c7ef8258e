import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { parseItalianDate } from "../../src/core/italian-date.js";
import { stockReferenceDate } from "../../src/demography/index.js";
import { hostileCode, hostileValues } from "./_hostile.js";

describe("stockReferenceDate", () => {
  it("applies the 1 January convention to 31 December stocks", () => {
    // Gallarate labels its stocks "31/12/2021 … 31/12/2023" (seed 000 L3009).
    expect(["31/12/2021", "31.12.2022", "2023-12-31"].map((d) => stockReferenceDate(d))).toEqual([
      "2022-01-01",
      "2023-01-01",
      "2024-01-01",
    ]);
    // 0.1.0 returned "10000-01-01" here; years are now bounded to 1900-2199.
    expect(codeOf(() => stockReferenceDate("31/12/9999"))).toBe("year_out_of_range");
    expect(stockReferenceDate("1/1/2024")).toBe("2024-01-01");
  });
});

describe("stockReferenceDate on every ISO date and on hostile input", () => {
  it("reads ISO dates as the general reader does, character by character", () => {
    const texts = [
      "2024-02-29",
      "2023-02-29",
      "1900-01-01",
      "1899-12-31",
      "2199-12-31",
      "2024-04-31",
      "2024-00-10",
      "2024-1-01",
      "2024-01-01 ",
      "20240101",
      "2024/01/01",
      "2024-01-0a",
      "１２３４-01-01",
    ];
    for (const text of texts) {
      let expected: string;
      try {
        const iso = parseItalianDate(text);
        expected = iso.endsWith("-12-31") ? `${String(Number(iso.slice(0, 4)) + 1)}-01-01` : iso;
        if (expected.startsWith("2200")) expected = "year_out_of_range";
      } catch (error) {
        expected = (error as { code: string }).code;
      }
      expect([
        text,
        hostileCode(() => stockReferenceDate(text)) === "returned"
          ? stockReferenceDate(text)
          : hostileCode(() => stockReferenceDate(text)),
      ]).toEqual([text, expected]);
    }
  });

  it.each(hostileValues())("refuses %s as a date or a path", (_, value) => {
    expect(hostileCode(() => stockReferenceDate(value as never))).toMatch(
      /^(invalid_type|invalid_date|text_too_long)$/,
    );
    expect(hostileCode(() => stockReferenceDate("2024-01-01", value as never))).toMatch(
      /^(returned|invalid_type|unreadable_field)$/,
    );
  });
});

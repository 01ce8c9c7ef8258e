import { describe, expect, it } from "vitest";
import { demographicProfile } from "../../src/index.js";
import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "../../src/datasets/index.js";
import { comparisonDocument, tableRows } from "../../src/report/index.js";
import { COMPARISON } from "./_charts.js";
import { codeOf, expectCodeOrValid, HOSTILE_VALUES } from "./_support.js";

const CODES = [
  "invalid_type",
  "required_field",
  "invalid_option",
  "invalid_count",
  "invalid_decimal",
  "number_out_of_range",
  "number_text_too_long",
  "text_too_long",
  "too_many_items",
  "unreadable_field",
  "invalid_language",
];

describe("comparisonDocument", () => {
  it("compares areas from structures, profiles and printed indices", () => {
    const rows = tableRows(COMPARISON, { numbers: "number" })["comparison"] ?? [];
    expect(rows.map((row) => row["area"])).toEqual([
      "Sebino",
      "Gallarate",
      "B. Arsizio Castellanza",
      "ASST Valle Olona",
    ]);
    expect(rows[0]?.["population"]).toBe(54355);
    expect(rows[1]?.["population"]).toBeNull();
    expect(rows[2]?.["oldAgeIndex"]).toBe(199.7);
    const profile = comparisonDocument([
      { name: "S", indices: demographicProfile(SEBINO_AMBITO_AGE_STRUCTURE_2024) },
    ]);
    expect(tableRows(profile)["comparison"]?.[0]?.["oldAgeIndex"]).toBe(
      "182.620125602453629326712428800934715934",
    );
  });

  it("leaves out the indices no area has", () => {
    const report = comparisonDocument([{ name: "x", indices: { oldAgeIndex: "150" } }], {
      indices: ["oldAgeIndex", "meanAge"],
    });
    expect(Object.keys(tableRows(report)["comparison"]?.[0] ?? {})).toEqual([
      "area",
      "population",
      "oldAgeIndex",
    ]);
  });

  it("refuses what it cannot compare", () => {
    expect(codeOf(() => comparisonDocument([{ name: "x", indices: { oldAgeIndex: "abc" } }]))).toBe(
      "invalid_decimal",
    );
    expect(codeOf(() => comparisonDocument([{ name: "x", indices: {}, population: -1 }]))).toBe(
      "invalid_count",
    );
  });

  it.each(HOSTILE_VALUES)("answers %s with a document or a documented code", (_name, value) => {
    expectCodeOrValid(() => comparisonDocument(value as never), CODES);
    expectCodeOrValid(() => comparisonDocument([value] as never), CODES);
    expectCodeOrValid(() => comparisonDocument([{ name: "x", indices: value }] as never), CODES);
    expectCodeOrValid(() => comparisonDocument([], value as never), CODES);
    expectCodeOrValid(() => comparisonDocument([], { indices: value } as never), CODES);
  });
});

import { describe, expect, it } from "vitest";
import {
  checkFundTable,
  FundTableSchema,
  fundTablePerCapita,
  fundTableTotals,
  parseFundTable,
} from "../../src/finance/fund-table.js";
import { codeOf } from "../error-code.js";

const table = FundTableSchema.parse({
  columns: ["2022", "2023"],
  rows: [
    { label: "A", amounts: ["1.000,00 €", 0], statedTotal: "1.000,00" },
    { label: "B", amounts: [250, "500,50"], statedTotal: 700 },
  ],
  statedColumnTotals: [1250, "2.523,50"],
  statedGrandTotal: 1800,
});

describe("fund tables", () => {
  it("recomputes totals by row, by column and overall", () => {
    const totals = fundTableTotals(table);
    expect(totals.byRow.map(String)).toEqual(["1000", "750.5"]);
    expect(totals.byColumn.map(String)).toEqual(["1250", "500.5"]);
    expect(totals.grandTotal.toString()).toBe("1750.5");
    expect(fundTablePerCapita(table, 1000).map(String)).toEqual(["1.25", "0.5005"]);
    expect(codeOf(() => fundTablePerCapita(table, 0))).toBe("zero_population");
  });

  it("lists each wrong total with stated and computed, and spots a year added in", () => {
    const findings = checkFundTable(table);
    expect(findings.map((finding) => [finding.code, finding.path, finding.stated, finding.computed])).toEqual(
      [
        ["row_total_mismatch", ["rows", 1, "statedTotal"], "700.00", "750.50"],
        ["column_total_mismatch", ["statedColumnTotals", 1], "2523.50", "500.50"],
        ["grand_total_mismatch", ["statedGrandTotal"], "1800.00", "1750.50"],
      ],
    );
    expect(findings[1]?.message).toContain("equals the year 2023");
    expect(findings[1]?.messageIt).toContain("pari all'anno 2023");
    expect(findings[0]?.message).not.toContain("year");
  });

  it("validates shapes and amounts", () => {
    const issues = (input: unknown) => {
      const result = parseFundTable(input);
      return result.success ? [] : result.issues.map((issue) => issue.code);
    };
    expect(issues({ columns: ["2022"], rows: [{ label: "A", amounts: [1, 2] }] })).toEqual([
      "row_length_mismatch",
    ]);
    expect(
      issues({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }], statedColumnTotals: [] }),
    ).toEqual(["row_length_mismatch"]);
    expect(issues({ columns: ["2022"], rows: [{ label: "A", amounts: ["-1"] }] })).toEqual([
      "negative_amount",
    ]);
    expect(issues({ columns: [], rows: [] })).toEqual(["empty_list", "empty_list"]);
    expect(parseFundTable({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }] }).success).toBe(true);
  });
});

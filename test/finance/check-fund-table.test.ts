import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkFundTable } from "../../src/finance/check-fund-table.js";
import { HOSTILE } from "./hostile.js";
import { SAMPLE_FUND_TABLE } from "./sample-fund-table.js";

const table = SAMPLE_FUND_TABLE;

describe("checkFundTable", () => {
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
    expect(findings[0]).toEqual({
      code: "row_total_mismatch",
      severity: "error",
      path: ["rows", 1, "statedTotal"],
      message: 'Total of "B": stated 700.00, sum of the parts 750.50 (difference -50.50)',
      messageIt: "Totale di «B»: indicato 700,00, somma delle voci 750,50 (differenza -50,50)",
      stated: "700.00",
      computed: "750.50",
    });
  });

  it("keeps every decimal of a figure that has more than two", () => {
    const findings = checkFundTable({
      columns: ["x"],
      rows: [{ label: "a", amounts: ["0.005"], statedTotal: "0.01" }],
    } as never);
    expect(findings.map((finding) => [finding.stated, finding.computed])).toEqual([["0.01", "0.005"]]);
  });

  // 0.1.0 ran out of memory on an amount of 10^100000000 (an uncatchable abort).
  it("reports a table it cannot read as one finding at the place reading stopped", () => {
    const huge = checkFundTable({
      columns: ["2022"],
      rows: [{ label: "A", amounts: ["1e100000000"] }],
    } as never);
    expect(huge.map((finding) => [finding.code, finding.severity, finding.path, finding.stated])).toEqual([
      ["uncheckable_input", "error", ["rows", 0, "amounts", 0], null],
    ]);
    const short = checkFundTable({ columns: ["a", "b"], rows: [{ label: "A", amounts: [1] }] } as never);
    expect(short.map((finding) => [finding.code, finding.path])).toEqual([
      ["uncheckable_input", ["rows", 0, "amounts"]],
    ]);
    expect(short[0]?.message).toBe(
      "Not checked: Each row, and the printed totals, must have one amount per column (2)",
    );
  });

  it("checks a column of 1,000,000 amounts (a list longer than 0.1.0 could spread)", () => {
    const rows = Array.from({ length: 1_000_000 }, (_, index) => ({ label: "r", amounts: [index % 10] }));
    const findings = checkFundTable({ columns: ["2024"], rows, statedColumnTotals: [4_500_001] } as never);
    expect(findings.map((finding) => [finding.code, finding.computed])).toEqual([
      ["column_total_mismatch", "4500000.00"],
    ]);
  }, 120_000);

  it.each(HOSTILE)("turns %s as the table into one uncheckable_input finding", (_name, value) => {
    expect(checkFundTable(value as never).map((finding) => finding.code)).toEqual(["uncheckable_input"]);
  });
});

test.prop([fc.anything()])("never throws, whatever it is given", (value) => {
  const findings = checkFundTable(value as never);
  expect(JSON.parse(JSON.stringify(findings))).toHaveLength(findings.length);
});

test.prop([
  fc.array(fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { minLength: 3, maxLength: 3 }), {
    minLength: 1,
    maxLength: 20,
  }),
])("finds nothing in a table whose printed totals are its exact sums", (cents) => {
  const euro = (value: bigint) =>
    `${(value / 100n).toString()}.${(value % 100n).toString().padStart(2, "0")}`;
  const columns = [0, 1, 2].map((column) => cents.reduce((sum, row) => sum + (row[column] ?? 0n), 0n));
  const grand = columns.reduce((a, b) => a + b, 0n);
  const tableOf = (shift: bigint) => ({
    columns: ["a", "b", "c"],
    rows: cents.map((row) => ({
      label: "r",
      amounts: row.map(euro),
      statedTotal: euro(row[0]! + row[1]! + row[2]!),
    })),
    statedColumnTotals: columns.map(euro),
    statedGrandTotal: euro(grand + shift),
  });
  expect(checkFundTable(tableOf(0n) as never)).toEqual([]);
  expect(checkFundTable(tableOf(1n) as never).map((finding) => finding.code)).toEqual([
    "grand_total_mismatch",
  ]);
});

import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { roundEuro } from "../../src/core/rounding.js";
import { ALTO_MILANESE_FUNDS_2022_2024 as funds } from "../../src/datasets/alto-milanese/funds.js";
import { checkFundTable } from "../../src/finance/check-fund-table.js";
import { fundTablePerCapita } from "../../src/finance/fund-table-per-capita.js";
import { fundTableTotals } from "../../src/finance/fund-table-totals.js";
import { percentShares } from "../../src/finance/percent-shares.js";
import { yearOnYearChanges } from "../../src/finance/year-on-year.js";

const POPULATION_2024 = 258307; // seed 004 L265

describe("Alto Milanese fund assignments 2022-2024 (seed 004 L467-500)", () => {
  it("holds the 31 rows as printed, frozen", () => {
    expect(funds.rows).toHaveLength(31);
    expect(funds.rows[0]?.amounts.map(String)).toEqual(["1409309.58", "1448860.23", "1411261.34"]); // seed 004 L468
    expect(funds.rows[30]?.amounts.map(String)).toEqual(["0", "720948", "1222567.5"]); // seed 004 L499
    expect(Object.isFrozen(funds.rows)).toBe(true);
  });

  it("recomputes the true yearly totals", () => {
    const totals = fundTableTotals(funds);
    expect(totals.byColumn.map((total) => total.toFixed(2))).toEqual([
      "12717484.62",
      "10190595.56",
      "10789430.99",
    ]);
    expect(totals.grandTotal.toFixed(2)).toBe("33697511.17");
    // Three-year sums of single funds.
    expect(totals.byRow[0]?.toFixed(2)).toBe("4269431.15"); // FNPS
    expect(totals.byRow[12]?.toFixed(2)).toBe("4378001.34"); // Fondo lotta povertà
  });

  it("flags each printed TOTALE, off by exactly its year (seed 004 L500)", () => {
    const findings = checkFundTable(funds);
    expect(findings.map((finding) => [finding.code, finding.path, finding.stated, finding.computed])).toEqual(
      [
        ["column_total_mismatch", ["statedColumnTotals", 0], "12719506.62", "12717484.62"],
        ["column_total_mismatch", ["statedColumnTotals", 1], "10192618.56", "10190595.56"],
        ["column_total_mismatch", ["statedColumnTotals", 2], "10791454.99", "10789430.99"],
      ],
    );
    findings.forEach((finding, index) => {
      expect(finding.message).toContain(`equals the year ${funds.columns[index] ?? ""}`);
    });
  });

  it("derives per-capita figures, shares and yearly changes", () => {
    expect(fundTablePerCapita(funds, POPULATION_2024).map((value) => roundEuro(value).toString())).toEqual([
      "49.23",
      "39.45",
      "41.77",
    ]);
    const totals = fundTableTotals(funds).byColumn;
    const fnps = funds.rows[0]!.amounts;
    const fnpsShare = fnps.map((amount, year) => amount.times(100).div(totals[year]!).toFixed(2));
    expect(fnpsShare).toEqual(["11.08", "14.22", "13.08"]);
    const changes = yearOnYearChanges(
      funds.columns.map((year, index) => ({ year: Number(year), amount: totals[index]! })),
    );
    expect(changes.map((change) => change.changePercent?.toFixed(2) ?? null)).toEqual([
      null,
      "-19.87",
      "5.88",
    ]);
    const shares = percentShares(funds.rows.map((row) => row.amounts[2]!));
    expect(shares.reduce((sum, share) => sum.plus(share.rounded), new Decimal(0)).toString()).toBe("100");
  });
});

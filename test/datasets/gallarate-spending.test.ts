import { describe, expect, it } from "vitest";
import { roundEuro } from "../../src/core/rounding.js";
import {
  GALLARATE_FUNDING_SHARES_2022,
  GALLARATE_SPENDING_BY_CHANNEL_2022 as table,
  GALLARATE_TEXT_SHARES_2022,
} from "../../src/datasets/gallarate/spending.js";
import { checkStatedShares } from "../../src/finance/check-stated-shares.js";
import { checkStatedSum } from "../../src/finance/check-stated-sum.js";
import { checkFundTable, fundTableTotals } from "../../src/finance/fund-table.js";
import { perCapita } from "../../src/finance/per-capita.js";

describe("Gallarate social spending 2022 (seed 000 L3064-3181)", () => {
  it("reproduces every total of Tabella 2.4 to the euro", () => {
    expect(checkFundTable(table)).toEqual([]);
    const totals = fundTableTotals(table);
    expect(totals.grandTotal.toString()).toBe("19834861"); // seed 000 L3176
    expect(totals.byColumn.map(String)).toEqual([
      "16727271",
      "935176",
      "1218857",
      "85933",
      "584956",
      "239835",
      "7049",
      "35784",
    ]); // seed 000 L3176-3179
    expect(totals.byRow[0]?.toString()).toBe("8208520"); // seed 000 L3139
  });

  it("agrees with every share of Tabella 2.3's Ambito column", () => {
    expect(checkStatedShares(GALLARATE_FUNDING_SHARES_2022, totalOf())).toEqual([]);
    // The column as printed sums to 99,8% (seed 000 L3078-3090): a gap rounding explains.
    expect(
      checkStatedSum(
        GALLARATE_FUNDING_SHARES_2022.map((share) => share.statedPercent),
        "100,0%",
      ).map((finding) => [finding.code, finding.computed]),
    ).toEqual([["rounded_sum_mismatch", "99.8"]]);
  });

  it("flags the text's 0,6% for the Fondo Sistema Educativo 0-6 (seed 000 L3073)", () => {
    const findings = checkStatedShares(GALLARATE_TEXT_SHARES_2022, totalOf(), ["text"]);
    expect(findings.map((finding) => [finding.code, finding.path, finding.stated, finding.computed])).toEqual(
      [["stated_share_mismatch", ["text", 6, "statedPercent"], "0.6", "0.18"]],
    );
  });

  it("gives the per-capita spending on the population of 122.675", () => {
    // Not printed by the document: 19.834.861 € / 122.675 inhabitants (seed 000 L2973).
    expect(roundEuro(perCapita(totalOf(), 122675)).toString()).toBe("161.69");
  });
});

function totalOf(): string {
  return fundTableTotals(table).grandTotal.toString();
}

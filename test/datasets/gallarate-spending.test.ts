import { describe, expect, it } from "vitest";
import { roundEuro } from "../../src/core/rounding.js";
import { agreesWithPrinted } from "../../src/core/printed-precision.js";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import {
  GALLARATE_FUNDING_SHARES_2022,
  GALLARATE_SPENDING_BY_AREA_2022,
  GALLARATE_SPENDING_BY_CHANNEL_2022 as table,
  GALLARATE_TEXT_SHARES_2022,
} from "../../src/datasets/gallarate/spending.js";
import { italianPrintedDecimals } from "../../src/core/italian-number.js";
import { checkStatedShares } from "../../src/finance/check-stated-shares.js";
import { checkStatedSum } from "../../src/finance/check-stated-sum.js";
import { checkFundTable } from "../../src/finance/check-fund-table.js";
import { fundTableTotals } from "../../src/finance/fund-table-totals.js";
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

describe("Gallarate Tabella 4.2 (seed 000 L3425-3516)", () => {
  const parts = GALLARATE_SPENDING_BY_AREA_2022.map((row) => row.spending);

  it("adds up to the € 19.827.811,00 of the text and reproduces every share", () => {
    expect(checkStatedSum(parts, "19.827.811,00")).toEqual([]); // seed 000 L3425
    expect(
      checkStatedShares(
        GALLARATE_SPENDING_BY_AREA_2022.map((row) => ({
          label: row.area,
          part: parseItalianNumber(row.spending),
          statedPercent: row.sharePrinted,
        })),
        "19827811",
      ),
    ).toEqual([]);
  });

  it("computes the cost per user; five printed with cents are only right to the euro (seed 000 L3448-3469)", () => {
    const checked = GALLARATE_SPENDING_BY_AREA_2022.flatMap((row) =>
      row.costPerUserPrinted === undefined || row.users === null
        ? []
        : [
            [
              row.area,
              perCapita(parseItalianNumber(row.spending), row.users),
              row.costPerUserPrinted,
            ] as const,
          ],
    );
    expect(checked.map(([name, exact]) => [name, exact.toFixed(2)])).toEqual([
      ["Minori-Famiglia", "1857.97"],
      ["Disabili", "5134.75"],
      ["Compartecipazione-servizi socio-sanitari integrati", "14794.86"],
      ["Emarginazione-povertà", "870.13"],
      ["Anziani", "801.12"],
      ["Immigrazione", "1379.36"],
      ["Salute Mentale", "550.50"],
    ]);
    const wrongToTheCent = checked
      .filter(
        ([, exact, printed]) =>
          !agreesWithPrinted(exact, parseItalianNumber(printed), italianPrintedDecimals(printed)),
      )
      .map(([name]) => name);
    expect(wrongToTheCent).toEqual([
      "Disabili",
      "Compartecipazione-servizi socio-sanitari integrati",
      "Anziani",
      "Immigrazione",
      "Salute Mentale",
    ]);
    // Every one agrees when read as rounded to the euro.
    expect(
      checked.every(([, exact, printed]) => agreesWithPrinted(exact, parseItalianNumber(printed), 0)),
    ).toBe(true);
  });

  it("does not match Tabella 2.4: 7.050 € less, Anziani 717.001 € against 724.050 € (seed 000 L3511, L3165)", () => {
    expect(checkStatedSum(parts, "19.834.861").map((finding) => [finding.code, finding.computed])).toEqual([
      ["stated_sum_mismatch", "19827811.00"],
    ]);
    const byChannel = fundTableTotals(table).byRow;
    const differences = GALLARATE_SPENDING_BY_AREA_2022.flatMap((row, index) => {
      const other = byChannel[index]!;
      const difference = parseItalianNumber(row.spending).minus(other);
      return difference.isZero() ? [] : [[row.area, difference.toString()]];
    });
    expect(differences).toEqual([
      ["Minori-Famiglia", "-2"],
      ["Disabili", "-1"],
      ["Servizio sociale professionale", "1"],
      ["Emarginazione-povertà", "1"],
      ["Anziani", "-7049"],
    ]);
  });
});

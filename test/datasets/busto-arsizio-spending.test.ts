import { describe, expect, it } from "vitest";
import { agreesWithPrinted } from "../../src/core/printed-precision.js";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023 as spending } from "../../src/datasets/busto-arsizio/spending.js";
import { checkStatedShares } from "../../src/finance/check-stated-shares.js";
import { checkStatedSum } from "../../src/finance/check-stated-sum.js";
import { percentShares } from "../../src/finance/percent-shares.js";
import { compoundChange } from "../../src/finance/compound-change.js";
import { percentChange } from "../../src/finance/percent-change.js";

const value = (text: string) => parseItalianNumber(text);

describe("Busto Arsizio social spending 2021-2023 (seed 001 L1064-1107)", () => {
  it("reproduces the split by nature to the cent and its shares (seed 001 L1089)", () => {
    expect(
      checkStatedSum(
        spending.byNature.map((part) => part.printed),
        spending.total.printed,
      ),
    ).toEqual([]);
    expect(
      checkStatedShares(
        spending.byNature.map((part) => ({
          label: part.label,
          part: value(part.printed),
          statedPercent: part.share,
        })),
        value(spending.total.printed),
      ),
    ).toEqual([]);
    expect(
      percentShares(spending.byNature.map((part) => value(part.printed))).map((s) => s.rounded.toString()),
    ).toEqual(["71.54", "28.46"]);
  });

  it("reproduces the compound growth +16,21% (seed 001 L1066)", () => {
    const compound = compoundChange([
      value(spending.growth.from2021To2022.printed),
      value(spending.growth.from2022To2023.printed),
    ]);
    expect(compound.toString()).toBe("16.2116");
    expect(agreesWithPrinted(compound, value(spending.growth.from2021To2023.printed), 2)).toBe(true);
  });

  it("reproduces the per-capita change +15,79% (seed 001 L1105)", () => {
    const change = percentChange(
      value(spending.perCapita.in2021.printed),
      value(spending.perCapita.in2023.printed),
    );
    expect(change.toFixed(4)).toBe("15.7899");
    expect(agreesWithPrinted(change, value(spending.perCapita.change.printed), 2)).toBe(true);
  });

  it("flags 'restanti aree 15,16%' both ways (seed 001 L1075-1077)", () => {
    const parts = checkStatedSum(
      spending.remainingAreas.parts.map((part) => part.printed),
      spending.remainingAreas.printed,
      ["remainingAreas"],
    );
    expect(
      parts.map((finding) => [finding.code, finding.severity, finding.stated, finding.computed]),
    ).toEqual([["rounded_sum_mismatch", "warning", "15.16", "15.17"]]);
    const complement = checkStatedSum(
      [...spending.byArea.map((area) => area.printed), spending.remainingAreas.printed],
      "100,00%",
    );
    expect(complement.map((finding) => [finding.code, finding.computed])).toEqual([
      ["rounded_sum_mismatch", "99.99"],
    ]);
  });
});

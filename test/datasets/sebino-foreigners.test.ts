import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { SEBINO_FOREIGNERS_2024 } from "../../src/datasets/sebino/foreigners.js";
import { checkStatedIndices, foreignShare, readPrintedFigure } from "../../src/demography/index.js";

const { comuni, printedTotals } = SEBINO_FOREIGNERS_2024;
const read = (text: string): Decimal => parseItalianNumber(text);

describe("Sebino, foreign residents at 01/01/2024 (seed 002 L2793-2806)", () => {
  it("adds up the resident population: M + F = total, and the Totali row (L2806)", () => {
    expect(comuni.filter((r) => r.males + r.females !== r.total)).toEqual([]);
    expect([
      comuni.reduce((s, r) => s + r.males, 0),
      comuni.reduce((s, r) => s + r.females, 0),
      comuni.reduce((s, r) => s + r.total, 0),
    ]).toEqual([printedTotals.males, printedTotals.females, printedTotals.total]);
  });

  it("finds Zone's foreign cells are not counts, and the Totali row added them in (L2805-2806)", () => {
    const notCounts = comuni.filter((r) =>
      Object.values(r.foreigners).some((cell) => !read(cell).isInteger()),
    );
    expect(notCounts.map((r) => r.comune)).toEqual(["Zone"]);
    const summed = (key: "males" | "females" | "total") =>
      comuni.reduce((s, r) => s.plus(read(r.foreigners[key])), new Decimal(0)).toString();
    expect([summed("males"), summed("females"), summed("total")]).toEqual(["1600.78", "1881.22", "3482"]);
  });

  it("reproduces 11 of the 12 printed shares and flags Zone's and the Ambito's", () => {
    const findings = [...comuni, printedTotals].flatMap((r) => {
      const foreigners = read(r.foreigners.total).toNumber();
      return checkStatedIndices(
        { foreignShare: readPrintedFigure(r.sharePrinted) },
        { foreignShare: foreignShare({ foreigners, total: r.total }) },
        [r.comune],
      ).map((f) => [f.path[0], f.stated, f.computed]);
    });
    // Zone: 11,96% implies about 122 foreigners (0,1196 × 1021), the cells print 100. The Ambito's 3.482 (itself
    // contaminated by Zone's "100") gives 6,407%, printed 6,42%.
    expect(findings).toEqual([
      ["Zone", "11.96", "9.7943"],
      ["Totali", "6.42", "6.4071"],
    ]);
  });
});

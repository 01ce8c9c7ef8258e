import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { isPdzError } from "../../src/core/error.js";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { ALTO_MILANESE_COMUNI_2024 } from "../../src/datasets/alto-milanese/comuni.js";
import {
  checkStatedIndices,
  foreignShare,
  populationDensity,
  readPrintedFigure,
  sexRatio,
} from "../../src/demography/index.js";

const { comuni, printedTotals } = ALTO_MILANESE_COMUNI_2024;

// Distretti derived in the extraction (seed 004 §7.1): this partition reproduces the district figures of L239.
const LEGNANESE = new Set([
  "Busto Garolfo",
  "Canegrate",
  "Cerro Maggiore",
  "Dairago",
  "Legnano",
  "Nerviano",
  "Parabiago",
  "Rescaldina",
  "San Giorgio su Legnano",
  "San Vittore Olona",
  "Villa Cortese",
]);

function sumOf(rows: readonly (typeof comuni)[number][]) {
  return {
    males: rows.reduce((sum, r) => sum + r.males, 0),
    females: rows.reduce((sum, r) => sum + r.females, 0),
    total: rows.reduce((sum, r) => sum + r.total, 0),
    area: rows.reduce((sum, r) => sum.plus(r.areaKm2), new Decimal(0)),
  };
}

describe("Alto Milanese, 22 comuni at 01/01/2024 (seed 004 L241-265, L421-445)", () => {
  it("adds up: males + females = total in every row, and the columns give the TOTALE row (L265)", () => {
    expect(comuni).toHaveLength(22);
    expect(comuni.filter((r) => r.males + r.females !== r.total)).toEqual([]);
    const sums = sumOf(comuni);
    expect([sums.males, sums.females, sums.total, sums.area.toString()]).toEqual([
      printedTotals.males,
      printedTotals.females,
      printedTotals.total,
      "213.68",
    ]);
    expect(printedTotals.areaKm2.toString()).toBe("213.68");
  });

  it("reproduces every printed density to the cent, the TOTALE row included (L242-265)", () => {
    const findings = [...comuni, printedTotals].flatMap((r) =>
      checkStatedIndices(
        { density: readPrintedFigure(r.densityPrinted) },
        { density: populationDensity({ population: r.total, areaKm2: r.areaKm2 }) },
        [r.comune],
      ),
    );
    expect(findings).toEqual([]);
    expect(populationDensity({ population: 60443, areaKm2: comuni[10]?.areaKm2 ?? 0 }).toFixed(2)).toBe(
      "3555.47",
    );
  });

  it("reproduces the district figures of the text (L239)", () => {
    const legnanese = sumOf(comuni.filter((r) => LEGNANESE.has(r.comune)));
    const castanese = sumOf(comuni.filter((r) => !LEGNANESE.has(r.comune)));
    expect(legnanese.total).toBe(189077); // "per un totale di 189.077 abitanti"
    expect(legnanese.area.toString()).toBe("95.95");
    expect(castanese.area.toString()).toBe("117.73");
    expect(populationDensity({ population: legnanese.total, areaKm2: legnanese.area }).toFixed(2)).toBe(
      "1970.58",
    );
    expect(populationDensity({ population: castanese.total, areaKm2: castanese.area }).toFixed(2)).toBe(
      "588.04",
    );
    // Sex ratios derived in the extraction (seed 004 §7.1).
    expect(sexRatio(sumOf(comuni)).toFixed(2)).toBe("96.01");
    expect(sexRatio(legnanese).toFixed(2)).toBe("95.43");
    expect(sexRatio(castanese).toFixed(2)).toBe("97.63");
  });

  it("reads the foreign table, whose population column repeats the first table (L422-444)", () => {
    for (const r of comuni) expect(parseItalianNumber(r.foreigners.population).toNumber()).toBe(r.total);
    const unreadable = comuni.filter((r) => {
      try {
        readPrintedFigure(r.foreigners.total);
        return false;
      } catch (error) {
        return isPdzError(error, "ambiguous_number");
      }
    });
    // L426: Canegrate's total is printed "12.85"; its males and females give 1.285.
    expect(unreadable.map((r) => [r.comune, r.foreigners.total])).toEqual([["Canegrate", "12.85"]]);
    const counts = comuni.map((r) =>
      [r.foreigners.males, r.foreigners.females].map((c) => parseItalianNumber(c).toNumber()),
    );
    const readable = comuni.filter((r) => r.comune !== "Canegrate");
    expect(
      readable.filter(
        (r) =>
          parseItalianNumber(r.foreigners.males).plus(parseItalianNumber(r.foreigners.females)).toNumber() !==
          parseItalianNumber(r.foreigners.total).toNumber(),
      ),
    ).toEqual([]);
    const males = counts.reduce((sum, [m]) => sum + (m ?? 0), 0);
    const females = counts.reduce((sum, [, f]) => sum + (f ?? 0), 0);
    expect([males, females, males + females]).toEqual([12171, 13142, 25313]); // TOTALE row, L445
  });

  it("flags the incidences that do not agree with their printed precision (L422-445)", () => {
    const findings = [...comuni, printedTotals].flatMap((r) => {
      const foreigners = parseItalianNumber(r.foreigners.males)
        .plus(parseItalianNumber(r.foreigners.females))
        .toNumber();
      return checkStatedIndices(
        { foreignShare: readPrintedFigure(r.foreigners.share) },
        { foreignShare: foreignShare({ foreigners, total: r.total }) },
        [r.comune],
      ).map((f) => [f.path[0], f.stated, f.computed]);
    });
    // Turbigo (14% for 14,82%) is wrong under any rounding; the four with ",5" fit only a rounding to the nearest
    // half point, which the table does not state (Cuggiono's 9,5 and Arconate's 4,5 agree to one decimal).
    expect(findings).toEqual([
      ["Cerro Maggiore", "8.5", "8.316"],
      ["Nosate", "3.5", "3.416"],
      ["Robecchetto con Induno", "7.5", "7.383"],
      ["Turbigo", "14", "14.82"],
      ["Villa Cortese", "5.5", "5.368"],
    ]);
  });

  it("flags the sentence that gives the population as the number of foreigners (L419)", () => {
    const text = ALTO_MILANESE_COMUNI_2024.foreignersInText;
    const computed = {
      foreigners: new Decimal(25313),
      foreignShare: foreignShare({ foreigners: 25313, total: 258307 }),
    };
    const findings = checkStatedIndices(
      { foreigners: readPrintedFigure(text.foreigners), foreignShare: readPrintedFigure(text.share) },
      computed,
    );
    expect(findings.map((f) => [f.path[0], f.stated, f.computed])).toEqual([
      ["foreigners", "258307", "25313.00"],
      ["foreignShare", "9", "9.80"],
    ]);
  });
});

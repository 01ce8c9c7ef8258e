import { describe, expect, it } from "vitest";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { GALLARATE_DEMOGRAPHY } from "../../src/datasets/gallarate/demography.js";
import {
  checkIndexIdentities,
  checkStatedIndices,
  foreignShare,
  populationChangeRate,
  populationDensity,
  readPrintedFigure,
  stockReferenceDate,
} from "../../src/demography/index.js";

const { table21, table22, text } = GALLARATE_DEMOGRAPHY;
const population = (printed: string): number => parseItalianNumber(printed).toNumber();

describe("Gallarate, Tabella 2.1 and 2.2 (seed 000 L2998-3007, L3027-3036)", () => {
  it("labels stocks at 31/12 that are the 1 January stocks of the next year (L3009, L2972-2973)", () => {
    // The text's "picco nel 2024 ... 122.855" is the table's 31/12/2023.
    expect(stockReferenceDate("31/12/2023")).toBe("2024-01-01");
    expect(table21.map((c) => population(c.populationPrinted))).toEqual([122026, 122675, 122855]);
  });

  it("holds the rate identities: natural = birth − death, total = natural + migration, within rounding", () => {
    const findings = [...table21, ...table22].flatMap((c) =>
      checkIndexIdentities(
        {
          birthRate: c.indices.birthRate,
          deathRate: c.indices.deathRate,
          naturalGrowthRate: c.indices.naturalGrowthRate,
          totalMigrationRate: c.indices.totalMigrationRate,
          totalGrowthRate: c.indices.totalGrowthRate,
        },
        [c.area, c.year],
      ),
    );
    // ATS Insubria 2022: −5,22 + 7,28 = 2,06 against a printed 2,05 — a rounding of rounded figures, not a slip.
    expect(findings).toEqual([]);
  });

  it("flags the structure indices that no exact values can make consistent", () => {
    // Tabella 2.2 repeats Gallarate 2022 in its first column: check it once.
    const findings = [...table21, ...table22.slice(1)].flatMap((c) =>
      checkIndexIdentities(
        {
          ageingShare: c.indices.ageingShare,
          oldAgeIndex: c.indices.oldAgeIndex,
          structuralDependencyIndex: c.indices.structuralDependencyIndex,
          elderlyDependencyIndex: c.indices.elderlyDependencyIndex,
        },
        [`${c.area} ${c.year}`],
      ).map((f) => [f.path.join(" "), f.stated, f.computed]),
    );
    // IV = IDA / (IDS − IDA) × 100 and % 65+ = IDA × 100 / (100 + IDS) over the intervals of the printed values.
    expect(findings).toEqual([
      ["Ambito di Gallarate 2021 oldAgeIndex", "176.22", "175.7525…175.9652"],
      ["Ambito di Gallarate 2021 ageingShare", "23.55", "23.5555…23.5634"],
      ["Ambito di Gallarate 2022 oldAgeIndex", "179.13", "178.7098…178.9263"],
      ["Ambito di Gallarate 2022 ageingShare", "23.76", "23.7867…23.7946"],
      ["ATS Insubria 2022 ageingShare", "23.98", "24.0135…24.0214"],
      ["Lombardia 2022 ageingShare", "23.13", "23.1730…23.1809"],
    ]);
    // 2023 and Italia 2022 are consistent; Lombardia's IV (177,11) is too, once the rounding of IDS and IDA is
    // allowed for. Gallarate 2021's ageing share misses by less than 0,001 — still no exact values reconcile it.
  });

  it("flags the total growth rates the populations contradict (L3002 against L3007)", () => {
    const [y2021, y2022, y2023] = table21.map((c) => population(c.populationPrinted));
    const implied = {
      2022: populationChangeRate({ populationStart: y2021 ?? 0, populationEnd: y2022 ?? 0 }),
      2023: populationChangeRate({ populationStart: y2022 ?? 0, populationEnd: y2023 ?? 0 }),
    };
    const findings = checkStatedIndices(
      { 2022: table21[1]?.indices.totalGrowthRate, 2023: table21[2]?.indices.totalGrowthRate },
      implied,
    );
    // +649 and +180 inhabitants against 0,35‰ and −3,13‰ (registry adjustments may explain part of it).
    expect(findings.map((f) => [f.path[0], f.stated, f.computed])).toEqual([
      ["2022", "0.35", "5.3044"],
      ["2023", "-3.13", "1.4662"],
    ]);
  });

  it("flags the density: 122.855 / 77,4 km² is 1.587,27, printed 1.584 (L2971-2974)", () => {
    const area = parseItalianNumber(text.areaPrinted);
    const stated = { density: readPrintedFigure(text.densityPrinted) };
    const with2024 = populationDensity({ population: population(text.populationPrinted), areaKm2: area });
    expect(checkStatedIndices(stated, { density: with2024 }).map((f) => f.computed)).toEqual(["1587.27"]);
    // With the 01/01/2023 population (the chart's source) the density is 1.584,95: "1.584" only if truncated.
    const with2023 = populationDensity({ population: 122675, areaKm2: area });
    expect(with2023.toFixed(2)).toBe("1584.95");
    expect(with2023.floor().toString()).toBe("1584");
  });

  it("reproduces the foreign share: 13.031 of 122.855 is 10,6% (L3058-3059)", () => {
    const computed = foreignShare({
      foreigners: population(text.foreignersPrinted),
      total: population(text.populationPrinted),
    });
    expect(
      checkStatedIndices(
        { foreignShare: readPrintedFigure(text.foreignSharePrinted) },
        { foreignShare: computed },
      ),
    ).toEqual([]);
    expect(computed.toFixed(2)).toBe("10.61");
  });
});

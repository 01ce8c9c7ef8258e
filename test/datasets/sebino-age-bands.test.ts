import { describe, expect, it } from "vitest";
import {
  SEBINO_AGE_BANDS_2024,
  SEBINO_AGE_STRUCTURES_2024,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
  SEBINO_PRINTED_TOTALS_STRUCTURE_2024,
} from "../../src/datasets/sebino/age-bands.js";
import {
  bandShare,
  checkAgeStructure,
  demographicProfile,
  standardBands,
} from "../../src/demography/index.js";

// Indices of each comune as recomputed in the extraction, ROUND_HALF_UP to 1 decimal: IV, IDS, IDA, IDG, %0-14,
// %65+ (seed 002 extraction §7.3, from the rows at L2851-2867; the document itself prints no index).
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  Iseo: ["225.8", "62.3", "43.1", "19.1", "11.8", "26.6"],
  "Corte Franca": ["164.8", "53.8", "33.5", "20.3", "13.2", "21.8"],
  Marone: ["192.0", "59.8", "39.3", "20.5", "12.8", "24.6"],
  "Monte Isola": ["313.2", "62.0", "47.0", "15.0", "9.3", "29.2"],
  "Monticelli Brusati": ["153.5", "51.8", "31.4", "20.4", "13.5", "20.7"],
  "Paderno Franciacorta": ["160.5", "52.0", "32.0", "20.0", "13.1", "21.1"],
  Paratico: ["134.4", "47.1", "27.0", "20.1", "13.6", "18.3"],
  Passirano: ["184.3", "53.1", "34.5", "18.7", "12.2", "22.5"],
  "Provaglio d'Iseo": ["154.4", "53.0", "32.2", "20.8", "13.6", "21.0"],
  "Sale Marasino": ["249.4", "63.4", "45.3", "18.1", "11.1", "27.7"],
  Sulzano: ["165.7", "53.4", "33.3", "20.1", "13.1", "21.7"],
  Zone: ["353.4", "64.1", "50.0", "14.1", "8.6", "30.5"],
};

describe("Sebino, population by age band at 01/01/2024 (seed 002 L2851-2868)", () => {
  it("holds the 12 comuni with their source lines", () => {
    expect(SEBINO_AGE_STRUCTURES_2024.map((entry) => entry.comune)).toEqual(Object.keys(EXPECTED));
    expect(SEBINO_AGE_BANDS_2024.comuni[5]?.source.lines).toEqual([2856, 2860]); // Paderno split over 5 lines
    expect(Object.isFrozen(SEBINO_AGE_BANDS_2024.comuni[0]?.aged0to14)).toBe(true);
  });

  it("recomputes every comune's indices from its bands", () => {
    for (const { comune, structure } of SEBINO_AGE_STRUCTURES_2024) {
      const p = demographicProfile(structure);
      // Shares are on the comune's stated population here, as in the extraction.
      const stated = structure.stated.total ?? 0;
      const bands = standardBands(structure);
      const shares = [bands.aged0to14 ?? 0, bands.aged65plus ?? 0].map((band) =>
        bandShare({ band, total: stated }).toFixed(1),
      );
      expect([
        p.oldAgeIndex?.toFixed(1),
        p.structuralDependencyIndex?.toFixed(1),
        p.elderlyDependencyIndex?.toFixed(1),
        p.youthDependencyIndex?.toFixed(1),
      ]).toEqual(EXPECTED[comune]?.slice(0, 4));
      expect(shares).toEqual(EXPECTED[comune]?.slice(4));
      expect(p.activePopulationTurnoverIndex).toBeNull(); // no 15-19 / 60-64 bands in this table
    }
  });

  it("flags Monte Isola, whose bands exceed its total by 9 (seed 002 L2854)", () => {
    const findings = SEBINO_AGE_STRUCTURES_2024.flatMap(({ comune, structure }) =>
      checkAgeStructure(structure, [comune]).map((f) => [f.code, f.path.join("/"), f.stated, f.computed]),
    );
    expect(findings).toEqual([
      ["band_sum_mismatch", "Monte Isola/stated/total", "1621", "1630"],
      ["band_sum_mismatch", "Monte Isola/stated/males", "808", "817"],
    ]);
  });

  it("aggregates the Ambito from its comuni, not from their indices (seed 002 §7.3)", () => {
    const ambito = SEBINO_AMBITO_AGE_STRUCTURE_2024;
    const p = demographicProfile(ambito);
    expect(standardBands(ambito)).toEqual({
      total: 54355,
      males: 26818,
      females: 27537,
      aged0to14: 6847,
      aged15to64: 35004,
      aged65plus: 12504,
      // Counts the bands 0-14, 15-64, 65+ cannot give are null.
      aged0to4: null,
      aged0to17: null,
      aged15to19: null,
      aged15to39: null,
      aged40to64: null,
      aged60to64: null,
      aged80plus: null,
      women15to49: null,
      foreigners: null,
    });
    expect(ambito.count(65, undefined, "males")).toBe(5704); // the cell the TOTALI row leaves empty
    expect(p.oldAgeIndex?.toFixed(1)).toBe("182.6");
    expect(p.structuralDependencyIndex?.toFixed(1)).toBe("55.3");
    expect(p.elderlyDependencyIndex?.toFixed(1)).toBe("35.7");
    expect(p.youthDependencyIndex?.toFixed(1)).toBe("19.6");
    // Computed on the bands' own sum 54.355; on the stated 54.346 the extraction finds 23,01%.
    expect(p.ageingShare?.toFixed(2)).toBe("23.00");
    expect(checkAgeStructure(ambito).map((f) => [f.path.join("/"), f.stated, f.computed])).toEqual([
      ["stated/total", "54346", "54355"],
      ["stated/males", "26809", "26818"],
    ]);
  });

  it("matches every cell the TOTALI row prints, and shows the empty one (seed 002 L2868)", () => {
    const printed = SEBINO_AGE_BANDS_2024.printedTotals;
    const ambito = SEBINO_AMBITO_AGE_STRUCTURE_2024;
    expect(ambito.stated).toEqual({
      males: printed.population.males,
      females: printed.population.females,
      total: 54346,
    });
    const bands = ambito.bands();
    const groups = [printed.aged0to14, printed.aged15to64, printed.aged65plus];
    expect(
      groups.map((g, i) => [g.males === null ? null : bands[i]?.males, bands[i]?.females, bands[i]?.total]),
    ).toEqual(groups.map((g) => [g.males, g.females, g.total]));
    expect(printed.aged65plus.males).toBeNull();
    expect(SEBINO_PRINTED_TOTALS_STRUCTURE_2024.hasSexes).toBe(false);
    expect(checkAgeStructure(SEBINO_PRINTED_TOTALS_STRUCTURE_2024).map((f) => f.code)).toEqual([
      "band_sum_mismatch",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { ageStructureFromBands, oldAgeIndex, standardBands } from "../../src/demography/index.js";
import { errorCodeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

describe("standardBands", () => {
  it("gives the bands five-year classes allow, women 15-49 included", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: Array.from({ length: 18 }, (_, i) => ({
        from: i * 5,
        ...(i < 17 ? { to: i * 5 + 4 } : {}),
        males: 10,
        females: 20,
      })),
    });
    expect(standardBands(structure)).toEqual({
      total: 540,
      males: 180,
      females: 360,
      aged0to4: 30,
      aged0to14: 90,
      aged15to19: 30,
      aged15to39: 150,
      aged15to64: 300,
      aged40to64: 150,
      aged60to64: 30,
      aged65plus: 150,
      aged80plus: 60,
      women15to49: 140,
      // Counts the classes cannot give, or the structure does not have, are null (0.1.0 left the keys out).
      aged0to17: null,
      foreigners: null,
    });
  });
});

describe("standardBands as the input of an index", () => {
  it("names the count a band record lacks", () => {
    const bands = standardBands(
      ageStructureFromBands({
        referenceDate: "2024-01-01",
        bands: [
          { from: 0, to: 64, total: 3 },
          { from: 65, total: 1 },
        ],
      }),
    );
    expect(errorCodeAt(() => oldAgeIndex(bands as never))).toBe("invalid_count@aged0to14");
  });

  it.each(hostileValues())("refuses %s as a structure", (_, value) => {
    expect(hostileCode(() => standardBands(value as never))).toBe("invalid_age_structure");
  });
});

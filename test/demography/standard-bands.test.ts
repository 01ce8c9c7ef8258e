import { describe, expect, it } from "vitest";
import { ageStructureFromBands, standardBands } from "../../src/demography/index.js";

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
    });
  });
});

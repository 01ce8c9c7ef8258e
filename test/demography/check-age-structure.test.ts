import { describe, expect, it } from "vitest";
import { ageStructureFromBands, checkAgeStructure } from "../../src/demography/index.js";

describe("checkAgeStructure", () => {
  it("reports band totals that differ from males + females, and stated totals that do not add up", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, males: 5, females: 5, total: 11 },
        { from: 15, males: 20, females: 20, total: 40 },
      ],
      stated: { males: 24, females: 25, total: 50 },
      foreign: {
        bands: [
          { from: 0, to: 14, males: 1, females: 1, total: 3 },
          { from: 15, males: 1, females: 0 },
        ],
        stated: { total: 4 },
      },
    });
    const findings = checkAgeStructure(structure, ["Comune X"]);
    expect(findings.map((f) => [f.code, f.path.join("/"), f.stated, f.computed, f.severity])).toEqual([
      ["sex_sum_mismatch", "Comune X/bands/0", "11", "10", "error"],
      ["band_sum_mismatch", "Comune X/stated/total", "50", "51", "error"],
      ["band_sum_mismatch", "Comune X/stated/males", "24", "25", "error"],
      ["sex_sum_mismatch", "Comune X/stated", "50", "49", "error"],
      ["sex_sum_mismatch", "Comune X/foreign/bands/0", "3", "2", "error"],
    ]);
    expect(findings[0]?.message).toBe(
      "Band 0-14, males + females: stated 11, but the counts add up to 10 (difference 1)",
    );
    expect(findings[0]?.messageIt).toBe(
      "Fascia 0-14, maschi + femmine: indicato 11, ma i conteggi sommano a 10 (differenza 1)",
    );
  });

  it("finds nothing in a consistent structure", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, males: 3, females: 4 }],
      stated: { males: 3, females: 4, total: 7 },
    });
    expect(checkAgeStructure(structure)).toEqual([]);
  });
});

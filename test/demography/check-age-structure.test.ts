import { describe, expect, it } from "vitest";
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  checkAgeStructure,
} from "../../src/demography/index.js";
import { hostileValues } from "./_hostile.js";

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

describe("checkAgeStructure never throws", () => {
  it("finds nothing in a single-year structure, which cannot disagree with itself", () => {
    const structure = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      males: Array.from({ length: 101 }, () => 3),
      females: Array.from({ length: 101 }, () => 4),
    });
    expect(checkAgeStructure(structure)).toEqual([]);
  });

  it("adds males and females exactly beyond 2^53", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, males: 2 ** 52, females: 2 ** 52 + 1, total: 2 ** 52 }],
    });
    expect(checkAgeStructure(structure).map((f) => [f.code, f.stated, f.computed])).toEqual([
      ["sex_sum_mismatch", "4503599627370496", "9007199254740993"],
    ]);
  });

  it("writes large counts as each language does", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, males: 2_000_000, females: 1_500_000 }],
      stated: { total: 3_400_000 },
    });
    const [finding] = checkAgeStructure(structure);
    expect(finding?.message).toBe(
      "Total: stated 3,400,000, but the counts add up to 3,500,000 (difference -100,000)",
    );
    expect(finding?.messageIt).toBe(
      "Totale: indicato 3.400.000, ma i conteggi sommano a 3.500.000 (differenza -100.000)",
    );
  });

  // 0.1.0 threw a TypeError for checkAgeStructure(null).
  it.each(hostileValues())("reports %s as a structure, or as a path, in a finding", (name, value) => {
    const findings = checkAgeStructure(value as never);
    expect(findings.map((f) => [f.code, f.severity, f.stated, f.computed])).toEqual([
      ["unreadable_demographic_input", "error", null, null],
    ]);
    const structure = ageStructureFromBands({ referenceDate: "2024-01-01", bands: [{ from: 0, total: 1 }] });
    expect(checkAgeStructure(structure, value as never).map((f) => f.code)).toEqual(
      value === undefined || name === "an empty array" ? [] : ["unreadable_demographic_input"],
    );
  });
});

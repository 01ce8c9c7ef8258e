import { describe, expect, it } from "vitest";
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  meanAge,
  medianAge,
} from "../../src/demography/index.js";
import { errorCode } from "./_errors.js";

const single = (counts: Readonly<Record<number, number>>) =>
  ageStructureFromSingleYears({
    referenceDate: "2024-01-01",
    total: Array.from({ length: 101 }, (_, age) => counts[age] ?? 0),
  });

describe("meanAge", () => {
  it("adds half a year to completed ages by default, and counts 100+ as 100", () => {
    const structure = single({ 0: 1, 100: 1 });
    expect(meanAge(structure).toString()).toBe("50.5");
    expect(meanAge(structure, { halfYear: false }).toString()).toBe("50");
    expect(meanAge(single({ 1: 1, 2: 2 }), { halfYear: false }).toString()).toBe(
      "1.666666666666666666666666666666666666667",
    );
  });

  it("needs single years and people", () => {
    const bands = ageStructureFromBands({ referenceDate: "2024-01-01", bands: [{ from: 0, total: 5 }] });
    expect(errorCode(() => meanAge(bands))).toBe("band_not_available");
    expect(errorCode(() => meanAge(single({})))).toBe("zero_denominator");
    expect(errorCode(() => meanAge({} as never))).toBe("invalid_age_structure");
  });
});

describe("medianAge", () => {
  it("interpolates within the median year of age", () => {
    // 10 people: 4 aged 20, 2 aged 21, 4 aged 40. Half (5) is reached inside age 21: 21 + (5 − 4) / 2.
    const structure = single({ 20: 4, 21: 2, 40: 4 });
    expect(medianAge(structure).toString()).toBe("21.5");
    expect(medianAge(structure, { interpolate: false }).toString()).toBe("21");
    expect(medianAge(single({ 0: 1 })).toString()).toBe("0.5");
  });

  it("refuses to interpolate inside the open class 100+", () => {
    const structure = single({ 100: 3 });
    expect(errorCode(() => medianAge(structure))).toBe("median_in_open_class");
    expect(medianAge(structure, { interpolate: false }).toString()).toBe("100");
    expect(errorCode(() => medianAge(single({})))).toBe("zero_denominator");
  });
});

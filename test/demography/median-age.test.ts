import { describe, expect, it } from "vitest";
import {
  ATS_INSUBRIA_POPULATION_2024,
  printedAreaStructure,
} from "../../src/datasets/busto-arsizio/demography.js";
import {
  SEBINO_AGE_STRUCTURES_2024,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
} from "../../src/datasets/sebino/age-bands.js";
import { ageStructureFromBands, ageStructureFromSingleYears, medianAge } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";
import { errorCode } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

const single = (counts: Readonly<Record<number, number>>) =>
  ageStructureFromSingleYears({
    referenceDate: "2024-01-01",
    total: Array.from({ length: 101 }, (_, age) => counts[age] ?? 0),
  });

describe("medianAge of single years", () => {
  it("interpolates within the median year of age", () => {
    // 10 people: 4 aged 20, 2 aged 21, 4 aged 40. Half (5) is reached inside age 21: 21 + (5 − 4) / 2.
    const structure = single({ 20: 4, 21: 2, 40: 4 });
    expect(medianAge(structure).toString()).toBe("21.5");
    expect(medianAge(structure, { interpolate: false }).toString()).toBe("21");
    expect(medianAge(single({ 0: 1 })).toString()).toBe("0.5");
  });

  it("rounds once: (2 P(a) a + N − 2 P(<a)) / 2 P(a), not the quotient rounded and then a added and rounded", () => {
    // 11 people aged 1 and 1 aged 5: the median is 1 + 6/11 = 17/11 = 1.5454…; 0.1.0 rounded 6/11 to 40 digits,
    // added 1 and rounded again, ending in …546; rounded once it ends in …545.
    const structure = single({ 1: 11, 5: 1 });
    expect(medianAge(structure).toString()).toBe("1.545454545454545454545454545454545454545");
    expect(medianAge(structure).toString()).toBe(roundedFraction(17n, 11n));
  });

  it("refuses to interpolate inside the open class 100+, unless its width is given", () => {
    const structure = single({ 100: 3 });
    expect(errorCode(() => medianAge(structure))).toBe("median_in_open_class");
    expect(medianAge(structure, { interpolate: false }).toString()).toBe("100");
    expect(medianAge(structure, { openClassWidth: 10 }).toString()).toBe("105");
    expect(errorCode(() => medianAge(single({})))).toBe("zero_denominator");
  });
});

describe("medianAge of grouped classes", () => {
  it("interpolates linearly within the median class: the Sebino bands, by hand (seed 002 L2851-2868)", () => {
    // The Ambito: 0-14: 6.847, 15-64: 35.004, 65+: 12.504; N = 54.355, half 27.177,5.
    // 6.847 < 27.177,5 ≤ 6.847 + 35.004: the median class is 15-64, 50 years wide (15 to 65).
    // 15 + 50 × (27.177,5 − 6.847) / 35.004 = 15 + 50 × 20.330,5 / 35.004 = 15 + 29,04025… = 44,04025…
    const ambito = SEBINO_AMBITO_AGE_STRUCTURE_2024;
    expect(medianAge(ambito).toFixed(5)).toBe("44.04025");
    expect(medianAge(ambito).toString()).toBe(roundedFraction(3083170n, 70008n));
    expect(medianAge(ambito, { interpolate: false }).toString()).toBe("15");
    // Iseo: 0-14: 1.059, 15-64: 5.542, 65+: 2.391; N = 8.992, half 4.496.
    // 15 + 50 × (4.496 − 1.059) / 5.542 = 15 + 171.850 / 5.542 = 15 + 31,00866… = 46,00866…
    const iseo = SEBINO_AGE_STRUCTURES_2024[0]?.structure;
    expect(iseo && medianAge(iseo).toFixed(5)).toBe("46.00866");
  });

  it("works on five-year classes (ATS Insubria, seed 001 L530-548)", () => {
    const ats = printedAreaStructure(ATS_INSUBRIA_POPULATION_2024);
    const bands = ats.bands();
    let below = 0;
    let k = 0;
    while (2 * (below + (bands[k]?.total ?? 0)) < ats.total) below += bands[k++]?.total ?? 0;
    const count = BigInt(bands[k]?.total ?? 0);
    const from = BigInt(bands[k]?.from ?? 0);
    const expected = roundedFraction(
      2n * count * from + 5n * (BigInt(ats.total) - 2n * BigInt(below)),
      2n * count,
    );
    expect(medianAge(ats).toString()).toBe(expected);
    expect(medianAge(ats).toFixed(2)).toBe("48.81");
  });

  it("refuses a median in the open last class without a width, and uses the one given", () => {
    const old = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 64, total: 10 },
        { from: 65, total: 30 },
      ],
    });
    expect(errorCode(() => medianAge(old))).toBe("median_in_open_class");
    // 65 + 20 × (20 − 10) / 30 = 71,666…
    expect(medianAge(old, { openClassWidth: 20 }).toFixed(3)).toBe("71.667");
  });
});

describe("medianAge on hostile input", () => {
  const structure = single({ 30: 2 });
  it.each(hostileValues())("refuses %s as a structure", (_, value) => {
    expect(hostileCode(() => medianAge(value as never))).toBe("invalid_age_structure");
  });
  it.each(hostileValues(["interpolate", "openClassWidth"]))(
    "refuses %s as options or an option",
    (_, value) => {
      expect(hostileCode(() => medianAge(structure, value as never))).toMatch(
        /^(returned|invalid_type|unreadable_field)$/,
      );
      expect(hostileCode(() => medianAge(structure, { interpolate: value as never }))).toMatch(
        /^(returned|invalid_type)$/,
      );
      expect(hostileCode(() => medianAge(structure, { openClassWidth: value as never }))).toMatch(
        /^(returned|invalid_class_width)$/,
      );
    },
  );
});

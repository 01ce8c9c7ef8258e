import { describe, expect, it } from "vitest";
import {
  ATS_INSUBRIA_POPULATION_2024,
  printedAreaStructure,
} from "../../src/datasets/busto-arsizio/demography.js";
import {
  SEBINO_AGE_STRUCTURES_2024,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
} from "../../src/datasets/sebino/age-bands.js";
import { ageStructureFromBands, ageStructureFromSingleYears, meanAge } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";
import { errorCode } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

const single = (counts: Readonly<Record<number, number>>) =>
  ageStructureFromSingleYears({
    referenceDate: "2024-01-01",
    total: Array.from({ length: 101 }, (_, age) => counts[age] ?? 0),
  });

describe("meanAge of single years", () => {
  it("adds half a year to completed ages by default, and counts 100+ as 100", () => {
    const structure = single({ 0: 1, 100: 1 });
    expect(meanAge(structure).toString()).toBe("50.5");
    expect(meanAge(structure, { halfYear: false }).toString()).toBe("50");
    expect(meanAge(single({ 1: 1, 2: 2 }), { halfYear: false }).toString()).toBe(
      "1.666666666666666666666666666666666666667",
    );
    // The open class can be given a width: 100+ as 100-109 counts at 105.
    expect(meanAge(structure, { openClassWidth: 10 }).toString()).toBe("52.75");
  });

  it("rounds once: (2 Σ a P + N) / 2N, not Σ a P / N rounded, then ½ added and rounded again", () => {
    // 5 people aged 0 and 6 aged 1: Σ a P / N = 6/11, and the mean age is 6/11 + ½ = 23/22 = 1.0454545…
    // 0.1.0 rounded 6/11 to 40 digits (0.5454…5455), added ½ and rounded again, ending in …546; rounded once, the
    // exact value ends in …545. The test asserted 0.1.0's digits nowhere; the property test now checks every digit
    // against the BigInt reference.
    const structure = single({ 0: 5, 1: 6 });
    expect(meanAge(structure).toString()).toBe("1.045454545454545454545454545454545454545");
    expect(meanAge(structure).toString()).toBe(roundedFraction(23n, 22n));
  });

  it("needs people", () => {
    expect(errorCode(() => meanAge(single({})))).toBe("zero_denominator");
    expect(errorCode(() => meanAge({} as never))).toBe("invalid_age_structure");
  });
});

describe("meanAge of grouped classes", () => {
  it("counts each class at its middle: the Sebino bands, by hand (seed 002 L2851-2868)", () => {
    // The Ambito: 0-14: 6.847, 15-64: 35.004, 65+: 12.504; N = 54.355.
    // Middles (half-year convention): 0-14 spans ages 0 to 15, middle 7,5; 15-64 spans 15 to 65, middle 40;
    // 65+ takes the width of the class before it, 50 years (65 to 115), middle 90.
    // (7,5 × 6.847 + 40 × 35.004 + 90 × 12.504) / 54.355 = 2.576.872,5 / 54.355 = 47,40819…
    const ambito = SEBINO_AMBITO_AGE_STRUCTURE_2024;
    expect(meanAge(ambito).toFixed(5)).toBe("47.40820");
    expect(meanAge(ambito).toString()).toBe(roundedFraction(5153745n, 108710n));
    // A 65+ class of 25 years (65 to 90, middle 77,5) is the likelier assumption: 2.420.572,5 / 54.355 = 44,53266…
    expect(meanAge(ambito, { openClassWidth: 25 }).toFixed(5)).toBe("44.53266");
    // The middles of the completed ages instead (7, 39,5, 89,5): 2.549.695 / 54.355 = 46,90820…
    expect(meanAge(ambito, { halfYear: false }).toFixed(5)).toBe("46.90820");
    // Iseo: (7,5 × 1.059 + 40 × 5.542 + 90 × 2.391) / 8.992 = 444.822,5 / 8.992 = 49,46758…
    const iseo = SEBINO_AGE_STRUCTURES_2024[0]?.structure;
    expect(iseo && meanAge(iseo).toFixed(5)).toBe("49.46758");
  });

  it("works on five-year classes, the open 85+ counting as 85-89 (ATS Insubria, seed 001 L530-548)", () => {
    const ats = printedAreaStructure(ATS_INSUBRIA_POPULATION_2024);
    let numerator = 0n;
    for (const band of ats.bands()) numerator += BigInt(2 * band.from + 5) * BigInt(band.total);
    expect(meanAge(ats).toString()).toBe(roundedFraction(numerator, 2n * BigInt(ats.total)));
    expect(meanAge(ats).toFixed(2)).toBe("46.64");
  });

  it("needs a width for a lone open class", () => {
    const lone = ageStructureFromBands({ referenceDate: "2024-01-01", bands: [{ from: 0, total: 5 }] });
    expect(errorCode(() => meanAge(lone))).toBe("open_class_width_needed");
    expect(meanAge(lone, { openClassWidth: 80 }).toString()).toBe("40");
  });
});

describe("meanAge on hostile input", () => {
  const structure = single({ 30: 2 });
  it.each(hostileValues())("refuses %s as a structure", (_, value) => {
    expect(hostileCode(() => meanAge(value as never))).toBe("invalid_age_structure");
  });
  it.each(hostileValues(["halfYear", "openClassWidth"]))("refuses %s as options or an option", (_, value) => {
    expect(hostileCode(() => meanAge(structure, value as never))).toMatch(
      /^(returned|invalid_type|unreadable_field)$/,
    );
    expect(hostileCode(() => meanAge(structure, { halfYear: value as never }))).toMatch(
      /^(returned|invalid_type)$/,
    );
    expect(hostileCode(() => meanAge(structure, { openClassWidth: value as never }))).toMatch(
      /^(returned|invalid_class_width)$/,
    );
  });
  it("refuses absurd widths", () => {
    for (const width of [0, -1, 1.5, 201, 1e9]) {
      expect(errorCode(() => meanAge(structure, { openClassWidth: width }))).toBe("invalid_class_width");
    }
  });
});

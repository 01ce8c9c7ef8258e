import { describe, expect, it } from "vitest";
import {
  activePopulationStructureIndex,
  activePopulationTurnoverIndex,
  ageStructureFromBands,
  ageingShare,
  bandShare,
  birthsPerThousandWomen,
  childWomanRatio,
  elderlyDependencyIndex,
  foreignShare,
  oldAgeIndex,
  sexRatio,
  structuralDependencyIndex,
  youthDependencyIndex,
} from "../../src/demography/index.js";
import { errorCodeAt as codeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

// ATS Insubria, 01/01/2024 (seed 001 L530-550; aggregates as recomputed in the extraction §7.1).
const ATS = {
  total: 1462906,
  aged0to4: 49853,
  aged0to14: 180481,
  aged15to19: 72348,
  aged15to39: 375932,
  aged15to64: 925566,
  aged40to64: 549634,
  aged60to64: 104226,
  aged65plus: 356859,
  women15to49: 282634,
  males: 716765,
  females: 746141,
};

describe("ISTAT structure indices", () => {
  it("compute exactly, × 100, from a whole band record (extra keys ignored)", () => {
    expect(oldAgeIndex(ATS).toFixed(4)).toBe("197.7266");
    expect(structuralDependencyIndex(ATS).toFixed(4)).toBe("58.0553");
    expect(elderlyDependencyIndex(ATS).toFixed(4)).toBe("38.5558");
    expect(youthDependencyIndex(ATS).toFixed(4)).toBe("19.4995");
    expect(activePopulationTurnoverIndex(ATS).toFixed(4)).toBe("144.0620");
    expect(activePopulationStructureIndex(ATS).toFixed(4)).toBe("146.2057");
    expect(ageingShare(ATS).toFixed(4)).toBe("24.3938");
    expect(sexRatio(ATS).toFixed(2)).toBe("96.06");
    expect(childWomanRatio(ATS).toFixed(2)).toBe("17.64");
    expect(birthsPerThousandWomen({ births: 8908, women15to49: ATS.women15to49 }).toFixed(4)).toBe("31.5178");
  });

  it("are exact decimals, not floats", () => {
    expect(oldAgeIndex({ aged0to14: 3, aged65plus: 1 }).toString()).toBe(
      "33.33333333333333333333333333333333333333",
    );
    expect(youthDependencyIndex({ aged0to14: 1, aged15to64: 8 }).toString()).toBe("12.5");
    expect(
      bandShare({ band: 1, total: 3 })
        .plus(bandShare({ band: 2, total: 3 }))
        .toString(),
    ).toBe("100");
  });

  it("name the denominator that is zero", () => {
    expect(codeAt(() => oldAgeIndex({ aged0to14: 0, aged65plus: 1 }))).toBe("zero_denominator@aged0to14");
    expect(codeAt(() => structuralDependencyIndex({ aged0to14: 1, aged15to64: 0, aged65plus: 1 }))).toBe(
      "zero_denominator@aged15to64",
    );
    expect(codeAt(() => activePopulationTurnoverIndex({ aged15to19: 0, aged60to64: 1 }))).toBe(
      "zero_denominator@aged15to19",
    );
    expect(codeAt(() => activePopulationStructureIndex({ aged15to39: 0, aged40to64: 1 }))).toBe(
      "zero_denominator@aged15to39",
    );
    expect(codeAt(() => childWomanRatio({ aged0to4: 1, women15to49: 0 }))).toBe(
      "zero_denominator@women15to49",
    );
    expect(codeAt(() => sexRatio({ males: 1, females: 0 }))).toBe("zero_denominator@females");
    expect(codeAt(() => foreignShare({ foreigners: 0, total: 0 }))).toBe("zero_denominator@total");
    expect(codeAt(() => birthsPerThousandWomen({ births: 1, women15to49: 0 }))).toBe(
      "zero_denominator@women15to49",
    );
  });

  it("refuse counts that are not counts, naming the key", () => {
    expect(codeAt(() => oldAgeIndex({ aged0to14: -1, aged65plus: 1 }))).toBe("invalid_count@aged0to14");
    expect(codeAt(() => oldAgeIndex({ aged0to14: 10, aged65plus: 1.5 }))).toBe("invalid_count@aged65plus");
    expect(codeAt(() => elderlyDependencyIndex({ aged15to64: 2 ** 53, aged65plus: 1 }))).toBe(
      "invalid_count@aged15to64",
    );
    expect(codeAt(() => oldAgeIndex({} as never))).toBe("invalid_count@aged65plus");
    expect(
      codeAt(() =>
        structuralDependencyIndex({ aged0to14: Number.MAX_SAFE_INTEGER, aged15to64: 1, aged65plus: 1 }),
      ),
    ).toBe("unsafe_sum@");
  });

  it("read a structure's bands, and name the count its bands cannot give", () => {
    const bands = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 88 },
        { from: 15, to: 64, total: 622 },
        { from: 65, total: 311 },
      ],
    });
    expect(oldAgeIndex(bands).toFixed(1)).toBe("353.4");
    expect(codeAt(() => activePopulationTurnoverIndex(bands))).toBe("band_not_available@aged60to64");
    expect(codeAt(() => sexRatio(bands))).toBe("sex_not_available@males");
    expect(codeAt(() => foreignShare(bands))).toBe("band_not_available@foreigners");
  });

  it("read own fields only: a count inherited from a prototype is not a count", () => {
    const inherited = Object.assign(Object.create({ aged0to14: 100 }) as object, { aged65plus: 150 });
    expect(codeAt(() => oldAgeIndex(inherited as never))).toBe("invalid_count@aged0to14");
  });

  it("refuse a part larger than its whole", () => {
    expect(codeAt(() => ageingShare({ aged65plus: 11, total: 10 }))).toBe("part_exceeds_total@aged65plus");
    expect(codeAt(() => foreignShare({ foreigners: 11, total: 10 }))).toBe("part_exceeds_total@foreigners");
  });
});

const INDICES = {
  oldAgeIndex,
  structuralDependencyIndex,
  elderlyDependencyIndex,
  youthDependencyIndex,
  activePopulationTurnoverIndex,
  activePopulationStructureIndex,
  childWomanRatio,
  ageingShare,
  sexRatio,
  foreignShare,
  bandShare,
  birthsPerThousandWomen,
} as const;

describe.each(Object.entries(INDICES))("%s on hostile input", (_, index) => {
  // 0.1.0 threw TypeError for oldAgeIndex(5): every wrong shape is a PdzError now.
  it.each(hostileValues(["aged0to14", "aged65plus", "total", "band", "births"]))("%s", (__, value) => {
    expect(hostileCode(() => index(value as never))).toMatch(
      /^(invalid_type|invalid_count|unreadable_field)$/,
    );
  });
});

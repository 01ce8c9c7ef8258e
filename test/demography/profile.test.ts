import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  demographicProfile,
  childWomanRatio,
  foreignShare,
  oldAgeIndex,
  sexRatio,
  standardBands,
} from "../../src/demography/index.js";
import { errorCodeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

describe("demographicProfile", () => {
  const males = Array.from({ length: 101 }, (_, age) => (age < 90 ? 100 : 10));
  const females = Array.from({ length: 101 }, (_, age) => (age < 95 ? 100 : 20));
  const foreign = { total: Array.from({ length: 101 }, (_, age) => (age >= 20 && age < 40 ? 10 : 0)) };
  const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", males, females, foreign });
  const profile = demographicProfile(structure);

  it("computes every index from single years", () => {
    expect({ ...profile.bands }).toEqual({
      total: 18730,
      males: 9110,
      females: 9620,
      aged0to4: 1000,
      aged0to14: 3000,
      aged0to17: 3600,
      aged15to19: 1000,
      aged15to39: 5000,
      aged15to64: 10000,
      aged40to64: 5000,
      aged60to64: 1000,
      aged65plus: 5730,
      aged80plus: 2730,
      women15to49: 3500,
      foreigners: 200,
    });
    expect(profile.oldAgeIndex?.toString()).toBe("191");
    expect(profile.structuralDependencyIndex?.toString()).toBe("87.3");
    expect(profile.elderlyDependencyIndex?.toString()).toBe("57.3");
    expect(profile.youthDependencyIndex?.toString()).toBe("30");
    expect(profile.activePopulationTurnoverIndex?.toString()).toBe("100");
    expect(profile.activePopulationStructureIndex?.toString()).toBe("100");
    expect(profile.childWomanRatio?.toFixed(4)).toBe("28.5714");
    expect(profile.ageingShare?.toFixed(4)).toBe("30.5926");
    expect(profile.youthShare?.toFixed(4)).toBe("16.0171");
    expect(profile.workingAgeShare?.toFixed(4)).toBe("53.3903");
    expect(profile.veryOldShare?.toFixed(4)).toBe("14.5755");
    expect(profile.minorShare?.toFixed(4)).toBe("19.2205");
    expect(profile.sexRatio?.toFixed(4)).toBe("94.6985");
    expect(profile.foreignShare?.toFixed(4)).toBe("1.0678");
    // Σ age × P = 410.950 (males) + 458.200 (females) = 869.150; / 18.730 + 0,5.
    expect(profile.meanAge?.toFixed(4)).toBe("46.9042");
    // Half of 18.730 is reached inside age 46: 46 + (9.365 − 9.200) / 200.
    expect(profile.medianAge?.toString()).toBe("46.825");
    expect(Object.isFrozen(profile)).toBe(true);
  });

  it("agrees with the single functions, given the structure or its band record", () => {
    expect(profile.sexRatio?.toString()).toBe(
      sexRatio({ ...standardBands(structure), males: 9110, females: 9620 }).toString(),
    );
    expect(profile.childWomanRatio?.toString()).toBe(childWomanRatio(structure).toString());
    expect(profile.foreignShare?.toString()).toBe(foreignShare(structure).toString());
    expect(profile.oldAgeIndex?.toString()).toBe(oldAgeIndex(structure).toString());
  });

  it("leaves out what bands cannot give", () => {
    const bandStructure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 10 },
        { from: 15, to: 64, total: 60 },
        { from: 65, total: 30 },
      ],
    });
    const bands = demographicProfile(bandStructure);
    expect(bands.oldAgeIndex?.toString()).toBe("300");
    expect(() => foreignShare(bandStructure)).toThrow(/cannot give foreigners/);
    expect(() => sexRatio(bandStructure)).toThrow(/not split by sex/);
    // 0.1.0 gave undefined (and the keys vanished from JSON): null now.
    expect([
      bands.childWomanRatio,
      bands.sexRatio,
      bands.foreignShare,
      bands.meanAge,
      bands.veryOldShare,
    ]).toEqual([null, null, null, null, null]);
    expect(JSON.parse(JSON.stringify(bands))).toMatchObject({
      meanAge: null,
      sexRatio: null,
      oldAgeIndex: "300",
    });
  });

  it("throws on a zero denominator, like the single functions", () => {
    const noChildren = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 0 },
        { from: 15, total: 60 },
      ],
    });
    expect(() => demographicProfile(noChildren)).not.toThrow(); // no 65+ band: IV not asked
    const empty = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 0 },
        { from: 15, to: 64, total: 6 },
        { from: 65, total: 1 },
      ],
    });
    let code: string | undefined;
    try {
      demographicProfile(empty);
    } catch (error) {
      code = isPdzError(error) ? error.code : undefined;
    }
    expect(code).toBe("zero_denominator");
  });
});

describe("demographicProfile as data", () => {
  const structure = ageStructureFromSingleYears({
    referenceDate: "2024-01-01",
    total: Array.from({ length: 101 }, (_, age) => (age < 80 ? 10 : 5)),
  });
  const profile = demographicProfile(structure);

  it("survives JSON.stringify, every index as canonical text, and shows the same in Node's console", () => {
    const json = JSON.parse(JSON.stringify(profile)) as Record<string, unknown>;
    expect(json).toEqual(profile.toJSON());
    expect(json["oldAgeIndex"]).toBe(profile.oldAgeIndex?.toString());
    expect(json["sexRatio"]).toBeNull();
    expect(Object.keys(json)).toHaveLength(18);
    expect(inspect(profile).startsWith("DemographicProfile {")).toBe(true);
    expect(inspect(profile)).toContain("oldAgeIndex: '");
  });

  it("makes each index once, when read, and gives the same Decimal each time", () => {
    expect(profile.meanAge).toBe(profile.meanAge);
    expect(Object.keys(profile)).toEqual([]);
    expect(Object.isFrozen(profile) && Object.isFrozen(profile.bands)).toBe(true);
  });

  it("makes a zero denominator null on request, and still reports it by default", () => {
    const noYouth = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      total: Array.from({ length: 101 }, (_, age) => (age >= 15 && age < 20 ? 0 : 3)),
    });
    expect(errorCodeAt(() => demographicProfile(noYouth))).toBe("zero_denominator@aged15to19");
    const lenient = demographicProfile(noYouth, { onZeroDenominator: "null" });
    expect(lenient.activePopulationTurnoverIndex).toBeNull();
    expect(lenient.oldAgeIndex?.toString()).toBe(oldAgeIndex(noYouth).toString());
    expect(errorCodeAt(() => demographicProfile(noYouth, { onZeroDenominator: "zero" as never }))).toBe(
      "invalid_option@options.onZeroDenominator",
    );
    const oldest = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      total: Array.from({ length: 101 }, (_, age) => (age === 100 ? 1000 : 1)),
    });
    expect(errorCodeAt(() => demographicProfile(oldest))).toBe("median_in_open_class@medianAge");
    expect(demographicProfile(oldest, { onZeroDenominator: "null" }).medianAge).toBeNull();
  });

  it("refuses more foreign residents than residents", () => {
    const more = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, total: 2 }],
      foreign: { bands: [{ from: 0, total: 3 }] },
    });
    expect(errorCodeAt(() => demographicProfile(more, { onZeroDenominator: "null" }))).toBe(
      "part_exceeds_total@foreigners",
    );
  });

  it.each(hostileValues(["onZeroDenominator"]))("refuses %s as a structure or as options", (_, value) => {
    expect(hostileCode(() => demographicProfile(value as never))).toBe("invalid_age_structure");
    expect(hostileCode(() => demographicProfile(structure, value as never))).toMatch(
      /^(returned|invalid_type|unreadable_field|invalid_option)$/,
    );
  });
});

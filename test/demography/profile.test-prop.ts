import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ageStructureFromSingleYears, demographicProfile } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";

// Every index of a profile is the exact fraction of its counts, rounded once to 40 digits: checked digit for digit
// against the BigInt rational reference. (0.1.0's version of this test compared mean and median age with decimal.js
// dividing and then adding ½ or the age: two roundings, whose last digit differs from the exact value's now and
// then; the reference is exact.)
const ages = fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 101, maxLength: 101 });

const ratio = (numerator: number, denominator: number): string =>
  roundedFraction(BigInt(numerator) * 100n, BigInt(denominator));

test.prop([ages, ages, fc.integer({ min: 0, max: 1000 })], { numRuns: 150 })(
  "every index equals the BigInt reference on the same counts",
  (males, females, foreign) => {
    const structure = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      males,
      females,
      foreign: { total: Array.from({ length: 101 }, (_, age) => (age === 30 ? foreign : 0)) },
    });
    const profile = demographicProfile(structure);
    const sum = (from: number, to: number, pick: (age: number) => number): number => {
      let total = 0;
      for (let age = from; age <= to; age++) total += pick(age);
      return total;
    };
    const both = (age: number): number => (males[age] ?? 0) + (females[age] ?? 0);
    const female = (age: number): number => females[age] ?? 0;
    const total = sum(0, 100, both);
    const young = sum(0, 14, both);
    const working = sum(15, 64, both);
    const old = sum(65, 100, both);
    expect(profile.bands.total).toBe(total);
    expect(profile.oldAgeIndex?.toString()).toBe(ratio(old, young));
    expect(profile.structuralDependencyIndex?.toString()).toBe(ratio(young + old, working));
    expect(profile.elderlyDependencyIndex?.toString()).toBe(ratio(old, working));
    expect(profile.youthDependencyIndex?.toString()).toBe(ratio(young, working));
    expect(profile.activePopulationTurnoverIndex?.toString()).toBe(
      ratio(sum(60, 64, both), sum(15, 19, both)),
    );
    expect(profile.activePopulationStructureIndex?.toString()).toBe(
      ratio(sum(40, 64, both), sum(15, 39, both)),
    );
    expect(profile.childWomanRatio?.toString()).toBe(ratio(sum(0, 4, both), sum(15, 49, female)));
    expect(profile.ageingShare?.toString()).toBe(ratio(old, total));
    expect(profile.youthShare?.toString()).toBe(ratio(young, total));
    expect(profile.workingAgeShare?.toString()).toBe(ratio(working, total));
    expect(profile.veryOldShare?.toString()).toBe(ratio(sum(80, 100, both), total));
    expect(profile.minorShare?.toString()).toBe(ratio(sum(0, 17, both), total));
    expect(profile.sexRatio?.toString()).toBe(ratio(total - sum(0, 100, female), sum(0, 100, female)));
    expect(profile.foreignShare?.toString()).toBe(ratio(foreign, total));
    const weighted = sum(0, 100, (age) => (2 * age + 1) * both(age));
    expect(profile.meanAge?.toString()).toBe(roundedFraction(BigInt(weighted), 2n * BigInt(total)));
    let below = 0;
    let age = 0;
    while (2 * (below + both(age)) < total) below += both(age++);
    const count = BigInt(both(age));
    expect(profile.medianAge?.toString()).toBe(
      roundedFraction(2n * count * BigInt(age) + BigInt(total - 2 * below), 2n * count),
    );
  },
);

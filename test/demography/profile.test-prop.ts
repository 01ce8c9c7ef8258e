import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { ageStructureFromSingleYears, demographicProfile } from "../../src/demography/index.js";

// The profile is computed by integer long division; every index must be the very Decimal that decimal.js gives for
// the same counts (numerator × 100 / denominator, mean + ½, median by interpolation), to all 40 digits.
const ages = fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 101, maxLength: 101 });

function reference(numerator: number, denominator: number, factor = 100): string {
  return new Decimal(numerator).times(factor).div(denominator).toString();
}

test.prop([ages, ages], { numRuns: 150 })(
  "every index equals decimal.js on the same counts",
  (males, females) => {
    const profile = demographicProfile(
      ageStructureFromSingleYears({ referenceDate: "2024-01-01", males, females }),
    );
    const b = profile.bands;
    const sum = (from: number, to: number, pick: (age: number) => number): number => {
      let total = 0;
      for (let age = from; age <= to; age++) total += pick(age);
      return total;
    };
    const both = (age: number): number => (males[age] ?? 0) + (females[age] ?? 0);
    const total = sum(0, 100, both);
    const young = sum(0, 14, both);
    const working = sum(15, 64, both);
    const old = sum(65, 100, both);
    expect(b.total).toBe(total);
    expect(profile.oldAgeIndex?.toString()).toBe(reference(old, young));
    expect(profile.structuralDependencyIndex?.toString()).toBe(reference(young + old, working));
    expect(profile.activePopulationTurnoverIndex?.toString()).toBe(
      reference(sum(60, 64, both), sum(15, 19, both)),
    );
    expect(profile.childWomanRatio?.toString()).toBe(
      reference(
        sum(0, 4, both),
        sum(15, 49, (age) => females[age] ?? 0),
      ),
    );
    expect(profile.veryOldShare?.toString()).toBe(reference(sum(80, 100, both), total));
    expect(profile.sexRatio?.toString()).toBe(reference(b.males ?? 0, b.females ?? 0));
    const weighted = sum(0, 100, (age) => age * both(age));
    expect(profile.meanAge?.toString()).toBe(new Decimal(weighted).div(total).plus(0.5).toString());
    let below = 0;
    let age = 0;
    while (2 * (below + both(age)) < total) below += both(age++);
    expect(profile.medianAge?.toString()).toBe(
      new Decimal(total - 2 * below)
        .div(2 * both(age))
        .plus(age)
        .toString(),
    );
  },
);

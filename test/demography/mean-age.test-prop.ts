import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ageStructureFromSingleYears, meanAge } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";
import { grouped, groupedStructure, singleYears } from "./_random-structures.js";

// Mean age against a BigInt rational reference written from their definitions, on random structures:
// every digit must be the exact value rounded once.

/** Σ (age + ½) P / N, or Σ age P / N: the open class as 100 (+ ½). */
function referenceMean(counts: readonly number[], halfYear: boolean): string {
  let weighted = 0n;
  let total = 0n;
  counts.forEach((people, age) => {
    weighted += BigInt(2 * age + (halfYear ? 1 : 0)) * BigInt(people);
    total += BigInt(people);
  });
  return roundedFraction(weighted, 2n * total);
}

test.prop([singleYears, fc.boolean()], { numRuns: 300 })(
  "single years: mean age, rounded once",
  (total, halfYear) => {
    const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
    expect(meanAge(structure, { halfYear }).toString()).toBe(referenceMean(total, halfYear));
  },
);

test.prop([grouped, fc.boolean(), fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined })], {
  numRuns: 300,
})("grouped classes: the mean at the class middles, rounded once", (classes, halfYear, openClassWidth) => {
  const { structure, starts, counts, widths } = groupedStructure(classes, openClassWidth);
  let weighted = 0n;
  let total = 0n;
  counts.forEach((people, i) => {
    weighted +=
      (2n * BigInt(starts[i] ?? 0) + BigInt(widths[i] ?? 0) - (halfYear ? 0n : 1n)) * BigInt(people);
    total += BigInt(people);
  });
  const options = openClassWidth === undefined ? { halfYear } : { halfYear, openClassWidth };
  expect(meanAge(structure, options).toString()).toBe(roundedFraction(weighted, 2n * total));
});

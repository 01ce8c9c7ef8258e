import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ageStructureFromSingleYears, medianAge } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";
import { grouped, groupedStructure, singleYears } from "./_random-structures.js";

// Median age against a BigInt rational reference written from their definitions, on random structures:
// every digit must be the exact value rounded once.

/** a + (N/2 − P(<a)) / P(a) for the first age a where the cumulated count reaches half. */
function referenceMedian(
  counts: readonly number[],
  widths: readonly number[],
  starts: readonly number[],
): string {
  const total = counts.reduce((a, b) => a + b, 0);
  let below = 0;
  let k = 0;
  while (2 * (below + (counts[k] ?? 0)) < total) below += counts[k++] ?? 0;
  const c = BigInt(counts[k] ?? 0);
  return roundedFraction(
    2n * c * BigInt(starts[k] ?? 0) + BigInt(widths[k] ?? 0) * (BigInt(total) - 2n * BigInt(below)),
    2n * c,
  );
}

test.prop([singleYears], { numRuns: 300 })("single years: interpolated median age, rounded once", (total) => {
  const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
  const starts = total.map((_, age) => age);
  const widths = total.map(() => 1);
  let below = 0;
  let k = 0;
  const all = total.reduce((a, b) => a + b, 0);
  while (2 * (below + (total[k] ?? 0)) < all) below += total[k++] ?? 0;
  if (k === 100) return; // the open class: refused without a width (tested apart)
  expect(medianAge(structure).toString()).toBe(referenceMedian(total, widths, starts));
});

test.prop([grouped, fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined })], { numRuns: 300 })(
  "grouped classes: the median interpolated in its class, rounded once",
  (classes, openClassWidth) => {
    const { structure, starts, counts, widths } = groupedStructure(classes, openClassWidth);
    const total = counts.reduce((a, b) => a + b, 0);
    let below = 0;
    let k = 0;
    while (2 * (below + (counts[k] ?? 0)) < total) below += counts[k++] ?? 0;
    if (k === counts.length - 1 && openClassWidth === undefined) return; // refused without a width (tested apart)
    const options = openClassWidth === undefined ? {} : { openClassWidth };
    expect(medianAge(structure, options).toString()).toBe(referenceMedian(counts, widths, starts));
  },
);

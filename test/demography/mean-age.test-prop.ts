import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ageStructureFromBands, ageStructureFromSingleYears, meanAge } from "../../src/demography/index.js";
import { roundedFraction } from "../support/rational.js";

// Mean age against a BigInt rational reference written from their definitions, on random structures:
// every digit must be the exact value rounded once.

const count = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2_000_000 }));
const singleYears = fc.array(count, { minLength: 101, maxLength: 101 }).filter((a) => a.some((n) => n > 0));

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

// Random grouped classes: widths of 1 to 20 years from age 0, an open last class, counts of any size.
const grouped = fc
  .array(fc.record({ width: fc.integer({ min: 1, max: 20 }), people: count }), {
    minLength: 2,
    maxLength: 25,
  })
  .filter((classes) => classes.some((c) => c.people > 0));

interface Grouped {
  readonly structure: ReturnType<typeof ageStructureFromBands>;
  readonly starts: number[];
  readonly counts: number[];
  /** The widths, the open class's as assumed (openClassWidth, else the class before it). */
  readonly widths: number[];
}

function groupedStructure(
  classes: readonly { width: number; people: number }[],
  openClassWidth?: number,
): Grouped {
  const starts: number[] = [];
  let from = 0;
  for (const c of classes) {
    starts.push(from);
    from += c.width;
  }
  const n = classes.length;
  const bands = classes.map((c, i) => ({
    from: starts[i] ?? 0,
    ...(i < n - 1 ? { to: (starts[i] ?? 0) + c.width - 1 } : {}),
    total: c.people,
  }));
  return {
    structure: ageStructureFromBands({ referenceDate: "2024-01-01", bands }),
    starts,
    counts: classes.map((c) => c.people),
    widths: classes.map((c, i) => (i < n - 1 ? c.width : (openClassWidth ?? classes[n - 2]?.width ?? 1))),
  };
}

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

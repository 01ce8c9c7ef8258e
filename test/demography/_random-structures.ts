// Random age structures for the property tests of mean and median age: single years, and grouped classes of
// random widths from age 0 with an open last class.
import { fc } from "@fast-check/vitest";
import { ageStructureFromBands } from "../../src/demography/index.js";

/** A count: small ones (where ties and empty ages are common) and large ones. */
export const count = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2_000_000 }));

/** 101 single-year counts, not all zero. */
export const singleYears = fc
  .array(count, { minLength: 101, maxLength: 101 })
  .filter((counts) => counts.some((n) => n > 0));

// Random grouped classes: widths of 1 to 20 years from age 0, an open last class, counts of any size.
export const grouped = fc
  .array(fc.record({ width: fc.integer({ min: 1, max: 20 }), people: count }), {
    minLength: 2,
    maxLength: 25,
  })
  .filter((classes) => classes.some((c) => c.people > 0));

export interface Grouped {
  readonly structure: ReturnType<typeof ageStructureFromBands>;
  readonly starts: number[];
  readonly counts: number[];
  /** The widths, the open class's as assumed (openClassWidth, else the class before it). */
  readonly widths: number[];
}

export function groupedStructure(
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

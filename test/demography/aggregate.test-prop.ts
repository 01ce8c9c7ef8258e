import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { aggregate, ageStructureFromSingleYears, demographicProfile } from "../../src/demography/index.js";

const ages = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 101, maxLength: 101 });
// Comuni with at least one person in each band the indices divide by.
const comune = fc.record({ males: ages, females: ages }).map(({ males, females }) =>
  ageStructureFromSingleYears({
    referenceDate: "2024-01-01",
    males: males.map((n) => n + 1),
    females,
  }),
);

const comuniAndPermutation = fc
  .array(comune, { minLength: 1, maxLength: 4 })
  .chain((comuni) =>
    fc.tuple(
      fc.constant(comuni),
      fc.shuffledSubarray(comuni, { minLength: comuni.length, maxLength: comuni.length }),
    ),
  );

test.prop([comuniAndPermutation], { numRuns: 50 })(
  "an Ambito's profile does not depend on the order of its comuni",
  ([comuni, shuffled]) => {
    const one = demographicProfile(aggregate(comuni));
    const other = demographicProfile(aggregate(shuffled));
    expect(JSON.stringify(other)).toBe(JSON.stringify(one));
  },
);

test.prop([comune, comune, comune], { numRuns: 50 })(
  "aggregation is additive, band by band and sex by sex",
  (a, b, c) => {
    const whole = aggregate([a, b, c]);
    const nested = aggregate([aggregate([a, b]), c]);
    expect(nested.bands()).toEqual(whole.bands());
    for (const [from, to] of [
      [0, 14],
      [15, 64],
      [65, undefined],
    ] as const) {
      expect(whole.count(from, to, "males")).toBe(
        a.count(from, to, "males") + b.count(from, to, "males") + c.count(from, to, "males"),
      );
    }
    expect(whole.total).toBe(a.total + b.total + c.total);
  },
);

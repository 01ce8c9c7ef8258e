import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  aggregate,
  ageStructureFromSingleYears,
  demographicProfile,
  demographicProfiles,
} from "../../src/demography/index.js";

// A batch gives, area by area and group by group, exactly what the per-area API gives: the same counts, the same
// exact indices, digit for digit.
const ages = fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3_000_000 })), {
  minLength: 101,
  maxLength: 101,
});
const areas = fc
  .array(fc.record({ males: ages, females: ages, foreigners: fc.nat(5) }), { minLength: 1, maxLength: 6 })
  .map((list) =>
    // No more foreign residents than residents (that is refused, by both APIs alike).
    list.map((a) => {
      const total = [...a.males, ...a.females].reduce((x, y) => x + y, 0);
      return { ...a, foreigners: Math.min(a.foreigners, total) };
    }),
  );

test.prop([areas, fc.array(fc.nat(2), { minLength: 6, maxLength: 6 })], { numRuns: 60 })(
  "areas and groups agree with structures, demographicProfile and aggregate",
  (list, groupOf) => {
    // Groups 0…g, each with at least one area: renumber the groups used.
    const used = [...new Set(list.map((_, i) => groupOf[i] ?? 0))].sort();
    const groups = list.map((_, i) => used.indexOf(groupOf[i] ?? 0));
    const options = { onZeroDenominator: "null" } as const;
    const batch = demographicProfiles(
      {
        referenceDate: "2024-01-01",
        males: list.flatMap((a) => a.males),
        females: list.flatMap((a) => a.females),
        foreigners: list.map((a) => a.foreigners),
        groups,
      },
      options,
    );
    const structures = list.map((a) =>
      ageStructureFromSingleYears({
        referenceDate: "2024-01-01",
        males: a.males,
        females: a.females,
        foreign: { total: Array.from({ length: 101 }, (_, age) => (age === 0 ? a.foreigners : 0)) },
      }),
    );
    const same = (a: object, b: object) => {
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    };
    structures.forEach((structure, i) => {
      same(batch.area(i), demographicProfile(structure, options));
    });
    used.forEach((_, g) => {
      const members = structures.filter((__, i) => groups[i] === g);
      same(batch.group(g), demographicProfile(aggregate(members), options));
    });
  },
);

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { achievementBand, achievementGrade, ACHIEVEMENT_BANDS, Decimal } from "../../src/index.js";

const completions = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 });

test.prop([completions])("the grade is between 0 and 100 and its band matches", (list) => {
  const grade = achievementGrade({ actions: list.map((completion) => ({ completion })) });
  expect(grade.percent.gte(0) && grade.percent.lte(100)).toBe(true);
  expect(grade.band).toBe(achievementBand(grade.percent));
});

test.prop([completions])("count ≥ weight ≥ ignore", (list) => {
  const input = list.map((completion) => ({ completion }));
  const count = achievementGrade({ actions: input, partial: "count" }).percent;
  const weight = achievementGrade({ actions: input, partial: "weight" }).percent;
  const ignore = achievementGrade({ actions: input, partial: "ignore" }).percent;
  expect(count.gte(weight) && weight.gte(ignore)).toBe(true);
});

test.prop([fc.integer({ min: 1, max: 1000 }), fc.nat()])("counts and actions agree", (planned, seed) => {
  const realized = seed % (planned + 1);
  const fromCounts = achievementGrade({ planned, realized });
  const fromActions = achievementGrade({
    actions: Array.from({ length: planned }, (_, index) => ({ completion: index < realized ? 100 : 0 })),
  });
  expect(fromCounts.percent.eq(fromActions.percent)).toBe(true);
  // Exact up to the 40th significant digit of the division.
  const error = fromCounts.percent.times(planned).minus(new Decimal(realized).times(100)).abs();
  expect(error.lte(new Decimal("1e-33"))).toBe(true);
});

test.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })])(
  "bands are monotone in the percent",
  (a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const rank = (value: number) => ACHIEVEMENT_BANDS.indexOf(achievementBand(new Decimal(value).div(100)));
    expect(rank(low)).toBeLessThanOrEqual(rank(high));
  },
);

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal, planAchievement } from "../../src/index.js";

const objective = fc
  .integer({ min: 1, max: 20 })
  .chain((planned) =>
    fc.record({ planned: fc.constant(planned), realized: fc.integer({ min: 0, max: planned }) }),
  );
const objectives = fc.array(objective, { minLength: 1, maxLength: 25 });

test.prop([objectives])("the mean does not depend on the order of objectives", (list) => {
  const forward = planAchievement(list).percent;
  const backward = planAchievement([...list].reverse()).percent;
  expect(forward.minus(backward).abs().lte(new Decimal("1e-35"))).toBe(true);
});

test.prop([objectives])("the plan grade lies between the worst and the best objective", (list) => {
  for (const weighting of ["objectives", "actions"] as const) {
    const plan = planAchievement(list, { weighting });
    const grades = plan.objectives.map((grade) => grade.percent);
    expect(plan.percent.gte(Decimal.min(...grades).minus("1e-35"))).toBe(true);
    expect(plan.percent.lte(Decimal.max(...grades).plus("1e-35"))).toBe(true);
  }
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  achievementGrade,
  Decimal,
  PARTIAL_ACTION_POLICIES,
  PLAN_WEIGHTINGS,
  planAchievement,
  type PartialActionPolicy,
} from "../../src/index.js";
import { roundedFraction } from "../support/rational.js";

const objective = fc
  .integer({ min: 1, max: 20 })
  .chain((planned) =>
    fc.record({ planned: fc.constant(planned), realized: fc.integer({ min: 0, max: planned }) }),
  );
const objectives = fc.array(objective, { minLength: 1, maxLength: 25 });

test.prop([objectives])("the mean does not depend on the order of objectives", (list) => {
  const forward = planAchievement(list).percent;
  const backward = planAchievement([...list].reverse()).percent;
  // Exact since issue 9: one fraction rounded once, so the order cannot change a digit (0.1.0 allowed 1e-35).
  expect(forward?.toString()).toBe(backward?.toString());
});

test.prop([objectives])("the plan grade lies between the worst and the best objective", (list) => {
  for (const weighting of ["objectives", "actions"] as const) {
    const plan = planAchievement(list, { weighting });
    const grades = plan.objectives.map((grade) => grade?.percent ?? new Decimal(0));
    expect(plan.percent?.gte(Decimal.min(...grades).minus("1e-35"))).toBe(true);
    expect(plan.percent?.lte(Decimal.max(...grades).plus("1e-35"))).toBe(true);
  }
});

// ─── Exact to the last digit, against the BigInt rational reference ─────────────────────────────────────────────

// A completion in percent with up to three decimals, as text ("37.125") — the exact value is integer / 1000.
const completion = fc.integer({ min: 0, max: 100_000 }).map((thousandths) => ({
  thousandths: BigInt(thousandths),
  text: (thousandths / 1000).toFixed(3),
}));
const actionPlan = fc.array(fc.array(completion, { minLength: 1, maxLength: 12 }), {
  minLength: 1,
  maxLength: 30,
});

// The objective's share of realized actions, as a fraction over 100 000 (completions are thousandths of a percent).
function share(actions: readonly { thousandths: bigint }[], policy: PartialActionPolicy): bigint {
  let sum = 0n;
  for (const { thousandths } of actions) {
    if (policy === "weight") sum += thousandths;
    else if (policy === "count" ? thousandths > 0n : thousandths === 100_000n) sum += 100_000n;
  }
  return sum;
}

// The exact plan grade as one fraction, computed with nothing but bigints.
function reference(
  plan: readonly (readonly { thousandths: bigint }[])[],
  policy: PartialActionPolicy,
  weighting: "objectives" | "actions",
): string {
  if (weighting === "actions") {
    let shares = 0n;
    let planned = 0n;
    for (const actions of plan) {
      shares += share(actions, policy);
      planned += BigInt(actions.length);
    }
    return roundedFraction(shares * 100n, planned * 100_000n);
  }
  // Σ (share_i × 100 / (100 000 × p_i)) / m, over the common denominator Π p_i.
  let numerator = 0n;
  let denominator = 1n;
  for (const actions of plan) {
    const p = BigInt(actions.length);
    numerator = numerator * p + share(actions, policy) * 100n * denominator;
    denominator *= p;
  }
  return roundedFraction(numerator, denominator * 100_000n * BigInt(plan.length));
}

// The exact mean of the grades of counts, as one fraction over the product of the planned actions.
function exactMean(list: readonly { planned: number; realized: number }[]): string {
  let numerator = 0n;
  let denominator = 1n;
  for (const { planned, realized } of list) {
    numerator = numerator * BigInt(planned) + BigInt(realized) * 100n * denominator;
    denominator *= BigInt(planned);
  }
  return roundedFraction(numerator, denominator * BigInt(list.length));
}

describe("planAchievement is correctly rounded", () => {
  for (const policy of PARTIAL_ACTION_POLICIES) {
    for (const weighting of PLAN_WEIGHTINGS) {
      test.prop([actionPlan], { numRuns: 150 })(`${policy}, weighting by ${weighting}`, (plan) => {
        const input = plan.map((actions) => ({
          actions: actions.map(({ text }) => ({ completion: text })),
          partial: policy,
        }));
        const result = planAchievement(input, { weighting });
        expect(result.percent?.toString()).toBe(reference(plan, policy, weighting));
        result.objectives.forEach((grade, index) => {
          const actions = plan[index] ?? [];
          expect(grade?.percent.toString()).toBe(
            roundedFraction(share(actions, policy) * 100n, 100_000n * BigInt(actions.length)),
          );
        });
      });
    }
  }

  test.prop([objectives], { numRuns: 300 })("from counts", (list) => {
    expect(planAchievement(list).percent?.toString()).toBe(exactMean(list));
  });

  it("fixes the last digit where a sum of rounded grades misses it", () => {
    // 2/3, 1/4 and 1/5 of the actions: the mean of the rounded grades ends in …23, the exact mean 67/180 in …22.
    const list = [
      { planned: 3, realized: 2 },
      { planned: 4, realized: 1 },
      { planned: 5, realized: 1 },
    ];
    const exact = roundedFraction(100n * (40n + 15n + 12n), 60n * 3n);
    expect(exact).toBe("37.22222222222222222222222222222222222222");
    const summedRounded = list
      .map(({ planned, realized }) => achievementGrade({ planned, realized }).percent)
      .reduce((sum, grade) => sum.plus(grade), new Decimal(0))
      .div(list.length);
    expect(planAchievement(list).percent?.toString()).toBe(exact);
    expect(summedRounded.toString()).not.toBe(exact);
  });
});

describe("plans with many distinct numbers of actions", () => {
  it("stay exact when the grades have more denominators than the grouped sum takes at once", () => {
    const list = Array.from({ length: 150 }, (_, index) => ({ planned: index + 2, realized: 1 }));
    expect(planAchievement(list).percent?.toString()).toBe(exactMean(list));
  });

  it("decide a band exactly at its boundary", () => {
    // 1/3 and 1/6 of the actions (33.3…% and 16.6…%) and one objective at 100% average to 50%, and so do seventy
    // objectives at exactly 50%: the mean is exactly 50%, sufficiente, though the sum of the grades truncated to any
    // number of decimals falls just below it.
    const list = [
      { planned: 3, realized: 1 },
      { planned: 6, realized: 1 },
      { planned: 1, realized: 1 },
      ...Array.from({ length: 70 }, (_, index) => ({ planned: 2 * (index + 4), realized: index + 4 })),
    ];
    const plan = planAchievement(list);
    expect(plan.percent?.toString()).toBe("50");
    expect(plan.band).toBe("sufficiente");
  });
});

// ─── Issue 12: the mean of printed grades is an exact interval ───────────────────────────────────────────────────

// A printed grade with up to two decimals: a percent (one value) or a range (two), as hundredths.
const printedGrade = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((value) => ({ low: value, high: value, range: false })),
  fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
    .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b), range: true })),
);
const hundredths = (value: number): string => (value / 100).toFixed(2);
const bandOf = (numerator: bigint, denominator: bigint): string => {
  if (numerator === 0n) return "nullo";
  if (numerator < 50n * denominator) return "insufficiente";
  if (numerator < 80n * denominator) return "sufficiente";
  if (numerator < 100n * denominator) return "buono";
  return "ottimo";
};

test.prop([fc.array(printedGrade, { minLength: 1, maxLength: 30 })], { numRuns: 300 })(
  "the bounds of the mean of printed grades are the exact means, rounded once, banded only within one band",
  (grades) => {
    const input = grades.map(({ low, high, range }) => ({
      grade: range
        ? { range: { from: hundredths(low), to: hundredths(high) } }
        : { percent: hundredths(low) },
    }));
    const plan = planAchievement(input);
    const count = BigInt(grades.length);
    const lows = grades.reduce((sum, grade) => sum + BigInt(grade.low), 0n);
    const highs = grades.reduce((sum, grade) => sum + BigInt(grade.high), 0n);
    expect(plan.interval?.from.toString()).toBe(roundedFraction(lows, 100n * count));
    expect(plan.interval?.to.toString()).toBe(roundedFraction(highs, 100n * count));
    const lowBand = bandOf(lows, 100n * count);
    const highBand = bandOf(highs, 100n * count);
    expect(plan.band).toBe(lowBand === highBand ? lowBand : null);
    expect(plan.percent === null).toBe(lows !== highs);
    expect(plan.origin).toBe("stated");
  },
);

test.prop([fc.array(printedGrade, { minLength: 1, maxLength: 30 }), objectives])(
  "mixing recomputed and printed grades averages each bound over every counted objective",
  (grades, counts) => {
    const input = [
      ...counts,
      ...grades.map(({ low, high }) => ({
        grade: { range: { from: hundredths(low), to: hundredths(high) } },
      })),
    ];
    const plan = planAchievement(input);
    // Σ realized/planned × 100 + Σ low/100, over all: one fraction
    let numerator = 0n;
    let denominator = 1n;
    for (const { planned, realized } of counts) {
      numerator = numerator * BigInt(planned) + BigInt(realized) * 100n * denominator;
      denominator *= BigInt(planned);
    }
    const lows = grades.reduce((sum, grade) => sum + BigInt(grade.low), 0n);
    const total = BigInt(counts.length + grades.length);
    expect(plan.interval?.from.toString()).toBe(
      roundedFraction(numerator * 100n + lows * denominator, denominator * 100n * total),
    );
    expect(plan.origin).toBe("mixed");
  },
);

// Issue 9 §4: "a result documented as exact to 40 significant digits is the correctly rounded value of the exact
// quantity, rounded once". Each exact result is compared digit for digit with the BigInt rational reference
// (test/support/rational.ts) on generated inputs, with the fuzz suite's seed.
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { roundedFraction } from "../support/rational.js";
import { functionSeed, fuzzSettings } from "./_config.js";

const lib = library as unknown as Readonly<Record<string, unknown>>;
const settings = fuzzSettings();
const RUNS = Math.max(10, Math.round(300 * settings.scale));

function call(name: string, ...args: unknown[]): unknown {
  const fn = lib[name];
  if (typeof fn !== "function") throw new Error(`${name} is not exported`);
  return (fn as (...values: unknown[]) => unknown)(...args);
}

/** The digits of a Decimal result (or of a field of a result). */
function digits(value: unknown): string {
  if (!DecimalJs.isDecimal(value)) throw new Error(`not a Decimal: ${String(value)}`);
  return value.toFixed();
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string, unknown>)[key];
  return current;
}

/** n / d as a reduced pair of bigints. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function fraction(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d);
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
}

const plus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
const minus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const times = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
const min = (a: Fraction, b: Fraction): Fraction => (a.n * b.d <= b.n * a.d ? a : b);
const max = (a: Fraction, b: Fraction): Fraction => (a.n * b.d >= b.n * a.d ? a : b);
const whole = (value: number | bigint): Fraction => fraction(BigInt(value), 1n);
const rounded = (value: Fraction): string => roundedFraction(value.n, value.d, 40);

function property<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  it(name, () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        predicate(value);
      }),
      { seed: functionSeed(settings.seed, `exactness:${name}`), numRuns: RUNS },
    );
  });
}

const count = fc.integer({ min: 1, max: 5_000_000 });

describe("exact results are correctly rounded once (issue 9 §4)", () => {
  const indices: readonly (readonly [string, string, string])[] = [
    ["oldAgeIndex", "aged65plus", "aged0to14"],
    ["elderlyDependencyIndex", "aged65plus", "aged15to64"],
    ["youthDependencyIndex", "aged0to14", "aged15to64"],
    ["activePopulationTurnoverIndex", "aged60to64", "aged15to19"],
    ["activePopulationStructureIndex", "aged40to64", "aged15to39"],
    ["childWomanRatio", "aged0to4", "women15to49"],
    ["ageingShare", "aged65plus", "total"],
    ["sexRatio", "males", "females"],
    ["foreignShare", "foreigners", "total"],
  ];
  for (const [name, numerator, denominator] of indices) {
    // A share's part is at most its total.
    const pair =
      denominator === "total"
        ? count.chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)))
        : fc.tuple(count, count);
    property(`${name} = ${numerator} × 100 / ${denominator}`, pair, ([top, bottom]) => {
      const result = call(name, { [numerator]: top, [denominator]: bottom });
      expect(digits(result)).toBe(rounded(fraction(BigInt(top) * 100n, BigInt(bottom))));
    });
  }

  property(
    "structuralDependencyIndex = (0-14 + 65+) × 100 / 15-64",
    fc.tuple(count, count, count),
    ([young, working, old]) => {
      const result = call("structuralDependencyIndex", {
        aged0to14: young,
        aged15to64: working,
        aged65plus: old,
      });
      expect(digits(result)).toBe(rounded(fraction(BigInt(young + old) * 100n, BigInt(working))));
    },
  );

  property(
    "achievementGrade = realized × 100 / planned",
    fc
      .integer({ min: 1, max: 10_000 })
      .chain((planned) => fc.tuple(fc.constant(planned), fc.integer({ min: 0, max: planned }))),
    ([planned, realized]) => {
      expect(digits(field(call("achievementGrade", { planned, realized }), "percent"))).toBe(
        rounded(fraction(BigInt(realized) * 100n, BigInt(planned))),
      );
    },
  );

  const plan = fc.array(
    fc
      .integer({ min: 1, max: 60 })
      .chain((planned) =>
        fc.record({ planned: fc.constant(planned), realized: fc.integer({ min: 0, max: planned }) }),
      ),
    { minLength: 1, maxLength: 30 },
  );
  property("planAchievement (objectives) = the mean of the grades, rounded once", plan, (objectives) => {
    let sum = whole(0);
    for (const { planned, realized } of objectives)
      sum = plus(sum, fraction(BigInt(realized) * 100n, BigInt(planned)));
    const mean = times(sum, fraction(1n, BigInt(objectives.length)));
    expect(digits(field(call("planAchievement", objectives), "percent"))).toBe(rounded(mean));
  });
  property("planAchievement (actions) = Σ realized × 100 / Σ planned", plan, (objectives) => {
    const realized = objectives.reduce((sum, objective) => sum + objective.realized, 0);
    const planned = objectives.reduce((sum, objective) => sum + objective.planned, 0);
    const result = call("planAchievement", objectives, { weighting: "actions" });
    expect(digits(field(result, "percent"))).toBe(
      rounded(fraction(BigInt(realized) * 100n, BigInt(planned))),
    );
  });

  property(
    "resourceCoincidence = paid × 100 / budgeted",
    fc.tuple(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 100_000_000 })),
    ([budgetedCents, paidCents]) => {
      const result = call("resourceCoincidence", {
        budgeted: (budgetedCents / 100).toFixed(2),
        paid: (paidCents / 100).toFixed(2),
      });
      expect(digits(field(result, "percent"))).toBe(
        rounded(fraction(BigInt(paidCents) * 100n, BigInt(budgetedCents))),
      );
    },
  );

  property(
    "socialWorkerLeps: the contribution, from the thresholds population / 6,500, / 5,000 and / 4,000",
    fc.tuple(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 0, max: 600 })),
    ([population, fte]) => {
      const ratio = (name: string): bigint => BigInt(lib[name] as number);
      const start = fraction(BigInt(population), ratio("CONTRIBUTION_START_RATIO"));
      const leps = fraction(BigInt(population), ratio("LEPS_SOCIAL_WORKER_RATIO"));
      const objective = fraction(BigInt(population), ratio("SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO"));
      const clamp = (value: Fraction, top: Fraction): Fraction => max(whole(0), min(value, top));
      const first = times(
        clamp(minus(whole(fte), start), minus(leps, start)),
        whole(ratio("FIRST_TRANCHE_EURO_PER_FTE")),
      );
      const second = times(
        clamp(minus(whole(fte), leps), minus(objective, leps)),
        whole(ratio("SECOND_TRANCHE_EURO_PER_FTE")),
      );
      const result = call("socialWorkerLeps", { population, fte });
      expect(digits(field(result, "contribution", "total"))).toBe(rounded(plus(first, second)));
    },
  );

  property(
    "medianAge = age + (total − 2 × below) / (2 × count at age), interpolated once",
    fc
      .array(fc.nat({ max: 5_000 }), { minLength: 101, maxLength: 101 })
      .filter((ages) => ages.slice(0, 100).some((value) => value > 0)),
    (ages) => {
      const total = ages.reduce((sum, value) => sum + value, 0);
      let below = 0;
      let age = 0;
      while (2 * (below + (ages[age] ?? 0)) < total) {
        below += ages[age] ?? 0;
        age += 1;
      }
      fc.pre(age < 100);
      const structure = call("ageStructureFromSingleYears", { referenceDate: "2024-01-01", total: ages });
      const exact = plus(whole(age), fraction(BigInt(total - 2 * below), BigInt(2 * (ages[age] ?? 0))));
      expect(digits(call("medianAge", structure))).toBe(rounded(exact));
    },
  );

  it("the issue's example: socialWorkerLeps({ population: 100000, fte: 22 }) ends in …153846", () => {
    expect(
      digits(field(call("socialWorkerLeps", { population: 100000, fte: 22 }), "contribution", "total")),
    ).toBe(roundedFraction(2_920_000n, 13n, 40));
  });
});

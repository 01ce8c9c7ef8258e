import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import { socialWorkerLeps } from "../../src/finance/social-worker-leps.js";
import { roundedFraction } from "../support/rational.js";

// The calculation written out in BigInt fractions, independently of the library: with the FTE in hundredths, every
// quantity is a whole number of 1/D, D = 13.000.000 (a multiple of 100, 6.500, 5.000 and 4.000).
const D = 13_000_000n;

test.prop([
  fc.integer({ min: 1, max: 5_000_000 }),
  fc.integer({ min: 0, max: 2000 }),
  fc.integer({ min: 0, max: 99 }),
])(
  "the contribution never decreases with more FTE and never exceeds its two caps",
  (population, whole, hundredths) => {
    const fte = `${String(whole)}.${String(hundredths).padStart(2, "0")}`;
    const result = socialWorkerLeps({ population, fte });
    const more = socialWorkerLeps({ population, fte: result.fte.plus(1) });
    expect(more.contribution.total.gte(result.contribution.total)).toBe(true);
    // Updated from 0.1.0: the cap is now computed exactly, as the total is, and rounded once. 0.1.0 built it from
    // thresholds rounded to 40 digits, which can fall one unit of the last digit below the exact cap.
    // The caps in units of 1/D: (P/5.000 − P/6.500) × 40.000 + (P/4.000 − P/5.000) × 20.000.
    const p = BigInt(population);
    const cap = (p * 2600n - p * 2000n) * 40000n + (p * 3250n - p * 2600n) * 20000n;
    expect(result.contribution.total.lte(roundedFraction(cap, D))).toBe(true);
    expect(result.lepsMet).toBe(result.fte.times(5000).gte(population));
  },
);

function reference(
  population: bigint,
  fteHundredths: bigint,
): { total: string; first: string; missing: string } {
  const fte = fteHundredths * (D / 100n);
  const start = (population * D) / 6500n;
  const leps = (population * D) / 5000n;
  const objective = (population * D) / 4000n;
  const clamp = (value: bigint, cap: bigint): bigint => (value < 0n ? 0n : value > cap ? cap : value);
  const first = clamp(fte - start, leps - start);
  const second = clamp(fte - leps, objective - leps);
  return {
    total: roundedFraction(first * 40000n + second * 20000n, D),
    first: roundedFraction(first, D),
    missing: roundedFraction(objective > fte ? objective - fte : 0n, D),
  };
}

test.prop([fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 0, max: 2_000_000 })])(
  "every figure is the exact fraction rounded once, as a BigInt reference computes it",
  (population, hundredths) => {
    const fte = (hundredths / 100).toFixed(2);
    const result = socialWorkerLeps({ population, fte });
    const expected = reference(BigInt(population), BigInt(hundredths));
    expect(result.contribution.total.toString()).toBe(expected.total);
    expect(result.contribution.firstTranche.fte.toString()).toBe(expected.first);
    expect(result.fteMissingForServiceObjective.toString()).toBe(expected.missing);
  },
);

test.prop([fc.anything(), fc.anything()])(
  "returns a result or throws a PdzError, whatever it is given",
  (input, options) => {
    try {
      const result = socialWorkerLeps(input as never, options as never);
      expect(JSON.parse(JSON.stringify(result))).toHaveProperty("contribution");
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
  },
);

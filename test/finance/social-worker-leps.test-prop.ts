import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { socialWorkerLeps } from "../../src/finance/social-worker-leps.js";

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
    const cap = result.thresholds.leps
      .minus(result.thresholds.contributionStart)
      .times(40000)
      .plus(result.thresholds.serviceObjective.minus(result.thresholds.leps).times(20000));
    expect(result.contribution.total.lte(cap)).toBe(true);
    expect(result.lepsMet).toBe(result.fte.times(5000).gte(population));
  },
);

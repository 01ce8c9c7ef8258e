import { expectTypeOf, test } from "vitest";
import type { PianoDiZona } from "../../src/model/piano-di-zona.js";
import type { LepsScheda } from "../../src/model/leps-scheda.js";
import type { LepsMonitoringPlan } from "../../src/monitoring/evaluate-leps-progress.js";
import type { IndicatorResult } from "../../src/monitoring/evaluate-indicator.js";
import { evaluateLepsProgress } from "../../src/monitoring/evaluate-leps-progress.js";

test("a parsed Piano di Zona is a LEPS monitoring plan", () => {
  expectTypeOf<PianoDiZona>().toExtend<LepsMonitoringPlan>();
  expectTypeOf<{ lepsSchede: LepsScheda[] }>().toExtend<LepsMonitoringPlan>();
  expectTypeOf<{ lepsSchede: { leps: "pua"; indicators: [] }[] }>().not.toExtend<LepsMonitoringPlan>();
});

test("results carry the indicator results of each LEPS", () => {
  expectTypeOf(evaluateLepsProgress).returns.toHaveProperty("byLeps");
  expectTypeOf<
    ReturnType<typeof evaluateLepsProgress>["byLeps"][number]["indicators"][number]
  >().toEqualTypeOf<IndicatorResult>();
});

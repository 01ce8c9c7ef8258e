import { describe, expect, it } from "vitest";
import { isPdzError, planAchievement, PLAN_WEIGHTINGS } from "../../src/index.js";

// seed 000 §6.2 (L1123-2941): the 16 objectives of Gallarate 2021-2023 as realized / planned actions
const gallarate = [
  [3, 3],
  [3, 4],
  [4, 5],
  [3, 4],
  [3, 4],
  [3, 3],
  [1, 5],
  [4, 4],
  [4, 6],
  [5, 5],
  [2, 2],
  [2, 2],
  [1, 3],
  [2, 3],
  [1, 3],
  [2, 2],
].map(([realized, planned]) => ({ realized: realized ?? 0, planned: planned ?? 0 }));

describe("planAchievement", () => {
  it("is the plain mean of the objectives' grades by default", () => {
    const plan = planAchievement(gallarate);
    expect(plan.percent.toString()).toBe("76.5625"); // seed 000 L2945-2946: "76,56% (sufficiente)"
    expect(plan.band).toBe("sufficiente");
    expect(plan.weighting).toBe("objectives");
    expect(plan.objectives).toHaveLength(16);
  });

  it("can weight by actions", () => {
    const plan = planAchievement(gallarate, { weighting: "actions" });
    expect(plan.percent.toFixed(4)).toBe("74.1379"); // 43 / 58
    expect(PLAN_WEIGHTINGS).toEqual(["objectives", "actions"]);
  });

  it("mixes counts and actions", () => {
    const plan = planAchievement([{ planned: 2, realized: 1 }, { actions: [{ completion: 100 }] }]);
    expect(plan.percent.toString()).toBe("75");
  });

  it("refuses an empty plan and unknown weightings", () => {
    expect(() => planAchievement([])).toThrow(/no objectives/);
    try {
      planAchievement(gallarate, { weighting: "people" as "actions" });
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "invalid_weighting")).toBe(true);
    }
  });

  it("reports a bad objective with its index in the path", () => {
    try {
      planAchievement([
        { planned: 2, realized: 1 },
        { planned: 1, realized: 2 },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "realized_exceeds_planned")).toBe(true);
      expect(isPdzError(error) && error.path).toEqual([1, "realized"]);
    }
  });
});

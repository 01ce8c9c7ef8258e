import { describe, expect, it } from "vitest";
import { isPdzError, planAchievement, PLAN_WEIGHTINGS } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, GRADE_CODES } from "./_hostile.js";

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

describe("planAchievement on hostile input", () => {
  const codes = [...GRADE_CODES, "invalid_weighting", "no_objectives"];

  it.each(HOSTILE)("answers %s with a grade or a documented code", (_name, value) => {
    expect(codeOrValid(() => planAchievement(value as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement([value] as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement(gallarate, value as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement(gallarate, { weighting: value } as never), codes)).toBe(true);
  });

  it("reads an array with holes as missing objectives", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holed = [{ planned: 1, realized: 1 }, , { planned: 1, realized: 0 }] as never;
    expect(codeOf(() => planAchievement(holed), true)).toBe("invalid_type@1");
  });

  it("does not mutate its input, and shares nothing mutable with it", () => {
    const input = gallarate.map((objective) => ({ ...objective }));
    const copy = structuredClone(input);
    const plan = planAchievement(input);
    expect(input).toEqual(copy);
    expect(plan.objectives[0]).not.toBe(input[0]);
    expect(JSON.parse(JSON.stringify(plan)).percent).toBe("76.5625");
  });

  it("grades a million objectives in one pass", { timeout: 60_000 }, () => {
    const million = Array.from({ length: 1_000_000 }, (_, index) => gallarate[index % 16]!);
    expect(planAchievement(million).percent.toString()).toBe("76.5625");
  });
});

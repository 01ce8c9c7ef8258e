import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import {
  achievementBand,
  getAchievementBand,
  achievementGrade,
  ACHIEVEMENT_BANDS,
  isPdzError,
  PARTIAL_ACTION_POLICIES,
} from "../../src/index.js";

const actions = (...completions: number[]) => completions.map((completion) => ({ completion }));

describe("achievementBand", () => {
  it.each([
    ["0", "nullo"],
    ["0.0001", "insufficiente"],
    ["0.4", "insufficiente"],
    ["20", "insufficiente"], // seed 000 L1946-1947: objective E "20% (insufficiente)"
    ["49.999", "insufficiente"],
    ["50", "sufficiente"],
    ["76.5625", "sufficiente"], // seed 000 L2945-2946
    ["79.5", "sufficiente"],
    ["79.9999", "sufficiente"],
    ["80", "buono"],
    ["99.5", "buono"],
    ["99.9", "buono"],
    ["100", "ottimo"],
  ])("classifies %s%% as %s, on the exact value", (percent, band) => {
    expect(achievementBand(percent)).toBe(band);
  });

  it.each([["-0.1"], ["100.0001"], [1000]])("refuses %s", (percent) => {
    expect(codeOf(() => achievementBand(percent))).toBe("percent_out_of_range");
  });

  it("has labels and the official range text for every band", () => {
    expect(ACHIEVEMENT_BANDS.map((band) => getAchievementBand(band).officialRange)).toEqual([
      "0%",
      "1-49%",
      "50-79%",
      "80-99%",
      "100%",
    ]);
  });
});

describe("achievementGrade from counts", () => {
  it("is realized × 100 / planned, exact", () => {
    const grade = achievementGrade({ planned: 3, realized: 1 });
    expect(grade.percent.toString()).toBe("33.33333333333333333333333333333333333333");
    expect(grade.band).toBe("insufficiente");
    expect(grade.labels).toEqual({ it: "insufficiente", en: "insufficient" });
    expect(grade.officialRange).toBe("1-49%");
    expect(grade.planned).toBe(3);
    expect(grade.realized.toString()).toBe("1");
  });

  it.each([
    [{ planned: 2.5, realized: 1 }, "invalid_action_count"],
    [{ planned: -1, realized: 0 }, "invalid_action_count"],
    [{ planned: 4, realized: 1.5 }, "invalid_action_count"],
    [{ planned: 4, realized: -1 }, "invalid_action_count"],
    [{ planned: Number.NaN, realized: 0 }, "invalid_action_count"],
    [{ planned: 4, realized: 5 }, "realized_exceeds_planned"],
    [{ planned: 0, realized: 0 }, "no_planned_actions"],
    [{ planned: 4, realized: "tre" }, "invalid_decimal"],
  ])("refuses %j with %s", (input, code) => {
    expect(codeOf(() => achievementGrade(input))).toBe(code);
  });
});

describe("achievementGrade from actions", () => {
  // seed 000 L2195-2200: objective G, actions at 50 / 0 / 50 / 50 / 0 / 50 %
  const g = actions(50, 0, 50, 50, 0, 50);

  it("counts partly done actions as realized by default (the rule of the real plans)", () => {
    const grade = achievementGrade({ actions: g });
    expect(grade.realized.toString()).toBe("4");
    expect(grade.percent.toFixed(2)).toBe("66.67"); // stated "67% (sufficiente)", seed 000 L2188-2189
    expect(grade.band).toBe("sufficiente");
  });

  it("can ignore partly done actions", () => {
    const grade = achievementGrade({ actions: g, partial: "ignore" });
    expect(grade.percent.toString()).toBe("0");
    expect(grade.band).toBe("nullo");
  });

  it("can weight actions by completion", () => {
    const grade = achievementGrade({ actions: g, partial: "weight" });
    expect(grade.realized.toString()).toBe("2");
    expect(grade.percent.toFixed(2)).toBe("33.33");
  });

  it("accepts completions as Decimal, string or number", () => {
    expect(achievementGrade({ actions: [{ completion: "100" }, { completion: 0 }] }).percent.toString()).toBe(
      "50",
    );
  });

  it.each([
    [actions(101), "completion_out_of_range", ["actions", 0, "completion"]],
    [actions(100, -1), "completion_out_of_range", ["actions", 1, "completion"]],
    [[], "no_planned_actions", ["actions"]],
  ])("refuses %j with %s at its path", (list, code, path) => {
    try {
      achievementGrade({ actions: list });
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, code)).toBe(true);
      expect(isPdzError(error) && error.path).toEqual(path);
    }
  });

  it("refuses an unknown policy at run time", () => {
    expect(codeOf(() => achievementGrade({ actions: g, partial: "half" as "count" }))).toBe(
      "invalid_partial_policy",
    );
    expect(PARTIAL_ACTION_POLICIES[0]).toBe("count");
  });

  it("does not mutate its input", () => {
    const input = { actions: actions(50, 100) };
    const copy = structuredClone(input);
    achievementGrade(input);
    expect(input).toEqual(copy);
  });
});

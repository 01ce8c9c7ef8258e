import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, GRADE_CODES } from "./_hostile.js";
import { achievementGrade, isPdzError, PARTIAL_ACTION_POLICIES, type PdzErrorCode } from "../../src/index.js";

const actions = (...completions: number[]) => completions.map((completion) => ({ completion }));

describe("achievementGrade from counts", () => {
  it("is realized × 100 / planned, exact", () => {
    const grade = achievementGrade({ planned: 3, realized: 1 });
    expect(grade.percent.toString()).toBe("33.33333333333333333333333333333333333333");
    expect(grade.band).toBe("insufficiente");
    expect(grade.labels).toEqual({ it: "insufficiente", en: "insufficient" });
    expect(grade.officialRange).toBe("1-49%");
    expect(grade.planned).toBe(3);
    // Counts are numbers (0.1.0 returned `realized` as a Decimal, which JSON wrote as the string "1").
    expect(grade.realized).toBe(1);
    expect(grade.realizedEquivalent.toString()).toBe("1");
  });

  it.each([
    [{ planned: 2.5, realized: 1 }, "invalid_action_count"],
    [{ planned: -1, realized: 0 }, "invalid_action_count"],
    [{ planned: 4, realized: 1.5 }, "invalid_action_count"],
    [{ planned: 4, realized: -1 }, "invalid_action_count"],
    [{ planned: Number.NaN, realized: 0 }, "invalid_action_count"],
    [{ planned: 4, realized: 5 }, "realized_exceeds_planned"],
    [{ planned: 0, realized: 0 }, "no_planned_actions"],
    // `realized` is a count, a number, since issue 10 (0.1.0 read it as a DecimalInput: "tre" was invalid_decimal).
    [{ planned: 4, realized: "tre" }, "invalid_action_count"],
    [{ planned: 4, realized: "3" }, "invalid_action_count"],
  ])("refuses %j with %s", (input, code) => {
    expect(codeOf(() => achievementGrade(input as never))).toBe(code);
  });
});

describe("achievementGrade from actions", () => {
  // seed 000 L2195-2200: objective G, actions at 50 / 0 / 50 / 50 / 0 / 50 %
  const g = actions(50, 0, 50, 50, 0, 50);

  it("counts partly done actions as realized by default (the rule of the real plans)", () => {
    const grade = achievementGrade({ actions: g });
    expect(grade.realized).toBe(4);
    expect(grade.realizedEquivalent.toString()).toBe("4");
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
    // 0.1.0 returned realized = 2 (a Decimal); the count is now the 4 actions with any completion, and the
    // fractional numerator of the grade is `realizedEquivalent`.
    expect(grade.realized).toBe(4);
    expect(grade.realizedEquivalent.toString()).toBe("2");
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
      expect(isPdzError(error, code as PdzErrorCode)).toBe(true);
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

describe("achievementGrade on hostile input", () => {
  const codes = GRADE_CODES;

  it.each(HOSTILE)("answers %s with a grade or a documented code", (_name, value) => {
    for (const input of [
      value,
      { actions: value },
      { actions: [value] },
      { actions: [{ completion: value }] },
      { planned: value, realized: 1 },
      { planned: 2, realized: value },
      { actions: [{ completion: 1 }], partial: value },
    ]) {
      expect(codeOrValid(() => achievementGrade(input as never), codes)).toBe(true);
    }
  });

  it("reads own fields only: inherited counts are absent", () => {
    const inherited = Object.create({ planned: 4, realized: 3 }) as never;
    expect(codeOf(() => achievementGrade(inherited), true)).toBe("required_field@planned");
  });

  it("refuses a completion below 10^-30 or a huge one with its own code", () => {
    expect(codeOf(() => achievementGrade({ actions: [{ completion: "1e-31" }] }))).toBe(
      "number_out_of_range",
    );
    expect(codeOf(() => achievementGrade({ actions: [{ completion: "1e400" }] }))).toBe(
      "number_out_of_range",
    );
    expect(codeOf(() => achievementGrade({ actions: [{ completion: Number.MAX_VALUE }] }))).toBe(
      "number_out_of_range",
    );
  });

  it("returns plain data that survives JSON, with counts as numbers", () => {
    const grade = achievementGrade({ actions: actions(50, 0, 100), partial: "weight" });
    expect(JSON.parse(JSON.stringify(grade))).toEqual({
      percent: "50",
      band: "sufficiente",
      labels: { it: "sufficiente", en: "sufficient" },
      officialRange: "50-79%",
      planned: 3,
      realized: 2,
      realizedEquivalent: "1.5",
    });
  });

  // A hang guard, not a timing: a few seconds on any machine, under coverage too.
  it("reads ten million actions", { timeout: 60_000 }, () => {
    const many = new Array<{ completion: number }>(10_000_000).fill({ completion: 50 });
    expect(achievementGrade({ actions: many, partial: "weight" }).percent.toString()).toBe("50");
  });
});

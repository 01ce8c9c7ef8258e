import { describe, expect, it } from "vitest";
import {
  parseScoredEvaluationSystem,
  safeParseScoredEvaluationSystem,
  ScoredEvaluationSystemSchema,
} from "../../src/model/scored-evaluation-system.js";
import { toJSONSchema } from "../../src/model/json-schema.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { ALTO_MILANESE_SCORED_EVALUATION_SYSTEM as system } from "../../src/datasets/alto-milanese/evaluation-2021-2023.js";

describe("ScoredEvaluationSystemSchema", () => {
  it("holds Alto Milanese's six criteria scored 1/5/10 and four classes as printed (seed 004 L1778-1803)", () => {
    const parsed = ScoredEvaluationSystemSchema.parse(system);
    expect(parsed.criteria).toHaveLength(6);
    expect(parsed.criteria.map((criterion) => criterion.scores.map((score) => score.points))).toEqual(
      Array.from({ length: 6 }, () => [1, 5, 10]),
    );
    expect(parsed.criteria[0]?.lines).toEqual([1782, 1783]);
    expect(parsed.classes.map((entry) => [entry.label, entry.minPoints, entry.maxPoints])).toEqual([
      ["Eccellente", 9, 10],
      ["Molto buono", 7, 8],
      ["Buono", 5, 6],
      ["Insufficiente", 1, 4],
    ]);
    expect(parsed.source?.lines).toEqual([1778, 1803]);
  });

  it.each([
    ["no criteria", { ...system, criteria: [] }, "empty_list", ["criteria"]],
    ["no classes", { ...system, classes: [] }, "empty_list", ["classes"]],
    [
      "a class that ends below its start",
      { ...system, classes: [{ label: "Buono", minPoints: 6, maxPoints: 5 }] },
      "score_class_reversed",
      ["classes", 0, "maxPoints"],
    ],
    [
      "a score given twice",
      {
        ...system,
        criteria: [
          {
            title: "x",
            scores: [
              { points: 5, meaning: "a" },
              { points: 5, meaning: "b" },
            ],
          },
        ],
      },
      "duplicate_score",
      ["criteria", 0, "scores", 1, "points"],
    ],
    [
      "points that are not whole",
      { ...system, criteria: [{ title: "x", scores: [{ points: 2.5, meaning: "a" }] }] },
      "invalid_type",
      ["criteria", 0, "scores", 0, "points"],
    ],
    ["an unknown field", { ...system, total: 60 }, "unknown_field", ["total"]],
  ])("refuses %s", (_name, input, code, path) => {
    const result = safeParseScoredEvaluationSystem(input);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, path],
    ]);
  });

  it("names the scale's field in its messages", () => {
    const result = safeParseScoredEvaluationSystem({ ...system, criteria: [{ title: "x", scores: [] }] });
    expect(result.success ? "" : result.issues[0]?.messageIt).toMatch(/^SCALA DI VALUTAZIONE: /);
  });

  it("has a JSON Schema that its JSON validates against", () => {
    const schema = toJSONSchema("scored-evaluation-system");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["criteria", "classes"]);
  });
});

describe("safeParseScoredEvaluationSystem and parseScoredEvaluationSystem on hostile input", () => {
  it.each(HOSTILE_VALUES)("answer %s with issues, never a foreign error", (_name, value) => {
    const result = safeParseScoredEvaluationSystem(value);
    expect(result.success).toBe(false);
    expect(codeOf(() => parseScoredEvaluationSystem(value))).toBe("validation_failed");
    // Options: absent or `{ numbers }`; anything else is an issue, never a throw.
    expect(typeof safeParseScoredEvaluationSystem(system, value as never).success).toBe("boolean");
  });
});

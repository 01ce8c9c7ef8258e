import { describe, expect, it } from "vitest";
import { checkScoredEvaluationSystem } from "../../src/index.js";
import { ALTO_MILANESE_SCORED_EVALUATION_SYSTEM as system } from "../../src/datasets/alto-milanese/evaluation-2021-2023.js";
import { HOSTILE } from "./_hostile.js";

describe("checkScoredEvaluationSystem", () => {
  it("reports Alto Milanese's system as printed, inventing no rule (seed 004 L1778-1803)", () => {
    const findings = checkScoredEvaluationSystem(system);
    expect(findings.map(({ code, severity, path, computed }) => [code, severity, path, computed])).toEqual([
      ["scored_system_without_combining_rule", "info", [], null],
      // "Eccellente" 9-10, "Molto buono" 7-8, "Buono" 5-6, "Insufficiente" 1-4 (L1797-1803)
      ["score_classes_leave_gaps", "info", ["classes"], "4-5, 6-7, 8-9"],
    ]);
    expect(findings[0]?.message).toBe(
      "The document scores 6 criteria (points 1, 5, 10) and classes an overall score from 1 to 10, without saying how the criteria's scores make it: no rule is applied",
    );
  });

  it("flags classes that share points", () => {
    const classes = [
      { label: "Buono", minPoints: 5, maxPoints: 7 },
      { label: "Molto buono", minPoints: 7, maxPoints: 8 },
    ];
    const findings = checkScoredEvaluationSystem({ ...system, classes });
    expect(findings.map(({ code, path, stated, computed }) => [code, path, stated, computed])).toEqual([
      ["scored_system_without_combining_rule", [], null, null],
      ["score_classes_overlap", ["classes", 1], "7-8", "5-7"],
    ]);
  });

  it("does not mutate its input and returns plain data", () => {
    const copy = structuredClone(system);
    const findings = checkScoredEvaluationSystem(system);
    expect(system).toEqual(copy);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});

describe("checkScoredEvaluationSystem never throws", () => {
  it.each(HOSTILE)("answers %s with findings", (_name, value) => {
    for (const input of [
      value,
      { ...system, criteria: value },
      { ...system, classes: value },
      { ...system, criteria: [value] },
      { ...system, criteria: [{ title: "x", scores: [{ points: value, meaning: "m" }] }] },
      { ...system, classes: [{ label: "x", minPoints: value, maxPoints: 2 }] },
    ]) {
      const findings = checkScoredEvaluationSystem(input as never);
      expect(Array.isArray(findings)).toBe(true);
      for (const finding of findings) expect(finding.message.length).toBeGreaterThan(0);
    }
  });

  it("says where it could not read", () => {
    const findings = checkScoredEvaluationSystem({
      ...system,
      classes: [{ label: "x", minPoints: -1, maxPoints: 2 }],
    });
    expect(findings.map(({ code, path }) => [code, path])).toEqual([
      ["scored_system_not_checked", ["classes", 0, "minPoints"]],
    ]);
  });
});

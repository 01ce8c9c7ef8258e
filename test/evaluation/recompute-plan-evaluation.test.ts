import { describe, expect, it } from "vitest";
import { recomputePlanEvaluation, type ObjectiveEvaluationInput } from "../../src/index.js";

const base: ObjectiveEvaluationInput = {
  code: "X",
  title: "Obiettivo di prova",
  actions: [
    { title: "Azione 1", completion: 100 },
    { title: "Azione 2", completion: 50 },
  ],
};

describe("recomputePlanEvaluation", () => {
  // An input object with canonical numbers (0.1.0 parsed it with PlanEvaluationSchema, reading "50.00").
  const plan = (stated: { percent: number | string; band: "sufficiente" | "buono" }) => ({
    period: { from: 2021, to: 2023 },
    objectives: [base, { ...base, code: "Y", actions: [{ title: "Azione 1", completion: 0 }] }],
    statedOverallGrade: stated,
  });

  it("checks the stated overall grade at its printed precision", () => {
    const codes = (result: ReturnType<typeof recomputePlanEvaluation>) =>
      result.findings.filter((finding) => finding.code.startsWith("overall_"));
    expect(codes(recomputePlanEvaluation(plan({ percent: "50.00", band: "sufficiente" })))).toEqual([]);
    const wrong = recomputePlanEvaluation(plan({ percent: "60.5", band: "buono" }));
    expect(wrong.achievement.percent.toString()).toBe("50");
    expect(codes(wrong).map((finding) => [finding.code, finding.path])).toEqual([
      ["overall_grade_mismatch", ["statedOverallGrade", "percent"]],
      ["overall_band_mismatch", ["statedOverallGrade", "band"]],
    ]);
  });

  it("passes the weighting and the policy on", () => {
    const parsed = plan({ percent: 50, band: "sufficiente" });
    expect(recomputePlanEvaluation(parsed, { partial: "ignore" }).achievement.percent.toString()).toBe("25");
    expect(recomputePlanEvaluation(parsed, { weighting: "actions" }).achievement.percent.toFixed(2)).toBe("66.67");
  });
});

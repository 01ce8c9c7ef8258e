import { describe, expect, it } from "vitest";
import { recomputePlanEvaluation } from "../../src/index.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import { codeOf } from "../error-code.js";
import { HALF_DONE_OBJECTIVE } from "./_fixtures.js";
import { codeOrValid, HOSTILE, PLAN_CODES } from "./_hostile.js";

const base = HALF_DONE_OBJECTIVE;

describe("recomputePlanEvaluation", () => {
  // An input object with canonical numbers (0.1.0 parsed it with PlanEvaluationSchema, reading "50,00%").
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
    expect(recomputePlanEvaluation(parsed, { weighting: "actions" }).achievement.percent.toFixed(2)).toBe(
      "66.67",
    );
  });
});

describe("recomputePlanEvaluation on hostile input", () => {
  const codes = PLAN_CODES;
  const valid = {
    period: { from: 2021, to: 2023 },
    objectives: [base],
    statedOverallGrade: { percent: 100, band: "ottimo" as const },
  };

  it.each(HOSTILE)("answers %s, anywhere, with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => recomputePlanEvaluation(value as never), codes)).toBe(true);
    for (const field of ["period", "objectives", "statedOverallGrade"]) {
      expect(codeOrValid(() => recomputePlanEvaluation({ ...valid, [field]: value }), codes)).toBe(true);
    }
    for (const period of [
      { from: value, to: 2023 },
      { from: 2021, to: value },
    ]) {
      expect(codeOrValid(() => recomputePlanEvaluation({ ...valid, period } as never), codes)).toBe(true);
    }
    expect(
      codeOrValid(() => recomputePlanEvaluation({ ...valid, objectives: [value] } as never), codes),
    ).toBe(true);
    expect(codeOrValid(() => recomputePlanEvaluation(valid, value as never), codes)).toBe(true);
    expect(codeOrValid(() => recomputePlanEvaluation(valid, { weighting: value } as never), codes)).toBe(
      true,
    );
  });

  it("refuses a period that ends before it starts, and years out of range", () => {
    expect(codeOf(() => recomputePlanEvaluation({ ...valid, period: { from: 2023, to: 2021 } }), true)).toBe(
      "evaluation_period_reversed@period.to",
    );
    expect(codeOf(() => recomputePlanEvaluation({ ...valid, period: { from: 1021, to: 2021 } }), true)).toBe(
      "year_out_of_range@period.from",
    );
  });

  it("places an objective's error under its index", () => {
    const objectives = [base, { ...base, actions: [{ title: "Azione 1", completion: 101 }] }];
    expect(codeOf(() => recomputePlanEvaluation({ ...valid, objectives }), true)).toBe(
      "completion_out_of_range@objectives.1.actions.0.completion",
    );
  });
});

describe("recomputePlanEvaluation on JSON", () => {
  it("reads the JSON of a validated evaluation as it reads the evaluation", () => {
    const json: unknown = JSON.parse(JSON.stringify(GALLARATE_EVALUATION_2021_2023));
    const fromJson = recomputePlanEvaluation(json as never);
    const fromData = recomputePlanEvaluation(GALLARATE_EVALUATION_2021_2023);
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(fromData));
    expect(fromJson.achievement.percent.toString()).toBe("76.5625"); // seed 000 L2945-2946
  });
});

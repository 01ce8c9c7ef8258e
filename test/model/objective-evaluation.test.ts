import { describe, expect, it } from "vitest";
import {
  objectiveEvaluationSchema,
  planEvaluationSchema,
  safeParsePlanEvaluation,
} from "../../src/model/objective-evaluation.js";

// The figures below are written as the grids print them: the schemas are the Italian mode's.
const ObjectiveEvaluationSchema = objectiveEvaluationSchema("italian");
const PlanEvaluationSchema = planEvaluationSchema("italian");

const valid = {
  code: "B",
  title: "Sviluppare, rafforzare e connettere iniziative per integrazione-inclusione-accesso",
  priority: false,
  actions: [{ title: "Azione 1", completion: "100%", budgeted: "€ 1.000,00", paid: "1.000,00" }],
  statedGrade: { percent: "75%", band: "sufficiente" },
  adequacy: { level: "sufficientemente-adeguato" },
  coincidence: { statedPercent: "80%", statedBand: "sovrastimato" },
  positiveChange: { answer: "si", motivation: "tirocini avviati" },
  source: { document: "Piano di Zona 2025-2027, Ambito di Gallarate", lines: [1446, 1608] },
};

describe("ObjectiveEvaluationSchema", () => {
  it("parses Italian figures into Decimals", () => {
    const parsed = ObjectiveEvaluationSchema.parse(valid);
    expect(parsed.actions[0]?.completion.toString()).toBe("100");
    expect(parsed.actions[0]?.budgeted?.toString()).toBe("1000");
    expect(parsed.statedGrade?.percent.toString()).toBe("75");
    expect(parsed.coincidence?.statedPercent?.toString()).toBe("80");
  });

  it.each([
    ["an unknown key", { ...valid, extra: 1 }, "unrecognized_keys"],
    ["no actions", { ...valid, actions: [] }, "too_small"],
    ["an unknown band", { ...valid, statedGrade: { percent: 75, band: "discreto" } }, "invalid_value"],
    ["an unknown adequacy level", { ...valid, adequacy: { level: "adeguatissimo" } }, "invalid_value"],
    ["a completion above 100", { ...valid, actions: [{ title: "A", completion: 120 }] }, "custom"],
  ])("refuses %s", (_, input, code) => {
    const result = ObjectiveEvaluationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe(code);
  });

  it("accepts the literal over-100 for an action's coincidence", () => {
    const parsed = ObjectiveEvaluationSchema.parse({
      ...valid,
      actions: [{ title: "Azione 2", completion: 100, statedCoincidencePercent: "over-100" }],
    });
    expect(parsed.actions[0]?.statedCoincidencePercent).toBe("over-100");
  });
});

describe("PlanEvaluationSchema", () => {
  it("refuses a reversed period", () => {
    const result = PlanEvaluationSchema.safeParse({ period: { from: 2023, to: 2021 }, objectives: [valid] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["period"]);
  });

  it("parses a plan with its stated overall grade", () => {
    const parsed = PlanEvaluationSchema.parse({
      period: { from: 2021, to: 2023 },
      objectives: [valid],
      statedOverallGrade: { percent: "76,56%", band: "sufficiente" },
    });
    expect(parsed.statedOverallGrade?.percent.toString()).toBe("76.56");
  });
});

describe("safeParsePlanEvaluation", () => {
  it("reads the printed figures only in the Italian mode, and names the grid's question", () => {
    const plan = { period: { from: 2021, to: 2023 }, objectives: [valid] };
    expect(safeParsePlanEvaluation(plan, { numbers: "italian" }).success).toBe(true);
    const canonical = safeParsePlanEvaluation(plan);
    expect(
      canonical.success ? [] : canonical.issues.map((issue) => [issue.code, issue.path.join(".")]),
    ).toEqual([
      ["invalid_decimal", "objectives.0.actions.0.completion"],
      ["invalid_decimal", "objectives.0.actions.0.budgeted"],
      ["invalid_decimal", "objectives.0.actions.0.paid"],
      ["invalid_decimal", "objectives.0.statedGrade.percent"],
      ["invalid_decimal", "objectives.0.coincidence.statedPercent"],
    ]);
    expect(canonical.success ? "" : canonical.issues[3]?.messageIt).toMatch(
      /^GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO: /,
    );
  });

  it("reports a reversed period with its own code (0.1.0: invalid_value)", () => {
    const result = safeParsePlanEvaluation(
      { period: { from: 2023, to: 2021 }, objectives: [valid] },
      { numbers: "italian" },
    );
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["period_ends_before_start", ["period"]],
    ]);
  });
});

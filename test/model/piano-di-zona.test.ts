import { describe, expect, it } from "vitest";
import { safeParsePianoDiZona } from "../../src/model/piano-di-zona.js";
import { pianoInput } from "./_fixtures.js";

const codes = (input: unknown): string[] => {
  const result = safeParsePianoDiZona(input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

describe("PianoDiZonaSchema", () => {
  it("accepts a plan built from Gallarate's Ambito, evaluation and schede", () => {
    const result = safeParsePianoDiZona(pianoInput());
    expect(result.success).toBe(true);
    if (!result.success) return;
    // seed 000 L100-103: adopted by the Assemblea dei Sindaci on 02.12.2024
    expect(result.data.approvals[0]?.date).toBe("2024-12-02");
    expect(result.data.previousEvaluation?.objectives).toHaveLength(16);
  });

  it("checks the period, the evaluated period and the objective codes", () => {
    const input = pianoInput();
    input.period = { from: 2027, to: 2025 };
    expect(codes(input)).toEqual(["period_ends_before_start"]);
    const overlapping = pianoInput();
    overlapping.period = { from: 2023, to: 2025 };
    expect(codes(overlapping)).toEqual(["previous_period_overlaps"]);
    const duplicated = pianoInput();
    duplicated.objectives.push(duplicated.objectives[0]);
    expect(codes(duplicated)).toEqual(["duplicate_objective_code"]);
  });

  it("reports issues deep inside the plan at their path", () => {
    const input = pianoInput();
    input.objectives[0].budget.total = "dodici";
    input.approvals[0].date = "02.13.2024";
    // Read in the Italian mode, where the canonical "76.56" of the JSON copy would be ambiguous: as printed.
    input.previousEvaluation.statedOverallGrade.percent = "76,56%";
    const result = safeParsePianoDiZona(input, { numbers: "italian" });
    expect(
      result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join("."), issue.messageIt]),
    ).toEqual([
      [
        "invalid_date",
        "approvals.0.date",
        "ATTI DI APPROVAZIONE: data non valida (atteso ad es. 31.12.2027, 31/12/2027, 31 dicembre 2027 o 2027-12-31)",
      ],
      [
        "malformed_italian_number",
        "objectives.0.budget.total",
        expect.stringMatching(/^RISORSE ECONOMICHE PREVENTIVATE: /),
      ],
    ]);
  });
});

describe("the Piano's number modes", () => {
  it("reads amounts as canonical text by default, and Italian text only when told", () => {
    const input = pianoInput();
    input.objectives[0].budget.total = "30.000,00";
    input.previousEvaluation.statedOverallGrade.percent = 76.56;
    const canonical = safeParsePianoDiZona(input);
    expect(canonical.success ? [] : canonical.issues.map((issue) => issue.code)).toEqual(["invalid_decimal"]);
    const italian = safeParsePianoDiZona(input, { numbers: "italian" });
    expect(italian.success && italian.data.objectives[0]?.budget.total?.toString()).toBe("30000");
    // One reading per mode: "1.500" is one and a half in canonical text, fifteen hundred in Italian text.
    input.objectives[0].budget.total = "1.500";
    const one = safeParsePianoDiZona(input);
    const fifteen = safeParsePianoDiZona(input, { numbers: "italian" });
    expect(one.success && one.data.objectives[0]?.budget.total?.toString()).toBe("1.5");
    expect(fifteen.success && fifteen.data.objectives[0]?.budget.total?.toString()).toBe("1500");
  });
});

import { describe, expect, it } from "vitest";
import {
  objectiveEvaluationSchema,
  planEvaluationSchema,
  printedGradeSchema,
  safeParsePlanEvaluation,
} from "../../src/model/objective-evaluation.js";
import { ALTO_MILANESE_EVALUATION_2021_2023 } from "../../src/datasets/alto-milanese/evaluation-2021-2023.js";
import { BUSTO_ARSIZIO_EVALUATION_2021_2024 } from "../../src/datasets/busto-arsizio/evaluation-2021-2024.js";
import { SEBINO_EVALUATION_2021_2023 } from "../../src/datasets/sebino/evaluation-2021-2023.js";

// The figures below are written as the grids print them: the schemas are the Italian mode's.
const ObjectiveEvaluationSchema = objectiveEvaluationSchema("italian");
const PlanEvaluationSchema = planEvaluationSchema("italian");

const valid = {
  code: "B",
  title: "Sviluppare, rafforzare e connettere iniziative per integrazione-inclusione-accesso",
  priority: false,
  actions: [{ title: "Azione 1", completion: "100%", budgeted: "€ 1.000,00", paid: "1.000,00" }],
  grade: { text: "75% (sufficiente)", percent: "75%", band: "sufficiente", lines: [1479, 1480] },
  adequacy: { level: "sufficientemente-adeguato" },
  coincidence: { statedPercent: "80%", statedBand: "sovrastimato" },
  positiveChange: { answer: "si", motivation: "tirocini avviati" },
  source: { document: "Piano di Zona 2025-2027, Ambito di Gallarate", lines: [1446, 1608] },
};

describe("ObjectiveEvaluationSchema", () => {
  it("parses Italian figures into Decimals", () => {
    const parsed = ObjectiveEvaluationSchema.parse(valid);
    expect(parsed.actions?.[0]?.completion.toString()).toBe("100");
    expect(parsed.actions?.[0]?.budgeted?.toString()).toBe("1000");
    expect(parsed.grade?.percent?.toString()).toBe("75");
    expect(parsed.coincidence?.statedPercent?.toString()).toBe("80");
  });

  it.each([
    ["an unknown key", { ...valid, extra: 1 }, "unrecognized_keys"],
    ["no actions", { ...valid, actions: [] }, "too_small"],
    ["an unknown band", { ...valid, grade: { text: "75%", percent: 75, band: "discreto" } }, "invalid_value"],
    [
      "0.1.0's statedGrade",
      { ...valid, statedGrade: { percent: 75, band: "sufficiente" } },
      "unrecognized_keys",
    ],
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
    expect(parsed.actions?.[0]?.statedCoincidencePercent).toBe("over-100");
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
      statedOverallGrade: { text: "76,56% (sufficiente)", percent: "76,56%", band: "sufficiente" },
    });
    expect(parsed.statedOverallGrade?.percent?.toString()).toBe("76.56");
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
      ["invalid_decimal", "objectives.0.grade.percent"],
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

// ─── Issue 12: every grid in use ───────────────────────────────────────────────────────────────────────────────────

describe("PrintedGradeSchema", () => {
  const Printed = printedGradeSchema("canonical");

  it.each([
    // seed 004 L116, L143, L208; seed 001 L334, L450; seed 000 L1160
    [{ text: "80% - 99% (Buono)", range: { from: "80", to: "99" }, band: "buono", lines: [116, 116] }],
    [{ text: "50 – 79% (sufficiente)", range: { from: 50, to: 79 }, band: "sufficiente", lines: [143, 143] }],
    [{ text: "30%", percent: "30", lines: [208, 208] }],
    [{ text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" }],
    [{ text: "50% (sufficiente)", percent: 50, band: "sufficiente" }],
    [{ text: "100% (ottimo)", percent: "100", band: "ottimo", lines: [1160, 1160] }],
    [{ text: "Non applicabile", notApplicable: true }],
    // seed 002 L406-407: a verdict in words, no grade
    [
      {
        text: "gli obbiettivi della precedente programmazione … sono stati in parte raggiunti",
        lines: [406, 407],
      },
    ],
  ])("keeps %j as printed", (grade) => {
    const parsed = Printed.parse(grade);
    expect(parsed.text).toBe(grade.text);
  });

  it.each([
    ["a reversed range", { text: "99-80%", range: { from: 99, to: 80 } }, "grade_range_reversed", ["range"]],
    [
      "not applicable with a percent",
      { text: "Non applicabile", notApplicable: true, percent: 0 },
      "not_applicable_grade_with_value",
      ["notApplicable"],
    ],
    [
      "not applicable with a band",
      { text: "Non applicabile", notApplicable: true, band: "nullo" },
      "not_applicable_grade_with_value",
      ["notApplicable"],
    ],
    ["no text", { percent: 30 }, "required_field", ["text"]],
    ["an empty text", { text: "" }, "empty_text", ["text"]],
    ["notApplicable false", { text: "x", notApplicable: false }, "invalid_option", ["notApplicable"]],
    [
      "a reversed line range",
      { text: "30%", percent: 30, lines: [209, 208] },
      "line_range_reversed",
      ["lines"],
    ],
    [
      "a range above 100",
      { text: "80-120%", range: { from: 80, to: 120 } },
      "percent_out_of_range",
      ["range", "to"],
    ],
  ])("refuses %s", (_name, grade, code, path) => {
    const result = safeParsePlanEvaluation({
      period: { from: 2021, to: 2023 },
      objectives: [{ code: "1", title: "Uno", grade }],
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, ["objectives", 0, "grade", ...path]],
    ]);
  });
});

describe("ObjectiveEvaluationSchema beyond the grid with actions", () => {
  it("holds an objective with its grade only, and one split into graded parts (seed 001 L501-515)", () => {
    const eight = BUSTO_ARSIZIO_EVALUATION_2021_2024.objectives[7];
    const parsed = objectiveEvaluationSchema("canonical").parse(eight);
    expect(parsed.actions).toBeUndefined();
    expect(parsed.grade).toBeUndefined();
    expect(parsed.parts?.map((part) => [part.code, part.grade?.text, part.lines])).toEqual([
      ["8a", "80-99% (buono)", [507, 507]],
      ["8b", "80-99% (buono)", [507, 507]],
    ]);
  });

  it("keeps counts without actions, an adequacy off the scale, and answers in other words", () => {
    const parsed = objectiveEvaluationSchema("canonical").parse({
      code: "7",
      title: "IL DISABILE E LA SUA FAMIGLIA NEL PERCORSO DI VITA",
      plannedActions: 4,
      realizedActions: 3,
      adequacy: { level: null, text: "Sufficiente" }, // seed 001 L470
      positiveChange: { answer: "parzialmente", motivation: "Parzialmente, in quanto …" }, // seed 001 L369
      continuityWithPrevious: {
        answer: null,
        motivation: "Sì per programma PIPPI … No per il centro per la famiglia.",
      },
    });
    expect([parsed.plannedActions, parsed.realizedActions, parsed.adequacy?.level]).toEqual([4, 3, null]);
    expect(parsed.positiveChange?.answer).toBe("parzialmente");
    expect(parsed.continuityWithPrevious?.answer).toBeNull();
  });

  it.each([
    [
      "more realized than planned actions",
      { plannedActions: 2, realizedActions: 3 },
      "realized_actions_exceed_planned",
    ],
    ["an empty list of parts", { parts: [] }, "empty_list"],
    ["a part with parts of its own", { parts: [{ code: "1a", title: "a", parts: [] }] }, "unknown_field"],
    [
      "a part cited by document",
      { parts: [{ code: "1a", title: "a", source: { document: "x", lines: [1, 2] } }] },
      "unknown_field",
    ],
    ["an unknown grid answer", { reproposed: { answer: "forse" } }, "invalid_option"],
  ])("refuses %s", (_name, fields, code) => {
    const result = safeParsePlanEvaluation({
      period: { from: 2021, to: 2023 },
      objectives: [{ code: "1", title: "Uno", ...fields }],
    });
    expect(result.success ? "" : result.issues[0]?.code).toBe(code);
  });
});

describe("PlanEvaluationSchema on every grid", () => {
  it.each([
    ["Busto Arsizio 2021-2024 (seed 001 L240-515)", BUSTO_ARSIZIO_EVALUATION_2021_2024, 8],
    ["Alto Milanese 2021-2023 (seed 004 L97-229)", ALTO_MILANESE_EVALUATION_2021_2023, 9],
    ["Sebino 2021-2023 (seed 002 L321-409)", SEBINO_EVALUATION_2021_2023, 0],
  ])("holds %s as printed", (_name, excerpt, objectives) => {
    const result = safeParsePlanEvaluation(excerpt);
    expect(result.success ? result.data.objectives.length : result.issues).toBe(objectives);
    expect(result.success && result.data.grid).toBe(excerpt.grid);
  });

  it("holds Sebino's four themes and its verdict in words", () => {
    const parsed = planEvaluationSchema("canonical").parse(SEBINO_EVALUATION_2021_2023);
    expect(parsed.narrative?.themes.map((theme) => theme.outcome)).toEqual([
      "non-raggiunti", // seed 002 L406: "ad eccezione del primo"
      "in-parte-raggiunti",
      "in-parte-raggiunti",
      "in-parte-raggiunti",
    ]);
    expect(parsed.statedOverallGrade?.percent).toBeUndefined();
    expect(parsed.statedOverallGrade?.lines).toEqual([406, 407]);
  });

  it.each([
    [
      "no objectives outside a narrative evaluation",
      { objectives: [] },
      "evaluation_without_objectives",
      ["objectives"],
    ],
    [
      "a narrative grid without themes",
      { grid: "narrative", objectives: [] },
      "narrative_missing",
      ["narrative"],
    ],
    [
      "an objective without actions in the grid with actions",
      {
        grid: "dgr-2167-actions",
        objectives: [{ code: "1", title: "Uno", grade: { text: "30%", percent: 30 } }],
      },
      "objective_without_actions",
      ["objectives", 0, "actions"],
    ],
    ["an unknown grid", { grid: "dgr-2167" }, "invalid_option", ["grid"]],
    [
      "themes without a title",
      { grid: "narrative", objectives: [], narrative: { themes: [{ outcome: "raggiunti", text: "" }] } },
      "required_field",
      ["narrative", "themes", 0, "title"],
    ],
  ])("refuses %s", (_name, fields, code, path) => {
    const result = safeParsePlanEvaluation({
      period: { from: 2021, to: 2023 },
      objectives: [{ code: "1", title: "Uno", grade: { text: "30%", percent: 30 } }],
      ...fields,
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, path],
    ]);
  });

  it("accepts the grid with actions where each part lists its actions", () => {
    const part = (code: string) => ({ code, title: code, actions: [{ title: "Azione 1", completion: 100 }] });
    const result = safeParsePlanEvaluation({
      period: { from: 2021, to: 2023 },
      grid: "dgr-2167-actions",
      objectives: [{ code: "8", title: "Otto", parts: [part("8a"), part("8b")] }],
    });
    expect(result.success).toBe(true);
  });
});

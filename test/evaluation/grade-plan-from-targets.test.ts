import { describe, expect, it } from "vitest";
import { evaluateTargets, gradePlanFromTargets } from "../../src/index.js";
import { GALLARATE_SCHEDA_OBIETTIVO_L } from "../../src/datasets/index.js";
import { codeOf } from "../error-code.js";
import { SCHEDA_4, SCHEDA_A } from "../monitoring/_gallarate-schede.js";

const FINAL = { at: "2027-12-31", period: { from: 2025, to: 2027 } } as const;

// The final view of Gallarate's scheda A (seed 000 L5739-5776): 5 of its 8 targets met.
const finalA = evaluateTargets(
  SCHEDA_A.targets,
  [
    { target: "A1-1", delivered: true, date: "2025-03-10" },
    { target: "A1-2", value: 10 },
    { target: "A2-1", delivered: true, year: 2026 },
    { target: "A2-2", delivered: false, year: 2027 },
    { target: "A3-1", value: 21 },
    { target: "A4-1", value: 18 },
    { target: "A5-1", value: 12, year: 2025 },
    { target: "A5-1", value: 15, year: 2027 },
  ],
  FINAL,
);
// Scheda 4 (L5084-5094): the study is not positive, so its two conditional targets do not apply.
const final4 = evaluateTargets(SCHEDA_4.targets, [{ target: "R-1", delivered: true }], FINAL);

describe("gradePlanFromTargets", () => {
  it("gives each action the share of its targets met, and grades under the default 'count' policy", () => {
    const { evaluation, result, findings } = gradePlanFromTargets([SCHEDA_A], { A: finalA });
    expect(evaluation.period).toEqual({ from: 2025, to: 2027 });
    const actions = evaluation.objectives[0]?.actions ?? [];
    expect(actions.map((action) => action.completion)).toEqual(["100", "50", "100", "0", "100", "0"]);
    expect(actions.map((action) => action.note)).toEqual(["2/2", "1/2", "1/1", "0/1", "1/1", "0/1"]);
    // 4 of 6 actions realized (the one half done counts), as the DGR grid is applied in the seeds.
    const grade = result.objectives[0]?.grade;
    expect(grade?.percent.toFixed(4)).toBe("66.6667");
    expect(grade?.band).toBe(result.achievement.band);
    expect(findings).toEqual([]);
  });

  it("follows the other partial-action policies", () => {
    const ignore = gradePlanFromTargets([SCHEDA_A], { A: finalA }, { partial: "ignore" });
    expect(ignore.result.objectives[0]?.grade?.percent.toString()).toBe("50");
    const weight = gradePlanFromTargets([SCHEDA_A], { A: finalA }, { partial: "weight" });
    expect(weight.result.objectives[0]?.grade?.percent.toFixed(4)).toBe("58.3333");
  });

  it("gathers targets tied to no action into 'Risultati dell'obiettivo' and reports actions without targets", () => {
    const { evaluation, result, findings } = gradePlanFromTargets(
      [SCHEDA_A, SCHEDA_4],
      new Map([
        ["A", finalA],
        ["4", final4],
      ]),
    );
    const scheda4 = evaluation.objectives[1];
    expect(scheda4?.actions?.map((action) => action.title)).toEqual(["Risultati dell'obiettivo"]);
    expect(String(scheda4?.actions?.[0]?.completion).slice(0, 12)).toBe("33.333333333");
    expect(scheda4?.actions?.[0]?.note).toBe("1/3");
    // Scheda 4's six actions carry no code, so no target names them.
    expect(findings.map((finding) => finding.code)).toEqual(Array(6).fill("action_not_graded"));
    expect(result.objectives.map((objective) => objective.code)).toEqual(["A", "4"]);
  });

  it("leaves a scheda whose targets do not apply out, and needs every scheda evaluated", () => {
    const notStudied = evaluateTargets(SCHEDA_4.targets, [{ target: "R-1", delivered: false }], FINAL);
    const conditional = { ...SCHEDA_4, actions: [], targets: SCHEDA_4.targets.slice(1) };
    const { findings, result } = gradePlanFromTargets([SCHEDA_A, conditional], {
      A: finalA,
      "4": notStudied,
    });
    expect(findings.map((finding) => finding.code)).toEqual(["objective_not_graded"]);
    expect(result.objectives.map((objective) => objective.code)).toEqual(["A"]);
    expect(codeOf(() => gradePlanFromTargets([SCHEDA_A], {}))).toBe("scheda_targets_not_evaluated");
    expect(codeOf(() => gradePlanFromTargets([{ ...SCHEDA_A, targets: [] }], { A: finalA }))).toBe(
      "no_objectives",
    );
  });

  it("grades Gallarate's scheda L from its five targets (seed 000 L8062-8082)", () => {
    const final = evaluateTargets(
      GALLARATE_SCHEDA_OBIETTIVO_L.targets ?? [],
      [2025, 2026, 2027].map((year) => ({ target: "A1-1", value: 1, year })),
      FINAL,
    );
    const { evaluation, result } = gradePlanFromTargets([GALLARATE_SCHEDA_OBIETTIVO_L], { L: final });
    expect(evaluation.objectives[0]?.actions?.map((action) => action.completion)).toEqual(["50", "0"]);
    expect(result.objectives[0]?.grade?.percent.toString()).toBe("50");
  });

  it("answers a PdzError, never a TypeError, for a scheda that is not one (a hole, a number, a bad action)", () => {
    // eslint-disable-next-line no-sparse-arrays -- a list with a hole is what a caller may pass
    const holes = [, SCHEDA_A] as unknown as Parameters<typeof gradePlanFromTargets>[0];
    expect(codeOf(() => gradePlanFromTargets(holes, { A: finalA }))).toBe("invalid_type");
    const notAScheda = [5] as unknown as Parameters<typeof gradePlanFromTargets>[0];
    expect(codeOf(() => gradePlanFromTargets(notAScheda, { A: finalA }))).toBe("invalid_type");
    const noCode = [{ title: "x" }] as unknown as Parameters<typeof gradePlanFromTargets>[0];
    expect(codeOf(() => gradePlanFromTargets(noCode, {}))).toBe("required_field");
    const badAction = [{ ...SCHEDA_A, actions: [null] }] as unknown as Parameters<
      typeof gradePlanFromTargets
    >[0];
    expect(codeOf(() => gradePlanFromTargets(badAction, { A: finalA }))).toBe("invalid_type");
    const badTarget = [{ ...SCHEDA_A, targets: [{ id: 7 }] }] as unknown as Parameters<
      typeof gradePlanFromTargets
    >[0];
    expect(codeOf(() => gradePlanFromTargets(badTarget, { A: finalA }))).toBe("invalid_type");
  });
});

import { describe, expect, it } from "vitest";
import { evaluateTargets, type ResultTargetInput } from "../../src/index.js";
import { GALLARATE_SCHEDA_OBIETTIVO_L } from "../../src/datasets/index.js";
import { codeOf } from "../error-code.js";
import { SCHEDA_4, SCHEDA_A } from "./_gallarate-schede.js";

const PERIOD = { from: 2025, to: 2027 } as const;
const MID_TERM = { at: "2026-12-31", period: PERIOD } as const;
const FINAL = { at: "2027-12-31", period: PERIOD } as const;

// What the Ambito could report on scheda A "Strategie per l'abitare" (seed 000 L5739-5776).
const OBSERVATIONS_A = [
  { target: "A1-1", delivered: true, date: "2025-03-10" },
  { target: "A1-2", value: 4, year: 2025 },
  { target: "A1-2", value: 3, year: 2026 },
  { target: "A1-2", value: 3, year: 2027 },
  { target: "A2-1", delivered: true, year: 2026 },
  { target: "A2-2", delivered: false, year: 2027 },
  { target: "A3-1", value: 8, year: 2025 },
  { target: "A3-1", value: 7, year: 2026 },
  { target: "A3-1", value: 6, year: 2027 },
  { target: "A4-1", value: 5, year: 2025 },
  { target: "A4-1", value: 6, year: 2026 },
  { target: "A4-1", value: 7, year: 2027 },
  { target: "A5-1", value: 12, year: 2025 },
  { target: "A5-1", value: 15, year: 2027 },
] as const;

function expectPdzError(thunk: () => unknown, code: string, path: readonly (string | number)[]): void {
  expect(codeOf(thunk, true)).toBe(`${code}@${path.join(".")}`);
}

const statuses = (evaluation: ReturnType<typeof evaluateTargets>) =>
  Object.fromEntries(evaluation.targets.map((target) => [target.id, target.status]));

describe("evaluateTargets on Gallarate's scheda A (seed 000 L5739-5776)", () => {
  it("gives the mid-term view of 2026: only what is already reached is met", () => {
    const midTerm = evaluateTargets(SCHEDA_A.targets, OBSERVATIONS_A, MID_TERM);
    expect(statuses(midTerm)).toEqual({
      "A1-1": "met",
      "A1-2": "not-due",
      "A2-1": "met",
      "A2-2": "not-due",
      "A3-1": "not-due",
      "A4-1": "not-due",
      "A5-1": "not-due",
      "A6-1": "not-due",
    });
    // "almeno 9 incontri nella triennalità": 4 + 3 so far.
    const meetings = midTerm.targets[1];
    expect(meetings?.observed).toBe("7");
    expect(meetings?.required).toBe("9");
    expect(meetings?.reason.it).toBe("2025–2027: finora 7 su 9, entro il 2027-12-31");
    expect(midTerm.counts).toEqual({
      met: 2,
      "not-met": 0,
      "not-due": 6,
      "missing-data": 0,
      "not-applicable": 0,
    });
  });

  it("gives the final view of 2027, with its figures", () => {
    const final = evaluateTargets(SCHEDA_A.targets, OBSERVATIONS_A, FINAL);
    expect(statuses(final)).toEqual({
      "A1-1": "met",
      "A1-2": "met",
      "A2-1": "met",
      "A2-2": "not-met",
      "A3-1": "met",
      "A4-1": "not-met",
      "A5-1": "met",
      "A6-1": "missing-data",
    });
    const byId = new Map(final.targets.map((target) => [target.id, target]));
    expect(byId.get("A1-2")?.observed).toBe("10");
    expect(byId.get("A3-1")?.reason.en).toBe(
      "2025–2027: 21 nuclei familiari presi in carico dal servizio che necessitano di un supporto educativo continuativo ≥ 20",
    );
    expect(byId.get("A4-1")?.observed).toBe("18");
    expect(byId.get("A5-1")?.reason.en).toBe("15 (2027) > 12 (2025); an increase is required");
    expect(byId.get("A2-2")?.due).toBe("2027-12-31");
    expect(final.counts).toEqual({
      met: 5,
      "not-met": 2,
      "not-due": 0,
      "missing-data": 1,
      "not-applicable": 0,
    });
  });

  it("meets a triennial minimum early, as soon as it is reached", () => {
    const early = evaluateTargets(SCHEDA_A.targets, [{ target: "A1-2", value: 9, year: 2025 }], MID_TERM);
    expect(early.targets[1]?.status).toBe("met");
  });

  it("ignores what is observed after the date of the view", () => {
    const view = evaluateTargets(SCHEDA_A.targets, OBSERVATIONS_A, { at: "2025-12-31", period: PERIOD });
    expect(view.targets[1]?.observed).toBe("4");
    expect(view.targets[4]?.observed).toBe("8");
  });
});

describe("evaluateTargets on conditional targets (Gallarate scheda 4, seed 000 L5084-5094)", () => {
  it("makes the Convenzione and the Centrale Operativa not applicable when the study is not done", () => {
    const final = evaluateTargets(SCHEDA_4.targets, [{ target: "R-1", delivered: false }], FINAL);
    expect(final.targets.map((target) => target.status)).toEqual([
      "not-met",
      "not-applicable",
      "not-applicable",
    ]);
    expect(final.targets[1]?.reason.en).toBe('Applies only if "R-1" is met, and it is not');
  });

  it("evaluates them when the study is done, and leaves them open while it is not decided", () => {
    const done = evaluateTargets(
      SCHEDA_4.targets,
      [
        { target: "R-1", delivered: true, date: "2025-11-30" },
        { target: "R-2", delivered: true, date: "2026-05-04" },
      ],
      FINAL,
    );
    expect(done.targets.map((target) => target.status)).toEqual(["met", "met", "missing-data"]);
    const open = evaluateTargets(SCHEDA_4.targets, [], MID_TERM);
    expect(open.targets.map((target) => target.status)).toEqual(["not-due", "not-due", "not-due"]);
    expect(open.targets[2]?.reason.en).toBe('Depends on "R-1", which is not decided yet');
  });
});

describe("evaluateTargets period by period (Gallarate scheda L, seed 000 L8065-8082)", () => {
  const targets = GALLARATE_SCHEDA_OBIETTIVO_L.targets ?? [];

  it("judges '1 incontro semestrale' in each of the six semesters", () => {
    const observations = [
      { target: "A2-1", value: 1, year: 2025, semester: 1 },
      { target: "A2-1", value: 2, year: 2025, semester: 2 },
      { target: "A2-1", value: 1, date: "2026-03-12" },
      { target: "A2-1", value: 1, year: 2026, month: 10 },
      { target: "A2-1", value: 1, year: 2027, quarter: 2 },
      { target: "A2-1", value: 0, year: 2027, semester: 2 },
    ];
    const final = evaluateTargets(targets, observations, FINAL);
    const semesters = final.targets.find((target) => target.id === "A2-1");
    expect(semesters?.periods.map((period) => `${period.label} ${period.status}`)).toEqual([
      "2025-S1 met",
      "2025-S2 met",
      "2026-S1 met",
      "2026-S2 met",
      "2027-S1 met",
      "2027-S2 not-met",
    ]);
    expect(semesters?.status).toBe("not-met");
    expect(semesters?.observed).toBe("5");
    expect(semesters?.required).toBe("6");
    const mid = evaluateTargets(targets, observations, MID_TERM).targets.find(
      (target) => target.id === "A2-1",
    );
    expect(mid?.status).toBe("not-due");
    expect(mid?.reason.en).toBe("4 of 6 periods met, 0 not met, 0 without data, 4 ended");
  });

  it("refuses a yearly figure for a target counted per semester, and a figure without a time", () => {
    expectPdzError(
      () => evaluateTargets(targets, [{ target: "A2-1", value: 2, year: 2025 }], FINAL),
      "observation_too_coarse",
      ["observations", 0],
    );
    expectPdzError(
      () => evaluateTargets(targets, [{ target: "A2-1", value: 2 }], FINAL),
      "observation_time_missing",
      ["observations", 0],
    );
  });
});

describe("evaluateTargets on shares and coverage (seed 000 L4065-4067, L6467-6468)", () => {
  const share: ResultTargetInput = {
    id: "A1-2",
    action: "Azione 1",
    text: "Almeno l’80% degli enti coinvolti partecipano agli incontri.",
    lines: [4065, 4067],
    kind: "share-at-least",
    minPercent: "80",
    numerator: "enti coinvolti che partecipano agli incontri",
    denominator: "enti coinvolti",
  };
  const coverage: ResultTargetInput = {
    id: "A1-1",
    action: "Azione 1",
    text: "Realizzazione del servizio di telefonia in almeno 3 Comuni dell’Ambito",
    lines: [6467, 6468],
    kind: "coverage-at-least",
    min: 3,
    unit: "comuni",
  };

  it("decides a share on the exact ratio of the counts added up", () => {
    const exactly = evaluateTargets(
      [share],
      [
        { target: "A1-2", numerator: 5, denominator: 6, year: 2025 },
        { target: "A1-2", numerator: 3, denominator: 4, year: 2026 },
      ],
      FINAL,
    );
    expect(exactly.targets[0]?.status).toBe("met");
    expect(exactly.targets[0]?.observed).toBe("80");
    const below = evaluateTargets([share], [{ target: "A1-2", numerator: 79, denominator: 99 }], FINAL);
    expect(below.targets[0]?.status).toBe("not-met");
    const none = evaluateTargets([share], [{ target: "A1-2", numerator: 0, denominator: 0 }], FINAL);
    expect(none.targets[0]?.status).toBe("missing-data");
  });

  it("takes a coverage as the highest level reached, not a sum", () => {
    const levels = [1, 2, 2].map((value, index) => ({ target: "A1-1", value, year: 2025 + index }));
    expect(evaluateTargets([coverage], levels, FINAL).targets[0]?.status).toBe("not-met");
    expect(
      evaluateTargets([coverage], [...levels, { target: "A1-1", value: 3, year: 2027 }], FINAL).targets[0]
        ?.status,
    ).toBe("met");
  });

  it("refuses an observation in the wrong form, of an unknown target, or targets with the same id", () => {
    expectPdzError(
      () => evaluateTargets([share], [{ target: "A1-2", value: 80 }], FINAL),
      "target_observation_mismatch",
      ["observations", 0],
    );
    expectPdzError(
      () => evaluateTargets([share], [{ target: "B", value: 1 }], FINAL),
      "unknown_observed_target",
      ["observations", 0, "target"],
    );
    expectPdzError(() => evaluateTargets([share, share], [], FINAL), "target_id_repeated", [
      "targets",
      1,
      "id",
    ]);
    expectPdzError(
      () => evaluateTargets([{ ...share, condition: { target: "A1-2", when: "met" } }], [], FINAL),
      "condition_cycle",
      ["targets", 0, "condition"],
    );
    expectPdzError(
      () => evaluateTargets([{ ...share, condition: { target: "R-9", when: "met" } }], [], FINAL),
      "unknown_condition",
      ["targets", 0, "condition", "target"],
    );
    expectPdzError(
      () => evaluateTargets([share], [], { at: "2027-12-31", period: { from: 2027, to: 2025 } }),
      "plan_period_reversed",
      ["period", "to"],
    );
  });
});

import { describe, expect, it } from "vitest";
import { isPdzError, planAchievement, PLAN_WEIGHTINGS } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, GRADE_CODES } from "./_hostile.js";
import { roundedFraction } from "../support/rational.js";

// seed 000 §6.2 (L1123-2941): the 16 objectives of Gallarate 2021-2023 as realized / planned actions
const gallarate = [
  [3, 3],
  [3, 4],
  [4, 5],
  [3, 4],
  [3, 4],
  [3, 3],
  [1, 5],
  [4, 4],
  [4, 6],
  [5, 5],
  [2, 2],
  [2, 2],
  [1, 3],
  [2, 3],
  [1, 3],
  [2, 2],
].map(([realized, planned]) => ({ realized: realized ?? 0, planned: planned ?? 0 }));

describe("planAchievement", () => {
  it("is the plain mean of the objectives' grades by default", () => {
    const plan = planAchievement(gallarate);
    expect(plan.percent?.toString()).toBe("76.5625"); // seed 000 L2945-2946: "76,56% (sufficiente)"
    expect(plan.band).toBe("sufficiente");
    expect(plan.weighting).toBe("objectives");
    expect(plan.objectives).toHaveLength(16);
  });

  it("can weight by actions", () => {
    const plan = planAchievement(gallarate, { weighting: "actions" });
    expect(plan.percent?.toFixed(4)).toBe("74.1379"); // 43 / 58
    expect(PLAN_WEIGHTINGS).toEqual(["objectives", "actions"]);
  });

  it("mixes counts and actions", () => {
    const plan = planAchievement([{ planned: 2, realized: 1 }, { actions: [{ completion: 100 }] }]);
    expect(plan.percent?.toString()).toBe("75");
  });

  it("refuses an empty plan and unknown weightings", () => {
    expect(() => planAchievement([])).toThrow(/no objectives/);
    try {
      planAchievement(gallarate, { weighting: "people" as "actions" });
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "invalid_weighting")).toBe(true);
    }
  });

  it("reports a bad objective with its index in the path", () => {
    try {
      planAchievement([
        { planned: 2, realized: 1 },
        { planned: 1, realized: 2 },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "realized_exceeds_planned")).toBe(true);
      expect(isPdzError(error) && error.path).toEqual([1, "realized"]);
    }
  });
});

describe("planAchievement on hostile input", () => {
  const codes = [...GRADE_CODES, "invalid_weighting", "no_objectives"];

  it.each(HOSTILE)("answers %s with a grade or a documented code", (_name, value) => {
    expect(codeOrValid(() => planAchievement(value as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement([value] as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement(gallarate, value as never), codes)).toBe(true);
    expect(codeOrValid(() => planAchievement(gallarate, { weighting: value } as never), codes)).toBe(true);
  });

  it("reads an array with holes as missing objectives", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holed = [{ planned: 1, realized: 1 }, , { planned: 1, realized: 0 }] as never;
    expect(codeOf(() => planAchievement(holed), true)).toBe("invalid_type@1");
  });

  it("does not mutate its input, and shares nothing mutable with it", () => {
    const input = gallarate.map((objective) => ({ ...objective }));
    const copy = structuredClone(input);
    const plan = planAchievement(input);
    expect(input).toEqual(copy);
    expect(plan.objectives[0]).not.toBe(input[0]);
    expect(JSON.parse(JSON.stringify(plan)).percent).toBe("76.5625");
  });

  it("grades a million objectives in one pass", { timeout: 60_000 }, () => {
    const million = Array.from({ length: 1_000_000 }, (_, index) => gallarate[index % 16]!);
    expect(planAchievement(million).percent?.toString()).toBe("76.5625");
  });
});

// ─── Issue 12: grades printed without actions ─────────────────────────────────────────────────────────────────────

// seed 004 L116, L129, L143, L154, L168, L183, L197, L208, L221: Alto Milanese 2021-2023, as printed
const altoMilanese = [
  { grade: { text: "80% - 99% (Buono)", range: { from: 80, to: 99 }, band: "buono" as const } },
  { grade: { text: "80% - 99% (Buono)", range: { from: 80, to: 99 }, band: "buono" as const } },
  { grade: { text: "50 – 79% (sufficiente)", range: { from: 50, to: 79 }, band: "sufficiente" as const } },
  { grade: { text: "80% - 99% (Buono)", range: { from: 80, to: 99 }, band: "buono" as const } },
  { grade: { text: "50%", percent: 50 } },
  { grade: { text: "80%", percent: 80 } },
  { grade: { text: "60%", percent: 60 } },
  { grade: { text: "30%", percent: 30 } },
  { grade: { text: "100%", percent: 100 } },
];

describe("planAchievement on printed grades", () => {
  it("averages Alto Milanese's bands and bare percentages into an exact interval within one band", () => {
    const plan = planAchievement(altoMilanese);
    // lower bounds 80+80+50+80+50+80+60+30+100 = 610, upper 99+99+79+99+50+80+60+30+100 = 696, over 9
    expect(plan.interval?.from.toString()).toBe(roundedFraction(610n, 9n));
    expect(plan.interval?.to.toString()).toBe(roundedFraction(696n, 9n));
    expect(plan.band).toBe("sufficiente"); // 67,78% – 77,33%: both ends in [50, 80)
    expect(plan.percent).toBeNull();
    expect([plan.origin, plan.counted, plan.excluded]).toEqual(["stated", 9, []]);
    expect(plan.objectives.every((grade) => grade === null)).toBe(true);
    expect(plan.figures.map((figure) => figure?.basis)).toEqual([
      "range",
      "range",
      "range",
      "range",
      "percent",
      "percent",
      "percent",
      "percent",
      "percent",
    ]);
  });

  it("gives no band where the interval spans two (Busto Arsizio 2021-2024, seed 001 L334-507)", () => {
    const buono = { grade: { range: { from: 80, to: 99 }, band: "buono" as const } };
    const plan = planAchievement([
      buono,
      buono,
      buono,
      buono,
      buono,
      { grade: { percent: 50 } },
      buono,
      buono,
    ]);
    expect([plan.interval?.from.toString(), plan.interval?.to.toString()]).toEqual(["76.25", "92.875"]);
    expect([plan.band, plan.labels, plan.percent]).toEqual([null, null, null]);
  });

  it("reads a band printed alone as its official range", () => {
    const plan = planAchievement([{ grade: { band: "buono" } }, { grade: { band: "ottimo" } }]);
    expect([plan.interval?.from.toString(), plan.interval?.to.toString(), plan.band]).toEqual([
      "90",
      "99.5",
      "buono",
    ]);
  });

  it("leaves out and lists what is not applicable or has no grade", () => {
    const plan = planAchievement([
      { grade: { percent: 60 } },
      { grade: { text: "Non applicabile", notApplicable: true } },
      { grade: { text: "in parte raggiunti" } },
      { planned: 2, realized: 1 },
    ]);
    expect(plan.excluded).toEqual([
      { index: 1, reason: "not-applicable" },
      { index: 2, reason: "no-grade" },
    ]);
    expect([plan.counted, plan.percent?.toString(), plan.origin]).toEqual([2, "55", "mixed"]);
    expect(plan.figures[1]).toBeNull();
    expect(plan.objectives[3]?.percent.toString()).toBe("50");
  });

  it("has no grade when every objective is left out", () => {
    const plan = planAchievement([{ grade: { notApplicable: true } }]);
    expect([plan.percent, plan.band, plan.interval, plan.origin, plan.counted]).toEqual([
      null,
      null,
      null,
      null,
      0,
    ]);
  });

  it("recomputes where actions or counts are given beside a grade", () => {
    const plan = planAchievement([{ planned: 4, realized: 3, grade: { percent: 100 } }]);
    expect([plan.percent?.toString(), plan.origin]).toEqual(["75", "recomputed"]);
  });

  it("weights by actions only where every counted objective has them", () => {
    expect(
      codeOf(
        () =>
          planAchievement([{ planned: 2, realized: 1 }, { grade: { percent: 50 } }], {
            weighting: "actions",
          }),
        true,
      ),
    ).toBe("actions_weighting_needs_counts@1");
    const plan = planAchievement([{ planned: 2, realized: 1 }, { grade: { notApplicable: true } }], {
      weighting: "actions",
    });
    expect(plan.percent?.toString()).toBe("50");
  });

  it("refuses a printed grade that cannot be", () => {
    expect(codeOf(() => planAchievement([{ grade: { range: { from: 99, to: 80 } } }]), true)).toBe(
      "grade_range_reversed@0.grade.range",
    );
    expect(codeOf(() => planAchievement([{ grade: { notApplicable: true, percent: 0 } }]), true)).toBe(
      "not_applicable_grade_with_value@0.grade.notApplicable",
    );
    expect(codeOf(() => planAchievement([{ grade: { percent: 101 } }]), true)).toBe(
      "percent_out_of_range@0.grade.percent",
    );
    expect(codeOf(() => planAchievement([{ grade: { band: "good" as never } }]), true)).toBe(
      "invalid_option@0.grade.band",
    );
  });

  it("survives JSON", () => {
    const json = JSON.parse(JSON.stringify(planAchievement(altoMilanese)));
    expect(json.interval.from).toBe(roundedFraction(610n, 9n));
    expect(json.figures[0]).toMatchObject({
      origin: "stated",
      basis: "range",
      from: "80",
      to: "99",
      band: "buono",
    });
  });
});

describe("planAchievement on hostile printed grades", () => {
  const codes = [
    ...GRADE_CODES,
    "invalid_weighting",
    "no_objectives",
    "percent_out_of_range",
    "invalid_option",
    "grade_range_reversed",
    "not_applicable_grade_with_value",
    "actions_weighting_needs_counts",
  ];

  it.each(HOSTILE)("answers %s in a grade with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => planAchievement([{ grade: value }] as never), codes)).toBe(true);
    for (const key of ["text", "percent", "range", "band", "notApplicable"]) {
      expect(
        codeOrValid(() => planAchievement([{ grade: { percent: 50, [key]: value } }] as never), codes),
      ).toBe(true);
    }
    expect(
      codeOrValid(() => planAchievement([{ grade: { range: { from: value, to: 80 } } }] as never), codes),
    ).toBe(true);
    expect(
      codeOrValid(() => planAchievement(altoMilanese, { weighting: "actions", ...{ x: value } }), codes),
    ).toBe(true);
  });
});

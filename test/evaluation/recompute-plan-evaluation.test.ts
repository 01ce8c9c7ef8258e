import { describe, expect, it } from "vitest";
import { recomputePlanEvaluation } from "../../src/index.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import { codeOf } from "../error-code.js";
import { HALF_DONE_OBJECTIVE } from "./_fixtures.js";
import { codeOrValid, HOSTILE, PLAN_CODES } from "./_hostile.js";
import { roundedFraction } from "../support/rational.js";
import { ALTO_MILANESE_EVALUATION_2021_2023 } from "../../src/datasets/alto-milanese/evaluation-2021-2023.js";
import { BUSTO_ARSIZIO_EVALUATION_2021_2024 } from "../../src/datasets/busto-arsizio/evaluation-2021-2024.js";
import { SEBINO_EVALUATION_2021_2023 } from "../../src/datasets/sebino/evaluation-2021-2023.js";

const base = HALF_DONE_OBJECTIVE;

describe("recomputePlanEvaluation", () => {
  // An input object with canonical numbers (0.1.0 parsed it with PlanEvaluationSchema, reading "50,00%").
  const plan = (stated: { percent: number | string; band: "sufficiente" | "buono" }) => ({
    period: { from: 2021, to: 2023 },
    objectives: [base, { ...base, code: "Y", actions: [{ title: "Azione 1", completion: 0 }] }],
    statedOverallGrade: { text: `${String(stated.percent)}% (${stated.band})`, ...stated },
  });

  it("checks the stated overall grade at its printed precision", () => {
    const codes = (result: ReturnType<typeof recomputePlanEvaluation>) =>
      result.findings.filter((finding) => finding.code.startsWith("overall_"));
    expect(codes(recomputePlanEvaluation(plan({ percent: "50.00", band: "sufficiente" })))).toEqual([]);
    const wrong = recomputePlanEvaluation(plan({ percent: "60.5", band: "buono" }));
    expect(wrong.achievement.percent?.toString()).toBe("50");
    expect(codes(wrong).map((finding) => [finding.code, finding.path])).toEqual([
      ["overall_grade_mismatch", ["statedOverallGrade", "percent"]],
      ["overall_band_mismatch", ["statedOverallGrade", "band"]],
    ]);
  });

  it("passes the weighting and the policy on", () => {
    const parsed = plan({ percent: 50, band: "sufficiente" });
    expect(recomputePlanEvaluation(parsed, { partial: "ignore" }).achievement.percent?.toString()).toBe("25");
    expect(recomputePlanEvaluation(parsed, { weighting: "actions" }).achievement.percent?.toFixed(2)).toBe(
      "66.67",
    );
  });
});

describe("recomputePlanEvaluation on hostile input", () => {
  const codes = PLAN_CODES;
  const valid = {
    period: { from: 2021, to: 2023 },
    objectives: [base],
    statedOverallGrade: { text: "100% (ottimo)", percent: 100, band: "ottimo" as const },
  };

  it.each(HOSTILE)("answers %s, anywhere, with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => recomputePlanEvaluation(value as never), codes)).toBe(true);
    for (const field of ["period", "grid", "objectives", "narrative", "statedOverallGrade"]) {
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
    expect(fromJson.achievement.percent?.toString()).toBe("76.5625"); // seed 000 L2945-2946
  });
});

// ─── Issue 12: every grid in use ───────────────────────────────────────────────────────────────────────────────────

describe("recomputePlanEvaluation on Busto Arsizio's grades by bands (seed 001 L329-515)", () => {
  const result = recomputePlanEvaluation(BUSTO_ARSIZIO_EVALUATION_2021_2024);

  it("takes every grade as printed, objective 8 as the span of its two parts", () => {
    expect(result.grid).toBe("dgr-2167-bands");
    expect(result.objectives.map((objective) => [objective.code, objective.achievement?.basis])).toEqual([
      ["1", "range"],
      ["2", "range"],
      ["3", "range"],
      ["4", "range"],
      ["5", "range"],
      ["6", "percent"], // L450 "50% (sufficiente)"
      ["7", "range"],
      ["8", "parts"], // L507: "autosufficienza" and "non autosufficienza", both "80-99% (buono)"
    ]);
    expect(result.objectives.every((objective) => objective.grade === null)).toBe(true);
  });

  it("averages them into an exact interval across two bands, so gives no band", () => {
    // (7 × 80 + 50) / 8 = 76.25 and (7 × 99 + 50) / 8 = 92.875
    const { achievement } = result;
    expect(achievement.interval?.from.toString()).toBe(roundedFraction(610n, 8n));
    expect(achievement.interval?.to.toString()).toBe(roundedFraction(743n, 8n));
    expect([achievement.percent, achievement.band, achievement.origin, achievement.counted]).toEqual([
      null,
      null,
      "stated",
      8,
    ]);
  });

  it("says what it cannot settle, and finds nothing inconsistent", () => {
    expect(
      result.findings.map(({ code, severity, stated, computed }) => [code, severity, stated, computed]),
    ).toEqual([
      ["grades_taken_as_printed", "info", "8", null],
      ["plan_band_undetermined", "info", null, "76.25 92.875"],
    ]);
    expect(result.findings[1]?.messageIt).toBe(
      "La media del piano è compresa tra 76,25% e 92,88%, a cavallo delle fasce sufficiente, buono: nessuna fascia si può indicare",
    );
  });
});

describe("recomputePlanEvaluation on Alto Milanese's mixed grades (seed 004 L112-229)", () => {
  const result = recomputePlanEvaluation(ALTO_MILANESE_EVALUATION_2021_2023);

  it("banded where the whole interval lies in one band", () => {
    const { achievement } = result;
    expect(achievement.interval?.from.toString()).toBe(roundedFraction(610n, 9n)); // 67,78%
    expect(achievement.interval?.to.toString()).toBe(roundedFraction(696n, 9n)); // 77,33%
    expect(achievement.band).toBe("sufficiente");
    expect(result.excluded).toEqual([]);
    // No grade of the nine is "Non applicabile": that value is printed only for objective 7's adequacy and
    // coincidence (L199-200).
    expect(result.objectives[6]?.achievement?.from.toString()).toBe("60");
    expect(result.findings.map((finding) => finding.code)).toEqual(["grades_taken_as_printed"]);
  });

  it("lists a 'Non applicabile' grade apart, and averages the others", () => {
    const objectives = ALTO_MILANESE_EVALUATION_2021_2023.objectives.map((objective, index) =>
      index === 6
        ? { ...objective, grade: { text: "Non applicabile", notApplicable: true as const } }
        : objective,
    );
    const changed = recomputePlanEvaluation({ ...ALTO_MILANESE_EVALUATION_2021_2023, objectives });
    expect(changed.excluded).toEqual([
      {
        code: "7",
        title: "Promozione del canone concordato e rinnovo degli accordi locali territoriali",
        reason: "not-applicable",
      },
    ]);
    expect(changed.achievement.interval?.from.toString()).toBe(roundedFraction(550n, 8n));
    expect(changed.achievement.interval?.to.toString()).toBe(roundedFraction(636n, 8n));
    expect(changed.findings.map((finding) => finding.code)).toContain("objective_not_applicable");
  });
});

describe("recomputePlanEvaluation on Sebino's narrative evaluation (seed 002 L321-409)", () => {
  const result = recomputePlanEvaluation(SEBINO_EVALUATION_2021_2023);

  it("has no grade, and counts the themes by outcome", () => {
    expect(result.grid).toBe("narrative");
    expect([result.objectives, result.achievement.interval, result.achievement.counted]).toEqual([
      [],
      null,
      0,
    ]);
    expect(result.narrative?.counts).toEqual({
      raggiunti: 0,
      "in-parte-raggiunti": 3,
      "non-raggiunti": 1, // "ad eccezione del primo" (L406)
      "non-dichiarato": 0,
    });
    expect(result.narrative?.themes[0]).toMatchObject({
      title: "Potenziamento della Governance",
      labels: { it: "non raggiunti", en: "not achieved" },
      lines: [334, 349],
      outcomeLines: [406, 407],
    });
    expect(result.statedOverallGrade?.text).toMatch(/sono stati in parte raggiunti$/);
    expect(result.findings).toEqual([]);
  });
});

describe("the stated overall grade against an interval", () => {
  const range = (code: string) => ({
    code,
    title: code,
    grade: { text: "80-99%", range: { from: 80, to: 99 } },
  });
  const plan = (stated: Record<string, unknown>) => ({
    period: { from: 2021, to: 2023 },
    objectives: [range("1"), { code: "2", title: "2", grade: { text: "50%", percent: 50 } }],
    statedOverallGrade: { text: "x", ...stated },
  });
  const codes = (stated: Record<string, unknown>) =>
    recomputePlanEvaluation(plan(stated) as never)
      .findings.filter((finding) => finding.severity !== "info")
      .map((finding) => [finding.code, finding.computed]);

  it("accepts a percent and a band the interval allows (65 – 74.5: sufficiente)", () => {
    expect(codes({ percent: 70, band: "sufficiente" })).toEqual([]);
    // Judged at the decimals printed: 64,5 is outside 65 – 74,5, but "65" or "64.99…" rounded would not be.
    expect(codes({ percent: "64.5" })).toEqual([["overall_grade_outside_interval", "65 74.5"]]);
    expect(codes({ percent: 65 })).toEqual([]);
  });

  it("flags a percent outside the interval and a band it cannot have", () => {
    expect(codes({ percent: 80, band: "buono" })).toEqual([
      ["overall_grade_outside_interval", "65 74.5"],
      ["overall_band_mismatch", "sufficiente"],
    ]);
    expect(codes({ percent: 80, band: "sufficiente" })).toEqual([
      ["stated_band_inconsistent", "buono"],
      ["overall_grade_outside_interval", "65 74.5"],
    ]);
  });

  it("accepts a stated band among those an interval spans", () => {
    const spanning = {
      period: { from: 2021, to: 2023 },
      objectives: [range("1"), range("2"), { code: "3", title: "3", grade: { text: "60%", percent: 60 } }], // 73,33% – 86%
    };
    expect(
      recomputePlanEvaluation({
        ...spanning,
        statedOverallGrade: { text: "buono", band: "buono" },
      }).findings.map((f) => f.code),
    ).toEqual(["grades_taken_as_printed", "plan_band_undetermined"]);
    expect(
      recomputePlanEvaluation({
        ...spanning,
        statedOverallGrade: { text: "ottimo", band: "ottimo" },
      }).findings.map((f) => f.code),
    ).toContain("overall_band_mismatch");
  });
});

describe("recomputePlanEvaluation reads the grid", () => {
  it("from the objectives where the record does not state it", () => {
    const actions = { code: "1", title: "1", actions: [{ title: "Azione 1", completion: 100 }] };
    const graded = { code: "2", title: "2", grade: { text: "30%", percent: 30 } };
    const period = { from: 2021, to: 2023 };
    expect(recomputePlanEvaluation({ period, objectives: [actions] }).grid).toBe("dgr-2167-actions");
    expect(recomputePlanEvaluation({ period, objectives: [actions, graded] }).grid).toBe("dgr-2167-bands");
    expect(
      recomputePlanEvaluation({
        period,
        objectives: [],
        narrative: { themes: [{ title: "t", outcome: "raggiunti", text: "" }] },
      }).grid,
    ).toBe("narrative");
  });

  it("refuses an evaluation with no objectives outside a narrative, and a narrative with reversed lines", () => {
    const period = { from: 2021, to: 2023 };
    expect(
      codeOf(() => recomputePlanEvaluation({ period, grid: "dgr-2167-bands", objectives: [] }), true),
    ).toBe("no_objectives@objectives");
    const themes = [{ title: "t", outcome: "raggiunti", text: "", lines: [12, 10] }];
    expect(
      codeOf(() => recomputePlanEvaluation({ period, objectives: [], narrative: { themes } } as never), true),
    ).toBe("line_range_reversed@narrative.themes.0.lines");
  });

  it("weights by actions only where every objective has them", () => {
    expect(
      codeOf(
        () => recomputePlanEvaluation(BUSTO_ARSIZIO_EVALUATION_2021_2024, { weighting: "actions" }),
        true,
      ),
    ).toBe("actions_weighting_needs_counts@0");
  });
});

describe("recomputePlanEvaluation on hostile grids", () => {
  it.each(HOSTILE)(
    "answers %s in a theme, a part or a grade with a result or a documented code",
    (_name, value) => {
      const period = { from: 2021, to: 2023 };
      const theme = { title: "t", outcome: "raggiunti", text: "" };
      for (const narrative of [
        value,
        { themes: value },
        { themes: [value] },
        { themes: [{ ...theme, outcome: value }] },
        { themes: [{ ...theme, lines: value }] },
      ]) {
        expect(
          codeOrValid(
            () => recomputePlanEvaluation({ period, grid: "narrative", objectives: [], narrative } as never),
            PLAN_CODES,
          ),
        ).toBe(true);
      }
      const objective = { code: "8", title: "Otto" };
      for (const fields of [
        { parts: value },
        { parts: [value] },
        { grade: value },
        { plannedActions: value, realizedActions: 1 },
      ]) {
        expect(
          codeOrValid(
            () => recomputePlanEvaluation({ period, objectives: [{ ...objective, ...fields }] } as never),
            PLAN_CODES,
          ),
        ).toBe(true);
      }
    },
  );
});

import { describe, expect, it } from "vitest";
import { GALLARATE_EVALUATION_2021_2023 as gallarate } from "../../src/datasets/index.js";
import {
  Decimal,
  recomputeObjectiveEvaluation,
  recomputePlanEvaluation,
  PlanEvaluationSchema,
  type PlanEvaluation,
} from "../../src/index.js";

// All figures: seed 000 (Piano di Zona 2025-2027, Ambito di Gallarate), section 1.3, L1123-2941, and L2945-2946.

function objective(code: string): PlanEvaluation["objectives"][number] {
  const found = gallarate.objectives.find((record) => record.code === code);
  if (found === undefined) throw new Error(`no objective ${code}`);
  return found;
}

describe("GALLARATE_EVALUATION_2021_2023", () => {
  it("is a valid, deep-frozen evaluation of 16 objectives in document order", () => {
    expect(PlanEvaluationSchema.safeParse(gallarate).success).toBe(true);
    expect(gallarate.objectives.map((record) => record.code)).toEqual(
      ["1", "2", "A", "B", "C", "D", "E", "F", "G", "H", "I", "L", "M", "N", "O", "P"], // seed 000 L1125-2854
    );
    expect(gallarate.period).toEqual({ from: 2021, to: 2023 });
    expect(gallarate.source?.lines).toEqual([1035, 2946]);
    expect(Object.isFrozen(gallarate)).toBe(true);
    expect(Object.isFrozen(gallarate.objectives)).toBe(true);
    const firstAction = objective("B").actions?.[0];
    expect(Object.isFrozen(firstAction)).toBe(true);
    expect(Object.isFrozen(firstAction?.completion)).toBe(true);
    expect(() => {
      (gallarate.objectives as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("records the objectives' ranges, priorities and action counts as the document does", () => {
    expect(
      gallarate.objectives.map((record) => [
        record.code,
        record.priority,
        record.actions?.length,
        record.source?.lines,
      ]),
    ).toEqual([
      ["1", true, 3, [1125, 1211]], // L1132 prioritario
      ["2", false, 4, [1215, 1312]], // L1221
      ["A", true, 5, [1316, 1441]], // L1332
      ["B", false, 4, [1446, 1608]], // L1452
      ["C", true, 4, [1611, 1796]], // L1622
      ["D", true, 3, [1800, 1913]], // L1808
      ["E", false, 5, [1916, 2018]], // L1923
      ["F", false, 4, [2022, 2139]], // L2030
      ["G", true, 6, [2143, 2261]], // L2149
      ["H", true, 5, [2264, 2359]], // L2270
      ["I", false, 2, [2362, 2430]], // L2369
      ["L", true, 2, [2433, 2508]], // L2438
      ["M", true, 3, [2511, 2639]], // L2516
      ["N", false, 3, [2642, 2753]], // L2647
      ["O", true, 3, [2756, 2853]], // L2767
      ["P", false, 2, [2854, 2941]], // L2858
    ]);
    // 58 actions in all
    expect(gallarate.objectives.reduce((sum, record) => sum + (record.actions?.length ?? 0), 0)).toBe(58);
  });

  it("keeps the amounts and per-action coincidences the document prints", () => {
    const c3 = objective("C").actions?.[2]; // seed 000 L1750-1755: "spesi euro 16.600 su stanziamento di euro 16.000"
    expect(c3?.budgeted?.toString()).toBe("16000");
    expect(c3?.paid?.toString()).toBe("16600");
    // seed 000 L1520-1534: B azioni 1-4 → 100 (expected), 0 (nothing budgeted), 100, 50
    expect(objective("B").actions?.map((action) => action.statedCoincidencePercent?.toString())).toEqual([
      "100",
      "0",
      "100",
      "50",
    ]);
    expect(objective("B").actions?.[1]?.budgeted?.toString()).toBe("0"); // L1524-1527
    expect(objective("D").actions?.[1]?.statedCoincidencePercent).toBe("over-100"); // L1874-1876
    expect(objective("B").coincidence?.statedPercent?.toString()).toBe("80"); // L1536-1543
    expect(objective("B").coincidence?.statedBand).toBe("sovrastimato");
    expect(objective("G").coincidence?.statedBand).toBe("sottostimato"); // L2221
    expect(objective("I").coincidence?.paid?.toString()).toBe("0"); // L2408-2409
    for (const code of ["E", "F", "M"]) {
      // L1991-1993, L2101-2103, L2610-2613: nothing budgeted, nothing spent
      expect(objective(code).coincidence?.budgeted?.toString()).toBe("0");
    }
    expect(gallarate.statedOverallGrade?.percent?.toString()).toBe("76.56"); // L2945
    expect(gallarate.statedOverallGrade?.text).toBe("76,56% (sufficiente)"); // L2945-2946
    expect(gallarate.grid).toBe("dgr-2167-actions");
  });
});

describe("grades recomputed from the actions", () => {
  // code → per-action completion, exact grade under the default rule (an action counts when > 0%), printed grade,
  // band, and the completion-weighted grade (mean of the actions' percentages).
  const table: readonly (readonly [string, string, string, number, string, string])[] = [
    ["1", "L1159-1168", "100.00", 100, "ottimo", "100.00"], // 100/100/100
    ["2", "L1250-1268", "75.00", 75, "sufficiente", "75.00"], // 0/100/100/100
    ["A", "L1367-1378", "80.00", 80, "buono", "66.00"], // 100/100/50/80/0
    ["B", "L1479-1492", "75.00", 75, "sufficiente", "62.50"], // 100/0/100/50
    ["C", "L1655-1681", "75.00", 75, "sufficiente", "75.00"], // 100/0/100/100
    ["D", "L1830-1842", "100.00", 100, "ottimo", "93.33"], // 80/100/100
    ["E", "L1946-1964", "20.00", 20, "insufficiente", "20.00"], // 0/0/0/0/100
    ["F", "L2061-2086", "100.00", 100, "ottimo", "62.50"], // 100/25/25/100
    ["G", "L2188-2200", "66.67", 67, "sufficiente", "33.33"], // 50/0/50/50/0/50
    ["H", "L2297-2317", "100.00", 100, "ottimo", "80.00"], // 100/50/100/100/50
    ["I", "L2386-2394", "100.00", 100, "ottimo", "90.00"], // 100/80
    ["L", "L2459-2467", "100.00", 100, "ottimo", "100.00"], // 100/100
    ["M", "L2543-2552", "33.33", 33, "insufficiente", "8.33"], // 0/0/25
    ["N", "L2670-2690", "66.67", 67, "sufficiente", "33.33"], // 50/0/50
    ["O", "L2795-2804", "33.33", 33, "insufficiente", "33.33"], // 100/0/0
    ["P", "L2876-2897", "100.00", 100, "ottimo", "75.00"], // 100/50
  ];

  it.each(table)(
    "objective %s (seed 000 %s): %s%% → printed %i%% (%s)",
    (code, _lines, exact, printed, band, weighted) => {
      const record = objective(code);
      const result = recomputeObjectiveEvaluation(record);
      expect(result.grade?.percent.toFixed(2)).toBe(exact);
      expect(result.grade?.percent.toFixed(0)).toBe(String(printed));
      expect(record.grade?.percent?.toString()).toBe(String(printed));
      expect(record.grade?.text).toBe(`${String(printed)}% (${band})`); // the printed grade, verbatim
      expect(result.grade?.band).toBe(band);
      expect(record.grade?.band).toBe(band);
      expect(result.weightedGrade?.percent.toFixed(2)).toBe(weighted);
    },
  );

  it("keeps the thirds exact", () => {
    // G: 4 of 6 actions above 0% (seed 000 L2195-2200) → 200/3
    expect(recomputeObjectiveEvaluation(objective("G")).grade?.percent.eq(new Decimal(200).div(3))).toBe(
      true,
    );
    // M: 1 of 3 (L2550-2552) → 100/3
    expect(recomputeObjectiveEvaluation(objective("M")).grade?.percent.eq(new Decimal(100).div(3))).toBe(
      true,
    );
  });
});

describe("the plan-level grade", () => {
  it("is the plain mean of the 16 grades: 1225 / 16 = 76.5625 (sufficiente), as stated", () => {
    // seed 000 L2945-2946: "il grado di raggiungimento medio è pari al 76,56% (sufficiente)"
    const result = recomputePlanEvaluation(gallarate);
    expect(result.achievement.percent?.toString()).toBe("76.5625");
    expect(result.achievement.band).toBe("sufficiente");
    expect(result.findings.some((finding) => finding.code.startsWith("overall_"))).toBe(false);
  });

  it("differs when weighted by actions: 43 realized of 58 = 74.14%", () => {
    // realized (> 0%) per objective: 3+3+4+3+3+3+1+4+4+5+2+2+1+2+1+2 = 43, of 3+4+5+4+4+3+5+4+6+5+2+2+3+3+3+2 = 58
    const byActions = recomputePlanEvaluation(gallarate, { weighting: "actions" }).achievement;
    expect(byActions.percent?.toFixed(2)).toBe("74.14");
    expect(byActions.percent?.eq(new Decimal(43).times(100).div(58))).toBe(true);
    expect(byActions.band).toBe("sufficiente");
  });

  it("differs when each action weighs by its completion", () => {
    // Mean of the objectives' mean completions (column "weighted" above):
    // 100 + 75 + 66 + 62.5 + 75 + 280/3 + 20 + 62.5 + 100/3 + 80 + 90 + 100 + 25/3 + 100/3 + 100/3 + 75
    // = 806 + 605/3 = 3023/3, over 16 objectives = 3023/48 = 62.979166…%
    const weighted = recomputePlanEvaluation(gallarate, { partial: "weight" }).achievement;
    expect(weighted.percent?.toFixed(2)).toBe("62.98");
    // Equal to 3023/48 up to the last of the 40 significant digits (the thirds are summed already rounded).
    expect(weighted.percent?.minus(new Decimal(3023).div(48)).abs().lt("1e-35")).toBe(true);
    expect(weighted.band).toBe("sufficiente");
    // Over all 58 actions: the completions sum to 3465 (= 5800 × 59.74…%) → 3465 / 58
    const overActions = recomputePlanEvaluation(gallarate, {
      partial: "weight",
      weighting: "actions",
    }).achievement;
    expect(overActions.percent?.eq(new Decimal(3465).div(58))).toBe(true);
    expect(overActions.percent?.toFixed(2)).toBe("59.74");
    // Counting only actions at 100%: 48.125% (insufficiente)
    const fullOnly = recomputePlanEvaluation(gallarate, { partial: "ignore" }).achievement;
    expect(fullOnly.percent?.toString()).toBe("48.125");
    expect(fullOnly.band).toBe("insufficiente");
  });
});

describe("the document's inconsistencies", () => {
  const findings = recomputePlanEvaluation(gallarate).findings;

  it("are all reported, and nothing else", () => {
    expect(findings.map(({ code, path }) => ({ code, path }))).toEqual([
      // seed 000 L1374-1378: A's actions at 100/100/50/80/0 — 4 of 5 "realized" (80% buono), 66% on completion
      { code: "partial_actions_raise_band", path: ["objectives", 2, "actions"] },
      // seed 000 L1494-1497 vs L1486-1492: "realizzate completamente 3 azioni su 4", but only 2 are at 100%
      { code: "realized_count_text_mismatch", path: ["objectives", 3, "statedRealizedCount"] },
      // seed 000 L1536-1543 vs L1520-1534: 80% is neither the mean of 100/0/100/50 nor of the realized 100/100/50
      { code: "coincidence_not_reproducible", path: ["objectives", 3, "coincidence", "statedPercent"] },
      // seed 000 L1524-1527: "0% poiché non erano state stanziate risorse" — 0/0 has no percentage
      {
        code: "zero_budget_reported_as_percent",
        path: ["objectives", 3, "actions", 1, "statedCoincidencePercent"],
      },
      // seed 000 L1739 "100%" vs L1750-1755: 16.600 × 100 / 16.000 = 103,75% (sottostimato)
      { code: "coincidence_contradicted_by_action", path: ["objectives", 4, "actions", 2] },
      // seed 000 L1837-1842: D at 80/100/100 — ottimo by count, 93,33% (buono) on completion
      { code: "partial_actions_raise_band", path: ["objectives", 5, "actions"] },
      // seed 000 L1883-1884 "100% (ottimo)" vs L1874-1876 azione 2 ">100%"
      { code: "coincidence_contradicted_by_action", path: ["objectives", 5, "actions", 1] },
      // seed 000 L2068-2086: F at 100/25/25/100 — 100% (ottimo) by count, 62,5% on completion
      { code: "partial_actions_raise_band", path: ["objectives", 7, "actions"] },
      // seed 000 L2195-2200: G at 50/0/50/50/0/50 — 66,67% (sufficiente) by count, 33,33% on completion
      { code: "partial_actions_raise_band", path: ["objectives", 8, "actions"] },
      // seed 000 L2304-2317: H at 100/50/100/100/50 — 100% by count, 80% (buono) on completion
      { code: "partial_actions_raise_band", path: ["objectives", 9, "actions"] },
      // seed 000 L2393-2394: I at 100/80 — 100% by count, 90% (buono) on completion
      { code: "partial_actions_raise_band", path: ["objectives", 10, "actions"] },
      // seed 000 L2408-2409: "Ad oggi nessun importo liquidato." — no percentage, no band
      { code: "coincidence_not_graded", path: ["objectives", 10, "coincidence"] },
      // seed 000 L2677-2690: N at 50/0/50 — 66,67% by count, 33,33% (insufficiente) on completion
      { code: "partial_actions_raise_band", path: ["objectives", 13, "actions"] },
      // seed 000 L2883-2897: P at 100/50 — 100% by count, 75% (sufficiente) on completion
      { code: "partial_actions_raise_band", path: ["objectives", 15, "actions"] },
    ]);
  });

  it("carry the stated and recomputed figures", () => {
    const errors = findings.filter((finding) => finding.code !== "partial_actions_raise_band");
    expect(errors.map(({ code, stated, computed }) => [code, stated, computed])).toEqual([
      ["realized_count_text_mismatch", "3/4", "2/4"],
      ["coincidence_not_reproducible", "80", "62.50 | 83.33"],
      ["zero_budget_reported_as_percent", "0", "non-applicabile"],
      ["coincidence_contradicted_by_action", "ottimo", "sottostimato"],
      ["coincidence_contradicted_by_action", "ottimo", "sottostimato"],
      // Absent figures are null since issue 9 (0.1.0 left `computed` undefined).
      ["coincidence_not_graded", "Ad oggi nessun importo liquidato.", null],
    ]);
    expect(errors.map((finding) => finding.severity)).toEqual([
      "error",
      "error",
      "warning",
      "error",
      "error",
      "warning",
    ]);
    const raised = findings.filter((finding) => finding.code === "partial_actions_raise_band");
    expect(raised.map(({ stated, computed, severity }) => [stated, computed, severity])).toEqual([
      ["buono", "sufficiente", "warning"], // A
      ["ottimo", "buono", "warning"], // D
      ["ottimo", "sufficiente", "warning"], // F
      ["sufficiente", "insufficiente", "warning"], // G
      ["ottimo", "buono", "warning"], // H
      ["ottimo", "buono", "warning"], // I
      ["sufficiente", "insufficiente", "warning"], // N
      ["ottimo", "sufficiente", "warning"], // P
    ]);
  });

  it("include the 103,75% overspend of objective C, azione 3", () => {
    const result = recomputeObjectiveEvaluation(objective("C"));
    const c3 = objective("C").actions?.[2];
    // seed 000 L1753-1755
    expect(
      c3?.paid
        ?.times(100)
        .div(c3.budgeted ?? 1)
        .toString(),
    ).toBe("103.75");
    expect(result.coincidence).toBeNull(); // no amounts for the objective as a whole (L1739: only "100%")
  });

  it("do not flag the objectives where nothing was budgeted", () => {
    for (const [code, lines] of [
      ["E", "L1991-1993"],
      ["F", "L2101-2103"],
      ["M", "L2610-2613"],
    ] as const) {
      const result = recomputeObjectiveEvaluation(objective(code));
      expect(result.coincidence?.band, lines).toBe("non-applicabile");
      expect(result.coincidence?.percent, lines).toBeNull();
      const errors = result.findings.filter((finding) => finding.code !== "partial_actions_raise_band");
      expect(errors, lines).toEqual([]);
    }
  });
});

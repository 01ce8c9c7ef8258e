import { describe, expect, it } from "vitest";
import { recomputeObjectiveEvaluation, type ObjectiveEvaluationInput } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { HALF_DONE_OBJECTIVE } from "./_fixtures.js";
import { codeOrValid, HOSTILE, OBJECTIVE_CODES } from "./_hostile.js";

const base = HALF_DONE_OBJECTIVE;

// The base record's 50% action always raises its band (tested on its own below), so that warning is left out here.
// Records are given as input objects with canonical numbers: the recomputation reads them itself (0.1.0 needed a
// record parsed by ObjectiveEvaluationSchema, and these tests parsed Italian amounts such as "1.000,00" first).
function findings(input: Partial<ObjectiveEvaluationInput>) {
  const record = { ...base, ...input };
  return recomputeObjectiveEvaluation(record, { path: ["objectives", 3] })
    .findings.filter((finding) => finding.code !== "partial_actions_raise_band")
    .map(({ code, path, stated, computed }) => ({ code, path, stated, computed }));
}

describe("recomputeObjectiveEvaluation", () => {
  it("finds nothing in a consistent record", () => {
    expect(
      findings({
        grade: { text: "100% (ottimo)", percent: 100, band: "ottimo" },
        coincidence: { budgeted: "1000.00", paid: 1000, statedPercent: 100, statedBand: "ottimo" },
      }),
    ).toEqual([]);
  });

  it("recomputes grade, weighted grade and coincidence", () => {
    const record = { ...base, coincidence: { budgeted: 16000, paid: 16600 } };
    const result = recomputeObjectiveEvaluation(record);
    expect(result.grade?.percent.toString()).toBe("100");
    expect(result.weightedGrade?.percent.toString()).toBe("75");
    expect(result.coincidence?.percent?.toString()).toBe("103.75");
    expect(recomputeObjectiveEvaluation(record, { partial: "ignore" }).grade?.percent.toString()).toBe("50");
  });

  it("flags a stated grade that does not follow from the actions", () => {
    expect(findings({ grade: { text: "75% (sufficiente)", percent: 75, band: "sufficiente" } })).toEqual([
      {
        code: "grade_mismatch",
        path: ["objectives", 3, "grade", "percent"],
        stated: "75",
        computed: "100",
      },
      {
        code: "grade_band_mismatch",
        path: ["objectives", 3, "grade", "band"],
        stated: "sufficiente",
        computed: "ottimo",
      },
    ]);
  });

  it("accepts a grade printed rounded to the unit", () => {
    const three = [0, 50, 50].map((completion, index) => ({ title: `Azione ${index + 1}`, completion }));
    expect(
      findings({ actions: three, grade: { text: "67% (sufficiente)", percent: 67, band: "sufficiente" } }),
    ).toEqual([]);
    expect(
      findings({ actions: three, grade: { text: "66% (sufficiente)", percent: 66, band: "sufficiente" } })[0]
        ?.code,
    ).toBe("grade_mismatch");
  });

  it("flags a sentence that miscounts the fully realized actions", () => {
    expect(
      findings({ statedRealizedCount: { realized: 2, planned: 2, text: "realizzate 2 azioni su 2" } }),
    ).toEqual([
      {
        code: "realized_count_text_mismatch",
        path: ["objectives", 3, "statedRealizedCount"],
        stated: "2/2",
        computed: "1/2",
      },
    ]);
  });

  it("flags a stated coincidence that contradicts the amounts", () => {
    expect(findings({ coincidence: { budgeted: 100, paid: 90, statedPercent: 100 } })[0]).toEqual({
      code: "coincidence_mismatch",
      path: ["objectives", 3, "coincidence", "statedPercent"],
      stated: "100",
      computed: "90",
    });
  });

  it("flags a stated coincidence that is no mean of the actions' figures", () => {
    const actions = [
      { title: "Azione 1", completion: 100, statedCoincidencePercent: 100 },
      { title: "Azione 2", completion: 0, statedCoincidencePercent: 0 },
    ];
    expect(findings({ actions, coincidence: { statedPercent: 100 } })).toEqual([]);
    expect(findings({ actions, coincidence: { statedPercent: 50 } })).toEqual([]);
    expect(findings({ actions, coincidence: { statedPercent: 80 } })).toEqual([
      {
        code: "coincidence_not_reproducible",
        path: ["objectives", 3, "coincidence", "statedPercent"],
        stated: "80",
        computed: "50.00 | 100.00",
      },
    ]);
  });

  it("flags an objective stated at 100% while an action overspent", () => {
    const actions = [
      { title: "Azione 1", completion: 100, budgeted: 16000, paid: 16600 },
      { title: "Azione 2", completion: 100, statedCoincidencePercent: "over-100" as const },
      { title: "Azione 3", completion: 100, statedCoincidencePercent: 100 },
    ];
    expect(findings({ actions, coincidence: { statedPercent: 100, statedBand: "ottimo" } })).toEqual([
      {
        code: "coincidence_contradicted_by_action",
        path: ["objectives", 3, "actions", 0],
        stated: "ottimo",
        computed: "sottostimato",
      },
      {
        code: "coincidence_contradicted_by_action",
        path: ["objectives", 3, "actions", 1],
        stated: "ottimo",
        computed: "sottostimato",
      },
    ]);
  });

  it("warns when an action with nothing budgeted is given a percentage", () => {
    const actions = [{ title: "Azione 1", completion: 0, budgeted: 0, statedCoincidencePercent: 0 }];
    expect(findings({ actions, coincidence: { budgeted: 0 } })).toEqual([
      {
        code: "zero_budget_reported_as_percent",
        path: ["objectives", 3, "actions", 0, "statedCoincidencePercent"],
        stated: "0",
        computed: "non-applicabile",
      },
    ]);
  });

  it("warns when the coincidence is described only in words", () => {
    expect(findings({ coincidence: { paid: 0, text: "Ad oggi nessun importo liquidato." } })).toEqual([
      {
        code: "coincidence_not_graded",
        path: ["objectives", 3, "coincidence"],
        stated: "Ad oggi nessun importo liquidato.",
        computed: null, // absent figures are null since issue 9 (0.1.0: undefined)
      },
    ]);
    expect(findings({ coincidence: { budgeted: 0, text: "Non erano state stanziate risorse." } })).toEqual(
      [],
    );
  });

  it("warns when counting partly done actions as realized lifts the band", () => {
    const record = base;
    const [warning] = recomputeObjectiveEvaluation(record).findings;
    expect(warning).toMatchObject({
      code: "partial_actions_raise_band",
      severity: "warning",
      path: ["actions"],
      stated: "ottimo",
      computed: "sufficiente",
    });
    expect(warning?.messageIt).toContain("100,00%");
    expect(recomputeObjectiveEvaluation(record, { partial: "weight" }).findings).toEqual([]);
  });

  it("gives both languages for every finding", () => {
    const record = { ...base, grade: { text: "20% (ottimo)", percent: 20, band: "ottimo" as const } };
    for (const finding of recomputeObjectiveEvaluation(record).findings) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.messageIt.length).toBeGreaterThan(10);
      expect(["error", "warning"]).toContain(finding.severity);
    }
  });
});

describe("recomputeObjectiveEvaluation on hostile input", () => {
  const codes = OBJECTIVE_CODES;
  const fields = [
    "code",
    "title",
    "actions",
    "grade",
    "plannedActions",
    "realizedActions",
    "parts",
    "statedRealizedCount",
    "coincidence",
    "adequacy",
  ] as const;

  it.each(HOSTILE)("answers %s, anywhere, with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => recomputeObjectiveEvaluation(value as never), codes)).toBe(true);
    for (const field of fields) {
      expect(codeOrValid(() => recomputeObjectiveEvaluation({ ...base, [field]: value }), codes)).toBe(true);
    }
    const action = {
      title: "Azione",
      completion: 100,
      budgeted: value,
      paid: value,
      statedCoincidencePercent: value,
    };
    expect(
      codeOrValid(() => recomputeObjectiveEvaluation({ ...base, actions: [action] } as never), codes),
    ).toBe(true);
    for (const key of ["text", "percent", "range", "band", "notApplicable"]) {
      const grade = { text: "50% (sufficiente)", percent: 50, band: "sufficiente", [key]: value };
      expect(codeOrValid(() => recomputeObjectiveEvaluation({ ...base, grade } as never), codes)).toBe(true);
      const part = { code: "1a", title: "Parte", grade };
      expect(
        codeOrValid(() => recomputeObjectiveEvaluation({ ...base, parts: [part, value] } as never), codes),
      ).toBe(true);
    }
    expect(codeOrValid(() => recomputeObjectiveEvaluation(base, value as never), codes)).toBe(true);
    expect(codeOrValid(() => recomputeObjectiveEvaluation(base, { path: value } as never), codes)).toBe(true);
    expect(codeOrValid(() => recomputeObjectiveEvaluation(base, { partial: value } as never), codes)).toBe(
      true,
    );
  });

  it("says where a bad figure is", () => {
    const actions = [
      { title: "Azione 1", completion: 100 },
      { title: "Azione 2", completion: "cento" },
    ];
    expect(codeOf(() => recomputeObjectiveEvaluation({ ...base, actions }), true)).toBe(
      "invalid_decimal@actions.1.completion",
    );
    expect(
      codeOf(
        () =>
          recomputeObjectiveEvaluation({
            ...base,
            grade: { text: "50% (good)", percent: 50, band: "good" as never },
          }),
        true,
      ),
    ).toBe("invalid_option@grade.band");
  });

  it("reads absent figures given as null like omitted ones", () => {
    const record = { ...base, grade: null, coincidence: null, adequacy: null, parts: null } as never;
    expect(recomputeObjectiveEvaluation(record).findings.map((finding) => finding.code)).toEqual([
      "partial_actions_raise_band",
    ]);
  });

  it("writes the findings' numbers and bands in each language", () => {
    const [warning] = recomputeObjectiveEvaluation(base).findings;
    expect(warning?.message).toBe(
      "Counting partly done actions as realized gives 100.00% (excellent); weighting them by completion gives 75.00% (sufficient)",
    );
    expect(warning?.messageIt).toBe(
      "Contando come realizzate le azioni parziali il grado è 100,00% (ottimo); pesandole per la realizzazione è 75,00% (sufficiente)",
    );
  });

  it("does not mutate its input and returns plain data", () => {
    const record = { ...base, coincidence: { budgeted: 100, paid: 90, statedPercent: 100 } };
    const copy = structuredClone(record);
    const result = recomputeObjectiveEvaluation(record, { path: ["objectives", 0] });
    expect(record).toEqual(copy);
    expect(JSON.parse(JSON.stringify(result)).coincidence).toEqual({
      percent: "90",
      band: "sovrastimato",
      labels: {
        it: "non realizzato come programmato o sovrastimato",
        en: "not realized as planned, or overestimated",
      },
    });
  });
});

// ─── Issue 12: grades printed without actions, parts, "Non applicabile" ────────────────────────────────────────────

describe("recomputeObjectiveEvaluation on a grid with grades only", () => {
  it("takes a printed range as stated (Busto Arsizio objective 2, seed 001 L361)", () => {
    const result = recomputeObjectiveEvaluation({
      code: "2",
      title: "IL LAVORO, CHIAVE PER CONTRASTARE LA POVERTA'",
      grade: { text: "80-99% (buono)", range: { from: "80", to: "99" }, band: "buono" },
    });
    expect([result.grade, result.weightedGrade, result.excluded]).toEqual([null, null, null]);
    expect(result.statedGrade).toMatchObject({ text: "80-99% (buono)", band: "buono", percent: null });
    expect(result.achievement).toMatchObject({ origin: "stated", basis: "range", band: "buono" });
    expect([result.achievement?.from.toString(), result.achievement?.to.toString()]).toEqual(["80", "99"]);
    expect(result.findings).toEqual([]);
  });

  it("takes a bare percentage as one value, banded by the grid (Alto Milanese objective 8, seed 004 L208)", () => {
    const result = recomputeObjectiveEvaluation({
      code: "8",
      title: "Otto",
      grade: { text: "30%", percent: 30 },
    });
    expect(result.achievement).toMatchObject({ basis: "percent", band: "insufficiente" });
    expect(result.achievement?.from).toBe(result.achievement?.to);
  });

  it("spans the parts of an objective graded in two (Busto Arsizio objective 8, seed 001 L507)", () => {
    const part = (code: string) => ({
      code,
      title: code,
      grade: { text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" as const },
      lines: [507, 507] as [number, number],
    });
    const result = recomputeObjectiveEvaluation({
      code: "8",
      title: "CONTRASTO ALL'ISOLAMENTO",
      parts: [part("8a"), part("8b")],
    });
    expect(result.achievement).toMatchObject({ origin: "stated", basis: "parts", band: "buono" });
    expect(result.parts.map((entry) => entry.achievement?.basis)).toEqual(["range", "range"]);
    // Parts of 50% and 80-99%: any weighting of the two lies in 50-99%, which spans two bands.
    const uneven = recomputeObjectiveEvaluation({
      code: "8",
      title: "Otto",
      parts: [part("8a"), { code: "8b", title: "8b", grade: { text: "50%", percent: 50 } }],
    });
    expect([
      uneven.achievement?.from.toString(),
      uneven.achievement?.to.toString(),
      uneven.achievement?.band,
    ]).toEqual(["50", "99", null]);
  });

  it("recomputes from stated counts when no actions are listed", () => {
    const result = recomputeObjectiveEvaluation({
      code: "1",
      title: "Uno",
      plannedActions: 4,
      realizedActions: 3,
      grade: { text: "75% (sufficiente)", percent: 75, band: "sufficiente" },
    });
    expect(result.grade?.percent.toString()).toBe("75");
    expect(result.achievement).toMatchObject({ origin: "recomputed", basis: "counts" });
    expect(result.weightedGrade).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it("leaves out an objective printed 'Non applicabile', and one with no grade at all", () => {
    const notApplicable = recomputeObjectiveEvaluation({
      code: "7",
      title: "Sette",
      grade: { text: "Non applicabile", notApplicable: true },
    });
    expect([notApplicable.achievement, notApplicable.excluded]).toEqual([null, "not-applicable"]);
    expect(notApplicable.findings.map(({ code, severity, path }) => [code, severity, path])).toEqual([
      ["objective_not_applicable", "info", ["grade", "notApplicable"]],
    ]);
    const none = recomputeObjectiveEvaluation({ code: "9", title: "Nove" }, { path: ["objectives", 8] });
    expect(none.excluded).toBe("no-grade");
    expect(none.findings.map(({ code, severity, path }) => [code, severity, path])).toEqual([
      ["objective_without_grade", "warning", ["objectives", 8]],
    ]);
    // An objective whose parts are all not applicable is not applicable; the parts say so themselves.
    const parts = recomputeObjectiveEvaluation({
      code: "8",
      title: "Otto",
      parts: [{ code: "8a", title: "a", grade: { text: "Non applicabile", notApplicable: true } }],
    });
    expect(parts.excluded).toBe("not-applicable");
    expect(parts.findings.map((finding) => finding.path)).toEqual([["parts", 0, "grade", "notApplicable"]]);
  });

  it("flags a printed band that is not the band of its own figure", () => {
    expect(
      findings({ actions: undefined, grade: { text: "50% (buono)", percent: 50, band: "buono" } } as never),
    ).toEqual([
      {
        code: "stated_band_inconsistent",
        path: ["objectives", 3, "grade", "band"],
        stated: "buono",
        computed: "sufficiente",
      },
    ]);
    expect(
      findings({
        actions: undefined,
        grade: { text: "70-85% (buono)", range: { from: 70, to: 85 }, band: "buono" },
      } as never),
    ).toEqual([
      {
        code: "stated_band_inconsistent",
        path: ["objectives", 3, "grade", "band"],
        stated: "buono",
        computed: "sufficiente buono",
      },
    ]);
  });

  it("flags a recomputed grade outside the printed range, and a 'not applicable' the actions contradict", () => {
    // base: one action done, one half done → 100% under "count"
    expect(findings({ grade: { text: "50-79%", range: { from: 50, to: 79 } } })).toEqual([
      {
        code: "grade_outside_stated_range",
        path: ["objectives", 3, "grade", "range"],
        stated: "50 79",
        computed: "100",
      },
    ]);
    expect(findings({ grade: { text: "Non applicabile", notApplicable: true } })).toEqual([
      {
        code: "not_applicable_grade_recomputed",
        path: ["objectives", 3, "grade", "notApplicable"],
        stated: "non-applicabile",
        computed: "100",
      },
    ]);
  });

  it("flags counts stated beside the actions that the actions contradict", () => {
    expect(findings({ plannedActions: 3, realizedActions: 1 })).toEqual([
      {
        code: "action_count_mismatch",
        path: ["objectives", 3, "plannedActions"],
        stated: "3",
        computed: "2",
      },
      {
        code: "action_count_mismatch",
        path: ["objectives", 3, "realizedActions"],
        stated: "1",
        computed: "2",
      },
    ]);
  });

  it("flags an objective's grade that shares no value with its parts'", () => {
    const result = recomputeObjectiveEvaluation({
      code: "8",
      title: "Otto",
      grade: { text: "30%", percent: 30 },
      parts: [{ code: "8a", title: "a", grade: { text: "80-99%", range: { from: 80, to: 99 } } }],
    });
    expect(result.achievement?.basis).toBe("percent");
    expect(result.findings.map(({ code, stated, computed }) => [code, stated, computed])).toEqual([
      ["grade_outside_parts", "30 30", "80 99"],
    ]);
  });

  it("refuses 0.1.0's statedGrade by name, never ignoring it", () => {
    expect(
      codeOf(
        () =>
          recomputeObjectiveEvaluation({
            ...base,
            statedGrade: { percent: 75, band: "sufficiente" },
          } as never),
        true,
      ),
    ).toBe("stated_grade_renamed@statedGrade");
  });

  it("says where a bad part is", () => {
    const parts = [{ code: "8a", title: "a", grade: { text: "x", percent: "cento" } }];
    expect(codeOf(() => recomputeObjectiveEvaluation({ code: "8", title: "Otto", parts }), true)).toBe(
      "invalid_decimal@parts.0.grade.percent",
    );
  });
});

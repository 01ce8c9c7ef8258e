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
        statedGrade: { percent: 100, band: "ottimo" },
        coincidence: { budgeted: "1000.00", paid: 1000, statedPercent: 100, statedBand: "ottimo" },
      }),
    ).toEqual([]);
  });

  it("recomputes grade, weighted grade and coincidence", () => {
    const record = { ...base, coincidence: { budgeted: 16000, paid: 16600 } };
    const result = recomputeObjectiveEvaluation(record);
    expect(result.grade.percent.toString()).toBe("100");
    expect(result.weightedGrade.percent.toString()).toBe("75");
    expect(result.coincidence?.percent?.toString()).toBe("103.75");
    expect(recomputeObjectiveEvaluation(record, { partial: "ignore" }).grade.percent.toString()).toBe("50");
  });

  it("flags a stated grade that does not follow from the actions", () => {
    expect(findings({ statedGrade: { percent: 75, band: "sufficiente" } })).toEqual([
      {
        code: "grade_mismatch",
        path: ["objectives", 3, "statedGrade", "percent"],
        stated: "75",
        computed: "100",
      },
      {
        code: "grade_band_mismatch",
        path: ["objectives", 3, "statedGrade", "band"],
        stated: "sufficiente",
        computed: "ottimo",
      },
    ]);
  });

  it("accepts a grade printed rounded to the unit", () => {
    const three = [0, 50, 50].map((completion, index) => ({ title: `Azione ${index + 1}`, completion }));
    expect(findings({ actions: three, statedGrade: { percent: 67, band: "sufficiente" } })).toEqual([]);
    expect(findings({ actions: three, statedGrade: { percent: 66, band: "sufficiente" } })[0]?.code).toBe(
      "grade_mismatch",
    );
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
    const record = { ...base, statedGrade: { percent: 20, band: "ottimo" as const } };
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
    "statedGrade",
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
    for (const key of ["percent", "band"]) {
      const statedGrade = { percent: 50, band: "sufficiente", [key]: value };
      expect(codeOrValid(() => recomputeObjectiveEvaluation({ ...base, statedGrade } as never), codes)).toBe(
        true,
      );
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
        () => recomputeObjectiveEvaluation({ ...base, statedGrade: { percent: 50, band: "good" as never } }),
        true,
      ),
    ).toBe("invalid_option@statedGrade.band");
  });

  it("reads absent figures given as null like omitted ones", () => {
    const record = { ...base, statedGrade: null, coincidence: null, adequacy: null } as never;
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

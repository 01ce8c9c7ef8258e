import { describe, expect, it } from "vitest";
import {
  IndicatorObservationSchema,
  IndicatorSchema,
  IndicatorTargetSchema,
  parseIndicator,
  safeParseIndicator,
  type IndicatorInput,
} from "../../src/model/indicator.js";
import {
  INDICATOR_KIND_CATALOG,
  INDICATOR_KINDS,
  MILESTONE_STAGE_CATALOG,
  MILESTONE_STAGES,
} from "../../src/catalog/indicator-kinds.js";

// LEPS 4, "N. valutazioni con l'Assistente sociale / N. complessivo valutazioni": ≥ 50% / ≥ 75% / 100% (seed 002 L2621-2634)
const ratio: IndicatorInput = {
  id: "valutazioni-con-assistente-sociale",
  labels: { it: "Valutazioni con l'assistente sociale", en: "assessments with the social worker" },
  kind: "ratio-at-least",
  leps: "pua-integrati-uvm",
  numerator: { it: "valutazioni con l'assistente sociale", en: "assessments with the social worker" },
  denominator: { it: "valutazioni effettuate", en: "assessments made" },
  targets: [
    { year: 2025, rule: "ratio-at-least", thresholdPercent: "50%" },
    { year: 2026, rule: "ratio-at-least", thresholdPercent: "75%" },
    { year: 2027, rule: "ratio-at-least", thresholdPercent: 100 },
  ],
  sources: [{ document: "seed 002", lines: [2621, 2634] }],
};

// The thresholds are written as the seed prints them ("50%"): the indicator is read in the Italian mode.
function codes(input: unknown): string[] {
  const result = safeParseIndicator(input, { numbers: "italian" });
  return result.success ? [] : result.issues.map((issue) => issue.code);
}

describe("IndicatorSchema", () => {
  it("parses a ratio indicator and reads Italian thresholds", () => {
    const indicator = parseIndicator(ratio, { numbers: "italian" });
    expect(
      indicator.targets.map((target) =>
        target.rule === "ratio-at-least" ? target.thresholdPercent.toString() : "",
      ),
    ).toEqual(["50", "75", "100"]);
    expect(safeParseIndicator(ratio, { numbers: "italian" }).success).toBe(true);
    // Canonical text has no percent sign: the same thresholds are refused without the Italian mode.
    const canonical = safeParseIndicator(ratio);
    expect(canonical.success ? [] : canonical.issues.map((issue) => issue.path.join("."))).toEqual([
      "targets.0.thresholdPercent",
      "targets.1.thresholdPercent",
    ]);
    expect(
      IndicatorSchema.parse({
        ...ratio,
        targets: [{ year: 2025, rule: "ratio-at-least", thresholdPercent: "50" }],
      }).targets[0],
    ).toMatchObject({ year: 2025 });
  });

  it("requires numerator and denominator for a ratio, and only for a ratio", () => {
    expect(codes({ ...ratio, numerator: undefined })).toEqual(["missing_ratio_term"]);
    expect(codes({ ...ratio, denominator: undefined })).toEqual(["missing_ratio_term"]);
    expect(
      codes({ ...ratio, kind: "increase", targets: [{ year: 2026, rule: "greater-than-previous" }] }),
    ).toEqual(["unexpected_ratio_term", "unexpected_ratio_term"]);
  });

  it("accepts an increase that starts with a minimum (N. EEMM attivate ≥ 1, then > previous year)", () => {
    // seed 002 L2265-2274
    expect(
      codes({
        id: "eemm",
        labels: { it: "EEMM attivate", en: "multidisciplinary teams" },
        kind: "increase",
        targets: [
          { year: 2025, rule: "count-at-least", minimum: 1 },
          { year: 2026, rule: "greater-than-previous" },
          { year: 2027, rule: "greater-than-previous" },
        ],
      }),
    ).toEqual([]);
  });

  it("rejects rules that do not fit the kind, years out of order or repeated", () => {
    const base = { id: "x", labels: { it: "x", en: "x" }, kind: "decrease" } as const;
    expect(codes({ ...base, targets: [{ year: 2026, rule: "greater-than-previous" }] })).toEqual([
      "rule_incompatible_with_kind",
    ]);
    expect(
      codes({
        ...base,
        targets: [
          { year: 2027, rule: "less-than-previous" },
          { year: 2026, rule: "less-than-previous" },
        ],
      }),
    ).toEqual(["target_years_out_of_order"]);
    expect(
      codes({
        ...base,
        targets: [
          { year: 2026, rule: "less-than-previous" },
          { year: 2026, rule: "less-than-previous" },
        ],
      }),
    ).toEqual(["target_years_out_of_order"]);
    expect(codes({ ...base, targets: [] })).toEqual(["empty_list"]);
  });

  it("rejects a milestone whose stages go backwards and a baseline after the targets", () => {
    const milestone = {
      id: "protocollo",
      labels: { it: "Protocollo", en: "Protocol" },
      kind: "milestone",
      targets: [
        { year: 2025, rule: "stage-reached", stage: "attivazione" },
        { year: 2026, rule: "stage-reached", stage: "definizione" },
      ],
    };
    expect(codes(milestone)).toEqual(["milestone_stage_regression"]);
    expect(
      codes({
        ...milestone,
        baselineYear: 2026,
        targets: [{ year: 2025, rule: "stage-reached", stage: "definizione" }],
      }),
    ).toEqual(["baseline_after_targets"]);
  });

  it("rejects unknown fields, unknown LEPS and thresholds above 100%", () => {
    expect(codes({ ...ratio, extra: 1 })).toEqual(["unknown_field"]);
    expect(codes({ ...ratio, leps: "pua" })).toEqual(["invalid_option"]);
    expect(
      IndicatorTargetSchema.safeParse({ year: 2025, rule: "ratio-at-least", thresholdPercent: 120 }).success,
    ).toBe(false);
  });

  it("labels every kind and stage in both languages", () => {
    for (const kind of INDICATOR_KINDS)
      expect(INDICATOR_KIND_CATALOG[kind].labels.it.length).toBeGreaterThan(0);
    for (const stage of MILESTONE_STAGES)
      expect(MILESTONE_STAGE_CATALOG[stage].labels.en.length).toBeGreaterThan(0);
  });
});

describe("IndicatorObservationSchema", () => {
  it("accepts exactly one form", () => {
    expect(IndicatorObservationSchema.safeParse({ year: 2025, numerator: 3, denominator: 4 }).success).toBe(
      true,
    );
    expect(IndicatorObservationSchema.parse({ year: 2025, value: "7.25" }).value?.toString()).toBe("7.25");
    expect(IndicatorObservationSchema.parse({ year: 2025, stage: "attivazione" }).stage).toBe("attivazione");
    for (const bad of [
      { year: 2025 },
      { year: 2025, numerator: 3 },
      { year: 2025, denominator: 3 },
      { year: 2025, value: 3, stage: "definizione" },
      { year: 2025, numerator: 3, denominator: 4, value: 1 },
    ]) {
      expect(IndicatorObservationSchema.safeParse(bad).success).toBe(false);
    }
    expect(IndicatorObservationSchema.safeParse({ year: 2025, numerator: -1, denominator: 4 }).success).toBe(
      false,
    );
  });
});

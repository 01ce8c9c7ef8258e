import { describe, expect, it } from "vitest";
import type { IndicatorInput } from "../../src/model/indicator.js";
import { evaluateIndicator } from "../../src/monitoring/evaluate-indicator.js";
import { isPdzError } from "../../src/core/error.js";
import { codeOf } from "../error-code.js";
import { roundedFraction } from "../support/rational.js";
import { codeOrValid, HOSTILE } from "../evaluation/_hostile.js";

// The code and path of the PdzError a call throws, then the codes of the validation issues it carries.
function issueCodes(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isPdzError(error)) return "not a PdzError";
    return `${error.code}@${error.path.join(".")}: ${error.issues.map((issue) => issue.code).join(", ")}`;
  }
  return "no error";
}

// LEPS 2, "Numero progetti individualizzati/ Numero valutazioni": ≥ 40% / ≥ 60% / ≥ 80% (seed 002 L2358-2363)
const ratio: IndicatorInput = {
  id: "paf-progetti-su-valutazioni",
  labels: { it: "Progetti su valutazioni", en: "Plans per assessment" },
  kind: "ratio-at-least",
  numerator: { it: "progetti", en: "plans" },
  denominator: { it: "valutazioni", en: "assessments" },
  targets: [
    { year: 2025, rule: "ratio-at-least", thresholdPercent: 40 },
    { year: 2026, rule: "ratio-at-least", thresholdPercent: 60 },
    { year: 2027, rule: "ratio-at-least", thresholdPercent: 80 },
  ],
};

// LEPS 3, "Riduzione tempo medio di attesa … ritorno a domicilio": T0 2025, then 2026 < 2025, 2027 < 2026
// (seed 002 L2486-2498)
const waiting: IndicatorInput = {
  id: "dim-attesa-domicilio",
  labels: { it: "Attesa", en: "Wait" },
  kind: "decrease",
  baselineYear: 2025,
  targets: [
    { year: 2026, rule: "less-than-previous" },
    { year: 2027, rule: "less-than-previous" },
  ],
};

const protocol: IndicatorInput = {
  id: "pua-protocollo",
  labels: { it: "Protocollo", en: "Protocol" },
  kind: "milestone",
  targets: [
    { year: 2025, rule: "stage-reached", stage: "definizione" },
    { year: 2026, rule: "stage-reached", stage: "attivazione" },
  ],
};

describe("evaluateIndicator: ratios", () => {
  it("decides on the exact ratio, with the numbers and reasons", () => {
    const result = evaluateIndicator(ratio, [
      { year: 2025, numerator: 2, denominator: 5 },
      { year: 2026, numerator: 5999, denominator: 10000 },
      { year: 2027, numerator: 9, denominator: 10 },
    ]);
    expect(result.years.map((year) => [year.year, year.status, year.value?.toString()])).toEqual([
      [2025, "met", "40"],
      [2026, "not-met", "59.99"],
      [2027, "met", "90"],
    ]);
    expect(result.years[1]?.reason).toEqual({
      it: "5999 / 10000 = 59,99% < 60,00%",
      en: "5999 / 10000 = 59.99% < 60.00%",
    });
    expect(result.years[0]?.numerator).toBe(2);
    expect(result.indicatorId).toBe("paf-progetti-su-valutazioni");
  });

  it("does not round a ratio just below the threshold up to it", () => {
    const result = evaluateIndicator(ratio, [{ year: 2025, numerator: 3999999, denominator: 10000000 }], {
      years: [2025],
    });
    expect(result.years[0]?.status).toBe("not-met");
  });

  it("reports missing data for a missing year or a zero denominator", () => {
    const result = evaluateIndicator(ratio, [{ year: 2025, numerator: 0, denominator: 0 }]);
    expect(result.years.map((year) => year.status)).toEqual(["missing-data", "missing-data", "missing-data"]);
    expect(result.years[0]?.reason.en).toBe("The 2025 denominator is 0: the ratio does not exist");
    expect(result.years[1]?.reason).toEqual({
      it: "Manca la rilevazione per il 2026",
      en: "No observation for 2026",
    });
  });

  it("reports the years asked for, years without a target as not due", () => {
    const result = evaluateIndicator(ratio, [], { years: [2028, 2024, 2025, 2025] });
    expect(result.years.map((year) => [year.year, year.status])).toEqual([
      [2024, "not-due"],
      [2025, "missing-data"],
      [2028, "not-due"],
    ]);
    expect(result.years[0]?.reason.en).toBe("No target for 2024");
  });
});

describe("evaluateIndicator: year-on-year and counts", () => {
  it("compares with the previous year and treats T0 as not due", () => {
    const result = evaluateIndicator(waiting, [
      { year: 2025, value: 12.5 }, // a canonical number (0.1.0's test gave the Italian text "12,5")
      { year: 2026, value: 11 },
      { year: 2027, value: 11 },
    ]);
    expect(
      result.years.map((year) => [
        year.year,
        year.status,
        year.value?.toString(),
        year.previousValue?.toString(),
      ]),
    ).toEqual([
      [2025, "not-due", "12.5", undefined],
      [2026, "met", "11", "12.5"],
      [2027, "not-met", "11", "11"],
    ]);
    expect(result.years[0]?.reason.en).toBe("2025: baseline year (T0), no target");
    expect(result.years[1]?.reason).toEqual({
      it: "11 (2026) < 12,5 (2025); richiesta una riduzione",
      en: "11 (2026) < 12.5 (2025); a decrease is required",
    });
  });

  it("never passes a year whose predecessor is missing", () => {
    const result = evaluateIndicator(waiting, [
      { year: 2026, value: 3 },
      { year: 2027, value: 1 },
    ]);
    expect(result.years.map((year) => year.status)).toEqual(["not-due", "missing-data", "met"]);
    expect(result.years[1]?.reason.en).toBe("No value for 2025");
    expect(result.years[1]?.value?.toString()).toBe("3");
  });

  it("evaluates a minimum count and an increase (N. EEMM attivate ≥ 1, then more)", () => {
    // seed 002 L2265-2274
    const eemm: IndicatorInput = {
      id: "eemm",
      labels: { it: "EEMM", en: "EEMM" },
      kind: "increase",
      targets: [
        { year: 2025, rule: "count-at-least", minimum: 1 },
        { year: 2026, rule: "greater-than-previous" },
      ],
    };
    const result = evaluateIndicator(eemm, [
      { year: 2025, value: 0 },
      { year: 2026, value: 3 },
    ]);
    expect(result.years.map((year) => year.status)).toEqual(["not-met", "met"]);
    expect(result.years[0]?.reason.en).toBe("0 < 1");
    expect(evaluateIndicator(eemm, []).years.map((year) => year.status)).toEqual([
      "missing-data",
      "missing-data",
    ]);
  });
});

describe("evaluateIndicator: milestones", () => {
  it("accepts a later stage for an earlier one", () => {
    const result = evaluateIndicator(protocol, [
      { year: 2025, stage: "attivazione" },
      { year: 2026, stage: "definizione" },
    ]);
    expect(result.years.map((year) => [year.status, year.stage])).toEqual([
      ["met", "attivazione"],
      ["not-met", "definizione"],
    ]);
    expect(result.years[1]?.reason.it).toBe(
      "Fase raggiunta: definizione o aggiornamento e condivisione; richiesta: attivazione",
    );
    expect(evaluateIndicator(protocol, []).years[0]?.status).toBe("missing-data");
  });
});

describe("evaluateIndicator: bad input", () => {
  it("throws with a code", () => {
    // A definition or an observation that its schema refuses throws one validation_failed carrying every issue
    // (issue 10; 0.1.0 threw the first issue's own code).
    expect(issueCodes(() => evaluateIndicator({ ...ratio, targets: [...ratio.targets].reverse() }, []))).toBe(
      "validation_failed@indicator: target_years_out_of_order, target_years_out_of_order",
    );
    expect(
      codeOf(() =>
        evaluateIndicator(ratio, [
          { year: 2025, numerator: 1, denominator: 2 },
          { year: 2025, numerator: 1, denominator: 2 },
        ]),
      ),
    ).toBe("duplicate_observation_year");
    expect(codeOf(() => evaluateIndicator(ratio, [{ year: 2025, value: 3 }]))).toBe(
      "observation_form_mismatch",
    );
    expect(codeOf(() => evaluateIndicator(waiting, [{ year: 2025, stage: "definizione" }]))).toBe(
      "observation_form_mismatch",
    );
    expect(codeOf(() => evaluateIndicator(protocol, [{ year: 2025, numerator: 1, denominator: 1 }]))).toBe(
      "observation_form_mismatch",
    );
    expect(codeOf(() => evaluateIndicator(ratio, [{ year: 2025, numerator: 3, denominator: 2 }]))).toBe(
      "numerator_exceeds_denominator",
    );
    expect(issueCodes(() => evaluateIndicator(ratio, [{ year: 2025, numerator: 3 }]))).toBe(
      "validation_failed@observations.0: invalid_observation_form",
    );
    expect(codeOf(() => evaluateIndicator(ratio, [], { years: [2025.5] }))).toBe("invalid_year");
  });
});

describe("evaluateIndicator on hostile input", () => {
  const codes = [
    "validation_failed",
    "invalid_type",
    "too_many_items",
    "unreadable_field",
    "duplicate_observation_year",
    "observation_form_mismatch",
    "numerator_exceeds_denominator",
    "invalid_year",
    "year_out_of_range",
  ];

  it.each(HOSTILE)("answers %s, anywhere, with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => evaluateIndicator(value as never, []), codes)).toBe(true);
    expect(codeOrValid(() => evaluateIndicator(ratio, value as never), codes)).toBe(true);
    expect(codeOrValid(() => evaluateIndicator(ratio, [value] as never), codes)).toBe(true);
    expect(
      codeOrValid(
        () => evaluateIndicator(ratio, [{ year: 2025, numerator: value, denominator: 4 }] as never),
        codes,
      ),
    ).toBe(true);
    expect(codeOrValid(() => evaluateIndicator(ratio, [], value as never), codes)).toBe(true);
    expect(codeOrValid(() => evaluateIndicator(ratio, [], { years: value } as never), codes)).toBe(true);
    expect(codeOrValid(() => evaluateIndicator(ratio, [], { years: [value] } as never), codes)).toBe(true);
  });

  it("refuses years outside 1900-2199", () => {
    expect(codeOf(() => evaluateIndicator(ratio, [], { years: [2025, 1e15] }), true)).toBe(
      "year_out_of_range@years.1",
    );
  });

  it("reports a long list of years once each", { timeout: 60_000 }, () => {
    const years = Array.from({ length: 1_000_000 }, (_, index) => 2025 + (index % 3));
    expect(evaluateIndicator(ratio, [], { years }).years.map((year) => year.year)).toEqual([
      2025, 2026, 2027,
    ]);
  });
});

describe("evaluateIndicator results", () => {
  it("give the exact ratio, correctly rounded once", () => {
    const result = evaluateIndicator(ratio, [{ year: 2025, numerator: 2, denominator: 3 }], {
      years: [2025],
    });
    expect(result.years[0]?.value?.toString()).toBe(roundedFraction(200n, 3n));
    expect(result.years[0]?.reason).toEqual({ it: "2 / 3 = 66,67% ≥ 40,00%", en: "2 / 3 = 66.67% ≥ 40.00%" });
  });

  it("decide a ratio on its exact value, at the threshold", () => {
    const third: IndicatorInput = {
      ...ratio,
      targets: [
        { year: 2025, rule: "ratio-at-least", thresholdPercent: "33.33333333333333333333333333333333333333" },
      ],
    };
    // 1/3 is above the 40-digit threshold, though its 40-digit value equals it.
    const result = evaluateIndicator(third, [{ year: 2025, numerator: 1, denominator: 3 }]);
    expect(result.years[0]?.status).toBe("met");
  });

  it("say null for what does not apply, and survive JSON", () => {
    const result = evaluateIndicator(ratio, [], { years: [2024] });
    expect(result.leps).toBeNull();
    expect(result.years[0]).toEqual({
      year: 2024,
      status: "not-due",
      target: null,
      value: null,
      previousValue: null,
      numerator: null,
      denominator: null,
      stage: null,
      reason: { it: "Nessun target per il 2024", en: "No target for 2024" },
    });
    expect(JSON.parse(JSON.stringify(result)).years[0].value).toBeNull();
  });

  it("do not mutate their input", () => {
    const observations = [{ year: 2025, numerator: 2, denominator: 5 }];
    const copy = structuredClone(observations);
    const definition = structuredClone(ratio);
    const result = evaluateIndicator(definition, observations);
    expect(observations).toEqual(copy);
    expect(definition).toEqual(ratio);
    expect(result.labels).not.toBe(definition.labels);
  });
});

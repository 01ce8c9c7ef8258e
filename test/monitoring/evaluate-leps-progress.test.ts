import { describe, expect, it } from "vitest";
import { evaluateLepsProgress } from "../../src/monitoring/evaluate-leps-progress.js";
import { PRIORITY_LEPS_INDICATORS } from "../../src/catalog/priority-leps-indicators.js";
import { PRIORITY_LEPS_IDS } from "../../src/catalog/leps.js";
import { GALLARATE_LEPS_SCHEDA_SAD } from "../../src/datasets/gallarate/schede-2025-2027.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE } from "../evaluation/_hostile.js";

const plan = {
  lepsSchede: PRIORITY_LEPS_IDS.map((leps) => ({
    leps,
    indicators: PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.leps === leps),
  })),
};

describe("evaluateLepsProgress", () => {
  it("evaluates every indicator of every LEPS over 2025-2027", () => {
    const observations = new Map([
      [
        "pua-valutazioni-con-assistente-sociale",
        [
          { year: 2025, numerator: 30, denominator: 60 },
          { year: 2026, numerator: 40, denominator: 60 },
        ],
      ],
      [
        "pua-protocollo",
        [
          { year: 2025, stage: "definizione" as const },
          { year: 2026, stage: "attivazione" as const },
        ],
      ],
    ]);
    const progress = evaluateLepsProgress(plan, observations);
    expect(progress.years).toEqual([2025, 2026, 2027]);
    expect(progress.byLeps.map((entry) => entry.leps)).toEqual([...PRIORITY_LEPS_IDS]);
    const pua = progress.byLeps[3];
    expect(pua?.indicators.map((indicator) => indicator.years.map((year) => year.status))).toEqual([
      ["met", "met", "not-due"],
      ["met", "not-met", "missing-data"],
      ["missing-data", "missing-data", "missing-data"],
      ["not-due", "missing-data", "missing-data"],
    ]);
    expect(pua?.counts).toEqual({
      met: 3,
      "not-met": 1,
      "not-due": 2,
      "missing-data": 6,
      "not-applicable": 0,
    });
    // 20 indicators × 3 years = 60 indicator-years.
    const total = Object.values(progress.counts).reduce((sum, value) => sum + value, 0);
    expect(total).toBe(60);
    expect(progress.counts.met).toBe(3);
  });

  it("reads observations from a plain object, ignoring inherited keys", () => {
    const observations = Object.create({
      "sad-progetti-integrati": [{ year: 2025, numerator: 1, denominator: 1 }],
    }) as Record<string, never[]>;
    expect(evaluateLepsProgress(plan, observations).counts.met).toBe(0);
    expect(
      evaluateLepsProgress(
        plan,
        { "sad-progetti-integrati": [{ year: 2025, numerator: 1, denominator: 1 }] },
        {
          years: [2025],
        },
      ).counts,
    ).toEqual({ met: 1, "not-met": 0, "not-due": 10, "missing-data": 9, "not-applicable": 0 });
  });

  it("rejects two indicators with the same id", () => {
    const indicator = PRIORITY_LEPS_INDICATORS[0]!;
    expect(
      codeOf(() =>
        evaluateLepsProgress(
          {
            lepsSchede: [
              { leps: "incremento-sad", indicators: [indicator] },
              { leps: "incremento-sad", indicators: [indicator] },
            ],
          },
          {},
        ),
      ),
    ).toBe("duplicate_indicator_id");
  });
});

describe("evaluateLepsProgress on a plan's own LEPS scheda", () => {
  it("monitors Gallarate's Incremento SAD scheda (seed 000 L11020-11064)", () => {
    const scheda = GALLARATE_LEPS_SCHEDA_SAD;
    const [first, second, third] = scheda.indicators.map((indicator) => indicator.id);
    const progress = evaluateLepsProgress(
      { lepsSchede: [scheda] },
      {
        [first ?? ""]: [
          { year: 2025, numerator: 12, denominator: 20 },
          { year: 2026, numerator: 15, denominator: 20 },
          { year: 2027, numerator: 19, denominator: 20 },
        ],
        [second ?? ""]: [{ year: 2026, numerator: 4, denominator: 10 }],
        [third ?? ""]: [
          { year: 2025, value: 40 },
          { year: 2026, value: 45 },
          { year: 2027, value: 45 },
        ],
      },
    );
    expect(
      progress.byLeps[0]?.indicators.map((indicator) => indicator.years.map((year) => year.status)),
    ).toEqual([
      ["met", "met", "not-met"],
      ["not-due", "not-met", "missing-data"],
      ["not-due", "met", "not-met"],
    ]);
    expect(progress.byLeps[0]?.indicators[0]?.years[2]?.reason.en).toBe("19 / 20 = 95.00% < 100.00%");
  });
});

describe("evaluateLepsProgress on hostile input", () => {
  const codes = [
    "validation_failed",
    "invalid_type",
    "required_field",
    "too_many_items",
    "unreadable_field",
    "invalid_option",
    "duplicate_indicator_id",
    "duplicate_observation_year",
    "observation_form_mismatch",
    "numerator_exceeds_denominator",
    "invalid_year",
    "year_out_of_range",
  ];
  const sad = { leps: "incremento-sad" as const, indicators: [PRIORITY_LEPS_INDICATORS[0]!] };

  it.each(HOSTILE)("answers %s, anywhere, with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => evaluateLepsProgress(value as never, {}), codes)).toBe(true);
    expect(codeOrValid(() => evaluateLepsProgress({ lepsSchede: value } as never, {}), codes)).toBe(true);
    expect(codeOrValid(() => evaluateLepsProgress({ lepsSchede: [value] } as never, {}), codes)).toBe(true);
    expect(
      codeOrValid(() => evaluateLepsProgress({ lepsSchede: [{ ...sad, leps: value }] } as never, {}), codes),
    ).toBe(true);
    expect(
      codeOrValid(
        () => evaluateLepsProgress({ lepsSchede: [{ ...sad, indicators: value }] } as never, {}),
        codes,
      ),
    ).toBe(true);
    expect(codeOrValid(() => evaluateLepsProgress({ lepsSchede: [sad] }, value as never), codes)).toBe(true);
    expect(
      codeOrValid(
        () => evaluateLepsProgress({ lepsSchede: [sad] }, { [sad.indicators[0]!.id]: value } as never),
        codes,
      ),
    ).toBe(true);
    expect(
      codeOrValid(
        () => evaluateLepsProgress({ lepsSchede: [sad] }, new Map([[sad.indicators[0]!.id, value]]) as never),
        codes,
      ),
    ).toBe(true);
    expect(codeOrValid(() => evaluateLepsProgress({ lepsSchede: [sad] }, {}, value as never), codes)).toBe(
      true,
    );
  });

  it("reads a Map through Map's own get, and an object's own keys only", () => {
    const id = sad.indicators[0]!.id;
    const sneaky = new (class extends Map<string, unknown> {
      override get(): never {
        throw new Error("overridden");
      }
    })([[id, [{ year: 2025, numerator: 1, denominator: 1 }]]]);
    expect(evaluateLepsProgress({ lepsSchede: [sad] }, sneaky as never, { years: [2025] }).counts.met).toBe(
      1,
    );
  });

  it("says where an indicator's observation is wrong", () => {
    const id = sad.indicators[0]!.id;
    expect(
      codeOf(
        () =>
          evaluateLepsProgress(
            { lepsSchede: [sad] },
            { [id]: [{ year: 2025, numerator: 3, denominator: 2 }] },
          ),
        true,
      ),
    ).toBe(`numerator_exceeds_denominator@observations.${id}.0.numerator`);
  });
});

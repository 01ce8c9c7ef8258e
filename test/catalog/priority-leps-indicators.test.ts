import { describe, expect, it } from "vitest";
import { PRIORITY_LEPS_IDS } from "../../src/catalog/leps.js";
import { PRIORITY_LEPS_INDICATORS } from "../../src/catalog/priority-leps-indicators.js";
import { IndicatorSchema } from "../../src/model/indicator.js";
import { evaluateIndicator } from "../../src/monitoring/evaluate-indicator.js";

function byId(id: string) {
  const indicator = PRIORITY_LEPS_INDICATORS.find((candidate) => candidate.id === id);
  if (indicator === undefined) throw new Error(`missing ${id}`);
  return indicator;
}

function thresholds(id: string): [number, string][] {
  return byId(id).targets.map((target) => [
    target.year,
    target.rule === "ratio-at-least" ? target.thresholdPercent.toString() : target.rule,
  ]);
}

describe("PRIORITY_LEPS_INDICATORS", () => {
  // The catalogue is plain data of the model's input form: it is validated here, not when the library is imported.
  it.each(PRIORITY_LEPS_INDICATORS.map((indicator) => [indicator.id, indicator] as const))(
    "%s is a valid indicator, every rule of IndicatorSchema kept",
    (_, indicator) => {
      const parsed = IndicatorSchema.safeParse(indicator);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it("is deep-frozen and read as it is by the monitoring functions", () => {
    expect(Object.isFrozen(PRIORITY_LEPS_INDICATORS)).toBe(true);
    expect(Object.isFrozen(PRIORITY_LEPS_INDICATORS[0]?.labels)).toBe(true);
    for (const indicator of PRIORITY_LEPS_INDICATORS) {
      expect(evaluateIndicator(indicator, []).years.length).toBeGreaterThan(0);
    }
  });

  it("covers the five priority LEPS with 3 + 4 + 6 + 4 + 3 indicators and unique ids", () => {
    expect(
      PRIORITY_LEPS_IDS.map((leps) => PRIORITY_LEPS_INDICATORS.filter((i) => i.leps === leps).length),
    ).toEqual([3, 4, 6, 4, 3]);
    expect(new Set(PRIORITY_LEPS_INDICATORS.map((indicator) => indicator.id)).size).toBe(20);
    expect(Object.isFrozen(PRIORITY_LEPS_INDICATORS[0]?.targets)).toBe(true);
  });

  it("encodes the ratio thresholds of the DGR tables", () => {
    expect(thresholds("vmpp-incontri-formativi")).toEqual([
      [2025, "50"],
      [2026, "75"],
      [2027, "100"],
    ]); // seed 002 L2261
    expect(thresholds("paf-progetti-su-valutazioni")).toEqual([
      [2025, "40"],
      [2026, "60"],
      [2027, "80"],
    ]); // seed 002 L2363
    expect(thresholds("dim-utenti-serviti")).toEqual([
      [2026, "50"],
      [2027, "75"],
    ]); // seed 002 L2481
    expect(thresholds("pua-valutazioni-con-assistente-sociale")).toEqual([
      [2025, "50"],
      [2026, "75"],
      [2027, "100"],
    ]); // seed 002 L2634
    expect(thresholds("sad-progetti-integrati")).toEqual([
      [2025, "50"],
      [2026, "75"],
      [2027, "100"],
    ]); // seed 002 L2738
    expect(thresholds("sad-progetti-dimissioni")).toEqual([
      [2026, "50"],
      [2027, "75"],
    ]); // seed 002 L2749
  });

  it("encodes the trends, the minimum counts of 2025 and the milestones", () => {
    expect(thresholds("vmpp-eemm-attivate")).toEqual([
      [2025, "count-at-least"],
      [2026, "greater-than-previous"],
      [2027, "greater-than-previous"],
    ]); // seed 002 L2270
    expect(byId("pua-strumenti-unitari").targets[0]).toEqual({
      year: 2025,
      rule: "count-at-least",
      minimum: 1,
    }); // seed 002 L2653
    expect(byId("dim-attesa-struttura").kind).toBe("decrease"); // seed 002 L2503
    expect(byId("dim-attesa-struttura").baselineYear).toBe(2025);
    expect(byId("paf-protocollo").targets).toEqual([
      { year: 2025, rule: "stage-reached", stage: "definizione" },
      { year: 2026, rule: "stage-reached", stage: "attivazione" },
    ]); // seed 002 L2342-2351
    expect(
      PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.kind === "milestone").map((i) => i.id),
    ).toEqual(["paf-protocollo", "dim-protocollo", "pua-protocollo"]);
  });
});

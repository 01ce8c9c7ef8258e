import { describe, expect, it } from "vitest";
import { legacyPlanByArea } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { MEDIO_OLONA_PLAN_2015_2017 as plan } from "../../src/datasets/medio-olona/plan-2015-2017.js";
import { codeOrValid, HOSTILE, SHAPE_CODES } from "./_hostile.js";

describe("legacyPlanByArea", () => {
  it("sets the 2015-2017 objectives beside today's macro-areas (seed 003)", () => {
    const byArea = legacyPlanByArea(plan);
    expect(
      byArea.areas.map((entry) => [entry.area, entry.objectives.map((objective) => objective.code)]),
    ).toEqual([
      ["A", ["4"]], // the buoni sociali / voucher to fragile families
      ["D", ["1"]], // L37-47: the ASL–Ambito pact on assistenza domiciliare
      ["K", ["2", "3", "5", "6", "9"]], // associated management, its financing, knowledge, access rules, osservatorio
    ]);
    expect(byArea.areas[1]?.labels.it).toBe("Domiciliarità");
    expect(byArea.areas[2]?.objectives[0]?.specificObjectives).toBe(3);
    // Objectives 7 (mental health, prison, child protection) and 8 (training of operators and citizens) map to no
    // single area: listed apart, not guessed.
    expect(byArea.unmapped).toEqual([
      { code: "7", title: plan.generalObjectives[6]?.title, specificObjectives: 1, reason: null },
      { code: "8", title: plan.generalObjectives[7]?.title, specificObjectives: 1, reason: null },
    ]);
  });

  it("keeps the catalogue's order of areas, whatever the plan's order", () => {
    const reversed = { generalObjectives: [...plan.generalObjectives].reverse() };
    expect(legacyPlanByArea(reversed).areas.map((entry) => entry.area)).toEqual(["A", "D", "K"]);
  });

  it("refuses what is not today's macro-area, at its path", () => {
    const objective = { ...plan.generalObjectives[0], mapsTo: { area: "C", reason: "inclusione" } };
    expect(codeOf(() => legacyPlanByArea({ generalObjectives: [objective] } as never), true)).toBe(
      "invalid_option@generalObjectives.0.mapsTo.area",
    );
  });

  it("returns plain data, sharing nothing with its input", () => {
    const result = legacyPlanByArea(plan);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("legacyPlanByArea on hostile input", () => {
  const codes = [...SHAPE_CODES, "invalid_option"];
  it.each(HOSTILE)("answers %s with a result or a documented code", (_name, value) => {
    const objective = plan.generalObjectives[0];
    for (const input of [
      value,
      { generalObjectives: value },
      { generalObjectives: [value] },
      { generalObjectives: [{ ...objective, mapsTo: value }] },
      { generalObjectives: [{ ...objective, code: value }] },
      { generalObjectives: [{ ...objective, specificObjectives: value }] },
    ]) {
      expect(codeOrValid(() => legacyPlanByArea(input as never), codes)).toBe(true);
    }
  });
});

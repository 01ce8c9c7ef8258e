import { describe, expect, it } from "vitest";
import { LegacyPlanSchema, parseLegacyPlan, safeParseLegacyPlan } from "../../src/model/legacy-plan.js";
import { toJSONSchema } from "../../src/model/json-schema.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { MEDIO_OLONA_PLAN_2015_2017 as plan } from "../../src/datasets/medio-olona/plan-2015-2017.js";

describe("LegacyPlanSchema", () => {
  it("holds the 2015-2017 layout: general × specific objectives with their six columns (seed 003)", () => {
    const parsed = LegacyPlanSchema.parse(plan);
    // L3: "1 MAGGIO 2015 – 31 DICEMBRE 2017": 32 months, not whole years
    expect(parsed.period).toEqual({
      from: "2015-05-01",
      to: "2017-12-31",
      text: "1 MAGGIO 2015 – 31 DICEMBRE 2017",
    });
    expect(parsed.ambito.managingBody).toEqual({
      name: "Azienda Speciale Consortile Medio Olona", // L74-77
      kind: "azienda-speciale-consortile",
    });
    expect(parsed.ambito.healthAgency).toEqual({ name: "ASL di Varese", kind: "asl" }); // L38-40
    expect(parsed.ambito.name).toBeNull(); // the plan names no Ambito
    expect(
      parsed.generalObjectives.map((objective) => [objective.code, objective.specificObjectives.length]),
    ).toEqual([
      ["1", 1],
      ["2", 3],
      ["3", 1],
      ["4", 1],
      ["5", 3],
      ["6", 1],
      ["7", 1],
      ["8", 1],
      ["9", 1],
    ]); // nine tables, thirteen rows (L14-1135)
    const nil = parsed.generalObjectives[1]?.specificObjectives[1];
    expect(nil?.title).toBe("Garantire la continuità del servizio NIL"); // L212
    expect(nil?.resources.financial).toMatch(/^budget assegnato all’Azienda Speciale Consortile/);
    expect(parsed.generalObjectives[0]?.mapsTo?.area).toBe("D");
    expect(parsed.generalObjectives[6]?.mapsTo).toBeUndefined(); // no single area fits objective 7
  });

  it("reads Italian dates, which are the plan's own", () => {
    const parsed = LegacyPlanSchema.parse({ ...plan, period: { from: "1.5.2015", to: "31 dicembre 2017" } });
    expect([parsed.period.from, parsed.period.to]).toEqual(["2015-05-01", "2017-12-31"]);
  });

  it.each([
    [
      "a reversed period",
      { period: { from: "2017-12-31", to: "2015-05-01" } },
      "period_ends_before_start",
      ["period", "to"],
    ],
    [
      "an impossible date",
      { period: { from: "2015-02-30", to: "2017-12-31" } },
      "invalid_date",
      ["period", "from"],
    ],
    ["no general objectives", { generalObjectives: [] }, "empty_list", ["generalObjectives"]],
    [
      "two general objectives with one code",
      { generalObjectives: [plan.generalObjectives[0], plan.generalObjectives[0]] },
      "duplicate_id",
      ["generalObjectives", 1, "code"],
    ],
    [
      "a retired macro-area",
      { generalObjectives: [{ ...plan.generalObjectives[0], mapsTo: { area: "C", reason: "inclusione" } }] },
      "invalid_option",
      ["generalObjectives", 0, "mapsTo", "area"],
    ],
    [
      "an unknown kind of body",
      { ambito: { ...plan.ambito, managingBody: { name: "Consorzio", kind: "consorzio" } } },
      "invalid_option",
      ["ambito", "managingBody", "kind"],
    ],
    ["an empty Ambito name", { ambito: { ...plan.ambito, name: "" } }, "empty_text", ["ambito", "name"]],
  ])("refuses %s", (_name, fields, code, path) => {
    const result = safeParseLegacyPlan({ ...plan, ...fields });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, path],
    ]);
  });

  it("names the tables' columns in its messages", () => {
    const objective = plan.generalObjectives[0]!;
    const row = { ...objective.specificObjectives[0], timing: "" };
    const result = safeParseLegacyPlan({
      ...plan,
      generalObjectives: [{ ...objective, specificObjectives: [row] }],
    });
    expect(result.success ? "" : result.issues[0]?.messageIt).toMatch(/^TEMPISTICA: /);
  });

  it("has a JSON Schema whose dates are strings", () => {
    const schema = toJSONSchema("legacy-plan") as { properties: Record<string, { properties?: object }> };
    expect(Object.keys(schema.properties)).toEqual([
      "title",
      "period",
      "ambito",
      "generalObjectives",
      "source",
    ]);
  });
});

describe("safeParseLegacyPlan and parseLegacyPlan on hostile input", () => {
  it.each(HOSTILE_VALUES)("answer %s with issues, never a foreign error", (_name, value) => {
    expect(safeParseLegacyPlan(value).success).toBe(false);
    expect(codeOf(() => parseLegacyPlan(value))).toBe("validation_failed");
    const withOptions = safeParseLegacyPlan(plan, value as never);
    expect(typeof withOptions.success).toBe("boolean");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reviewPlan } from "../../src/audit/index.js";
import { parsePianoDiZona } from "../../src/index.js";

// docs/examples/gallarate-plan.json: the example input of docs/guide-review.md.
const EXAMPLE = new URL("../../docs/examples/gallarate-plan.json", import.meta.url);
const gallarate = (): Record<string, unknown> =>
  JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;

describe("the example plan of the guide", () => {
  it("is a valid Piano di Zona", () => {
    const plan = parsePianoDiZona(gallarate());
    expect(plan.ambito.name).toMatch(/Gallarate/);
    expect(plan.objectives.map((objective) => objective.code)).toEqual(["L"]);
    expect(plan.lepsSchede.map((scheda) => scheda.leps)).toEqual(["incremento-sad"]);
  });

  it("is reviewed at 31.12.2026 in one call, as plain data", () => {
    const review = reviewPlan(gallarate(), { at: "31.12.2026", partial: true });
    expect(JSON.parse(JSON.stringify(review))).toMatchObject({
      at: "2026-12-31",
      period: { from: 2025, to: 2027 },
    });
    expect(review.validation).toEqual({ success: true, issues: [] });
    // Gallarate's 2021-2023 grade: 76.5625% recomputed (76,56% printed), "sufficiente".
    expect(review.previousEvaluation?.achievement.percent?.toString()).toBe("76.5625");
    expect(review.previousEvaluation?.achievement.band).toBe("sufficiente");
    expect(review.summary.findings.bySeverity).toEqual({ error: 4, warning: 10, info: 1 });
    expect(review.summary.findings.byCode["partial_actions_raise_band"]).toBe(8);
    expect(review.summary.findings.byMacroArea).toEqual({ plan: 14, E: 1 });
    // Scheda L (area I) states € 30.000 for the triennium; the SAD scheda names its funds without amounts.
    expect(review.summary.budget).toEqual({
      total: "30000",
      byMacroArea: { I: "30000", E: "0" },
      byFund: {},
    });
    expect(review.targets.map((entry) => [entry.code, entry.evaluation?.counts])).toEqual([
      ["L", { met: 0, "not-met": 0, "not-due": 2, "missing-data": 3, "not-applicable": 0 }],
    ]);
    expect(review.leps?.years).toEqual([2025, 2026]);
    expect(review.leps?.counts).toEqual({
      met: 0,
      "not-met": 0,
      "not-due": 2,
      "missing-data": 4,
      "not-applicable": 0,
    });
  });

  it("as a whole plan, reports the priority LEPS without a scheda", () => {
    const review = reviewPlan(gallarate(), { at: "2025-06-30" });
    expect(review.summary.findings.byCode["priority_leps_without_scheda"]).toBe(4);
    expect(review.leps?.years).toEqual([2025]);
  });

  it("never throws on the plan, and reports what it cannot read", () => {
    for (const input of [null, 42, [], { title: "Piano" }, { objectives: [1] }]) {
      const review = reviewPlan(input, { at: "2026-12-31" });
      expect(review.validation.success).toBe(false);
      expect(() => JSON.stringify(review)).not.toThrow();
    }
    expect(reviewPlan(null, { at: "2026-12-31" }).findings[0]?.code).toBe("plan_unreadable");
  });

  it.each([
    [undefined, "required_field"],
    [{}, "required_field"],
    [{ at: 5 }, "invalid_type"],
    [{ at: "domani" }, "invalid_date"],
    [{ at: "2026-12-31", numbers: "roman" }, "invalid_option"],
  ])("refuses options %j", (options, code) => {
    expect(() => reviewPlan({}, options as never)).toThrow(expect.objectContaining({ code }));
  });
});

import { describe, expect, it } from "vitest";
import { checkLepsScheda, checkSchedaObiettivo } from "../../src/audit/index.js";
import type { Finding } from "../../src/index.js";
import { GALLARATE_LEPS_SCHEDA_SAD, GALLARATE_SCHEDA_OBIETTIVO_L } from "../../src/datasets/index.js";

const L = GALLARATE_SCHEDA_OBIETTIVO_L;
const codes = (findings: readonly Finding[]) =>
  findings.map((finding) => `${finding.code}@${finding.path.join(".")}`);

describe("checkSchedaObiettivo", () => {
  it("finds nothing in Gallarate's scheda L as printed (seed 000 L7811-8104)", () => {
    expect(checkSchedaObiettivo(L)).toEqual([]);
  });

  it("reports a blank title and an unstated home area (Sebino's two untitled schede, Alto Milanese's areas)", () => {
    const draft = { ...L, title: null, policyArea: null, policyAreaBasis: "not-stated" as const };
    const findings = checkSchedaObiettivo(draft);
    expect(codes(findings)).toEqual([
      "required_field_blank@title",
      "required_field_blank@policyArea",
      "key_point_area_undeclared@keyPoints.0.area",
    ]);
    expect(findings[0]?.messageIt).toBe("TITOLO INTERVENTO: il riquadro è vuoto");
  });

  it("reports a scheda naming its own area among the transversal ones (Sebino O6, seed 002 L6051-6052)", () => {
    const own = { ...L, transversal: { answer: "si" as const, areas: ["I" as const, "A" as const] } };
    expect(checkSchedaObiettivo(own).map((finding) => finding.code)).toEqual([
      "home_area_listed_as_transversal",
      "key_point_area_undeclared",
      "key_point_area_undeclared",
    ]);
  });

  it("reports template text left in a box and answers that contradict each other", () => {
    const findings = checkSchedaObiettivo({
      ...L,
      goals: "Breve spiegazione",
      coDesigned: { answer: "si" },
      continuity: { answer: "no" },
    });
    expect(codes(findings)).toEqual([
      "template_text_left@goals",
      "co_design_roles_unstated@coDesigned.text",
      "premial_without_continuity@continuity.answer",
    ]);
  });

  it("checks the yearly budget against the € 30.000,00 of the triennium", () => {
    const byYear = [2025, 2026, 2027].map((year) => ({ year, amount: year === 2027 ? "9000" : "10000" }));
    const [finding] = checkSchedaObiettivo({ ...L, budget: { ...L.budget, byYear } });
    expect(finding?.code).toBe("budget_years_total_mismatch");
    expect([finding?.stated, finding?.computed]).toEqual(["30000", "29000"]);
  });

  it("reports a choice left with the form's options and none chosen (Busto Arsizio scheda 9, seed 001 L2194)", () => {
    const left = { kind: null, text: "Servizio già presente Nuovo servizio" };
    const findings = checkSchedaObiettivo({ ...L, newService: left });
    expect(codes(findings)).toEqual(["template_text_left@newService.text"]);
    expect(findings[0]?.stated).toBe("servizio già presente / nuovo servizio");
    const answered = { kind: null, text: "No, non è un nuovo servizio ma un servizio rivisto" };
    expect(checkSchedaObiettivo({ ...L, newService: answered })).toEqual([]);
  });

  it("reports a key point listed twice under the same area (Busto Arsizio scheda 2, seed 001 L1733)", () => {
    const point = L.keyPoints[0];
    if (point === undefined) throw new Error("scheda L has key points");
    const again = { ...point, point: ` ${point.point.toUpperCase()}. ` };
    const findings = checkSchedaObiettivo({ ...L, keyPoints: [...L.keyPoints, again] });
    expect(codes(findings)).toEqual([`key_point_repeated@keyPoints.${String(L.keyPoints.length)}.point`]);
    expect(findings[0]?.messageIt).toContain(`indicato due volte nell'area ${point.area}`);
    expect(
      checkSchedaObiettivo({ ...L, keyPoints: [point, { ...point, area: "J" as const }] }).map((f) => f.code),
    ).not.toContain("key_point_repeated");
  });

  it("asks an amount of the D.G.R. XII/2167 form's budget, not of a PPT card's resources (Sebino P25, seed 002 L6963)", () => {
    const budget = { total: null, lines: [], text: "Personale ASST e personale dell'Ambito" };
    expect(codes(checkSchedaObiettivo({ ...L, budget }))).toEqual(["budget_amount_not_stated@budget.total"]);
    expect(checkSchedaObiettivo({ ...L, form: "ppt-dgr-2089" as const, budget })).toEqual([]);
  });

  it("reports targets naming an action that does not exist, and repeated target ids", () => {
    const extra = {
      id: "A1-1",
      action: "Azione 9",
      text: "x",
      kind: "deliverable" as const,
      deliverable: "x",
    };
    expect(codes(checkSchedaObiettivo({ ...L, targets: [...(L.targets ?? []), extra] }))).toEqual([
      "unknown_action_reference@targets.5.action",
      "duplicate_target_id@targets.5.id",
    ]);
  });

  it("reports what is not a scheda even as printed, and never throws", () => {
    expect(checkSchedaObiettivo(42 as never).map((finding) => finding.code)).toEqual(["scheda_unreadable"]);
  });
});

describe("checkLepsScheda", () => {
  it("reports that Gallarate's SAD scheda names its funds without an amount (seed 000 L10708-11064)", () => {
    expect(codes(checkLepsScheda(GALLARATE_LEPS_SCHEDA_SAD))).toEqual([
      "budget_amount_not_stated@budget.total",
    ]);
  });

  it("reports a blank title of a LEPS scheda", () => {
    expect(codes(checkLepsScheda({ ...GALLARATE_LEPS_SCHEDA_SAD, title: null })).at(0)).toBe(
      "required_field_blank@title",
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPianoDiZona } from "../../src/audit/index.js";

// The Gallarate plan as JSON (docs/examples/gallarate-plan.json): the 2021-2023 evaluation, the scheda obiettivo L
// and the LEPS scheda "Incremento SAD", as printed in the Accordo di Programma e Piano di Zona 2025-2027.
const EXAMPLE = new URL("../../docs/examples/gallarate-plan.json", import.meta.url);
// The mutations reach deep into the JSON: typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Plan = Record<string, any>;
const gallarate = (): Plan => JSON.parse(readFileSync(EXAMPLE, "utf8")) as Plan;

const codes = (plan: unknown, partial = true) =>
  checkPianoDiZona(plan, { partial }).map((finding) => finding.code);

// The codes of `after` that `before` does not have, counted with their multiplicity.
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = [...before];
  return after.filter((code) => {
    const index = left.indexOf(code);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

describe("checkPianoDiZona on the Gallarate plan", () => {
  it("reports the slips of the 2021-2023 evaluation and the SAD scheda's budget without amounts, nothing else", () => {
    const findings = checkPianoDiZona(gallarate(), { partial: true });
    expect(findings).toHaveLength(15);
    expect(findings.filter((finding) => finding.path[0] === "previousEvaluation")).toHaveLength(14);
    // Objective 4 (index 3): "3/4" realised printed, 2 of 4 recomputed; its coincidence 80% is reproduced by
    // neither reading (62.50 or 83.33).
    expect(findings.find((finding) => finding.code === "realized_count_text_mismatch")).toMatchObject({
      path: ["previousEvaluation", "objectives", 3, "statedRealizedCount"],
      stated: "3/4",
      computed: "2/4",
    });
    expect(findings.find((finding) => finding.code === "coincidence_not_reproducible")?.computed).toBe(
      "62.50 | 83.33",
    );
    expect(findings.at(-1)).toMatchObject({
      code: "budget_amount_not_stated",
      path: ["lepsSchede", 0, "budget", "total"],
    });
  });

  it("as a whole plan, misses the four priority LEPS other than the SAD", () => {
    const missing = checkPianoDiZona(gallarate()).filter((f) => f.code === "priority_leps_without_scheda");
    expect(missing.map((finding) => finding.stated)).toEqual([
      "valutazione-multidimensionale-progetto-personalizzato",
      "prevenzione-allontanamento-familiare",
      "dimissioni-protette",
      "pua-integrati-uvm",
    ]);
    expect(missing.map((finding) => finding.stated)).not.toContain("incremento-sad");
  });

  it("reads amounts printed the Italian way with numbers: italian", () => {
    const plan = gallarate();
    delete plan["previousEvaluation"];
    plan["objectives"][0].budget.total = "30.000,00";
    expect(codes(plan)).toContain("scheda_unreadable");
    expect(checkPianoDiZona(plan, { partial: true, numbers: "italian" }).map((f) => f.code)).toEqual([
      "budget_amount_not_stated",
    ]);
  });
});

// One defect of each kind the audit checks, injected one at a time into the Gallarate plan: the audit reports
// exactly that defect's code, and nothing else changes.
// The third element says whether the plan is whole (coverage checks on); the fourth lists findings that go away
// with the part the defect removes.
const MUTATIONS: readonly [string, (plan: Plan) => void, boolean?, string[]?][] = [
  [
    "retired_area_used",
    (plan) => plan["objectives"][0].keyPoints.push({ area: "C", point: "Inclusione attiva" }),
  ],
  ["home_area_listed_as_transversal", (plan) => plan["objectives"][0].transversal.areas.push("I")],
  [
    "key_point_area_undeclared",
    (plan) => plan["objectives"][0].keyPoints.push({ area: "H", point: "Giovani" }),
  ],
  ["required_field_blank", (plan) => (plan["objectives"][0].title = null)],
  [
    "template_text_left",
    (plan) => (plan["objectives"][0].innovation.text = "SI/NO (se sì, indicare quali aspetti)"),
  ],
  ["premial_without_continuity", (plan) => (plan["objectives"][0].continuity = { answer: "no" })],
  ["unknown_action_reference", (plan) => (plan["objectives"][0].targets[0].action = "Azione 9")],
  ["budget_lines_exceed_total", (plan) => (plan["objectives"][0].budget.lines[0].amount = "40000")],
  [
    "target_threshold_decreasing",
    (plan) => (plan["lepsSchede"][0].indicators[0].targets[2].thresholdPercent = "60"),
  ],
  ["year_outside_period", (plan) => (plan["lepsSchede"][0].indicators[0].targets[2].year = 2028)],
  [
    "priority_leps_without_asst",
    (plan) => {
      plan["lepsSchede"][0].asstInAnalysis = { answer: "no" };
      plan["lepsSchede"][0].asstInDelivery = { answer: "no" };
    },
  ],
  ["priority_leps_without_scheda", (plan) => (plan["lepsSchede"] = []), false, ["budget_amount_not_stated"]],
  [
    "objective_code_repeated",
    (plan) => plan["objectives"].push({ ...plan["objectives"][0], title: "Altro titolo" }),
  ],
  ["objective_title_repeated", (plan) => plan["objectives"].push({ ...plan["objectives"][0], code: "M" })],
  ["approval_act_missing", (plan) => (plan["approvals"] = [])],
  [
    "grade_mismatch",
    (plan) => {
      // Objective 2 recomputes to 75% (3 of 4 actions): a stated 70% is in the same band, but not the same grade.
      plan["previousEvaluation"].objectives[1].grade = {
        text: "70% (sufficiente)",
        percent: "70",
        band: "sufficiente",
      };
    },
  ],
];

describe("checkPianoDiZona: one defect at a time", () => {
  it.each(MUTATIONS)("%s", (code, mutate, partial = true, removed = []) => {
    const before = codes(gallarate(), partial);
    const plan = gallarate();
    mutate(plan);
    const after = codes(plan, partial);
    expect(added(before, after)).toEqual([code]);
    expect(added(after, before)).toEqual(removed);
  });
});

describe("checkPianoDiZona never throws on the plan", () => {
  const hostile: unknown[] = [
    null,
    undefined,
    42,
    "piano",
    [],
    Object.create(null),
    { objectives: 5, lepsSchede: "x", period: { from: "2025" } },
    { objectives: [null, 3, [], { code: 1 }], lepsSchede: [{ leps: "nope" }], approvals: [] },
    new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    ),
    {
      get objectives(): never {
        throw new Error("getter");
      },
    },
    { previousEvaluation: { period: { from: 2021, to: 2023 }, objectives: [] } },
  ];
  it.each(hostile.map((value, index) => [index, value]))("value %i", (_, value) => {
    const findings = checkPianoDiZona(value);
    expect(Array.isArray(findings)).toBe(true);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });

  it("reports options that are not as documented as one finding, and checks nothing else", () => {
    const roman = checkPianoDiZona({}, { numbers: "roman" as never });
    expect(roman.map((finding) => [finding.code, finding.severity, finding.path])).toEqual([
      ["options_unreadable", "error", ["numbers"]],
    ]);
    expect(roman[0]?.message).toContain('"canonical", "italian"');
    const partial = checkPianoDiZona({}, { partial: "yes" as never });
    expect(partial.map((finding) => [finding.code, finding.path])).toEqual([
      ["options_unreadable", ["partial"]],
    ]);
    expect(partial[0]?.messageIt).toContain("Le opzioni del controllo non sono leggibili");
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("no");
        },
      },
    );
    expect(checkPianoDiZona({}, hostile).map((finding) => finding.code)).toEqual(["options_unreadable"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  GALLARATE_AMBITO,
  GALLARATE_EVALUATION_2021_2023,
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_SCHEDA_OBIETTIVO_L,
} from "../../src/datasets/index.js";
import { reviewPlan } from "../../src/audit/index.js";
import { renderCsv, renderHtml, renderMarkdown, reviewDocument, tableRows } from "../../src/report/index.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { codeOf, italianIn } from "./_support.js";

// The Gallarate plan as far as the datasets encode it (seed 000): the 2021-2023 evaluation, scheda L, the SAD scheda.
const PLAN = {
  title: "Piano di Zona 2025-2027",
  ambito: GALLARATE_AMBITO,
  period: { from: 2025, to: 2027 },
  approvals: [],
  previousEvaluation: GALLARATE_EVALUATION_2021_2023,
  objectives: [GALLARATE_SCHEDA_OBIETTIVO_L],
  lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
};
const review = reviewPlan(PLAN, { at: "2026-12-31", partial: true });

describe("reviewDocument", () => {
  const italian = reviewDocument(review);
  const english = reviewDocument(review, { language: "en" });

  it("summarises the review: schede, validation and findings by severity, as reviewPlan counted them", () => {
    const summary = tableRows(italian)["summary"];
    expect(summary?.map((row) => row["item"])).toEqual([
      "periodo",
      "schede obiettivo",
      "schede LEPS",
      "conforme al modello",
      "rilievi: errori",
      "rilievi: avvisi",
      "rilievi: informazioni",
    ]);
    expect(summary?.map((row) => row["value"])).toEqual([
      "2025-2027",
      "1",
      "1",
      "sì",
      ...(["error", "warning", "info"] as const).map((severity) =>
        String(review.summary.findings.bySeverity[severity]),
      ),
    ]);
    expect(tableRows(italian)["findings"]).toHaveLength(review.findings.length);
  });

  it("shows the budget of scheda L by macro-area (I, €. 30.000,00 at seed 000 L7836) and the 16 grades of 2021-2023", () => {
    const rows = tableRows(english);
    expect(rows["budget-by-area"]).toEqual([
      { area: "I. Interventions for families", amount: "30000" },
      // The SAD scheda names its funds without an amount (a finding of its own).
      { area: "E. Older people", amount: "0" },
      { area: "total", amount: "30000" },
    ]);
    expect(rows["previous-objectives"]).toHaveLength(16);
    expect(rows["previous-objectives"]?.[1]).toMatchObject({ code: "2", grade: "75", band: "sufficient" });
    // The plan grade the Gallarate plan states, 76,56% (seed 000 L2945-2946), recomputed from its 16 objectives.
    expect(renderMarkdown(english)).toContain("Plan grade: 76.56% (sufficient)");
    expect(renderMarkdown(italian)).toContain("Grado del piano: 76,56% (sufficiente)");
  });

  it("counts the targets of scheda L by status at the review's date", () => {
    const counts = Object.fromEntries(
      (tableRows(english)["targets-by-status"] ?? []).map((row) => [row["status"], row["count"]]),
    );
    const expected = review.targets[0]?.evaluation?.counts;
    expect(counts["not due"]).toBe(expected?.["not-due"]);
    expect(counts["missing data"]).toBe(expected?.["missing-data"]);
  });

  it("writes no Italian word of its own under English, and renders as HTML and CSV", () => {
    // Titles stay as the plan prints them ("Obiettivo Rete Lavoro"): they are taken out before looking.
    let shown = renderMarkdown(english);
    for (const objective of GALLARATE_EVALUATION_2021_2023.objectives)
      shown = shown.split(objective.title).join("");
    expect(italianIn(shown)).toEqual([]);
    expect(renderHtml(english)).toContain("<table");
    expect(renderCsv(italian).some((file) => file.name.startsWith("findings"))).toBe(true);
  });

  it("refuses what is not a review or a language it does not write", () => {
    expect(codeOf(() => reviewDocument({} as never))).toBe("invalid_type");
    expect(codeOf(() => reviewDocument(review, { language: "de" as never }))).toBe("invalid_language");
    for (const value of HOSTILE_VALUES) {
      const code = codeOf(() => reviewDocument(value as never));
      // A hostile value (a getter or a proxy that throws, a value containing itself) is named for what it is.
      expect([
        undefined,
        "invalid_type",
        "unreadable_field",
        "too_deeply_nested",
        "too_many_items",
      ]).toContain(code);
    }
  });
});

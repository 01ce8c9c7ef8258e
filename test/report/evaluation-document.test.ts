import { describe, expect, it } from "vitest";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import {
  evaluationDocument,
  gradeChart,
  renderHtml,
  renderMarkdown,
  renderSvg,
  tableRows,
} from "../../src/report/index.js";
import { HOSTILE } from "../evaluation/_hostile.js";
import {
  ALTO_MILANESE_EVALUATION_EXCERPT,
  BUSTO_ARSIZIO_EVALUATION_EXCERPT,
  SEBINO_EVALUATION_EXCERPT,
} from "../support/seed-excerpts.js";
import { expectCodeOrValid, italianIn } from "./_support.js";
import { PLAN_CODES } from "../evaluation/_hostile.js";

const CODES = [...PLAN_CODES, "invalid_language"];

describe("evaluationDocument", () => {
  const italian = evaluationDocument(GALLARATE_EVALUATION_2021_2023);
  const english = evaluationDocument(GALLARATE_EVALUATION_2021_2023, { language: "en" });

  it("holds the objectives, the plan's grade, the chart and the findings", () => {
    expect(italian.blocks.map((block) => block.kind)).toEqual(["table", "note", "chart", "section"]);
    const rows = tableRows(italian);
    expect(rows["objectives"]).toHaveLength(16);
    expect(rows["objectives"]?.[0]).toMatchObject({
      code: "1",
      planned: 3,
      realized: "3",
      grade: "100",
      band: "ottimo",
    });
    expect(rows["findings"]?.length).toBeGreaterThan(0);
    expect(italian.blocks[1]).toEqual({
      kind: "note",
      text: "Grado di raggiungimento del piano: 76,56% (sufficiente; media semplice degli obiettivi) — dichiarato: 76,56% (sufficiente)",
    });
  });

  it("is plain data: it survives JSON and renders the same from it", () => {
    const copy = JSON.parse(JSON.stringify(italian)) as typeof italian;
    expect(renderMarkdown(copy)).toBe(renderMarkdown(italian));
  });

  it("under English, writes no Italian word of its own: only the plan's codes and titles stay", () => {
    const titles = GALLARATE_EVALUATION_2021_2023.objectives.map((objective) => objective.title);
    const strip = (text: string): string => titles.reduce((rest, title) => rest.replaceAll(title, ""), text);
    const texts = [
      renderMarkdown(english),
      renderHtml(english),
      renderSvg(gradeChart(GALLARATE_EVALUATION_2021_2023, { language: "en" })),
    ];
    for (const text of texts) expect(italianIn(strip(text))).toEqual([]);
    expect(renderMarkdown(english)).toContain(
      "Plan achievement grade: 76.56% (sufficient; plain mean of the objectives)",
    );
    expect(renderMarkdown(english)).not.toMatch(/\d,\d\d%/);
  });

  it("keeps the Italian words of the Italian report", () => {
    expect(italianIn(renderMarkdown(italian))).toContain("sufficiente");
  });

  it("takes the title, the policy and the weighting of renderEvaluationReport", () => {
    const weighted = evaluationDocument(GALLARATE_EVALUATION_2021_2023, {
      title: "Gallarate",
      partial: "weight",
      weighting: "actions",
    });
    expect(weighted.title).toBe("Gallarate");
    expect(tableRows(weighted)["objectives"]?.[2]?.["grade"]).toBe("66");
  });

  it.each(HOSTILE)("answers %s with a document or a documented code", (_name, value) => {
    expectCodeOrValid(() => evaluationDocument(value as never), CODES);
    expectCodeOrValid(() => evaluationDocument(GALLARATE_EVALUATION_2021_2023, value as never), CODES);
    expectCodeOrValid(() => gradeChart(value as never), CODES);
    for (const key of ["language", "title", "partial", "weighting"]) {
      expectCodeOrValid(() => evaluationDocument(GALLARATE_EVALUATION_2021_2023, { [key]: value }), CODES);
    }
  });
});

describe("gradeChart", () => {
  it("has one bar per objective with its band, and the grid's thresholds", () => {
    const chart = gradeChart(GALLARATE_EVALUATION_2021_2023, { language: "en" });
    expect(chart.chart).toBe("bars");
    expect(chart.data[6]).toEqual({
      category: "E",
      series: null,
      value: "20",
      target: null,
      band: { code: "insufficiente", label: "insufficient" },
    });
    expect(chart.rules.map((rule) => rule.label)).toEqual([
      "50%: sufficient",
      "80%: good",
      "100%: excellent",
      "plan: 76.56%",
    ]);
  });
});

describe("evaluationDocument on the other grids in use", () => {
  it("shows Busto Arsizio's stated bands and the plan's mean as an interval (seed 001)", () => {
    const report = evaluationDocument(BUSTO_ARSIZIO_EVALUATION_EXCERPT);
    const rows = tableRows(report)["objectives"] ?? [];
    // L361: objective 2 printed as "80-99% (buono)": a band, no single grade, no actions.
    expect(rows[1]).toMatchObject({
      code: "2",
      planned: null,
      grade: null,
      band: "buono",
      origin: "dichiarato",
    });
    expect(renderMarkdown(report)).toContain(
      "Grado di raggiungimento del piano: tra 76,25% e 92,88% (media semplice degli obiettivi)",
    );
    // Objectives with a band only have no single grade to draw, and the plan has no single value for a rule.
    const chart = gradeChart(BUSTO_ARSIZIO_EVALUATION_EXCERPT);
    expect(chart.rules.map((rule) => rule.value)).toEqual(["50", "80", "100"]);
  });

  it("bands Alto Milanese's mean (seed 004)", () => {
    const report = renderMarkdown(evaluationDocument(ALTO_MILANESE_EVALUATION_EXCERPT, { language: "en" }));
    expect(report).toContain(
      "Plan achievement grade: between 67.78% and 77.33% (sufficient; plain mean of the objectives)",
    );
  });

  it("has no objective and no plan grade for Sebino's narrative evaluation, and quotes its verdict (seed 002)", () => {
    const report = evaluationDocument(SEBINO_EVALUATION_EXCERPT);
    expect(tableRows(report)["objectives"]).toEqual([]);
    expect(renderMarkdown(report)).toContain(
      "nessuno (nessun obiettivo ha un grado) (media semplice degli obiettivi) — dichiarato: gli obbiettivi",
    );
    expect(gradeChart(SEBINO_EVALUATION_EXCERPT).data).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { LEPS_CATALOG } from "../../src/index.js";
import {
  indicatorTrendChart,
  lepsProgressDocument,
  renderMarkdown,
  tableRows,
} from "../../src/report/index.js";
import { PROGRESS } from "./_charts.js";
import { expectCodeOrValid, HOSTILE_VALUES, italianIn } from "./_support.js";

const CODES = [
  "invalid_type",
  "required_field",
  "invalid_option",
  "invalid_count",
  "invalid_decimal",
  "number_out_of_range",
  "number_text_too_long",
  "text_too_long",
  "too_many_items",
  "unreadable_field",
  "invalid_language",
];

describe("lepsProgressDocument", () => {
  const report = lepsProgressDocument(PROGRESS, { language: "en" });

  it("counts each LEPS's indicator-years by status and lists each indicator's years", () => {
    const rows = tableRows(report);
    const sad = LEPS_CATALOG["incremento-sad"].labels.en;
    expect(rows["summary"]).toEqual([
      { leps: sad, met: 1, notMet: 1, notDue: 2, missingData: 5, notApplicable: 0 },
      expect.objectContaining({ met: 0 }),
    ]);
    expect(rows["indicators"]?.[0]).toEqual({
      leps: sad,
      indicator: expect.any(String),
      y2025: "met",
      y2026: "not met",
      y2027: "missing data",
    });
  });

  it("draws a trend for each LEPS with observed values", () => {
    const charts = report.blocks.filter((block) => block.kind === "chart");
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ id: "trend-incremento-sad", chart: "trend", valueType: "percent" });
  });

  it("under English, writes no Italian word", () => {
    expect(italianIn(renderMarkdown(report))).toEqual([]);
  });

  it.each(HOSTILE_VALUES)("answers %s with a document or a documented code", (_name, value) => {
    expectCodeOrValid(() => lepsProgressDocument(value as never), CODES);
    expectCodeOrValid(() => lepsProgressDocument(PROGRESS, value as never), CODES);
    expectCodeOrValid(() => lepsProgressDocument({ ...PROGRESS, byLeps: [value] } as never), CODES);
    expectCodeOrValid(() => indicatorTrendChart(value as never), CODES);
  });
});

describe("indicatorTrendChart", () => {
  it("draws the values against the targets, year by year", () => {
    const result = PROGRESS.byLeps[0]?.indicators[0];
    const chart = indicatorTrendChart(result as never);
    expect(chart.data.map((datum) => [datum.category, datum.value, datum.target])).toEqual([
      ["2025", "55", "50"],
      ["2026", "70", "75"],
      ["2027", null, "100"],
    ]);
  });
});

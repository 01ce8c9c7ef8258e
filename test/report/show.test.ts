import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { demographicProfile } from "../../src/index.js";
import {
  ALTO_MILANESE_FUNDS_2022_2024,
  GALLARATE_EVALUATION_2021_2023,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
} from "../../src/datasets/index.js";
import { Display, show } from "../../src/report/index.js";
import { allCharts, PROGRESS } from "./_charts.js";
import { codeOf, HOSTILE_VALUES, SAMPLE } from "./_support.js";

const display = (value: unknown): Record<string, unknown> =>
  (show(value) as unknown as Record<symbol, () => Record<string, unknown>>)[
    Symbol.for("Jupyter.display")
  ]?.() ?? {};

describe("show", () => {
  it("displays documents as Markdown and HTML", () => {
    expect(Object.keys(display(SAMPLE))).toEqual(["text/plain", "text/markdown", "text/html"]);
    expect(display(SAMPLE)["text/html"]).toMatch(/^<div class="pdz-report" lang="it">/);
  });

  it("displays pyramids and bars as Vega-Lite and SVG, other charts as Vega-Lite", () => {
    const charts = new Map(allCharts("it"));
    const [pyramid, grades, funds] = ["Sebino pyramid", "grades", "funds"].map((name) => charts.get(name));
    for (const chart of [pyramid, grades]) {
      expect(Object.keys(display(chart))).toEqual([
        "text/plain",
        "application/vnd.vegalite.v5+json",
        "image/svg+xml",
      ]);
    }
    expect(Object.keys(display(funds))).toEqual(["text/plain", "application/vnd.vegalite.v5+json"]);
  });

  it("builds the report of the library's results", () => {
    for (const value of [
      GALLARATE_EVALUATION_2021_2023,
      SEBINO_AMBITO_AGE_STRUCTURE_2024,
      demographicProfile(SEBINO_AMBITO_AGE_STRUCTURE_2024),
      ALTO_MILANESE_FUNDS_2022_2024,
      PROGRESS,
      (SAMPLE.blocks[1] as { readonly blocks: readonly unknown[] }).blocks[0],
    ]) {
      expect(Object.keys(display(value))).toEqual(["text/plain", "text/markdown", "text/html"]);
    }
    expect(String(show(GALLARATE_EVALUATION_2021_2023, { language: "en" }))).toMatch(/^# Ex-post evaluation/);
  });

  it("prints its plain text in Node's console and its bundle in JSON", () => {
    const shown = show(SEBINO_AMBITO_AGE_STRUCTURE_2024);
    expect(shown).toBeInstanceOf(Display);
    expect(inspect(shown)).toBe(String(shown));
    expect(JSON.parse(JSON.stringify(shown))).toEqual(shown.bundle);
    expect(Object.isFrozen(shown.bundle)).toBe(true);
  });

  it("refuses what it cannot display", () => {
    expect(codeOf(() => show(42))).toBe("not_displayable");
    expect(codeOf(() => show({ foo: 1 }))).toBe("not_displayable");
    expect(codeOf(() => show(SAMPLE, { language: "de" } as never))).toBe("invalid_language");
  });

  it.each(HOSTILE_VALUES)("answers %s with a display or a PdzError", (_name, value) => {
    expect(codeOf(() => show(value)) ?? "displayed").not.toMatch(/^not a PdzError/);
    expect(codeOf(() => show(SAMPLE, value as never)) ?? "displayed").not.toMatch(/^not a PdzError/);
  });
});

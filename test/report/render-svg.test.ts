import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/report/index.js";
import { allCharts } from "./_charts.js";
import { codeOf, DOCUMENT_CODES, expectCodeOrValid, HOSTILE_VALUES, parseXml, SAMPLE } from "./_support.js";

const drawable = (language: "it" | "en") =>
  allCharts(language).filter(([, chart]) => chart.chart === "pyramid" || chart.chart === "bars");

describe("renderSvg", () => {
  it.each([...drawable("it"), ...drawable("en")])("draws well-formed, accessible SVG: %s", (_name, chart) => {
    const svg = renderSvg(chart);
    const document = parseXml(svg);
    const root = document.documentElement;
    expect(root?.nodeName).toBe("svg");
    expect(root?.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root?.getAttribute("role")).toBe("img");
    const title = document.getElementsByTagName("title")[0];
    const desc = document.getElementsByTagName("desc")[0];
    expect(title?.textContent).toBe(chart.title);
    expect(desc?.textContent).toBe(chart.description);
    expect(root?.getAttribute("aria-labelledby")).toBe(
      `${title?.getAttribute("id") ?? ""} ${desc?.getAttribute("id") ?? ""}`,
    );
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).not.toMatch(/<script|href=|url\(/i);
  });

  it("writes Sebino's pyramid with Italian numbers, oldest band on top", () => {
    const svg = renderSvg(allCharts("it")[0]?.[1] as never);
    expect(svg).toContain(">6.800<");
    expect(svg).toContain(">Maschi<");
    expect(svg.indexOf(">65+<")).toBeLessThan(svg.indexOf(">0-14<"));
    expect(svg).toContain("<title>Femmine, 65+: 6.800</title>");
    const english = renderSvg(allCharts("en")[0]?.[1] as never);
    expect(english).toContain(">6,800<");
    expect(english).toContain(">Females<");
  });

  it("draws the grades with the grid's thresholds and the plan's grade", () => {
    const svg = renderSvg(allCharts("it")[4]?.[1] as never);
    expect(svg).toContain(">75,00%<");
    expect(svg).toContain(">80%: buono<");
    expect(svg).toContain(">piano: 76,56%<");
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(4);
  });

  it("escapes every text and drops what XML cannot hold", () => {
    const chart = {
      ...(SAMPLE.blocks[2] as object),
      title: 'A <b>"title"</b> & \u0001 \uD800 more',
      categories: ["<x>", "B"],
      data: [{ category: "<x>", series: null, value: "1", target: null, band: { code: "a", label: "<&>" } }],
    };
    const svg = renderSvg(chart as never);
    expect(() => parseXml(svg)).not.toThrow();
    expect(parseXml(svg).getElementsByTagName("title")[0]?.textContent).toBe('A <b>"title"</b> &   more');
  });

  it("draws only pyramids and bars", () => {
    const funds = allCharts("it").find(([name]) => name === "funds")?.[1];
    expect(codeOf(() => renderSvg(funds as never))).toBe("svg_not_available");
  });

  it.each(HOSTILE_VALUES)("answers %s with SVG or a documented code", (_name, value) => {
    expectCodeOrValid(() => renderSvg(value as never), DOCUMENT_CODES);
    const chart = SAMPLE.blocks[2] as never as Record<string, unknown>;
    for (const key of ["title", "categories", "series", "data", "rules"]) {
      expectCodeOrValid(
        () => renderSvg({ ...chart, [key]: value } as never),
        [...DOCUMENT_CODES, "svg_not_available"],
      );
    }
  });
});

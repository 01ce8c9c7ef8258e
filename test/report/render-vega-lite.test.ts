import { beforeAll, describe, expect, it } from "vitest";
import { renderVegaLite } from "../../src/report/index.js";
import { allCharts } from "./_charts.js";
import {
  codeOf,
  DOCUMENT_CODES,
  expectCodeOrValid,
  HOSTILE_VALUES,
  SAMPLE,
  validateVegaLite,
} from "./_support.js";

describe("renderVegaLite", () => {
  // Compiling Vega-Lite's JSON Schema takes seconds: once, before the tests.
  beforeAll(() => {
    validateVegaLite({});
  }, 120_000);

  it.each([...allCharts("it"), ...allCharts("en")])(
    "writes a valid Vega-Lite v5 spec: %s",
    (_name, chart) => {
      const spec = renderVegaLite(chart);
      const { valid, errors } = validateVegaLite(spec);
      expect(errors).toBeNull();
      expect(valid).toBe(true);
      expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
      expect(spec.title).toBe(chart.title);
      expect(spec.description).toBe(chart.description);
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    },
  );

  it("puts the data inline, numbers as numbers", () => {
    const [, pyramid] = allCharts("it")[0] ?? [];
    const spec = renderVegaLite(pyramid as never) as unknown as { data: { values: unknown[] } };
    expect(spec.data.values[5]).toEqual({
      category: "65+",
      series: "Femmine",
      value: 6800,
      target: null,
      band: null,
    });
  });

  it("formats axes in the chart's language", () => {
    const charts = allCharts("it");
    const italian = renderVegaLite(charts[4]?.[1] as never) as unknown as {
      config: { locale: { number: unknown } };
    };
    expect(italian.config.locale.number).toEqual({
      decimal: ",",
      thousands: ".",
      grouping: [3],
      currency: ["", "\u00a0€"],
    });
    const english = renderVegaLite(allCharts("en")[4]?.[1] as never) as unknown as {
      config: { locale: { number: unknown } };
    };
    expect(english.config.locale.number).toEqual({
      decimal: ".",
      thousands: ",",
      grouping: [3],
      currency: ["€", ""],
    });
  });

  it("colours grades by band, in the order of the grid", () => {
    const spec = renderVegaLite(allCharts("en")[4]?.[1] as never) as unknown as {
      layer: { encoding?: { color?: { scale: { domain: string[] } } } }[];
    };
    expect(spec.layer[0]?.encoding?.color?.scale.domain).toEqual([
      "excellent",
      "good",
      "sufficient",
      "insufficient",
    ]);
  });

  it("refuses a chart of the wrong shape", () => {
    const chart = SAMPLE.blocks[2] as never as Record<string, unknown>;
    expect(codeOf(() => renderVegaLite({ ...chart, chart: "pie" } as never))).toBe("invalid_option");
    expect(codeOf(() => renderVegaLite({ ...chart, chart: "pyramid" } as never))).toBe("invalid_chart");
    expect(
      codeOf(() =>
        renderVegaLite({ ...chart, data: [{ category: "Z", series: null, value: "1" }] } as never),
      ),
    ).toBe("invalid_chart");
    expect(
      codeOf(() => renderVegaLite({ ...chart, data: [{ category: "A", series: "s", value: "1" }] } as never)),
    ).toBe("invalid_chart");
  });

  it.each(HOSTILE_VALUES)("answers %s with a spec or a documented code", (_name, value) => {
    expectCodeOrValid(() => renderVegaLite(value as never), DOCUMENT_CODES);
    const chart = SAMPLE.blocks[2] as never as Record<string, unknown>;
    for (const key of ["categories", "data", "rules", "axes", "language", "valueType"]) {
      expectCodeOrValid(() => renderVegaLite({ ...chart, [key]: value } as never), DOCUMENT_CODES);
    }
  });
});

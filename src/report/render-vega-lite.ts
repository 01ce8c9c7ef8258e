import type { Decimal } from "../core/decimal.js";
import { readChartAlone, type Chart } from "./_read-document.js";
import type { ReportChart } from "./document.js";
import { bandRank } from "./render-svg.js";

/**
 * A Vega-Lite v5 specification as plain JSON: display it with the MIME type
 * `application/vnd.vegalite.v5+json` (Jupyter, VS Code) or pass it to `vega-embed`.
 * @category Report
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly title: string;
  readonly description: string;
  readonly data: { readonly values: readonly Readonly<Record<string, unknown>>[] };
  readonly [key: string]: unknown;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

// How d3-format writes numbers in each language: Vega-Lite's `config.locale.number`.
const LOCALES = {
  it: { decimal: ",", thousands: ".", grouping: [3], currency: ["", "\u00a0€"] },
  en: { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""] },
} as const;

const FORMATS = { count: ",.0f", euro: "$,.2f", percent: ",.2f", index: ",.2f" } as const;

const BAND_COLORS: Readonly<Record<string, string>> = {
  ottimo: "#1b7837",
  buono: "#7fbf7b",
  sufficiente: "#e0c060",
  insufficiente: "#d6604d",
  nullo: "#b2182b",
};
const PALETTE = ["#4477aa", "#cc6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb"];

const toNumber = (value: Decimal | null): number | null => (value === null ? null : value.toNumber());

function values(chart: Chart): Record<string, unknown>[] {
  return chart.data.map((datum) => ({
    category: datum.category,
    series: datum.series,
    value: toNumber(datum.value),
    target: toNumber(datum.target),
    band: datum.band?.label ?? null,
  }));
}

function valueAxis(chart: Chart): Record<string, unknown> {
  const axis: Record<string, unknown> = { title: chart.axes.value, format: FORMATS[chart.valueType] };
  return axis;
}

function tooltip(chart: Chart): Record<string, unknown>[] {
  const fields: Record<string, unknown>[] = [
    { field: "category", type: "nominal", title: chart.axes.category },
  ];
  if (chart.series.length > 0)
    fields.push({ field: "series", type: "nominal", title: chart.axes.series ?? "" });
  fields.push({
    field: "value",
    type: "quantitative",
    title: chart.axes.value,
    format: FORMATS[chart.valueType],
  });
  return fields;
}

function pyramid(chart: Chart): Record<string, unknown> {
  const [left = "", right = ""] = chart.series;
  const order = [...chart.categories].reverse();
  // One scale for both sides, so that the two halves compare.
  let maximum = 0;
  for (const datum of chart.data) maximum = Math.max(maximum, datum.value?.toNumber() ?? 0);
  const side = (series: string, reverse: boolean, color: string): Record<string, unknown> => ({
    title: series,
    transform: [{ filter: { field: "series", equal: series } }],
    mark: { type: "bar", color },
    encoding: {
      y: { field: "category", type: "ordinal", sort: order, axis: null },
      x: {
        field: "value",
        type: "quantitative",
        scale: { reverse, domain: [0, maximum] },
        axis: valueAxis(chart),
      },
      tooltip: tooltip(chart),
    },
  });
  return {
    spacing: 0,
    hconcat: [
      side(left, true, PALETTE[0] ?? "#4477aa"),
      {
        width: 60,
        view: { stroke: null },
        transform: [{ filter: { field: "series", equal: left } }],
        mark: { type: "text", align: "center" },
        encoding: {
          y: { field: "category", type: "ordinal", sort: order, axis: null },
          text: { field: "category", type: "nominal" },
        },
      },
      side(right, false, PALETTE[1] ?? "#cc6677"),
    ],
  };
}

function bandScale(chart: Chart): Record<string, unknown> {
  const bands = new Map<string, string>();
  for (const datum of chart.data) if (datum.band !== null) bands.set(datum.band.code, datum.band.label);
  const ordered = [...bands].sort((a, b) => bandRank(a[0]) - bandRank(b[0]));
  return {
    domain: ordered.map(([, label]) => label),
    range: ordered.map(([code], index) => BAND_COLORS[code] ?? PALETTE[index % PALETTE.length] ?? "#4477aa"),
  };
}

function bars(chart: Chart): Record<string, unknown> {
  const withBands = chart.data.some((datum) => datum.band !== null);
  const bar: Record<string, unknown> = {
    mark: { type: "bar", ...(withBands ? {} : { color: PALETTE[0] }) },
    encoding: {
      y: { field: "category", type: "nominal", sort: chart.categories, title: chart.axes.category },
      x: { field: "value", type: "quantitative", axis: valueAxis(chart) },
      ...(withBands
        ? { color: { field: "band", type: "nominal", title: null, scale: bandScale(chart) } }
        : {}),
      tooltip: withBands ? [...tooltip(chart), { field: "band", type: "nominal" }] : tooltip(chart),
    },
  };
  if (chart.rules.length === 0) return bar;
  return {
    layer: [
      bar,
      {
        data: { values: chart.rules.map((rule) => ({ value: rule.value.toNumber(), label: rule.label })) },
        layer: [
          {
            mark: { type: "rule", strokeDash: [4, 3], color: "#333333" },
            encoding: { x: { field: "value", type: "quantitative" } },
          },
          {
            mark: { type: "text", align: "left", dx: 3, dy: -6, baseline: "bottom", fontSize: 10 },
            encoding: {
              x: { field: "value", type: "quantitative" },
              y: { value: 0 },
              text: { field: "label" },
            },
          },
        ],
      },
    ],
  };
}

function seriesColor(chart: Chart): Record<string, unknown> {
  return {
    field: "series",
    type: "nominal",
    title: chart.axes.series,
    sort: chart.series,
    scale: { domain: chart.series, range: chart.series.map((_, index) => PALETTE[index % PALETTE.length]) },
  };
}

function stacked(chart: Chart, grouped: boolean): Record<string, unknown> {
  return {
    mark: { type: "bar" },
    encoding: {
      x: { field: "category", type: "nominal", sort: chart.categories, title: chart.axes.category },
      y: {
        field: "value",
        type: "quantitative",
        axis: valueAxis(chart),
        ...(grouped ? {} : { stack: "zero" }),
      },
      color: seriesColor(chart),
      ...(grouped ? { xOffset: { field: "series", type: "nominal", sort: chart.series } } : {}),
      tooltip: tooltip(chart),
    },
  };
}

function trend(chart: Chart): Record<string, unknown> {
  const x = { field: "category", type: "ordinal", sort: chart.categories, title: chart.axes.category };
  return {
    layer: [
      {
        mark: { type: "line", point: true },
        encoding: {
          x,
          y: { field: "value", type: "quantitative", axis: valueAxis(chart) },
          color: seriesColor(chart),
          tooltip: [
            ...tooltip(chart),
            { field: "target", type: "quantitative", format: FORMATS[chart.valueType] },
          ],
        },
      },
      {
        mark: { type: "line", strokeDash: [4, 3], point: { shape: "diamond", filled: false } },
        encoding: {
          x,
          y: { field: "target", type: "quantitative" },
          color: seriesColor(chart),
        },
      },
    ],
  };
}

/** The specification of a chart already read. @internal */
export function vegaLiteOf(chart: Chart): VegaLiteSpec {
  const body =
    chart.chart === "pyramid"
      ? pyramid(chart)
      : chart.chart === "bars"
        ? bars(chart)
        : chart.chart === "trend"
          ? trend(chart)
          : stacked(chart, chart.chart === "grouped-bars");
  const spec: VegaLiteSpec = {
    $schema: SCHEMA,
    title: chart.title,
    description: chart.description,
    data: { values: values(chart) },
    ...body,
    config: { locale: { number: LOCALES[chart.language] }, font: "sans-serif" },
  };
  return spec;
}

/**
 * Writes a chart as a Vega-Lite v5 specification, data inline: a population pyramid (two bar charts back to back
 * around the age bands), bars coloured by band with dashed reference lines, stacked or grouped bars by series, or
 * lines of values per year with their targets dashed. Axes are formatted in the chart's language through
 * `config.locale` (`1.234,56 €` in Italian). Plain JSON out: display it in a notebook with the MIME type
 * `application/vnd.vegalite.v5+json`, or pass it to `vega-embed`. Pure.
 *
 * @param chart - a {@link ReportChart} (any value is read and checked)
 * @throws `PdzError` the errors of a chart of the wrong shape (see {@link renderMarkdown})
 * @example
 * ```ts
 * import { pyramidChart, renderVegaLite } from "piano-di-zona/report";
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const spec = renderVegaLite(pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024));
 * spec.$schema //=> "https://vega.github.io/schema/vega-lite/v5.json"
 * spec.data.values.length //=> 6
 * ```
 * @category Report
 */
export function renderVegaLite(chart: ReportChart): VegaLiteSpec {
  return vegaLiteOf(readChartAlone(chart));
}

import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import * as M from "../core/messages/report.js";
import { displayNumber, escapeMarkup } from "./_cells.js";
import { readChartAlone, type Chart } from "./_read-document.js";
import type { ReportChart } from "./document.js";

const WIDTH = 720;
const FONT = 12;
/** Average width of a character of the font, for the layout (no font metrics are available to pure code). */
const CHAR = 6.6;
const COLORS = ["#4477aa", "#cc6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb"];
/** Colours of the bands of the evaluation grid, by code; other bands take the palette in order. */
const BAND_COLORS: Readonly<Record<string, string>> = {
  ottimo: "#1b7837",
  buono: "#7fbf7b",
  sufficiente: "#e0c060",
  insufficiente: "#d6604d",
  nullo: "#b2182b",
};

/** Known bands first, best first; others after, in the order they come. @internal */
export const bandRank = (code: string): number => {
  const rank = ["ottimo", "buono", "sufficiente", "insufficiente", "nullo"].indexOf(code);
  return rank < 0 ? 99 : rank;
};

const px = (value: number): string => String(Math.round(value * 10) / 10);

function shorten(text: string, length: number): string {
  const characters = Array.from(text.length > 4 * length ? text.slice(0, 4 * length) : text);
  return characters.length <= length ? characters.join("") : `${characters.slice(0, length - 1).join("")}…`;
}

const textWidth = (text: string): number => text.length * CHAR;

function header(chart: Chart, height: number): string[] {
  const id = `pdz-${chart.id}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(WIDTH)}" height="${px(height)}" ` +
      `viewBox="0 0 ${px(WIDTH)} ${px(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `font-family="sans-serif" font-size="${String(FONT)}">`,
    `<title id="${id}-title">${escapeMarkup(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(chart.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${px(WIDTH / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="bold">` +
      `${escapeMarkup(shorten(chart.title, 100))}</text>`,
  ];
}

const decimalsOf = (chart: Chart): number => (chart.valueType === "count" ? 0 : 2);

function label(chart: Chart, value: Decimal | number): string {
  return displayNumber(chart.language, chart.valueType, value, decimalsOf(chart));
}

// A scale whose maximum is a round number at or above the largest value: 1, 2 or 5 times a power of ten.
function niceMaximum(maximum: number): number {
  if (!(maximum > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(maximum));
  for (const step of [1, 2, 5, 10]) if (step * power >= maximum) return step * power;
  return 10 * power;
}

function pyramid(chart: Chart): string {
  const [left = "", right = ""] = chart.series;
  const values = new Map<string, number>();
  let maximum = 0;
  for (const datum of chart.data) {
    const value = datum.value === null ? 0 : Math.max(0, datum.value.toNumber());
    const key = `${datum.series === right ? "r" : "l"}\u0000${datum.category}`;
    values.set(key, value);
    if (value > maximum) maximum = value;
  }
  const top = 62;
  const rows = chart.categories.length;
  const rowHeight = rows <= 25 ? 22 : Math.max(4, Math.min(22, Math.floor(600 / Math.max(1, rows))));
  const showValues = rowHeight >= 16;
  const labelEvery = rowHeight >= 12 ? 1 : Math.ceil(12 / rowHeight);
  const height = top + rows * rowHeight + 48;
  const center = WIDTH / 2;
  const gap = 40;
  const half = center - gap - 20;
  const scale = niceMaximum(maximum);
  const widthOf = (value: number): number => (value / scale) * (half - (showValues ? 60 : 0));
  const out = header(chart, height);
  out.push(
    `<text x="${px(center - gap)}" y="48" text-anchor="end" font-weight="bold" fill="${COLORS[0]}">${escapeMarkup(shorten(left, 40))}</text>`,
    `<text x="${px(center + gap)}" y="48" font-weight="bold" fill="${COLORS[1]}">${escapeMarkup(shorten(right, 40))}</text>`,
  );
  // The oldest band on top.
  for (let row = 0; row < rows; row++) {
    const category = chart.categories[rows - 1 - row] ?? "";
    const y = top + row * rowHeight;
    const barHeight = Math.max(1, rowHeight - 2);
    const middle = y + rowHeight / 2 + FONT / 2 - 2;
    const l = values.get(`l\u0000${category}`) ?? 0;
    const r = values.get(`r\u0000${category}`) ?? 0;
    const lw = widthOf(l);
    const rw = widthOf(r);
    out.push(
      `<rect x="${px(center - gap - lw)}" y="${px(y)}" width="${px(lw)}" height="${px(barHeight)}" fill="${COLORS[0]}"><title>${escapeMarkup(`${left}, ${category}: ${label(chart, l)}`)}</title></rect>`,
      `<rect x="${px(center + gap)}" y="${px(y)}" width="${px(rw)}" height="${px(barHeight)}" fill="${COLORS[1]}"><title>${escapeMarkup(`${right}, ${category}: ${label(chart, r)}`)}</title></rect>`,
    );
    if ((rows - 1 - row) % labelEvery === 0) {
      out.push(
        `<text x="${px(center)}" y="${px(middle)}" text-anchor="middle">${escapeMarkup(shorten(category, 10))}</text>`,
      );
    }
    if (showValues) {
      out.push(
        `<text x="${px(center - gap - lw - 4)}" y="${px(middle)}" text-anchor="end">${escapeMarkup(label(chart, l))}</text>`,
        `<text x="${px(center + gap + rw + 4)}" y="${px(middle)}">${escapeMarkup(label(chart, r))}</text>`,
      );
    }
  }
  // The value axis under each side: 0, half and the whole of the scale.
  const axisY = top + rows * rowHeight + 4;
  out.push(
    `<line x1="${px(center - gap - widthOf(scale))}" y1="${px(axisY)}" x2="${px(center - gap)}" y2="${px(axisY)}" stroke="#666666"/>`,
    `<line x1="${px(center + gap)}" y1="${px(axisY)}" x2="${px(center + gap + widthOf(scale))}" y2="${px(axisY)}" stroke="#666666"/>`,
  );
  for (const fraction of [0, 0.5, 1]) {
    const tick = label(chart, scale * fraction);
    for (const side of [-1, 1]) {
      const x = center + side * (gap + widthOf(scale * fraction));
      out.push(
        `<line x1="${px(x)}" y1="${px(axisY)}" x2="${px(x)}" y2="${px(axisY + 4)}" stroke="#666666"/>`,
        `<text x="${px(x)}" y="${px(axisY + 18)}" text-anchor="middle" font-size="11">${escapeMarkup(tick)}</text>`,
      );
    }
  }
  out.push(
    `<text x="${px(center)}" y="${px(axisY + 38)}" text-anchor="middle" font-size="11">${escapeMarkup(shorten(chart.axes.value, 80))}</text>`,
    "</svg>",
  );
  return out.join("\n");
}

function bars(chart: Chart): string {
  const values = new Map<string, { value: number; band: { code: string; label: string } | null }>();
  let maximum = 0;
  let minimum = 0;
  for (const datum of chart.data) {
    const value = datum.value === null ? 0 : datum.value.toNumber();
    values.set(datum.category, { value, band: datum.band });
    maximum = Math.max(maximum, value);
    minimum = Math.min(minimum, value);
  }
  for (const rule of chart.rules) maximum = Math.max(maximum, rule.value.toNumber());
  const bandColors = new Map<string, string>();
  for (const datum of chart.data) {
    if (datum.band !== null && !bandColors.has(datum.band.code)) {
      bandColors.set(
        datum.band.code,
        BAND_COLORS[datum.band.code] ?? COLORS[bandColors.size % COLORS.length] ?? "#4477aa",
      );
    }
  }
  const categories = chart.categories.map((category) => shorten(category, 32));
  const labelWidth = Math.min(230, 12 + Math.max(0, ...categories.slice(0, 1000).map(textWidth)));
  const top = 70;
  const rowHeight = chart.categories.length <= 40 ? 24 : 12;
  const plotLeft = labelWidth + 8;
  const plotWidth = WIDTH - plotLeft - 90;
  const scale = niceMaximum(maximum - minimum);
  const x = (value: number): number => plotLeft + ((value - minimum) / scale) * plotWidth;
  const legend = [...bandColors].sort((a, b) => bandRank(a[0]) - bandRank(b[0]));
  const height = top + chart.categories.length * rowHeight + 46 + (legend.length > 0 ? 22 : 0);
  const out = header(chart, height);
  chart.categories.forEach((category, row) => {
    const entry = values.get(category) ?? { value: 0, band: null };
    const y = top + row * rowHeight;
    const from = x(Math.min(0, entry.value));
    const width = Math.abs(x(entry.value) - x(0));
    const fill =
      entry.band === null ? (COLORS[0] ?? "#4477aa") : (bandColors.get(entry.band.code) ?? "#4477aa");
    const middle = y + rowHeight / 2 + FONT / 2 - 2;
    const text = label(chart, entry.value);
    const described = entry.band === null ? text : `${text} (${entry.band.label})`;
    out.push(
      `<text x="${px(plotLeft - 6)}" y="${px(middle)}" text-anchor="end">${escapeMarkup(categories[row] ?? "")}</text>`,
      `<rect x="${px(from)}" y="${px(y + 2)}" width="${px(width)}" height="${px(rowHeight - 4)}" fill="${fill}"><title>${escapeMarkup(`${category}: ${described}`)}</title></rect>`,
      `<text x="${px(Math.max(x(entry.value), x(0)) + 4)}" y="${px(middle)}" font-size="11">${escapeMarkup(text)}</text>`,
    );
  });
  const bottom = top + chart.categories.length * rowHeight;
  out.push(
    `<line x1="${px(x(0))}" y1="${px(top - 4)}" x2="${px(x(0))}" y2="${px(bottom)}" stroke="#666666"/>`,
  );
  // Each label of a reference line goes on the lowest of three rows where it overlaps no other.
  const ends = [-Infinity, -Infinity, -Infinity];
  const placed = chart.rules
    .map((rule) => ({ at: x(rule.value.toNumber()), text: shorten(rule.label, 30) }))
    .sort((a, b) => a.at - b.at);
  for (const { at, text } of placed) {
    const half = (text.length * CHAR * 10) / FONT / 2;
    let row = ends.findIndex((end) => end < at - half - 4);
    if (row < 0) row = ends.indexOf(Math.min(...ends));
    ends[row] = at + half;
    out.push(
      `<line x1="${px(at)}" y1="${px(top - 4)}" x2="${px(at)}" y2="${px(bottom)}" stroke="#333333" stroke-dasharray="4 3"/>`,
      `<text x="${px(at)}" y="${px(top - 8 - row * 12)}" text-anchor="middle" font-size="10">${escapeMarkup(text)}</text>`,
    );
  }
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const value = minimum + scale * fraction;
    out.push(
      `<text x="${px(x(value))}" y="${px(bottom + 16)}" text-anchor="middle" font-size="10">${escapeMarkup(label(chart, value))}</text>`,
    );
  }
  out.push(
    `<text x="${px(plotLeft + plotWidth / 2)}" y="${px(bottom + 34)}" text-anchor="middle" font-size="11">${escapeMarkup(shorten(chart.axes.value, 80))}</text>`,
  );
  let legendX = plotLeft;
  for (const [code, color] of legend) {
    const name = shorten(chart.data.find((datum) => datum.band?.code === code)?.band?.label ?? code, 24);
    out.push(
      `<rect x="${px(legendX)}" y="${px(bottom + 44)}" width="12" height="12" fill="${color}"/>`,
      `<text x="${px(legendX + 16)}" y="${px(bottom + 54)}" font-size="11">${escapeMarkup(name)}</text>`,
    );
    legendX += 28 + textWidth(name);
  }
  out.push("</svg>");
  return out.join("\n");
}

/** The SVG of a chart already read. @internal */
export function svgOf(chart: Chart): string {
  if (chart.chart === "pyramid") return pyramid(chart);
  if (chart.chart === "bars") return bars(chart);
  throw pdzError(M.svg_not_available, { chart: chart.chart }, ["chart"]);
}

/** True for the charts {@link renderSvg} draws. @internal */
export const hasSvg = (chart: Chart): boolean => chart.chart === "pyramid" || chart.chart === "bars";

/**
 * Draws a chart as a standalone SVG image, with no dependency and no external resource: a population pyramid (two
 * series by age band, the oldest on top) or a bar chart (one bar per category, coloured by band, with reference
 * lines such as the thresholds of the evaluation grid). The image carries its title and description as `<title>`
 * and `<desc>` (referenced by `aria-labelledby`), each bar a `<title>` with its value, numbers written in the
 * chart's language (`12.504`, `76,56%` in Italian). Every text is escaped: the result is well-formed XML. Pure: a
 * string out.
 *
 * @param chart - a {@link ReportChart} of kind `"pyramid"` or `"bars"` (any value is read and checked)
 * @throws `PdzError` `svg_not_available` for another kind of chart; the errors of a chart
 *   of the wrong shape (see {@link renderMarkdown})
 * @example
 * ```ts
 * import { pyramidChart, renderSvg } from "piano-di-zona/report";
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const svg = renderSvg(pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024));
 * svg.startsWith("<svg") //=> true
 * svg.includes("<title id=\"pdz-pyramid-title\">Piramide dell&#39;età al 1° gennaio 2024</title>") //=> true
 * svg.includes(">6.800<") //=> true
 * ```
 * @category Report
 */
export function renderSvg(chart: ReportChart): string {
  return svgOf(readChartAlone(chart));
}

// A chart's data as a table: what Markdown, HTML without a drawing, and screen readers show of it.
import type { Language } from "../core/labels.js";
import type { Cell, Chart, Column, Table } from "./_read-document.js";

const WORDS = {
  it: { series: "Serie", target: "Target", band: "Fascia" },
  en: { series: "Series", target: "Target", band: "Band" },
} as const;

/** The data of a chart as a table: category, series, value, target and band (the last three when present). @internal */
export function chartTable(chart: Chart, language: Language): Table {
  const words = WORDS[language];
  const decimals = chart.valueType === "count" ? 0 : 2;
  const hasSeries = chart.data.some((datum) => datum.series !== null);
  const hasTarget = chart.data.some((datum) => datum.target !== null);
  const hasBand = chart.data.some((datum) => datum.band !== null);
  const columns: Column[] = [{ key: "category", header: chart.axes.category, type: "text", decimals: 0 }];
  if (hasSeries)
    columns.push({ key: "series", header: chart.axes.series ?? words.series, type: "text", decimals: 0 });
  columns.push({ key: "value", header: chart.axes.value, type: chart.valueType, decimals });
  if (hasTarget) columns.push({ key: "target", header: words.target, type: chart.valueType, decimals });
  if (hasBand) columns.push({ key: "band", header: words.band, type: "band", decimals: 0 });
  const rows = chart.data.map((datum) => {
    const row: Cell[] = [datum.category];
    if (hasSeries) row.push(datum.series);
    row.push(datum.value);
    if (hasTarget) row.push(datum.target);
    if (hasBand) row.push(datum.band);
    return row;
  });
  return { kind: "table", id: chart.id, title: chart.title, columns, rows, notes: [] };
}

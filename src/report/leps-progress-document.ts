import { LEPS_CATALOG, LEPS_IDS, type LepsId } from "../catalog/leps.js";
import type { Decimal } from "../core/decimal.js";
import { readDecimal } from "../core/decimal-input.js";
import type { ErrorPath } from "../core/error.js";
import type { Language } from "../core/labels.js";
import {
  ownField,
  readCount,
  readList,
  readOption,
  readOptions,
  readRecord,
  readText,
  requiredField,
} from "../core/read-input.js";
import type { IndicatorResult } from "../monitoring/evaluate-indicator.js";
import type { LepsProgress } from "../monitoring/evaluate-leps-progress.js";
import {
  INDICATOR_STATUS_CATALOG,
  INDICATOR_STATUSES,
  type IndicatorStatus,
} from "../monitoring/indicator-status.js";
import { canonical } from "./_cells.js";
import { MAX_TEXT, readLanguage } from "./_read-document.js";
import type {
  ChartDatum,
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportColumn,
  ReportDocument,
} from "./document.js";

/**
 * Options of {@link lepsProgressDocument} and {@link indicatorTrendChart}.
 * @category Report
 */
export interface LepsProgressDocumentOptions {
  /** Language of every word and number (default `"it"`). */
  readonly language?: Language;
  /** A title (default "Monitoraggio dei LEPS" / "Monitoring of the LEPS"). */
  readonly title?: string;
}

const WORDS = {
  it: {
    title: "Monitoraggio dei LEPS",
    summary: "Esiti per LEPS (indicatore × anno)",
    indicators: "Esiti per indicatore",
    leps: "LEPS",
    indicator: "Indicatore",
    year: "Anno",
    value: "Valore (%)",
    count: "Valore",
    trendTitle: (name: string) => `${name}: andamento rispetto ai target`,
    trend: (series: number, years: string) =>
      `Linee continue: il valore rilevato di ${String(series)} indicatori per anno (${years}); linee tratteggiate: il target dell'anno.`,
  },
  en: {
    title: "Monitoring of the LEPS",
    summary: "Results by LEPS (indicator × year)",
    indicators: "Results by indicator",
    leps: "LEPS",
    indicator: "Indicator",
    year: "Year",
    value: "Value (%)",
    count: "Value",
    trendTitle: (name: string) => `${name}: trend against the targets`,
    trend: (series: number, years: string) =>
      `Solid lines: the observed value of ${String(series)} indicators by year (${years}); dashed lines: the year's target.`,
  },
} as const;

const STATUS_KEYS = {
  met: "met",
  "not-met": "notMet",
  "not-due": "notDue",
  "missing-data": "missingData",
  "not-applicable": "notApplicable",
} as const;

interface YearRead {
  readonly year: number;
  readonly status: IndicatorStatus;
  readonly value: Decimal | null;
  readonly target: Decimal | null;
  readonly rule: string | null;
}

interface IndicatorRead {
  readonly id: string;
  readonly label: string;
  readonly years: readonly YearRead[];
}

function readYearResult(value: unknown, at: ErrorPath): YearRead {
  const record = readRecord(value, at);
  const decimal = (field: unknown, path: ErrorPath): Decimal | null =>
    field === undefined || field === null ? null : readDecimal(field, path);
  const targetValue = ownField(record, "target", at);
  let target: Decimal | null = null;
  let rule: string | null = null;
  if (targetValue !== undefined && targetValue !== null) {
    const targetPath = [...at, "target"];
    const targetRecord = readRecord(targetValue, targetPath);
    rule = readText(requiredField(targetRecord, "rule", targetPath), [...targetPath, "rule"], 100);
    if (rule === "ratio-at-least") {
      target = decimal(ownField(targetRecord, "thresholdPercent", targetPath), [
        ...targetPath,
        "thresholdPercent",
      ]);
    } else if (rule === "count-at-least") {
      target = decimal(ownField(targetRecord, "minimum", targetPath), [...targetPath, "minimum"]);
    }
  }
  return {
    year: readCount(requiredField(record, "year", at), [...at, "year"]),
    status: readOption(requiredField(record, "status", at), INDICATOR_STATUSES, [...at, "status"]),
    value: decimal(ownField(record, "value", at), [...at, "value"]),
    target,
    rule,
  };
}

function readIndicatorResult(value: unknown, at: ErrorPath, language: Language): IndicatorRead {
  const record = readRecord(value, at);
  const labelsPath = [...at, "labels"];
  const labels = readRecord(requiredField(record, "labels", at), labelsPath);
  return {
    id: readText(requiredField(record, "indicatorId", at), [...at, "indicatorId"], MAX_TEXT),
    label: readText(requiredField(labels, language, labelsPath), [...labelsPath, language], MAX_TEXT),
    years: readList(requiredField(record, "years", at), [...at, "years"]).map((year, index) =>
      readYearResult(year, [...at, "years", index]),
    ),
  };
}

interface Options {
  readonly language: Language;
  readonly title: string | null;
}

function readProgressOptions(options: unknown): Options {
  const record = readOptions(options, ["options"]);
  const title = ownField(record, "title", ["options"]);
  return {
    language: readLanguage(ownField(record, "language", ["options"]), ["options", "language"]),
    title: title === undefined ? null : readText(title, ["options", "title"], MAX_TEXT),
  };
}

function trendOf(
  id: string,
  name: string,
  indicators: readonly IndicatorRead[],
  language: Language,
): ReportChart {
  const words = WORDS[language];
  const counts = indicators.every((indicator) =>
    indicator.years.every((year) => year.rule === null || year.rule !== "ratio-at-least"),
  );
  const years = [
    ...new Set(indicators.flatMap((indicator) => indicator.years.map((year) => String(year.year)))),
  ].sort();
  const series: string[] = [];
  const seen = new Set<string>();
  const data: ChartDatum[] = [];
  for (const indicator of indicators) {
    const label = seen.has(indicator.label) ? `${indicator.label} (${indicator.id})` : indicator.label;
    seen.add(label);
    series.push(label);
    for (const year of indicator.years) {
      data.push({
        category: String(year.year),
        series: label,
        value: year.value === null ? null : canonical(year.value),
        target: year.target === null ? null : canonical(year.target),
        band: null,
      });
    }
  }
  return {
    kind: "chart",
    id,
    chart: "trend",
    language,
    title: words.trendTitle(name),
    description: words.trend(series.length, years.join(", ")),
    valueType: counts ? "count" : "percent",
    axes: { category: words.year, value: counts ? words.count : words.value, series: words.indicator },
    categories: years,
    series,
    data,
    rules: [],
  };
}

/**
 * The trend of one indicator against its targets: its observed value per year (a ratio in percent, or a count) as
 * a solid line, the year's target (a threshold or a minimum) as a dashed one. Render it with
 * {@link renderVegaLite}, or display it with {@link show}. Pure: plain data out.
 *
 * @param result - an indicator's result, as `evaluateIndicator` returns it
 * @param options - language, title (default: the indicator's label)
 * @throws `PdzError` `invalid_type`, `required_field`, `invalid_option`, `invalid_count`,
 *   `invalid_decimal`, `text_too_long`, `too_many_items`, `unreadable_field` for a result of the wrong shape;
 *   `invalid_language`
 * @example
 * ```ts
 * import { evaluateIndicator, PRIORITY_LEPS_INDICATORS } from "piano-di-zona";
 * import { indicatorTrendChart } from "piano-di-zona/report";
 * const indicator = PRIORITY_LEPS_INDICATORS.find((item) => item.id === "sad-progetti-integrati")!;
 * const result = evaluateIndicator(indicator, [{ year: 2025, numerator: 11, denominator: 20 }, { year: 2026, numerator: 14, denominator: 20 }]);
 * const chart = indicatorTrendChart(result, { language: "en" });
 * chart.data.map((datum) => [datum.category, datum.value, datum.target]) //=> [["2025", "55", "50"], ["2026", "70", "75"], ["2027", null, "100"]]
 * ```
 * @category Report
 */
export function indicatorTrendChart(
  result: IndicatorResult,
  options: LepsProgressDocumentOptions = {},
): ReportChart {
  const read = readProgressOptions(options);
  const indicator = readIndicatorResult(result, [], read.language);
  return trendOf("trend", read.title ?? indicator.label, [indicator], read.language);
}

/**
 * Builds the report of a plan's LEPS monitoring as a {@link ReportDocument}: the results of each LEPS (how many
 * indicator-years met their target, missed it, were not due, lacked data), each indicator's status year by year,
 * and for each LEPS a trend chart of its indicators against their targets. LEPS names and statuses in the
 * language asked for. Pure: plain data out.
 *
 * @param progress - the monitoring, as `evaluateLepsProgress` returns it
 * @param options - language, title
 * @throws `PdzError` the errors of {@link indicatorTrendChart}; `invalid_option` for an unknown LEPS
 * @example
 * ```ts
 * import { evaluateLepsProgress, PRIORITY_LEPS_INDICATORS } from "piano-di-zona";
 * import { lepsProgressDocument, tableRows } from "piano-di-zona/report";
 * const sad = PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.leps === "incremento-sad");
 * const progress = evaluateLepsProgress({ lepsSchede: [{ leps: "incremento-sad", indicators: sad }] }, { "sad-progetti-integrati": [{ year: 2025, numerator: 11, denominator: 20 }] });
 * const rows = tableRows(lepsProgressDocument(progress, { language: "en" }));
 * rows.summary?.[0]?.met //=> 1
 * rows.indicators?.[0]?.y2025 //=> "met"
 * ```
 * @category Report
 */
export function lepsProgressDocument(
  progress: LepsProgress,
  options: LepsProgressDocumentOptions = {},
): ReportDocument {
  const read = readProgressOptions(options);
  const { language } = read;
  const words = WORDS[language];
  const record = readRecord(progress);
  const years = readList(requiredField(record, "years"), ["years"]).map((year, index) =>
    readCount(year, ["years", index]),
  );
  const entries = readList(requiredField(record, "byLeps"), ["byLeps"]).map((entry, index) => {
    const at = ["byLeps", index];
    const entryRecord = readRecord(entry, at);
    const leps: LepsId = readOption(requiredField(entryRecord, "leps", at), LEPS_IDS, [...at, "leps"]);
    const indicators = readList(requiredField(entryRecord, "indicators", at), [...at, "indicators"]).map(
      (indicator, position) => readIndicatorResult(indicator, [...at, "indicators", position], language),
    );
    return { leps, name: LEPS_CATALOG[leps].labels[language], indicators };
  });
  const statusLabel = (status: IndicatorStatus): string => INDICATOR_STATUS_CATALOG[status].labels[language];
  const summaryColumns: ReportColumn[] = [
    { key: "leps", header: words.leps, type: "text" },
    ...INDICATOR_STATUSES.map((status): ReportColumn => ({
      key: STATUS_KEYS[status],
      header: statusLabel(status),
      type: "count",
    })),
  ];
  const summaryRows: ReportCell[][] = entries.map((entry) => {
    const counts = new Map<IndicatorStatus, number>(INDICATOR_STATUSES.map((status) => [status, 0]));
    for (const indicator of entry.indicators) {
      for (const year of indicator.years) counts.set(year.status, (counts.get(year.status) ?? 0) + 1);
    }
    return [entry.name, ...INDICATOR_STATUSES.map((status) => counts.get(status) ?? 0)];
  });
  const indicatorColumns: ReportColumn[] = [
    { key: "leps", header: words.leps, type: "text" },
    { key: "indicator", header: words.indicator, type: "text" },
    ...years.map((year): ReportColumn => ({ key: `y${String(year)}`, header: String(year), type: "band" })),
  ];
  const indicatorRows: ReportCell[][] = entries.flatMap((entry) =>
    entry.indicators.map((indicator) => [
      entry.name,
      indicator.label,
      ...years.map((year) => {
        const found = indicator.years.find((item) => item.year === year);
        return found === undefined ? null : { code: found.status, label: statusLabel(found.status) };
      }),
    ]),
  );
  const charts: ReportBlock[] = entries
    .filter((entry) =>
      entry.indicators.some((indicator) => indicator.years.some((year) => year.value !== null)),
    )
    .map((entry) => {
      // Ratios and counts are not drawn on one axis: the ratios of the LEPS, or else its counts.
      const ratios = entry.indicators.filter((indicator) =>
        indicator.years.some((year) => year.rule === "ratio-at-least"),
      );
      return trendOf(
        `trend-${entry.leps}`,
        entry.name,
        ratios.length > 0 ? ratios : entry.indicators,
        language,
      );
    });
  return {
    kind: "report",
    language,
    title: read.title ?? words.title,
    blocks: [
      { kind: "table", id: "summary", title: words.summary, columns: summaryColumns, rows: summaryRows },
      {
        kind: "table",
        id: "indicators",
        title: words.indicators,
        columns: indicatorColumns,
        rows: indicatorRows,
      },
      ...charts,
    ],
  };
}

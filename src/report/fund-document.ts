import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import { readDecimal, type DecimalInput } from "../core/decimal-input.js";
import type { Language } from "../core/labels.js";
import { ownField, readList, readOptions, readRecord, readText, requiredField } from "../core/read-input.js";
import { checkFundTable } from "../finance/check-fund-table.js";
import { fundTableTotals } from "../finance/fund-table-totals.js";
import type { FundTable } from "../model/fund-table.js";
import { canonical, displayNumber } from "./_cells.js";
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
 * Options of {@link fundTableDocument}, {@link fundTableChart} and {@link budgetChart}.
 * @category Report
 */
export interface FundDocumentOptions {
  /** Language of every word and number (default `"it"`). */
  readonly language?: Language;
  /** A title (default: the table's own title, or "Risorse" / "Resources"). */
  readonly title?: string;
}

/**
 * One bar of {@link budgetChart}: a label (a macro-area, a fund, an area of spending) and its amount in euro.
 * @category Report
 */
export interface BudgetItem {
  readonly label: string;
  readonly amount: DecimalInput;
}

const WORDS = {
  it: {
    title: "Risorse",
    item: "Voce",
    total: "Totale",
    recomputed: "Totale ricalcolato",
    stated: "Totale dichiarato",
    amount: "Importo (€)",
    findings: "Incongruenze della tabella",
    none: "I totali dichiarati corrispondono alla somma degli importi.",
    stackedTitle: (title: string) => `${title}: composizione per voce`,
    stacked: (columns: number, rows: number, total: string) =>
      `Barre impilate: per ciascuna delle ${String(columns)} colonne, gli importi delle ${String(rows)} voci; totale ${total}.`,
    budget: (count: number, total: string) =>
      `Barre orizzontali: l'importo di ciascuna delle ${String(count)} voci; totale ${total}.`,
    category: "Colonna",
  },
  en: {
    title: "Resources",
    item: "Item",
    total: "Total",
    recomputed: "Total, recomputed",
    stated: "Total, stated",
    amount: "Amount (€)",
    findings: "Inconsistencies of the table",
    none: "The stated totals match the sum of the amounts.",
    stackedTitle: (title: string) => `${title}: composition by item`,
    stacked: (columns: number, rows: number, total: string) =>
      `Stacked bars: for each of the ${String(columns)} columns, the amounts of the ${String(rows)} items; total ${total}.`,
    budget: (count: number, total: string) =>
      `Horizontal bars: the amount of each of the ${String(count)} items; total ${total}.`,
    category: "Column",
  },
} as const;

interface Options {
  readonly language: Language;
  readonly title: string | null;
}

function readFundOptions(options: unknown): Options {
  const record = readOptions(options, ["options"]);
  const title = ownField(record, "title", ["options"]);
  return {
    language: readLanguage(ownField(record, "language", ["options"]), ["options", "language"]),
    title: title === undefined ? null : readText(title, ["options", "title"], MAX_TEXT),
  };
}

interface Figures {
  readonly title: string | null;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly amounts: readonly Decimal[] }[];
  readonly statedColumnTotals: readonly Decimal[] | null;
  readonly byColumn: readonly Decimal[];
  readonly byRow: readonly Decimal[];
  readonly grandTotal: Decimal;
}

// The table is validated (and summed) by the finance module first; its fields are then read as own fields.
function figuresOf(table: unknown): Figures {
  const totals = fundTableTotals(table as FundTable);
  const record = readRecord(table);
  const title = ownField(record, "title");
  const stated = ownField(record, "statedColumnTotals");
  const columns = readList(requiredField(record, "columns"), ["columns"]).map((column, index) =>
    readText(column, ["columns", index], MAX_TEXT),
  );
  return {
    title: title === undefined ? null : readText(title, ["title"], MAX_TEXT),
    columns,
    rows: readList(requiredField(record, "rows"), ["rows"]).map((row, index) => {
      const at = ["rows", index];
      const rowRecord = readRecord(row, at);
      return {
        label: readText(requiredField(rowRecord, "label", at), [...at, "label"], MAX_TEXT),
        amounts: readList(requiredField(rowRecord, "amounts", at), [...at, "amounts"]).map((amount, column) =>
          readDecimal(amount, [...at, "amounts", column]),
        ),
      };
    }),
    statedColumnTotals:
      stated === undefined
        ? null
        : readList(stated, ["statedColumnTotals"]).map((amount, index) =>
            readDecimal(amount, ["statedColumnTotals", index]),
          ),
    byColumn: totals.byColumn,
    byRow: totals.byRow,
    grandTotal: totals.grandTotal,
  };
}

function stackedOf(figures: Figures, options: Options): ReportChart {
  const words = WORDS[options.language];
  const title = options.title ?? figures.title ?? words.title;
  const series: string[] = [];
  const seen = new Set<string>();
  const labels = figures.rows.map((row, index) => {
    const label = seen.has(row.label) ? `${row.label} (${String(index + 1)})` : row.label;
    seen.add(label);
    series.push(label);
    return label;
  });
  const data: ChartDatum[] = [];
  figures.rows.forEach((row, rowIndex) => {
    row.amounts.forEach((amount, column) => {
      data.push({
        category: figures.columns[column] ?? "",
        series: labels[rowIndex] ?? row.label,
        value: canonical(amount),
        target: null,
        band: null,
      });
    });
  });
  return {
    kind: "chart",
    id: "funds-chart",
    chart: "stacked-bars",
    language: options.language,
    title: words.stackedTitle(title),
    description: words.stacked(
      figures.columns.length,
      figures.rows.length,
      displayNumber(options.language, "euro", figures.grandTotal, 2),
    ),
    valueType: "euro",
    axes: { category: words.category, value: words.amount, series: words.item },
    categories: [...new Set(figures.columns)],
    series,
    data,
    rules: [],
  };
}

/**
 * The chart of a fund table: one stacked bar per column (year or funding channel), split by row (fund or area).
 * Render it with {@link renderVegaLite}, or display it with {@link show}. Pure: plain data out.
 *
 * @param table - a fund table, as {@link fundTableTotals} reads it
 * @param options - language, title
 * @throws `PdzError` the errors of {@link fundTableTotals}; `invalid_language`, `invalid_type`,
 *   `text_too_long` for options of the wrong type
 * @example
 * ```ts
 * import { fundTableChart } from "piano-di-zona/report";
 * import { ALTO_MILANESE_FUNDS_2022_2024 } from "piano-di-zona/datasets";
 * const chart = fundTableChart(ALTO_MILANESE_FUNDS_2022_2024);
 * chart.categories //=> ["2022", "2023", "2024"]
 * chart.series.length //=> 31
 * chart.data[0] //=> { category: "2022", series: "Fondo Nazionale Politiche Sociali", value: "1409309.58", target: null, band: null }
 * ```
 * @category Report
 */
export function fundTableChart(
  table: DeepReadonly<FundTable>,
  options: FundDocumentOptions = {},
): ReportChart {
  const read = readFundOptions(options);
  return stackedOf(figuresOf(table), read);
}

/**
 * Builds the report of a fund table as a {@link ReportDocument}: the amounts by row and column with the recomputed
 * totals (and the stated ones, when the document prints them), the stacked chart ({@link fundTableChart}) and the
 * inconsistencies {@link checkFundTable} finds. Row and column headings stay as the document prints them. Pure:
 * plain data out.
 *
 * @param table - a fund table, as {@link fundTableTotals} reads it
 * @param options - language, title
 * @throws `PdzError` the errors of {@link fundTableChart}
 * @example
 * ```ts
 * import { fundTableDocument, tableRows } from "piano-di-zona/report";
 * import { ALTO_MILANESE_FUNDS_2022_2024 } from "piano-di-zona/datasets";
 * const report = fundTableDocument(ALTO_MILANESE_FUNDS_2022_2024, { language: "en" });
 * tableRows(report).funds?.at(-2) //=> { item: "Total, recomputed", c0: "12717484.62", c1: "10190595.56", c2: "10789430.99", total: "33697511.17" }
 * tableRows(report).funds?.at(-1)?.c0 //=> "12719506.62"
 * ```
 * @category Report
 */
export function fundTableDocument(
  table: DeepReadonly<FundTable>,
  options: FundDocumentOptions = {},
): ReportDocument {
  const read = readFundOptions(options);
  const figures = figuresOf(table);
  const words = WORDS[read.language];
  const title = read.title ?? figures.title ?? words.title;
  const columns: ReportColumn[] = [
    { key: "item", header: words.item, type: "text" },
    ...figures.columns.map((header, index): ReportColumn => ({
      key: `c${String(index)}`,
      header,
      type: "euro",
    })),
    { key: "total", header: words.total, type: "euro" },
  ];
  const rows: ReportCell[][] = figures.rows.map((row, index) => {
    const total = figures.byRow[index];
    return [row.label, ...row.amounts.map(canonical), total === undefined ? null : canonical(total)];
  });
  rows.push([words.recomputed, ...figures.byColumn.map(canonical), canonical(figures.grandTotal)]);
  if (figures.statedColumnTotals !== null) {
    rows.push([words.stated, ...figures.statedColumnTotals.map(canonical), null]);
  }
  const findings = checkFundTable(table);
  const blocks: ReportBlock[] = [
    { kind: "table", id: "funds", title, columns, rows },
    stackedOf(figures, read),
    {
      kind: "section",
      title: words.findings,
      blocks: [
        findings.length === 0
          ? { kind: "note", text: words.none }
          : {
              kind: "list",
              items: findings.map((finding) =>
                read.language === "it" ? finding.messageIt : finding.message,
              ),
            },
      ],
    },
  ];
  return { kind: "report", language: read.language, title, blocks };
}

/**
 * A bar chart of amounts by item: a budget by macro-area, by fund, by area of spending. One horizontal bar per
 * item, in the order given. Render it with {@link renderSvg} or {@link renderVegaLite}. Pure: plain data out.
 *
 * @param items - the items, each `{ label, amount }` (amounts as canonical text, numbers or Decimals)
 * @param options - language, title (default "Risorse" / "Resources")
 * @throws `PdzError` `invalid_type`, `required_field`, `text_too_long`, `too_many_items`,
 *   `unreadable_field` for items of the wrong shape; `invalid_decimal`, `number_out_of_range` for an amount;
 *   `invalid_language`
 * @example
 * ```ts
 * import { budgetChart } from "piano-di-zona/report";
 * const chart = budgetChart([{ label: "A. Contrasto alla povertà", amount: "120000" }, { label: "B. Politiche abitative", amount: 80000.5 }], { title: "Budget per macro-area" });
 * chart.description //=> "Barre orizzontali: l'importo di ciascuna delle 2 voci; totale 200.000,50\u00A0€."
 * chart.data[1]?.value //=> "80000.5"
 * budgetChart([{ label: "A", amount: "x" }]) //=> throws invalid_decimal
 * ```
 * @category Report
 */
export function budgetChart(items: readonly BudgetItem[], options: FundDocumentOptions = {}): ReportChart {
  const read = readFundOptions(options);
  const words = WORDS[read.language];
  const seen = new Set<string>();
  const sum: { total: Decimal | null } = { total: null };
  const data: ChartDatum[] = readList(items, ["items"]).map((item, index) => {
    const at = ["items", index];
    const record = readRecord(item, at);
    const label = readText(requiredField(record, "label", at), [...at, "label"], MAX_TEXT);
    const amount = readDecimal(requiredField(record, "amount", at), [...at, "amount"]);
    sum.total = sum.total === null ? amount : sum.total.plus(amount);
    const category = seen.has(label) ? `${label} (${String(index + 1)})` : label;
    seen.add(category);
    return { category, series: null, value: canonical(amount), target: null, band: null };
  });
  return {
    kind: "chart",
    id: "budget",
    chart: "bars",
    language: read.language,
    title: read.title ?? words.title,
    description: words.budget(data.length, displayNumber(read.language, "euro", sum.total ?? 0, 2)),
    valueType: "euro",
    axes: { category: words.item, value: words.amount, series: null },
    categories: data.map((datum) => datum.category),
    series: [],
    data,
    rules: [],
  };
}

import { formatNumber } from "../core/format.js";
import * as z from "zod";
import { FUND_IDS } from "../catalog/funds.js";
import { Dec, type Decimal } from "../core/decimal.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Finding } from "../core/finding.js";
import type { ParseResult } from "../core/result.js";
import { reportRule } from "../model/_internal.js";
import { safeParseToResult } from "../model/_issues.js";
import { EuroAmountSchema, SourceReferenceSchema } from "../model/primitives.js";
import { perCapita } from "./per-capita.js";

/**
 * A table of euro amounts: one row per fund (or area of spending), one column per year (or funding channel), with
 * the totals the document prints. Alto Milanese's "assegnazioni dei fondi d'ambito" has funds × years; Gallarate's
 * Tabella 2.4 has areas × funding channels. A dash ("- €") is 0.
 *
 * @example
 * ```ts
 * import { FundTableSchema } from "piano-di-zona";
 * const table = FundTableSchema.parse({
 *   columns: ["2022", "2023"],
 *   rows: [{ label: "Fondo Nazionale Politiche Sociali", fund: "fnps", amounts: ["1.409.309,58 €", "1.448.860,23 €"] }],
 * });
 * table.rows[0]?.amounts[1]?.toString() //=> "1448860.23"
 * FundTableSchema.safeParse({ columns: ["2022"], rows: [{ label: "x", amounts: [1, 2] }] }).success //=> false
 * ```
 * @category Finance
 */
export const FundTableSchema = /* @__PURE__ */ z
  .strictObject({
    title: z.string().min(1).optional(),
    /** Column headings as printed: years ("2022") or funding channels ("Comune", "FNPS"). */
    columns: z.array(z.string().min(1)).min(1),
    rows: z
      .array(
        z.strictObject({
          /** The row heading as printed. */
          label: z.string().min(1),
          /** The fund of the catalogue the row is, when it is one. */
          fund: z.enum(FUND_IDS).optional(),
          /** One amount per column, in euro. */
          amounts: z.array(EuroAmountSchema),
          /** The row total as printed ("Totale entrate"), when printed. */
          statedTotal: EuroAmountSchema.optional(),
        }),
      )
      .min(1),
    /** The column totals as printed (the "TOTALE" row), when printed. */
    statedColumnTotals: z.array(EuroAmountSchema).optional(),
    /** The grand total as printed, when printed. */
    statedGrandTotal: EuroAmountSchema.optional(),
    sources: z.array(SourceReferenceSchema).optional(),
  })
  .superRefine((table, ctx) => {
    const width = String(table.columns.length);
    const lists = [
      ...table.rows.map((row, index) => ({ length: row.amounts.length, path: ["rows", index, "amounts"] })),
      ...(table.statedColumnTotals === undefined
        ? []
        : [{ length: table.statedColumnTotals.length, path: ["statedColumnTotals"] }]),
    ];
    for (const list of lists) {
      if (list.length !== table.columns.length) {
        reportRule(ctx, {
          code: "row_length_mismatch",
          message: `Each row, and the printed totals, must have one amount per column (${width})`,
          messageIt: `Ogni riga, e la riga dei totali, deve avere un importo per colonna (${width})`,
          path: list.path,
        });
      }
    }
  });

/** A validated {@link FundTableSchema} table. @category Finance */
export type FundTable = z.output<typeof FundTableSchema>;

/** The input form of {@link FundTable}: amounts may be Italian text ("1.409.309,58 €"). @category Finance */
export type FundTableInput = z.input<typeof FundTableSchema>;

/**
 * Validates a fund table without throwing.
 *
 * @example
 * ```ts
 * import { parseFundTable } from "piano-di-zona";
 * const result = parseFundTable({ columns: ["2022"], rows: [{ label: "FNPS", amounts: ["-5"] }] });
 * result.success ? [] : result.issues.map((issue) => issue.code) //=> ["negative_amount"]
 * ```
 * @category Finance
 */
export function parseFundTable(input: unknown): ParseResult<FundTable> {
  return safeParseToResult(FundTableSchema, input);
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Dec(0));
}

/**
 * The totals of a fund table: by column (year or channel), by row (fund or area) and overall, recomputed from the
 * amounts.
 * @category Finance
 */
export interface FundTableTotals {
  readonly byColumn: readonly Decimal[];
  readonly byRow: readonly Decimal[];
  readonly grandTotal: Decimal;
}

/**
 * Recomputes the totals of a fund table from its amounts, exactly.
 *
 * @example
 * ```ts
 * import { FundTableSchema, fundTableTotals } from "piano-di-zona";
 * const table = FundTableSchema.parse({ columns: ["2022", "2023"], rows: [{ label: "A", amounts: [1, 2] }, { label: "B", amounts: [3, "4,5"] }] });
 * fundTableTotals(table).byColumn.map(String) //=> ["4", "6.5"]
 * fundTableTotals(table).grandTotal.toString() //=> "10.5"
 * ```
 * @category Finance
 */
export function fundTableTotals(table: DeepReadonly<FundTable>): FundTableTotals {
  const byColumn = table.columns.map((_, column) =>
    sum(table.rows.map((row) => row.amounts[column] ?? new Dec(0))),
  );
  const byRow = table.rows.map((row) => sum(row.amounts));
  return { byColumn, byRow, grandTotal: sum(byColumn) };
}

/**
 * Each column's recomputed total per inhabitant (exact): for a table of funds by year, the funds per capita of
 * each year.
 *
 * @param table - the table
 * @param population - the inhabitants, > 0 (the same for every column; pass the population of the reference date
 *   you mean)
 * @throws {@link PdzError} `invalid_count`, `zero_population`
 * @example
 * ```ts
 * import { FundTableSchema, fundTablePerCapita } from "piano-di-zona";
 * const table = FundTableSchema.parse({ columns: ["2024"], rows: [{ label: "FNPS", amounts: [1000] }] });
 * fundTablePerCapita(table, 400).map(String) //=> ["2.5"]
 * ```
 * @category Finance
 */
export function fundTablePerCapita(table: DeepReadonly<FundTable>, population: number): Decimal[] {
  return fundTableTotals(table).byColumn.map((total) => perCapita(total, population));
}

function mismatch(
  code: string,
  path: Finding["path"],
  what: { en: string; it: string },
  stated: Decimal,
  computed: Decimal,
  heading?: string,
): Finding {
  const difference = stated.minus(computed);
  const hint =
    heading !== undefined && /^\d{4}$/.test(heading) && difference.eq(heading)
      ? {
          en: `; the difference equals the year ${heading}, as if the heading had been added in`,
          it: `; la differenza è pari all'anno ${heading}, come se l'intestazione fosse stata sommata`,
        }
      : { en: "", it: "" };
  return {
    code,
    severity: "error",
    path,
    message: `${what.en}: stated ${stated.toFixed(2)}, sum of the parts ${computed.toFixed(2)} (difference ${difference.toFixed(2)})${hint.en}`,
    messageIt: `${what.it}: indicato ${formatNumber(stated)}, somma delle voci ${formatNumber(computed)} (differenza ${formatNumber(difference)})${hint.it}`,
    stated: stated.toFixed(2),
    computed: computed.toFixed(2),
  };
}

/**
 * Checks every total a fund table prints against the sum of its parts, to the cent: row totals
 * (`row_total_mismatch`), column totals (`column_total_mismatch`) and the grand total (`grand_total_mismatch`).
 * Each finding carries the stated and the computed figure; when a column headed by a year is off by exactly that
 * year, the message says so (a spreadsheet that summed its header row).
 *
 * @example
 * ```ts
 * import { FundTableSchema, checkFundTable } from "piano-di-zona";
 * const table = FundTableSchema.parse({ columns: ["2022"], rows: [{ label: "A", amounts: [100] }, { label: "B", amounts: [50] }], statedColumnTotals: [2172] });
 * checkFundTable(table).map((finding) => [finding.code, finding.stated, finding.computed]) //=> [["column_total_mismatch", "2172.00", "150.00"]]
 * ```
 * @category Finance
 */
export function checkFundTable(table: DeepReadonly<FundTable>): Finding[] {
  const totals = fundTableTotals(table);
  const findings: Finding[] = [];
  table.rows.forEach((row, index) => {
    const computed = totals.byRow[index] ?? new Dec(0);
    if (row.statedTotal !== undefined && !row.statedTotal.eq(computed)) {
      findings.push(
        mismatch(
          "row_total_mismatch",
          ["rows", index, "statedTotal"],
          { en: `Total of "${row.label}"`, it: `Totale di «${row.label}»` },
          row.statedTotal,
          computed,
        ),
      );
    }
  });
  table.statedColumnTotals?.forEach((stated, index) => {
    const computed = totals.byColumn[index] ?? new Dec(0);
    const heading = table.columns[index] ?? "";
    if (!stated.eq(computed)) {
      findings.push(
        mismatch(
          "column_total_mismatch",
          ["statedColumnTotals", index],
          { en: `Total of column "${heading}"`, it: `Totale della colonna «${heading}»` },
          stated,
          computed,
          heading,
        ),
      );
    }
  });
  if (table.statedGrandTotal !== undefined && !table.statedGrandTotal.eq(totals.grandTotal)) {
    findings.push(
      mismatch(
        "grand_total_mismatch",
        ["statedGrandTotal"],
        { en: "Grand total", it: "Totale generale" },
        table.statedGrandTotal,
        totals.grandTotal,
      ),
    );
  }
  return findings;
}

import * as z from "zod";
import { FUND_IDS } from "../catalog/funds.js";
import { LIMITS } from "../core/limits.js";
import * as F from "../core/messages/finance.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { FUND_TABLE_LABELS } from "./fund-table-labels.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { numberPrimitives, sourceReferenceSchema } from "./primitives.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { perMode } from "./_per-mode.js";

function text() {
  return z.string().min(1).max(LIMITS.maxTextLength);
}

function buildFundTable(mode: NumberMode) {
  const amount = numberPrimitives(mode).euroAmount;
  return z
    .strictObject({
      title: text().optional(),
      /** Column headings as printed: years ("2022") or funding channels ("Comune", "FNPS"). */
      columns: z.array(text()).min(1).max(LIMITS.maxListLength),
      rows: z
        .array(
          z.strictObject({
            /** The row heading as printed. */
            label: text(),
            /** The fund of the catalogue the row is, when it is one. */
            fund: z.enum(FUND_IDS).optional(),
            /** One amount per column, in euro. */
            amounts: z.array(amount).max(LIMITS.maxListLength),
            /** The row total as printed ("Totale entrate"), when printed. */
            statedTotal: amount.optional(),
          }),
        )
        .min(1)
        .max(LIMITS.maxListLength),
      /** The column totals as printed (the "TOTALE" row), when printed. */
      statedColumnTotals: z.array(amount).max(LIMITS.maxListLength).optional(),
      /** The grand total as printed, when printed. */
      statedGrandTotal: amount.optional(),
      sources: z.array(sourceReferenceSchema()).optional(),
    })
    .superRefine(
      ownFieldsOnly((table, ctx) => {
        const columns = table.columns.length;
        table.rows.forEach((row, index) => {
          if (row.amounts.length !== columns) {
            reportIssue(ctx, F.row_length_mismatch, { columns }, ["rows", index, "amounts"]);
          }
        });
        if (table.statedColumnTotals !== undefined && table.statedColumnTotals.length !== columns) {
          reportIssue(ctx, F.row_length_mismatch, { columns }, ["statedColumnTotals"]);
        }
      }),
    );
}

/** The fund-table schema of a number mode, built on first use. @internal */
export const fundTableSchema = /* @__PURE__ */ perMode(buildFundTable);

/**
 * A table of euro amounts: one row per fund (or area of spending), one column per year (or funding channel), with
 * the totals the document prints. Alto Milanese's "assegnazioni dei fondi d'ambito" has funds × years; Gallarate's
 * Tabella 2.4 has areas × funding channels. A dash ("- €") in the document is entered as 0.
 *
 * Amounts are canonical decimal text (`"1409309.58"`), numbers or Decimals, each ≥ 0; tables printed the Italian
 * way are read with `parseFundTable(input, { numbers: "italian" })`. Every row, and the printed column totals, has
 * one amount per column (`row_length_mismatch`). Texts have at most 10,000 characters and lists at most 10,000,000
 * items ({@link LIMITS}).
 *
 * @example
 * ```ts
 * import { FundTableSchema } from "piano-di-zona";
 * const table = FundTableSchema.parse({
 *   columns: ["2022", "2023"],
 *   rows: [{ label: "Fondo Nazionale Politiche Sociali", fund: "fnps", amounts: ["1409309.58", 1448860.23] }],
 * });
 * table.rows[0]?.amounts[1]?.toString() //=> "1448860.23"
 * FundTableSchema.safeParse({ columns: ["2022"], rows: [{ label: "x", amounts: [1, 2] }] }).success //=> false
 * FundTableSchema.safeParse({ columns: ["2022"], rows: [{ label: "x", amounts: ["1.409.309,58"] }] }).success //=> false
 * ```
 * @category Model
 */
export const FundTableSchema = /* @__PURE__ */ z.lazy(() => fundTableSchema("canonical"));

/** A validated {@link FundTableSchema} table: every amount a Decimal. @category Model */
export type FundTable = z.output<typeof FundTableSchema>;

/** The input form of {@link FundTable}: amounts as canonical text, numbers or Decimals. @category Model */
export type FundTableInput = z.input<typeof FundTableSchema>;

/**
 * Options of {@link safeParseFundTable} and {@link parseFundTable}: the {@link ParseOptions} of every model.
 * @category Model
 */
export type FundTableParseOptions = ParseOptions;

/** The fund table as a top-level model. @internal */
export const FUND_TABLE_MODEL: ModelDefinition<ReturnType<typeof buildFundTable>> = {
  schema: fundTableSchema,
  labels: () => FUND_TABLE_LABELS,
};
/**
 * Validates a fund table without throwing: the table with every amount as a Decimal, or every issue found (each with
 * its path, a stable code and messages in Italian and English). Never throws, whatever the input or the options (an
 * option that is not valid is reported as an issue).
 *
 * @param input - the table, as {@link FundTableInput} (any value is accepted and checked)
 * @param options - `numbers: "italian"` to read amounts written the Italian way
 * @example
 * ```ts
 * import { safeParseFundTable } from "piano-di-zona";
 * const result = safeParseFundTable({ columns: ["2022"], rows: [{ label: "FNPS", amounts: ["-5"] }] });
 * result.success ? [] : result.issues.map((issue) => issue.code) //=> ["negative_amount"]
 * const italian = safeParseFundTable({ columns: ["2022"], rows: [{ label: "FNPS", amounts: ["1.409.309,58 €"] }] }, { numbers: "italian" });
 * italian.success ? italian.data.rows[0]?.amounts[0]?.toString() : null //=> "1409309.58"
 * ```
 * @category Model
 */
export function safeParseFundTable(input: unknown, options?: FundTableParseOptions): ParseResult<FundTable> {
  return safeParseModel(FUND_TABLE_MODEL, input, options);
}

/**
 * Validates a fund table: the table with every amount as a Decimal, or one {@link PdzError} (`validation_failed`)
 * whose `issues` hold every issue found, as {@link safeParseFundTable} reports them.
 *
 * @param input - the table, as {@link FundTableInput} (any value is accepted and checked)
 * @param options - `numbers: "italian"` to read amounts written the Italian way
 * @throws {@link PdzError} `validation_failed` carrying every issue; `invalid_type` when the options are not an
 *   object, `invalid_option` for a `numbers` other than `"canonical"` or `"italian"`, `unreadable_field`
 * @example
 * ```ts
 * import { parseFundTable } from "piano-di-zona";
 * const table = parseFundTable({ columns: ["2022", "2023"], rows: [{ label: "FNPS", amounts: ["1.409.309,58 €", "0"] }] }, { numbers: "italian" });
 * table.rows[0]?.amounts.map(String) //=> ["1409309.58", "0"]
 * parseFundTable({ columns: ["2022"], rows: [{ label: "FNPS", amounts: ["1.409.309,58"] }] }) //=> throws validation_failed
 * parseFundTable({ columns: ["2022"], rows: [] }, { numbers: "english" as never }) //=> throws invalid_option
 * ```
 * @category Model
 */
export function parseFundTable(input: unknown, options?: FundTableParseOptions): FundTable {
  return parseModel(FUND_TABLE_MODEL, input, options);
}

import * as z from "zod";
import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import { toDecimal } from "../core/input.js";
import { parseItalianDate, type IsoDate } from "../core/italian-date.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { convertOrReport } from "./_internal.js";

// Runs a converter that may throw PdzError; the throw becomes a zod issue with the error's code.
function convert<T>(read: () => T, ctx: z.RefinementCtx): T {
  return convertOrReport(read, ctx, z.NEVER);
}

function readDecimal(value: string | number | Decimal): Decimal {
  if (typeof value !== "string") return toDecimal(value);
  // Canonical machine form first ("1234.56"), then Italian text ("1.234,56", "€ 1.300,00", "76,56%").
  return /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) && !/^\s*[+-]?\d{1,3}\.\d{3}\s*$/.test(value)
    ? toDecimal(value)
    : parseItalianNumber(value);
}

const decimalInput = /* @__PURE__ */ z.union([
  z.string(),
  z.number(),
  z.custom<Decimal>((value) => Dec.isDecimal(value)),
]);

/**
 * A decimal number. Accepts a Decimal, a finite number, a canonical string (`"1234.56"`) or Italian text
 * (`"1.234,56"`, `"€ 1.300,00"`, `"76,56%"`); always outputs a {@link Decimal}. Text of the form `"1.234"` is read
 * the Italian way (one thousand two hundred thirty-four), as in every document this library reads.
 *
 * @example
 * ```ts
 * import { DecimalSchema } from "piano-di-zona";
 * DecimalSchema.parse("1.234,56").toString() //=> "1234.56"
 * DecimalSchema.parse("16600.5").toString() //=> "16600.5"
 * DecimalSchema.parse("122.855").toString() //=> "122855"
 * DecimalSchema.safeParse("12,3.4").success //=> false
 * ```
 * @category Model
 */
export const DecimalSchema = /* @__PURE__ */ decimalInput.transform((value, ctx) =>
  convert(() => readDecimal(value), ctx),
);

/**
 * A euro amount ("importo"): like {@link DecimalSchema}, and never negative.
 *
 * @example
 * ```ts
 * import { EuroAmountSchema } from "piano-di-zona";
 * EuroAmountSchema.parse("€. 150.000,00").toString() //=> "150000"
 * EuroAmountSchema.safeParse(-5).success //=> false
 * ```
 * @category Model
 */
export const EuroAmountSchema = /* @__PURE__ */ decimalInput.transform((value, ctx) =>
  convert(() => {
    const amount = readDecimal(value);
    if (amount.isNegative()) {
      throw new PdzError({
        code: "negative_amount",
        message: "The amount must be ≥ 0",
        messageIt: "L'importo deve essere ≥ 0",
      });
    }
    return amount;
  }, ctx),
);

/**
 * A decimal ≥ 0 that is not a euro amount, e.g. a ratio in percent that may exceed 100 (resource coincidence).
 *
 * @example
 * ```ts
 * import { NonNegativeDecimalSchema } from "piano-di-zona";
 * NonNegativeDecimalSchema.parse("103,75%").toString() //=> "103.75"
 * NonNegativeDecimalSchema.safeParse("-1").success //=> false
 * ```
 * @category Model
 */
export const NonNegativeDecimalSchema = /* @__PURE__ */ decimalInput.transform((value, ctx) =>
  convert(() => {
    const number = readDecimal(value);
    if (number.isNegative()) {
      throw new PdzError({
        code: "negative_value",
        message: "The value must be ≥ 0",
        messageIt: "Il valore deve essere ≥ 0",
      });
    }
    return number;
  }, ctx),
);

/**
 * A percentage in points from 0 to 100 (`"76,56%"` → 76.56).
 *
 * @example
 * ```ts
 * import { PercentSchema } from "piano-di-zona";
 * PercentSchema.parse("76,56%").toString() //=> "76.56"
 * PercentSchema.safeParse(120).success //=> false
 * ```
 * @category Model
 */
export const PercentSchema = /* @__PURE__ */ decimalInput.transform((value, ctx) =>
  convert(() => {
    const percent = readDecimal(value);
    if (percent.isNegative() || percent.gt(100)) {
      throw new PdzError({
        code: "percent_out_of_range",
        message: "A percentage must be between 0 and 100",
        messageIt: "Una percentuale deve essere compresa tra 0 e 100",
      });
    }
    return percent;
  }, ctx),
);

/**
 * A civil date. Accepts ISO (`2025-01-01`) and the Italian forms (`01.01.2025`, `31/12/2027`, `31 dicembre 2027`);
 * outputs an ISO `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "piano-di-zona";
 * IsoDateSchema.parse("31.12.2027") //=> "2027-12-31"
 * IsoDateSchema.safeParse("30.02.2027").success //=> false
 * ```
 * @category Model
 */
export const IsoDateSchema = /* @__PURE__ */ z
  .string()
  .transform((value, ctx): IsoDate => convert(() => parseItalianDate(value), ctx));

/**
 * A count: a safe whole number ≥ 0 (people, actions, comuni).
 *
 * @example
 * ```ts
 * import { CountSchema } from "piano-di-zona";
 * CountSchema.parse(16) //=> 16
 * CountSchema.safeParse(2.5).success //=> false
 * ```
 * @category Model
 */
export const CountSchema = /* @__PURE__ */ z
  .number()
  .int({ error: "Expected a whole number" })
  .min(0, { error: "Expected a number ≥ 0" })
  .max(Number.MAX_SAFE_INTEGER);

/**
 * Bilingual labels `{ it, en }`.
 * @category Model
 */
export const LabelsSchema = /* @__PURE__ */ z.strictObject({ it: z.string().min(1), en: z.string().min(1) });

/**
 * Where a fact comes from: a document and a line range.
 * @category Model
 */
export const SourceReferenceSchema = /* @__PURE__ */ z.strictObject({
  document: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

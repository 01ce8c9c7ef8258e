import * as z from "zod";
import { readDecimal } from "../core/decimal-input.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import { parseItalianDate, type IsoDate } from "../core/italian-date.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { LIMITS } from "../core/limits.js";
import { decimalBehind } from "../core/decimal-stand-in.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/model.js";
import { convertOrReport, reportIssue } from "../core/zod-issues.js";
import type { NumberMode } from "./number-mode.js";
import { once, perMode } from "./_per-mode.js";

type DecimalText = string | number | Decimal;

// One decimal schema: its input (text, a number or a Decimal) and the reading that turns it into a Decimal. The input
// union is kept apart so that the JSON Schema can describe it as canonical text or a number.
function decimalSchema(read: (value: DecimalText) => Decimal) {
  // A Decimal of the input reaches the schema as the stand-in of the validator's copy (core/own-snapshot.ts).
  const input = z.union([
    z.string(),
    z.number(),
    z.custom<Decimal>((value) => decimalBehind(value) !== undefined || Dec.isDecimal(value)),
  ]);
  return { input, schema: input.transform((value, ctx) => convertOrReport(() => read(value), ctx, z.NEVER)) };
}

type Built = ReturnType<typeof decimalSchema>;

/** The zod type of every decimal schema, in both modes: text, a number or a Decimal in; a Decimal out. */
export type DecimalZodType = Built["schema"];

/**
 * The number schemas of one mode, from which every model of that mode is built.
 * @internal
 */
export interface NumberPrimitives {
  readonly decimal: DecimalZodType;
  readonly euroAmount: DecimalZodType;
  readonly nonNegativeDecimal: DecimalZodType;
  readonly percent: DecimalZodType;
}

function readerOf(mode: NumberMode): (value: DecimalText) => Decimal {
  // Italian text is read the Italian way; numbers and Decimals have one reading in both modes.
  return mode === "italian"
    ? (value) => (typeof value === "string" ? parseItalianNumber(value) : readDecimal(value))
    : (value) => readDecimal(value);
}

// Canonical decimal text as JSON Schema patterns (the same language as the library's reader; linear: the classes
// that follow one another are disjoint).
const CANONICAL_PATTERN = String.raw`^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$`;
const NON_NEGATIVE_PATTERN = String.raw`^\+?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$`;

function buildNumbers(mode: NumberMode): {
  primitives: NumberPrimitives;
  inputs: Map<z.ZodType, () => object>;
} {
  const read = readerOf(mode);
  const decimal = decimalSchema(read);
  const euroAmount = decimalSchema((value) => {
    const amount = read(value);
    if (amount.isNegative()) throw pdzError(C.negative_amount, {});
    return amount;
  });
  const nonNegativeDecimal = decimalSchema((value) => {
    const number = read(value);
    if (number.isNegative()) throw pdzError(C.negative_value, {});
    return number;
  });
  const percent = decimalSchema((value) => {
    const number = read(value);
    if (number.isNegative() || number.gt(100)) throw pdzError(C.percent_out_of_range, {});
    return number;
  });
  const text = (pattern: string) => ({ type: "string", pattern, maxLength: LIMITS.maxNumberTextLength });
  const nonNegative = () => ({ anyOf: [text(NON_NEGATIVE_PATTERN), { type: "number", minimum: 0 }] });
  const inputs = new Map<z.ZodType, () => object>([
    [decimal.input, () => ({ anyOf: [text(CANONICAL_PATTERN), { type: "number" }] })],
    [euroAmount.input, nonNegative],
    [nonNegativeDecimal.input, nonNegative],
    [
      percent.input,
      () => ({ anyOf: [text(NON_NEGATIVE_PATTERN), { type: "number", minimum: 0, maximum: 100 }] }),
    ],
  ]);
  return {
    primitives: {
      decimal: decimal.schema,
      euroAmount: euroAmount.schema,
      nonNegativeDecimal: nonNegativeDecimal.schema,
      percent: percent.schema,
    },
    inputs,
  };
}

const numbersOf = /* @__PURE__ */ perMode(buildNumbers);

/**
 * The number schemas of a mode, built on first use.
 * @internal
 */
export function numberPrimitives(mode: NumberMode): NumberPrimitives {
  return numbersOf(mode).primitives;
}

/**
 * The JSON Schema of a canonical number schema's input, given one of the nodes of a schema tree: canonical text or a
 * number (with the bounds of amounts and percentages), never a Decimal instance, which JSON cannot carry; a new
 * object on each call.
 * @internal
 */
export function canonicalNumberJsonSchema(node: unknown): object | undefined {
  return numbersOf("canonical").inputs.get(node as z.ZodType)?.();
}

/**
 * A decimal number in canonical form, the machine contract: a Decimal, a finite number, or canonical text
 * (`"1234.56"`, `"-0.5"`, `"1e3"`: what `Decimal.toString()` and `JSON.stringify` write). Always outputs a
 * {@link Decimal}. Text has one reading: `"1.234"` is 1.234, and Italian text is refused (`invalid_decimal`); for
 * Italian text use {@link ItalianDecimalSchema}.
 *
 * Built on first use (a `z.lazy` schema): `DecimalSchema.unwrap()` gives the schema itself.
 *
 * @example
 * ```ts
 * import { DecimalSchema } from "piano-di-zona";
 * DecimalSchema.parse("103.125").toString() //=> "103.125"
 * DecimalSchema.parse("0.500").toString() //=> "0.5"
 * DecimalSchema.parse(12.5).toString() //=> "12.5"
 * DecimalSchema.safeParse("1.234,56").success //=> false
 * ```
 * @category Model
 */
export const DecimalSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("canonical").decimal);

/**
 * A euro amount ("importo") in canonical form: like {@link DecimalSchema}, and never negative (`negative_amount`).
 *
 * @example
 * ```ts
 * import { EuroAmountSchema } from "piano-di-zona";
 * EuroAmountSchema.parse("150000.00").toString() //=> "150000"
 * EuroAmountSchema.safeParse(-5).success //=> false
 * EuroAmountSchema.safeParse("€. 150.000,00").success //=> false
 * ```
 * @category Model
 */
export const EuroAmountSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("canonical").euroAmount);

/**
 * A decimal ≥ 0 in canonical form that is not a euro amount, e.g. a ratio in percent that may exceed 100 (resource
 * coincidence); a negative value is `negative_value`.
 *
 * @example
 * ```ts
 * import { NonNegativeDecimalSchema } from "piano-di-zona";
 * NonNegativeDecimalSchema.parse("103.75").toString() //=> "103.75"
 * NonNegativeDecimalSchema.safeParse("-1").success //=> false
 * ```
 * @category Model
 */
export const NonNegativeDecimalSchema = /* @__PURE__ */ z.lazy(
  () => numberPrimitives("canonical").nonNegativeDecimal,
);

/**
 * A percentage in points from 0 to 100, in canonical form (`"76.56"` → 76.56); outside, `percent_out_of_range`.
 *
 * @example
 * ```ts
 * import { PercentSchema } from "piano-di-zona";
 * PercentSchema.parse("76.56").toString() //=> "76.56"
 * PercentSchema.safeParse(120).success //=> false
 * ```
 * @category Model
 */
export const PercentSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("canonical").percent);

/**
 * A decimal number written the Italian way, read with {@link parseItalianNumber}: `"1.234,56"`, `"€ 1.300,00"`,
 * `"76,56%"`, `"122.855"` (one hundred twenty-two thousand…). Numbers and Decimals are read as they are. Text that
 * would be a guess (`"12.85"`, `"0.500"`) is refused (`ambiguous_number`), and so is text that is no Italian number
 * (`malformed_italian_number`). The Italian counterpart of {@link DecimalSchema}, for composing schemas of documents
 * as printed; the `parseX` functions use it with `{ numbers: "italian" }`.
 *
 * @example
 * ```ts
 * import { ItalianDecimalSchema } from "piano-di-zona";
 * ItalianDecimalSchema.parse("1.234,56").toString() //=> "1234.56"
 * ItalianDecimalSchema.parse("122.855").toString() //=> "122855"
 * ItalianDecimalSchema.parse(12.5).toString() //=> "12.5"
 * ItalianDecimalSchema.safeParse("12.85").success //=> false
 * ```
 * @category Model
 */
export const ItalianDecimalSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("italian").decimal);

/**
 * A euro amount written the Italian way (`"€. 150.000,00"`), never negative: the Italian counterpart of
 * {@link EuroAmountSchema}.
 *
 * @example
 * ```ts
 * import { ItalianEuroAmountSchema } from "piano-di-zona";
 * ItalianEuroAmountSchema.parse("€. 150.000,00").toString() //=> "150000"
 * ItalianEuroAmountSchema.safeParse("-5,00").success //=> false
 * ```
 * @category Model
 */
export const ItalianEuroAmountSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("italian").euroAmount);

/**
 * A decimal ≥ 0 written the Italian way (`"103,75%"`): the Italian counterpart of {@link NonNegativeDecimalSchema}.
 *
 * @example
 * ```ts
 * import { ItalianNonNegativeDecimalSchema } from "piano-di-zona";
 * ItalianNonNegativeDecimalSchema.parse("103,75%").toString() //=> "103.75"
 * ItalianNonNegativeDecimalSchema.safeParse("-1").success //=> false
 * ```
 * @category Model
 */
export const ItalianNonNegativeDecimalSchema = /* @__PURE__ */ z.lazy(
  () => numberPrimitives("italian").nonNegativeDecimal,
);

/**
 * A percentage from 0 to 100 written the Italian way (`"76,56%"` → 76.56): the Italian counterpart of
 * {@link PercentSchema}.
 *
 * @example
 * ```ts
 * import { ItalianPercentSchema } from "piano-di-zona";
 * ItalianPercentSchema.parse("76,56%").toString() //=> "76.56"
 * ItalianPercentSchema.safeParse("100,01%").success //=> false
 * ```
 * @category Model
 */
export const ItalianPercentSchema = /* @__PURE__ */ z.lazy(() => numberPrimitives("italian").percent);

/** Built on first use. @internal */
export const isoDateSchema = /* @__PURE__ */ once(() =>
  z.string().transform((value, ctx): IsoDate => convertOrReport(() => parseItalianDate(value), ctx, z.NEVER)),
);

/**
 * A civil date. Accepts ISO (`2025-01-01`) and the Italian forms (`01.01.2025`, `31/12/2027`, `31 dicembre 2027`);
 * outputs an ISO `YYYY-MM-DD` string. Dates have one reading in both number modes.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "piano-di-zona";
 * IsoDateSchema.parse("31.12.2027") //=> "2027-12-31"
 * IsoDateSchema.safeParse("30.02.2027").success //=> false
 * ```
 * @category Model
 */
export const IsoDateSchema = /* @__PURE__ */ z.lazy(isoDateSchema);

/** A year of the calendars the library reads (1900–2199). Built on first use. @internal */
export const yearSchema = /* @__PURE__ */ once(() => z.number().int().min(1900).max(2199));

/** Built on first use. @internal */
export const countSchema = /* @__PURE__ */ once(() => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

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
export const CountSchema = /* @__PURE__ */ z.lazy(countSchema);

/** Built on first use. @internal */
export const labelsSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ it: z.string().min(1), en: z.string().min(1) }),
);

/**
 * Bilingual labels `{ it, en }`.
 *
 * @example
 * ```ts
 * import { LabelsSchema } from "piano-di-zona";
 * LabelsSchema.safeParse({ it: "Sindaco", en: "Mayor" }).success //=> true
 * ```
 * @category Model
 */
export const LabelsSchema = /* @__PURE__ */ z.lazy(labelsSchema);

/**
 * A line range of the record's own document, `[first, last]` (1-based, inclusive): what a part of a record (an
 * action, a target, an indicator) carries instead of a whole {@link SourceReference}. Built on first use.
 * @internal
 */
export const linesSchema = /* @__PURE__ */ once(() =>
  z
    .tuple([
      z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    ])
    .superRefine(([first, last], ctx) => {
      if (last < first) reportIssue(ctx, M.line_range_reversed, {});
    }),
);

/** Built on first use. @internal */
export const sourceReferenceSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    document: z.string().min(1),
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  }),
);

/**
 * Where a fact comes from: a document and a line range.
 *
 * @example
 * ```ts
 * import { SourceReferenceSchema } from "piano-di-zona";
 * SourceReferenceSchema.safeParse({ document: "Piano di Zona 2025-2027", lines: [478, 479] }).success //=> true
 * ```
 * @category Model
 */
export const SourceReferenceSchema = /* @__PURE__ */ z.lazy(sourceReferenceSchema);

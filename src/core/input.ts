import { Decimal } from "./decimal.js";
import { PdzError, type ErrorPath } from "./error.js";

/**
 * Anything the library accepts where it needs an exact number: a Decimal, a canonical decimal string
 * (`"1234.56"`, `"-0.5"`, `"1e3"`), a finite JavaScript number or a bigint.
 *
 * Italian text such as `"1.234,56"` is *not* a canonical string: read it with {@link parseItalianNumber}.
 * @category Core
 */
export type DecimalInput = Decimal | string | number | bigint;

const CANONICAL_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Turns a {@link DecimalInput} into an exact {@link Decimal}.
 *
 * Numbers must be finite and are read through their shortest round-trip string (`0.1` is exactly `0.1`);
 * strings must be canonical decimals (dot as decimal separator, no grouping); NaN and ±Infinity are refused.
 * Negative zero becomes zero.
 *
 * @param value - the value to convert
 * @param path - where the value sits in the caller's input, reported in the error
 * @throws {@link PdzError} `invalid_decimal` when the value is not a finite decimal
 * @example
 * ```ts
 * import { toDecimal } from "piano-di-zona";
 * toDecimal("16600").times(100).div(16000).toString() //=> "103.75"
 * toDecimal(0.1).plus(0.2).toString() //=> "0.3"
 * toDecimal("1.234,56") //=> throws invalid_decimal
 * ```
 * @category Core
 */
export function toDecimal(value: DecimalInput, path: ErrorPath = []): Decimal {
  let result: Decimal | undefined;
  if (typeof value === "number") {
    if (Number.isFinite(value)) result = new Decimal(value);
  } else if (typeof value === "bigint") {
    result = new Decimal(value.toString());
  } else if (typeof value === "string") {
    const text = value.trim();
    if (CANONICAL_DECIMAL.test(text)) result = new Decimal(text);
  } else if (Decimal.isDecimal(value)) {
    result = new Decimal(value);
  }
  if (result === undefined || !result.isFinite()) {
    throw new PdzError({
      code: "invalid_decimal",
      message: `Expected a finite decimal number (Decimal, number or canonical string such as "1234.56")`,
      messageIt: `Atteso un numero decimale finito (Decimal, numero o stringa come "1234.56")`,
      path,
    });
  }
  return result.isZero() ? new Decimal(0) : result;
}

/**
 * Like {@link toDecimal}, and also refuses negative values (amounts, budgets, payments).
 *
 * @param value - the value to convert
 * @param path - where the value sits in the caller's input
 * @throws {@link PdzError} `invalid_decimal`, or `negative_amount` when the value is below zero
 * @example
 * ```ts
 * import { toNonNegativeDecimal } from "piano-di-zona";
 * toNonNegativeDecimal("14000").toString() //=> "14000"
 * toNonNegativeDecimal(-1) //=> throws negative_amount
 * ```
 * @category Core
 */
export function toNonNegativeDecimal(value: DecimalInput, path: ErrorPath = []): Decimal {
  const result = toDecimal(value, path);
  if (result.isNegative()) {
    throw new PdzError({
      code: "negative_amount",
      message: "The amount must be ≥ 0",
      messageIt: "L'importo deve essere ≥ 0",
      path,
    });
  }
  return result;
}

/**
 * Checks that a value is a count: a safe, non-negative integer (people, actions, births, comuni).
 *
 * @param value - the value to check
 * @param path - where the value sits in the caller's input
 * @returns the same number
 * @throws {@link PdzError} `invalid_count` when it is negative, fractional, unsafe or not a number
 * @example
 * ```ts
 * import { requireCount } from "piano-di-zona";
 * requireCount(16) //=> 16
 * requireCount(2.5) //=> throws invalid_count
 * ```
 * @category Core
 */
export function requireCount(value: unknown, path: ErrorPath = []): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new PdzError({
      code: "invalid_count",
      message: "Expected a count: a whole number ≥ 0",
      messageIt: "Atteso un conteggio: un numero intero ≥ 0",
      path,
    });
  }
  return value;
}

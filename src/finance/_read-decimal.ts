// Reading the decimals of the finance functions from untrusted input. core's readDecimal tells a Decimal by asking
// the value (`Dec.isDecimal`), and a revoked proxy, or a proxy whose traps throw, answers with a TypeError of its own;
// here anything but a PdzError becomes `invalid_decimal`, so that no other error leaves a finance function.
// TRANSITIONAL: until core's readDecimal guards that question itself.
import { readDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import * as C from "../core/messages/core.js";

/**
 * A {@link DecimalInput} read from any value, within the library's bounds.
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range`, `number_text_too_long`
 */
export function readDecimalInput(value: unknown, path: ErrorPath): Decimal {
  try {
    return readDecimal(value, path);
  } catch (error) {
    if (error instanceof PdzError) throw error;
    throw pdzError(C.invalid_decimal, {}, path);
  }
}

/**
 * An amount: a {@link DecimalInput} ≥ 0, read from any value, within the library's bounds.
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range`, `number_text_too_long`, `negative_amount`
 */
export function readAmount(value: unknown, path: ErrorPath): Decimal {
  const amount = readDecimalInput(value, path);
  if (amount.isNegative()) throw pdzError(C.negative_amount, {}, path);
  return amount;
}

// Decimals read from untrusted input. The core reader recognises a Decimal by looking at the value, and looking at a
// proxy can throw anything: here every such throw becomes `unreadable_field`, so that only PdzErrors leave.
import { readDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import * as C from "../core/messages/core.js";

/** A decimal, or a PdzError (`invalid_decimal`, `number_out_of_range`, …, `unreadable_field`). @internal */
export function decimalFrom(value: unknown, path: ErrorPath): Decimal {
  try {
    return readDecimal(value, path);
  } catch (error) {
    if (error instanceof PdzError) throw error;
    throw pdzError(C.unreadable_field, {}, path);
  }
}

/** An amount or a ratio that cannot be negative, or `negative_amount` and the errors of {@link decimalFrom}. @internal */
export function nonNegativeFrom(value: unknown, path: ErrorPath): Decimal {
  const result = decimalFrom(value, path);
  if (result.isNegative()) throw pdzError(C.negative_amount, {}, path);
  return result;
}

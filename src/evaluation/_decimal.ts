// Decimals read from untrusted input. The core reader recognises a Decimal by looking at the value, and looking at a
// proxy can throw anything: here every such throw becomes `unreadable_field`, so that only PdzErrors leave.
//
// A Decimal made by the library's own constructor (the common case: a validated document) is copied directly
// instead of through its text, which is several times faster; the copy's digits are checked, so that an instance
// whose internals were tampered with is refused rather than computed with.
import { readDecimal } from "../core/decimal-input.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import { MAX_MAGNITUDE_EXPONENT, MIN_MAGNITUDE_EXPONENT } from "../core/limits.js";
import * as C from "../core/messages/core.js";

// decimal.js keeps its digits in base 10^7 words.
const WORD = 10_000_000;

function isOwnInstance(value: object): boolean {
  return value instanceof Dec;
}

function sound(copy: Decimal): boolean {
  const words: unknown = copy.d;
  if (!Array.isArray(words) || words.length === 0 || words.length > 16 || !Number.isSafeInteger(copy.e)) {
    return false;
  }
  for (const word of words)
    if (!Number.isInteger(word) || (word as number) < 0 || (word as number) >= WORD) return false;
  return true;
}

function fromOwnInstance(value: Decimal, path: ErrorPath): Decimal {
  const copy = new Dec(value);
  if (!copy.isFinite() || !sound(copy)) throw pdzError(C.invalid_decimal, {}, path);
  if (copy.isZero()) return new Dec(0);
  if (copy.e >= MAX_MAGNITUDE_EXPONENT || copy.e < MIN_MAGNITUDE_EXPONENT) {
    throw pdzError(C.number_out_of_range, {}, path);
  }
  return copy;
}

/** A decimal, or a PdzError (`invalid_decimal`, `number_out_of_range`, …, `unreadable_field`). @internal */
export function decimalFrom(value: unknown, path: ErrorPath): Decimal {
  try {
    if (typeof value === "object" && value !== null && isOwnInstance(value)) {
      return fromOwnInstance(value as Decimal, path);
    }
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

import { toNonNegativeDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { isPdzError, pdzError, type ErrorPath } from "../core/error.js";
import * as core from "../core/messages/core.js";

/**
 * A non-negative decimal read with `toNonNegativeDecimal`, where an object that throws while it is inspected (a
 * proxy whose traps throw, a revoked proxy) is `invalid_decimal` too, never a foreign error.
 */
export function readNonNegativeDecimal(value: unknown, path: ErrorPath): Decimal {
  try {
    return toNonNegativeDecimal(value, path);
  } catch (error) {
    if (isPdzError(error)) throw error;
    throw pdzError(core.invalid_decimal, {}, path);
  }
}

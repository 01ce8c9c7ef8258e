import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { divide, integer, multiply, rationalOf, subtract, toDecimal, type Rational } from "./_rational.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * The change from one value to the next, in percent ("variazione percentuale"):
 * `(current − previous) × 100 / previous`, exact — computed as one fraction and correctly rounded once to 40
 * significant digits.
 *
 * @param previous - the earlier value, ≥ 0 and not 0
 * @param current - the later value, ≥ 0
 * @throws {@link PdzError} `negative_amount`, `zero_base` when the earlier value is 0 (a change from nothing has no
 *   percentage); `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for a value that is not a decimal
 *   within the library's bounds
 * @example
 * ```ts
 * import { percentChange } from "piano-di-zona";
 * // Busto Arsizio, spesa pro capite 117,48 € (2021) → 136,03 € (2023): "+15,79% nel triennio"
 * percentChange("117.48", "136.03").toFixed(2) //=> "15.79"
 * percentChange(3, 4).toString() //=> "33.33333333333333333333333333333333333333"
 * percentChange(0, 5) //=> throws zero_base
 * ```
 * @category Finance
 */
export function percentChange(previous: DecimalInput, current: DecimalInput): Decimal {
  const base = rationalOf(toNonNegativeDecimal(previous, ["previous"]));
  const later = rationalOf(toNonNegativeDecimal(current, ["current"]));
  return changeBetween(base, later, ["previous"]);
}

/**
 * The percentage change between two exact values, rounded once; `zero_base` at `basePath` when the base is 0.
 * @internal
 */
export function changeBetween(base: Rational, later: Rational, basePath: ErrorPath): Decimal {
  if (base.n === 0n) throw pdzError(M.zero_base, {}, basePath);
  return toDecimal(divide(multiply(subtract(later, base), integer(100)), base));
}

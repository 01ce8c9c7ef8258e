import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { readList } from "../core/read-input.js";
import { add, integer, multiply, rationalOf, subtract, toDecimal, type Rational } from "./_rational.js";
import { readDecimal } from "../core/decimal-input.js";

/**
 * The most changes {@link compoundChange} chains. The exact product of n changes has up to about 100 × n digits, so
 * the bound keeps a call within milliseconds; a chain of yearly changes is a few dozen long.
 * @internal
 */
export const MAX_COMPOUND_CHANGES = 1000;

const ONE_HUNDRED: Rational = { n: 100n, d: 1n };

/**
 * Chains successive percentage changes into the overall one: `(Π (1 + cᵢ/100) − 1) × 100`, exact — the product is
 * one fraction of integers, correctly rounded once to 40 significant digits.
 *
 * @param changes - the successive changes, in percent (negative for a fall, not below −100), at most 1,000
 * @throws {@link PdzError} `change_below_minus_100`; `invalid_type` when the changes are not a list,
 *   `too_many_items` beyond 1,000 changes, `unreadable_field`; `invalid_decimal`, `number_out_of_range`,
 *   `number_text_too_long` for a change that is not a decimal within the library's bounds
 * @example
 * ```ts
 * import { compoundChange } from "piano-di-zona";
 * // Busto Arsizio: "+14,00%" (2022 on 2021) then "+1,94%" (2023 on 2022) → "+16,21% nel 2023 rispetto al 2021"
 * compoundChange(["14", "1.94"]).toString() //=> "16.2116"
 * compoundChange([]).toString() //=> "0"
 * ```
 * @category Finance
 */
export function compoundChange(changes: readonly DecimalInput[]): Decimal {
  const items = readList(changes, [], MAX_COMPOUND_CHANGES);
  let factor: Rational = integer(1);
  for (let index = 0; index < items.length; index += 1) {
    const change = rationalOf(readDecimal(items[index], [index]));
    if (change.n < -100n * change.d) throw pdzError(M.change_below_minus_100, {}, [index]);
    // 1 + c/100 = (100 + c) / 100
    factor = multiply(factor, { n: add(ONE_HUNDRED, change).n, d: 100n * change.d });
  }
  return toDecimal(multiply(subtract(factor, integer(1)), ONE_HUNDRED));
}

import { readDecimal, type DecimalInput } from "./decimal-input.js";
import type { Decimal } from "./decimal.js";
import { readDecimalPlaces } from "./rounding.js";

/**
 * The decimals a figure in canonical form carries, trailing zeros included: a string's digits after the point
 * (`"6.40"` → 2), otherwise the value's decimal places. This is the precision a printed figure is judged at.
 * @internal
 */
export function printedDecimals(printed: unknown): number {
  if (typeof printed === "string") {
    const text = printed.trim();
    const fraction = /^[+-]?\d*\.(\d+)(?:[eE][+-]?\d+)?$/.exec(text)?.[1];
    if (fraction !== undefined && !/[eE]/.test(text)) return Math.min(20, fraction.length);
  }
  return Math.min(20, Math.max(0, readDecimal(printed, ["printed"]).decimalPlaces()));
}

/**
 * Tells whether a figure printed in a document agrees with the exact value, given the decimals it was printed
 * with: the printed value must be the exact one rounded to those decimals, so they may differ by at most half a
 * unit of the last printed digit (76,56 agrees with 76,5625; 66,66 does not agree with 66,666…).
 *
 * @param computed - the exact value
 * @param printed - the value as the document prints it (canonical form, e.g. `"76.56"`)
 * @param decimals - the decimals printed (0–20); by default, those `printed` carries (`"6.40"` → 2)
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range`, `invalid_decimals`
 * @example
 * ```ts
 * import { agreesWithPrinted, Decimal } from "piano-di-zona";
 * agreesWithPrinted(new Decimal(1225).div(16), "76.56") //=> true
 * agreesWithPrinted(new Decimal(200).div(3), "66.66") //=> false
 * agreesWithPrinted(new Decimal(200).div(3), 67) //=> true
 * ```
 * @category Core
 */
export function agreesWithPrinted(computed: DecimalInput, printed: DecimalInput, decimals?: number): boolean {
  const exact = readDecimal(computed, ["computed"]);
  const figure = readDecimal(printed, ["printed"]);
  const places = decimals === undefined ? printedDecimals(printed) : readDecimalPlaces(decimals);
  return withinHalfUnit(exact, figure, places);
}

/** |computed − printed| ≤ half a unit of the printed figure's last decimal. @internal */
export function withinHalfUnit(computed: Decimal, printed: Decimal, places: number): boolean {
  // 5 × 10^-(places + 1), exactly: a Decimal built from text, not a power computed at run time.
  return computed
    .minus(printed)
    .abs()
    .lte(`5e-${String(places + 1)}`);
}

import type { Decimal } from "./decimal.js";
import { toDecimal, type DecimalInput } from "./input.js";

/**
 * Tells whether a figure printed in a document agrees with the exact value, given the decimals it was printed
 * with: the printed value must be the exact one rounded to those decimals, so they may differ by at most half a
 * unit of the last printed digit (76,56 agrees with 76,5625; 66,66 does not agree with 66,666…).
 *
 * @param computed - the exact value
 * @param printed - the value as the document prints it (canonical form, e.g. `"76.56"`)
 * @param decimals - the decimals printed; by default, the decimals `printed` carries (a string's digits after the
 *   point, or a Decimal's decimal places; 0 for a number)
 * @example
 * ```ts
 * import { agreesWithPrinted, Decimal } from "piano-di-zona";
 * agreesWithPrinted(new Decimal(1225).div(16), "76.56") //=> true
 * agreesWithPrinted(new Decimal(200).div(3), "66.66") //=> false
 * agreesWithPrinted(new Decimal(200).div(3), 67) //=> true
 * ```
 * @category Core
 */
export function agreesWithPrinted(computed: Decimal, printed: DecimalInput, decimals?: number): boolean {
  const places =
    decimals ??
    (typeof printed === "string"
      ? (printed.split(".")[1]?.replace(/[eE].*$/, "").length ?? 0)
      : typeof printed === "object"
        ? printed.decimalPlaces()
        : 0);
  const tolerance = toDecimal(5).times(toDecimal(10).pow(-(places + 1)));
  return computed.minus(toDecimal(printed)).abs().lte(tolerance);
}

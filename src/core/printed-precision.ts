import type { Decimal } from "./decimal.js";
import { toDecimal, type DecimalInput } from "./input.js";

/**
 * Tells whether a figure printed in a document agrees with the exact value, given the decimals it was printed
 * with: the printed value must be the exact one rounded to those decimals, so they may differ by at most half a
 * unit of the last printed digit (76,56 agrees with 76,5625; 66,66 does not agree with 66,666…).
 *
 * @param computed - the exact value
 * @param printed - the value as the document prints it (canonical form, e.g. `"76.56"`)
 * @param decimals - the decimals printed; by default, those `printed` carries (see {@link printedDecimals})
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
  const places = decimals ?? printedDecimals(printed);
  const tolerance = toDecimal(5).times(toDecimal(10).pow(-(places + 1)));
  return computed.minus(toDecimal(printed)).abs().lte(tolerance);
}

/**
 * The decimals a figure in canonical form carries, trailing zeros included: a string's digits after the point
 * (`"6.40"` → 2), otherwise the value's decimal places. This is the precision a printed figure is judged at.
 *
 * @param printed - the figure, canonical (`"76.56"`) or as a number, bigint or Decimal
 * @example
 * ```ts
 * import { printedDecimals } from "piano-di-zona";
 * printedDecimals("6.40") //=> 2
 * printedDecimals("122855") //=> 0
 * printedDecimals(76.5) //=> 1
 * ```
 * @category Core
 */
export function printedDecimals(printed: DecimalInput): number {
  if (typeof printed === "string")
    return (
      printed
        .trim()
        .split(".")[1]
        ?.replace(/[eE].*$/, "").length ?? 0
    );
  return Math.max(0, toDecimal(printed).decimalPlaces());
}

/**
 * The decimals a figure written the Italian way carries, trailing zeros included: its digits after the comma
 * (`"84,30%"` → 2, `"19.834.861"` → 0).
 *
 * @param text - the figure as printed
 * @example
 * ```ts
 * import { italianPrintedDecimals } from "piano-di-zona";
 * italianPrintedDecimals("84,30%") //=> 2
 * italianPrintedDecimals("€ 19.834.861") //=> 0
 * ```
 * @category Core
 */
export function italianPrintedDecimals(text: string): number {
  return /,(\d+)/.exec(text)?.[1]?.length ?? 0;
}

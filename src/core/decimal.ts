import { Decimal as DecimalJs } from "decimal.js";

/**
 * The library's own decimal constructor: a `decimal.js` clone with 40 significant digits and half-up rounding.
 *
 * It is created with `Decimal.clone`, never `Decimal.set`, so configuring it does not change any other user of
 * decimal.js in the host application. 40 significant digits keep every quotient in this library exact well beyond
 * the 30 digits the identities between demographic indices need (IDS = IDA + IDG, IV × IDG = 100 × IDA), and
 * exponent notation is pushed out of reach so `toString()` always prints plain digits.
 *
 * Instances are ordinary decimal.js instances (`Decimal.isDecimal(x)` is true for them).
 *
 * @example
 * ```ts
 * import { Decimal } from "piano-di-zona";
 * new Decimal(1225).div(16).toString() //=> "76.5625"
 * new Decimal(1).div(3).toString() //=> "0.3333333333333333333333333333333333333333"
 * ```
 * @category Core
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
});

/**
 * An exact decimal value as produced by {@link Decimal}.
 * @category Core
 */
export type Decimal = DecimalJs;

/** The number of significant digits of {@link Decimal}. @category Core */
export const DECIMAL_PRECISION = 40;

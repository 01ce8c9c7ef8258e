import { Decimal as DecimalJs } from "decimal.js";
import { pdzError } from "./error.js";
import { DECIMAL_PRECISION } from "./limits.js";
import * as M from "./messages/core.js";

function refuseConfiguration(): never {
  throw pdzError(M.decimal_is_fixed, {});
}

/**
 * The constructor the library computes with: the same clone as the public {@link Decimal}, without the guard against
 * reconfiguration (a proxy's construct path is an order of magnitude slower). Its instances are the instances the
 * public `Decimal` makes. Library code uses it; it is never exported from the package.
 * @internal
 */
export const Dec: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  precision: DECIMAL_PRECISION,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
});

function fixedDecimal(): typeof DecimalJs {
  // decimal.js changes a constructor's precision while it computes logarithms and powers, so the constructor itself
  // cannot be frozen. The proxy refuses only what others would do to it: Decimal.set, assignments, redefinitions.
  return new Proxy(Dec, {
    set: refuseConfiguration,
    defineProperty: refuseConfiguration,
    deleteProperty: refuseConfiguration,
    setPrototypeOf: refuseConfiguration,
  });
}

/**
 * The library's own decimal constructor: a `decimal.js` clone with 40 significant digits and half-up rounding.
 *
 * It is created with `Decimal.clone`, never `Decimal.set`, so it does not change any other user of decimal.js in the
 * host application; and it cannot be reconfigured (`Decimal.set(…)` throws), so no code in the host can change the
 * library's results (it throws `decimal_is_fixed`). 40 significant digits keep every quotient exact well beyond the 30 digits the identities
 * between demographic indices need, and exponent notation is pushed out of reach so `toString()` prints plain digits.
 *
 * Instances are ordinary decimal.js instances (`Decimal.isDecimal(x)` is true for them). For another precision,
 * make a constructor of your own with `Decimal.clone({ precision: … })`.
 *
 * @example
 * ```ts
 * import { Decimal } from "piano-di-zona";
 * new Decimal(1225).div(16).toString() //=> "76.5625"
 * new Decimal(1).div(3).toString() //=> "0.3333333333333333333333333333333333333333"
 * Decimal.precision //=> 40
 * ```
 * @category Core
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ fixedDecimal();

/**
 * An exact decimal value as produced by {@link Decimal}.
 * @category Core
 */
export type Decimal = DecimalJs;

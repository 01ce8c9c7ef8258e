import type { Decimal as DecimalJs } from "decimal.js";
import { Decimal } from "./decimal.js";
import { toDecimal, type DecimalInput } from "./input.js";

/**
 * How to round a value that falls between two representable ones.
 *
 * - `"half-up"`: halves away from zero (commercial rounding; EU Reg. 1103/97 art. 5 for euro amounts)
 * - `"half-even"`: halves to the even neighbour (banker's rounding, no cumulative bias)
 * - `"half-down"`: halves towards zero
 * - `"up"` / `"down"`: away from / towards zero
 * - `"ceil"` / `"floor"`: towards +∞ / −∞
 * @category Core
 */
export type RoundingMode = "half-up" | "half-even" | "half-down" | "up" | "down" | "ceil" | "floor";

/** Every {@link RoundingMode}, in a stable order. @category Core */
export const ROUNDING_MODES = ["half-up", "half-even", "half-down", "up", "down", "ceil", "floor"] as const;

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-down": Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Rounds a value to a number of decimal places with an explicit mode. Negative zero becomes zero.
 *
 * @param value - the value to round
 * @param decimals - decimal places to keep (a whole number ≥ 0)
 * @param mode - the rounding mode; there is no hidden default
 * @example
 * ```ts
 * import { roundTo } from "piano-di-zona";
 * roundTo("2.345", 2, "half-up").toString() //=> "2.35"
 * roundTo("2.345", 2, "half-even").toString() //=> "2.34"
 * roundTo("-2.345", 2, "half-up").toString() //=> "-2.35"
 * ```
 * @category Core
 */
export function roundTo(value: DecimalInput, decimals: number, mode: RoundingMode): Decimal {
  const rounded = toDecimal(value).toDecimalPlaces(decimals, DECIMAL_JS_MODE[mode]);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Rounds a euro amount to the cent. Half-up by default, as EU Reg. 1103/97 art. 5 prescribes for amounts to be
 * paid or accounted.
 *
 * @param value - the amount
 * @param mode - the rounding mode (default `"half-up"`)
 * @example
 * ```ts
 * import { roundEuro } from "piano-di-zona";
 * roundEuro("4666.665").toString() //=> "4666.67"
 * roundEuro("4666.665", "half-even").toString() //=> "4666.66"
 * ```
 * @category Core
 */
export function roundEuro(value: DecimalInput, mode: RoundingMode = "half-up"): Decimal {
  return roundTo(value, 2, mode);
}

import type { Decimal as DecimalJs } from "decimal.js";
import { readDecimal, type DecimalInput } from "./decimal-input.js";
import { Dec, type Decimal } from "./decimal.js";
import { pdzError, type ErrorPath } from "./error.js";
import * as M from "./messages/core.js";

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
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** Every {@link RoundingMode}, in a stable order. @category Core */
export const ROUNDING_MODES = /* @__PURE__ */ Object.freeze([
  "half-up",
  "half-even",
  "half-down",
  "up",
  "down",
  "ceil",
  "floor",
] as const);

/** The most decimal places a rounding or a format may ask for. @internal */
export const MAX_DECIMAL_PLACES = 20;

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  "half-up": 4,
  "half-even": 6,
  "half-down": 5,
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
};

/** A number of decimal places: a whole number from 0 to 20, or `invalid_decimals`. @internal */
export function readDecimalPlaces(value: unknown, path: ErrorPath = ["decimals"]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_DECIMAL_PLACES) {
    throw pdzError(M.invalid_decimals, {}, path);
  }
  return value;
}

/** A {@link RoundingMode}, or `invalid_rounding_mode`. @internal */
export function readRoundingMode(value: unknown, path: ErrorPath = ["rounding"]): RoundingMode {
  if (typeof value !== "string" || !(ROUNDING_MODES as readonly string[]).includes(value)) {
    throw pdzError(M.invalid_rounding_mode, { options: ROUNDING_MODES.join(", ") }, path);
  }
  return value as RoundingMode;
}

/** Rounds an exact value, already read, to decimal places with a mode. Negative zero becomes zero. @internal */
export function roundDecimal(value: Decimal, decimals: number, mode: RoundingMode): Decimal {
  const rounded = value.toDecimalPlaces(decimals, DECIMAL_JS_MODE[mode]);
  return rounded.isZero() ? new Dec(0) : rounded;
}

/**
 * Rounds a value to a number of decimal places with an explicit mode. Negative zero becomes zero.
 *
 * @param value - the value to round
 * @param decimals - decimal places to keep (a whole number from 0 to 20)
 * @param mode - the rounding mode; there is no hidden default
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range`, `invalid_decimals`, `invalid_rounding_mode`
 * @example
 * ```ts
 * import { roundTo } from "piano-di-zona";
 * roundTo("2.345", 2, "half-up").toString() //=> "2.35"
 * roundTo("2.345", 2, "half-even").toString() //=> "2.34"
 * roundTo("-2.345", 2, "half-up").toString() //=> "-2.35"
 * roundTo("2.345", 2, "nearest" as never) //=> throws invalid_rounding_mode
 * ```
 * @category Core
 */
export function roundTo(value: DecimalInput, decimals: number, mode: RoundingMode): Decimal {
  const exact = readDecimal(value, ["value"]);
  return roundDecimal(exact, readDecimalPlaces(decimals), readRoundingMode(mode, ["mode"]));
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
  return roundDecimal(readDecimal(value, ["value"]), 2, readRoundingMode(mode, ["mode"]));
}

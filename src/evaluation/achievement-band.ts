import type { AchievementBand } from "../catalog/evaluation-scales.js";
import { readDecimal, type DecimalInput } from "../core/decimal-input.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import * as C from "../core/messages/core.js";
import type { Fraction } from "./_fraction-sum.js";
import { readErrorPath } from "./_options.js";

/**
 * Classifies an achievement grade into its band of the D.G.R. XII/2167 grid, on the exact value:
 * `0` nullo; `(0, 50)` insufficiente; `[50, 80)` sufficiente; `[80, 100)` buono; `100` ottimo.
 *
 * The grid prints the ranges on whole numbers (0 / 1-49 / 50-79 / 80-99 / 100) and leaves the gaps open; closing
 * them on the exact value, never on a rounded display, is the choice that reproduces every band in the real plans
 * (Gallarate's 76,5625% is sufficiente). So 79,5% is sufficiente, 99,9% buono and 0,4% insufficiente.
 *
 * @param percent - the grade, in percent (0–100)
 * @param path - where the value sits in the caller's input (a list of keys and indices), reported in the error
 * @throws {@link PdzError} `percent_out_of_range` outside 0–100; `invalid_decimal`, `number_out_of_range` or
 *   `number_text_too_long` for what is not a number; `invalid_type` for a path that is not a list of keys
 * @example
 * ```ts
 * import { achievementBand } from "piano-di-zona";
 * achievementBand("76.5625") //=> "sufficiente"
 * achievementBand("79.5") //=> "sufficiente"
 * achievementBand("99.9") //=> "buono"
 * achievementBand(0) //=> "nullo"
 * achievementBand(101) //=> throws percent_out_of_range
 * achievementBand(null as never) //=> throws invalid_decimal
 * ```
 * @category Evaluation
 */
export function achievementBand(percent: DecimalInput, path: ErrorPath = []): AchievementBand {
  const at = readErrorPath(path, ["path"]);
  const value = readDecimal(percent, at);
  if (value.isNegative() || value.gt(100)) throw pdzError(C.percent_out_of_range, {}, at);
  if (value.isZero()) return "nullo";
  if (value.lt(50)) return "insufficiente";
  if (value.lt(80)) return "sufficiente";
  if (value.lt(100)) return "buono";
  return "ottimo";
}

/**
 * The band of a grade given as an exact fraction of percent points, decided on the fraction itself; `null` above
 * 100%.
 * @internal
 */
export function bandOfFraction({ numerator, denominator }: Fraction): AchievementBand | null {
  if (numerator === 0n) return "nullo";
  if (numerator < 50n * denominator) return "insufficiente";
  if (numerator < 80n * denominator) return "sufficiente";
  if (numerator < 100n * denominator) return "buono";
  return numerator === 100n * denominator ? "ottimo" : null;
}

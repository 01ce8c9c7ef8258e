import type { AchievementBand } from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, type ErrorPath } from "../core/error.js";
import { toDecimal, type DecimalInput } from "../core/input.js";

/**
 * Classifies an achievement grade into its band of the D.G.R. XII/2167 grid, on the exact value:
 * `0` nullo; `(0, 50)` insufficiente; `[50, 80)` sufficiente; `[80, 100)` buono; `100` ottimo.
 *
 * The grid prints the ranges on whole numbers (0 / 1-49 / 50-79 / 80-99 / 100) and leaves the gaps open; closing
 * them on the exact value, never on a rounded display, is the choice that reproduces every band in the real plans
 * (Gallarate's 76,5625% is sufficiente). So 79,5% is sufficiente, 99,9% buono and 0,4% insufficiente.
 *
 * @param percent - the grade, in percent (0–100)
 * @param path - where the value sits in the caller's input
 * @throws {@link PdzError} `percent_out_of_range` outside 0–100, `invalid_decimal` for a non-number
 * @example
 * ```ts
 * import { achievementBand } from "piano-di-zona";
 * achievementBand("76.5625") //=> "sufficiente"
 * achievementBand("79.5") //=> "sufficiente"
 * achievementBand("99.9") //=> "buono"
 * achievementBand(0) //=> "nullo"
 * achievementBand(101) //=> throws percent_out_of_range
 * ```
 * @category Evaluation
 */
export function achievementBand(percent: DecimalInput, path: ErrorPath = []): AchievementBand {
  const value: Decimal = toDecimal(percent, path);
  if (value.isNegative() || value.gt(100)) {
    throw new PdzError({
      code: "percent_out_of_range",
      message: "An achievement grade must be between 0% and 100%",
      messageIt: "Il grado di raggiungimento deve essere compreso tra 0% e 100%",
      path,
    });
  }
  if (value.isZero()) return "nullo";
  if (value.lt(50)) return "insufficiente";
  if (value.lt(80)) return "sufficiente";
  if (value.lt(100)) return "buono";
  return "ottimo";
}

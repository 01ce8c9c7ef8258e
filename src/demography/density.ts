import { Dec, type Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { toNonNegativeDecimal, type DecimalInput } from "../core/input.js";
import { countAt, zeroDenominator } from "./_internal.js";

/**
 * Densità di popolazione (population density): inhabitants per km², `population / area`, exact. The area is a
 * decimal (never a float): pass a Decimal or a canonical string such as `"9.12"`; read Italian text such as
 * `"9,12"` with {@link parseItalianNumber} first.
 *
 * @param input - `population` (a count) and `areaKm2` (km², > 0)
 * @param path - where the input sits in the caller's data, for errors
 * @throws {@link PdzError} `invalid_count`, `invalid_decimal`, `negative_amount`, `zero_denominator`
 * @example
 * ```ts
 * import { parseItalianNumber, populationDensity } from "piano-di-zona";
 * populationDensity({ population: 258307, areaKm2: parseItalianNumber("213,68") }).toFixed(2) //=> "1208.85"
 * populationDensity({ population: 6384, areaKm2: "5.6" }).toString() //=> "1140"
 * populationDensity({ population: 10, areaKm2: 0 }) //=> throws zero_denominator
 * ```
 * @category Demography
 */
export function populationDensity(
  input: { readonly population: number; readonly areaKm2: DecimalInput },
  path: ErrorPath = [],
): Decimal {
  const population = countAt(input, "population");
  const area = toNonNegativeDecimal(input.areaKm2, [...path, "areaKm2"]);
  if (area.isZero()) throw zeroDenominator([...path, "areaKm2"], "area", "superficie");
  return new Dec(population).div(area);
}

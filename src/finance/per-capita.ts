import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { readPopulation } from "./_population.js";
import { divide, integer, rationalOf, toDecimal } from "./_rational.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * Spending per inhabitant ("spesa pro capite"): `amount / population`, exact — correctly rounded once to 40
 * significant digits (round it only to display it).
 *
 * Which population to divide by is the caller's choice and matters: documents often use the resident population at
 * 1 January of the following year, or a mean; state it next to the figure.
 *
 * @param amount - the amount, in euro, ≥ 0
 * @param population - the inhabitants, a whole number > 0
 * @throws {@link PdzError} `negative_amount`, `invalid_count`, `zero_population`; `invalid_decimal`,
 *   `number_out_of_range`, `number_text_too_long` for an amount that is not a decimal within the library's bounds
 * @example
 * ```ts
 * import { perCapita, roundEuro } from "piano-di-zona";
 * // Gallarate 2022: 19.834.861 € of social spending, 122.675 inhabitants
 * roundEuro(perCapita("19834861", 122675)).toString() //=> "161.69"
 * perCapita(1000, 0) //=> throws zero_population
 * ```
 * @category Finance
 */
export function perCapita(amount: DecimalInput, population: number): Decimal {
  const value = rationalOf(toNonNegativeDecimal(amount, ["amount"]));
  return toDecimal(divide(value, integer(readPopulation(population, ["population"]))));
}

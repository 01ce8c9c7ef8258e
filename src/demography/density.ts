import type { Decimal } from "../core/decimal.js";
import type { DecimalInput } from "../core/decimal-input.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { exactQuotient, toFraction } from "../core/exact-quotient.js";
import * as M from "../core/messages/demography.js";
import { ownField, readCount, readRecord } from "../core/read-input.js";
import { readErrorPath } from "./_error-path.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * Densità di popolazione (population density): inhabitants per km², `population / area`, exact. The area is a
 * decimal (never a float): pass a Decimal or a canonical string such as `"9.12"`; read Italian text such as
 * `"9,12"` with {@link parseItalianNumber} first.
 *
 * @param input - `population` (a count) and `areaKm2` (km², > 0)
 * @param path - where the input sits in the caller's data, for errors
 * @throws {@link PdzError} `invalid_type` (not a record, or a path that is not a list), `invalid_count`,
 * `invalid_decimal`, `number_out_of_range`, `negative_amount`, `zero_denominator`, `unreadable_field`
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
  const at = readErrorPath(path);
  const record = readRecord(input, at);
  const population = readCount(ownField(record, "population", at), [...at, "population"]);
  const area = toNonNegativeDecimal(ownField(record, "areaKm2", at), [...at, "areaKm2"]);
  if (area.isZero()) {
    throw pdzError(M.zero_denominator, { what: { en: "area", it: "superficie" } }, [...at, "areaKm2"]);
  }
  // population / (n / d) = population × d / n: one exact fraction, rounded once.
  const { numerator, denominator } = toFraction(area);
  return exactQuotient(BigInt(population) * denominator, numerator);
}

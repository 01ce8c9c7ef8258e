import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import * as M from "../core/messages/demography.js";
import { classWidth, readAgeOptions, requirePopulation } from "./_grouped-ages.js";
import { medianClass } from "./_half-population.js";
import { wholeDecimal } from "./_index-fractions.js";
import { classLabel, startOf } from "./_structure-data.js";
import { structureData } from "./_structure-storage.js";
import type { AgeStructure } from "./age-structure.js";

/**
 * Options of {@link medianAge}.
 * @category Demography
 */
export interface MedianAgeOptions {
  /**
   * `true` (default): interpolate within the median class, assuming people evenly spread over it; `false`: the first
   * age of the class in which the cumulated population first reaches half the total (for single years, the
   * completed age).
   */
  readonly interpolate?: boolean;
  /**
   * The width in years (1–200) assumed for the open last class, used only when the median falls in it. Without it
   * such a median is refused (`median_in_open_class`): inside the open class the result would be the assumption.
   */
  readonly openClassWidth?: number;
}

/**
 * Età mediana (median age): the age that splits the population into two halves. The median class `k` is the first
 * in which the cumulated population reaches half the total `N`; with `P(<k)` people in the classes before it and
 * `P(k)` in it, the median is interpolated linearly within the class, assuming people evenly spread over its `w(k)`
 * years:
 *
 * `from(k) + w(k) × (N/2 − P(<k)) / P(k) = (2 × P(k) × from(k) + w(k) × (N − 2 × P(<k))) / (2 × P(k))`,
 *
 * one exact fraction, rounded once to 40 significant digits. For single years `w = 1` and this is
 * `a + (N/2 − P(<a)) / P(a)`; for grouped classes (five-year "00-04" … "85+", or "0-14", "15-64", "65+") `w(k)` is
 * the class width (5 for "20-24"). The open last class has no width: a median inside it is refused
 * (`median_in_open_class`) unless `openClassWidth` states the width to assume.
 *
 * Limits: with grouped classes the interpolated median assumes an even spread within its class; the wider the class
 * (50 years for "15-64"), the rougher the estimate.
 *
 * @param structure - an age structure (single years or bands)
 * @param options - `interpolate` (default `true`), `openClassWidth`
 * @throws {@link PdzError} `zero_denominator` when empty, `median_in_open_class` when the median falls in the open
 * class and interpolation is asked without `openClassWidth`, `invalid_class_width`, `invalid_type`,
 * `invalid_age_structure` (not a structure)
 * @example
 * ```ts
 * import { ageStructureFromBands, ageStructureFromSingleYears, medianAge } from "piano-di-zona";
 * const total = Array.from({ length: 101 }, (_, age) => (age === 30 ? 4 : age === 50 ? 4 : 0));
 * const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
 * medianAge(structure).toString() //=> "31"
 * medianAge(structure, { interpolate: false }).toString() //=> "30"
 * const grouped = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 4, total: 10 }, { from: 5, to: 9, total: 20 }, { from: 10, total: 10 }],
 * });
 * medianAge(grouped).toString() //=> "7.5"
 * ```
 * @category Demography
 */
export function medianAge(structure: AgeStructure, options: MedianAgeOptions = {}): Decimal {
  const data = structureData(structure, ["structure"]);
  const { flag: interpolate, openWidth } = readAgeOptions(options, "interpolate");
  const total = requirePopulation(data, ["structure"]);
  const k = medianClass(data.cumTotals, data.classCount);
  const from = startOf(data, k);
  if (!interpolate) return wholeDecimal(from);
  if (k === data.classCount - 1 && openWidth === null) {
    throw pdzError(M.median_in_open_class, { label: classLabel(data, k) }, ["structure"]);
  }
  const width = BigInt(classWidth(data, k, openWidth));
  const below = BigInt(data.cumTotals[k] ?? 0);
  const count = BigInt((data.cumTotals[k + 1] ?? 0) - (data.cumTotals[k] ?? 0));
  return exactQuotient(2n * count * BigInt(from) + width * (BigInt(total) - 2n * below), 2n * count);
}

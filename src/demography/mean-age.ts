import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import type { AgeStructure } from "./age-structure.js";
import {
  SINGLE_YEAR_CLASSES,
  ageWeightedTotal,
  bandTotal,
  structureData,
  zeroDenominator,
  type StructureData,
} from "./_internal.js";
import { exactQuotient, exactQuotientPlus, exactQuotientPlusHalf } from "./_exact-quotient.js";

function singleYearData(structure: AgeStructure): StructureData {
  const data = structureData(structure, ["structure"]);
  if (!data.singleYears) {
    throw new PdzError({
      code: "band_not_available",
      message: "Mean and median age need single-year counts",
      messageIt: "Età media e mediana richiedono conteggi per singolo anno di età",
      path: ["structure"],
    });
  }
  if (structure.total === 0) throw zeroDenominator(["structure", "total"], "population", "popolazione");
  return data;
}

/**
 * Options of {@link meanAge}.
 * @category Demography
 */
export interface MeanAgeOptions {
  /**
   * Add half a year to each completed age (default `true`): someone aged 40 in completed years is on average
   * 40,5 years old. ISTAT's glossary does not say whether its "età media" does this; set `false` for Σ age × P / N.
   */
  readonly halfYear?: boolean;
}

/**
 * Età media (mean age) of a single-year structure: `Σ (age + ½) × P(age) / P(total)`, exact. The open class 100+
 * counts as age 100. Use `{ halfYear: false }` for the plain mean of completed ages.
 *
 * @param structure - a single-year age structure
 * @param options - `halfYear` (default `true`)
 * @throws {@link PdzError} `band_not_available` for a structure built from bands, `zero_denominator` when empty
 * @example
 * ```ts
 * import { ageStructureFromSingleYears, meanAge } from "piano-di-zona";
 * const total = Array.from({ length: 101 }, (_, age) => (age === 20 || age === 41 ? 1 : 0));
 * const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
 * meanAge(structure).toString() //=> "31"
 * meanAge(structure, { halfYear: false }).toString() //=> "30.5"
 * ```
 * @category Demography
 */
export function meanAge(structure: AgeStructure, options: MeanAgeOptions = {}): Decimal {
  const data = singleYearData(structure);
  const weighted = ageWeightedTotal(data);
  // The quotient is rounded to 40 digits before ½ is added, as Decimal's div then plus would.
  return options.halfYear === false
    ? exactQuotient(weighted, structure.total)
    : exactQuotientPlusHalf(weighted, structure.total);
}

/**
 * Options of {@link medianAge}.
 * @category Demography
 */
export interface MedianAgeOptions {
  /**
   * `true` (default): interpolate within the year of age, assuming people evenly spread over it; `false`: the
   * completed age at which the cumulated population first reaches half the total.
   */
  readonly interpolate?: boolean;
}

/**
 * Età mediana (median age): the age that splits the population into two halves. By default interpolated within
 * the median year of age, `a + (N/2 − P(<a)) / P(a)`, exact; with `{ interpolate: false }` the completed age `a`.
 *
 * @param structure - a single-year age structure
 * @param options - `interpolate` (default `true`)
 * @throws {@link PdzError} `band_not_available` for bands, `zero_denominator` when empty, `median_in_open_class`
 * when the median falls in 100+ and interpolation is asked
 * @example
 * ```ts
 * import { ageStructureFromSingleYears, medianAge } from "piano-di-zona";
 * const total = Array.from({ length: 101 }, (_, age) => (age === 30 ? 4 : age === 50 ? 4 : 0));
 * const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
 * medianAge(structure).toString() //=> "31"
 * medianAge(structure, { interpolate: false }).toString() //=> "30"
 * ```
 * @category Demography
 */
export function medianAge(structure: AgeStructure, options: MedianAgeOptions = {}): Decimal {
  const data = singleYearData(structure);
  const total = structure.total;
  let below = 0;
  let age = 0;
  let count = bandTotal(data, 0);
  // The first age whose cumulated count reaches half the total (2 × cumulated ≥ total keeps it in integers).
  while (2 * (below + count) < total) {
    below += count;
    count = bandTotal(data, ++age);
  }
  if (options.interpolate === false) return new Dec(age);
  if (age === SINGLE_YEAR_CLASSES - 1) {
    throw new PdzError({
      code: "median_in_open_class",
      message: "The median falls in the open class 100+ and cannot be interpolated",
      messageIt: "La mediana cade nella classe aperta 100+ e non può essere interpolata",
      path: ["structure"],
    });
  }
  return exactQuotientPlus(total - 2 * below, 2 * count, age);
}

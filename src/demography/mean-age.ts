import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { classWidth, readAgeOptions, requirePopulation } from "./_grouped-ages.js";
import { startOf } from "./_structure-data.js";
import { structureData } from "./_structure-storage.js";
import type { AgeStructure } from "./age-structure.js";

/**
 * Options of {@link meanAge}.
 * @category Demography
 */
export interface MeanAgeOptions {
  /**
   * Count each class at the middle of the years it spans (default `true`): someone aged 40 in completed years is on
   * average 40,5 years old, a class 0-4 counts at 2,5. ISTAT's glossary does not say whether its "età media" does
   * this; set `false` for the middle of the completed ages (40 for age 40, 2 for 0-4).
   */
  readonly halfYear?: boolean;
  /**
   * The width in years (1–200) assumed for the open last class ("100+", "85+", "65+"). Default: the width of the
   * class before it (1 year for single years, so 100+ counts as 100,5; 5 years for five-year classes, so 85+
   * counts as 87,5).
   */
  readonly openClassWidth?: number;
}

/**
 * Età media (mean age): `Σ m(k) × P(k) / N` over the classes `k` of the structure, where `m(k)` is the middle of
 * the years the class spans, computed as one exact fraction `Σ (2 × from(k) + w(k)) × P(k) / 2N` and rounded once
 * to 40 significant digits.
 *
 * - Single years (0…99, 100+): `m(a) = a + ½`, so the mean is `Σ a × P(a) / N + ½`. The open class 100+ counts as
 *   100,5 (a width of one year).
 * - Grouped classes (five-year "00-04" … "85+", or "0-14", "15-64", "65+"): `m(k)` is the class mid-point, 2,5 for
 *   0-4, 17 for 15-19 (ages 15 to 19 completed span 15 to 20). People are assumed evenly spread over each class. The
 *   open last class spans `openClassWidth` years, by default the width of the class before it (85+ → 85-89, middle
 *   87,5).
 * - `{ halfYear: false }`: `m(k)` is the middle of the completed ages, `(from(k) + to(k)) / 2` (a for single years).
 *
 * Limits: with grouped classes the mean is an estimate, exact only for the assumption of an even spread; it errs
 * most where a class is wide and its people are not evenly spread (a 65+ class holds more 65-year-olds than
 * 95-year-olds), and the open class weighs as much as its assumed width makes it — give `openClassWidth` when you
 * know better (for 65+, 25 years puts its middle at 77,5).
 *
 * @param structure - an age structure (single years or bands)
 * @param options - `halfYear` (default `true`), `openClassWidth` (default: the width of the class before it)
 * @throws {@link PdzError} `zero_denominator` when the structure is empty, `open_class_width_needed` for a single open
 * band without `openClassWidth`, `invalid_class_width`, `invalid_type` (options or a flag of the wrong type),
 * `invalid_age_structure` (not a structure)
 * @example
 * ```ts
 * import { ageStructureFromBands, ageStructureFromSingleYears, meanAge } from "piano-di-zona";
 * const total = Array.from({ length: 101 }, (_, age) => (age === 20 || age === 41 ? 1 : 0));
 * const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total });
 * meanAge(structure).toString() //=> "31"
 * meanAge(structure, { halfYear: false }).toString() //=> "30.5"
 * const grouped = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 4, total: 10 }, { from: 5, to: 9, total: 10 }, { from: 10, total: 20 }],
 * });
 * meanAge(grouped).toString() //=> "8.75"
 * meanAge(grouped, { openClassWidth: 10 }).toString() //=> "10"
 * ```
 * @category Demography
 */
export function meanAge(structure: AgeStructure, options: MeanAgeOptions = {}): Decimal {
  const data = structureData(structure, ["structure"]);
  const { flag: halfYear, openWidth } = readAgeOptions(options, "halfYear");
  const total = BigInt(requirePopulation(data, ["structure"]));
  if (data.starts === null && openWidth === null && Number.isSafeInteger(data.ageSum)) {
    // Single years with their stored Σ age × P(age): (2 Σ a P + N) / 2N, or Σ a P / N.
    const twice = 2n * BigInt(data.ageSum);
    return exactQuotient(halfYear ? twice + total : twice, 2n * total);
  }
  const shift = halfYear ? 0n : 1n;
  const cumulative = data.cumTotals;
  let numerator = 0n;
  for (let k = 0; k < data.classCount; k++) {
    const count = (cumulative[k + 1] ?? 0) - (cumulative[k] ?? 0);
    const width = classWidth(data, k, openWidth);
    if (count !== 0) numerator += (2n * BigInt(startOf(data, k)) + BigInt(width) - shift) * BigInt(count);
  }
  return exactQuotient(numerator, 2n * total);
}

import type { Decimal } from "../core/decimal.js";
import { readRecord } from "../core/read-input.js";
import { bandLabels } from "./_index-fractions.js";
import { countField, namedCounts } from "./_named-counts.js";
import {
  AGED_0_14,
  AGED_0_4,
  AGED_15_19,
  AGED_15_39,
  AGED_15_64,
  AGED_40_64,
  AGED_60_64,
  AGED_65_PLUS,
  BAND_KEYS,
  FEMALES,
  FOREIGNERS,
  MALES,
  TOTAL,
  WOMEN_15_49,
} from "./_profile-vector.js";
import { exactRatio, requirePartOfTotal } from "./_ratio.js";
import { requireSafeSum } from "./_safe-sum.js";
import type { AgeStructure } from "./age-structure.js";

// Every index below reads named counts — from a record (its own fields; extra keys are ignored, so a whole
// StandardBands record can be passed) or from an AgeStructure, whose bands must give them (band_not_available
// otherwise) — sums them as whole numbers and divides once: the exact fraction, correctly rounded to 40 digits.

const HUNDRED = 100n;

function ratioIndex(input: unknown, numerator: readonly number[], denominator: number): Decimal {
  const [part, whole] = partAndWhole(input, numerator, denominator);
  return exactRatio(part, whole, HUNDRED, [BAND_KEYS[denominator] ?? ""], bandLabels(denominator));
}

// A ratio whose numerator is part of its denominator (a share of the population): a larger part is refused.
function shareIndex(input: unknown, numerator: readonly number[], denominator: number): Decimal {
  const [part, whole] = partAndWhole(input, numerator, denominator);
  const denominatorKey = BAND_KEYS[denominator] ?? "";
  requirePartOfTotal(part, BAND_KEYS[numerator[0] ?? 0] ?? "", whole, denominatorKey);
  return exactRatio(part, whole, HUNDRED, [denominatorKey], bandLabels(denominator));
}

// The numerator's counts summed (a safe whole number) and the denominator's count.
function partAndWhole(input: unknown, numerator: readonly number[], denominator: number): [number, number] {
  const counts = namedCounts(input, [...numerator, denominator]);
  let part = 0;
  for (let i = 0; i < numerator.length; i++) part += counts[i] ?? 0;
  requireSafeSum(part);
  return [part, counts[numerator.length] ?? 0];
}

/**
 * Indice di vecchiaia (old-age index): people aged 65 and over per 100 aged 0-14, `P(65+) / P(0-14) × 100`
 * (ISTAT definition; "65+" includes 65).
 *
 * @param input - `aged0to14`, `aged65plus` (other keys are ignored), or an {@link AgeStructure} that gives them
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { activePopulationTurnoverIndex, ageStructureFromBands, oldAgeIndex } from "piano-di-zona";
 * oldAgeIndex({ aged0to14: 100, aged65plus: 150 }).toString() //=> "150"
 * oldAgeIndex({ aged0to14: 180481, aged65plus: 356859 }).toFixed(1) //=> "197.7"
 * oldAgeIndex({ aged0to14: 0, aged65plus: 5 }) //=> throws zero_denominator
 * oldAgeIndex(5 as never) //=> throws invalid_type
 * const zone = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 14, total: 88 }, { from: 15, to: 64, total: 622 }, { from: 65, total: 311 }],
 * });
 * oldAgeIndex(zone).toFixed(1) //=> "353.4"
 * activePopulationTurnoverIndex(zone) //=> throws band_not_available
 * ```
 * @category Demography
 */
export function oldAgeIndex(
  input: AgeStructure | { readonly aged0to14: number; readonly aged65plus: number },
): Decimal {
  return ratioIndex(input, [AGED_65_PLUS], AGED_0_14);
}

/**
 * Indice di dipendenza strutturale (structural dependency index): people not of working age (0-14 and 65+) per
 * 100 of working age (15-64), `(P(0-14) + P(65+)) / P(15-64) × 100` (ISTAT).
 *
 * @param input - `aged0to14`, `aged15to64`, `aged65plus`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { structuralDependencyIndex } from "piano-di-zona";
 * structuralDependencyIndex({ aged0to14: 6847, aged15to64: 35004, aged65plus: 12504 }).toFixed(1) //=> "55.3"
 * ```
 * @category Demography
 */
export function structuralDependencyIndex(
  input:
    | AgeStructure
    | {
        readonly aged0to14: number;
        readonly aged15to64: number;
        readonly aged65plus: number;
      },
): Decimal {
  return ratioIndex(input, [AGED_0_14, AGED_65_PLUS], AGED_15_64);
}

/**
 * Indice di dipendenza degli anziani (elderly dependency index): `P(65+) / P(15-64) × 100` (ISTAT).
 *
 * @param input - `aged15to64`, `aged65plus`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { elderlyDependencyIndex } from "piano-di-zona";
 * elderlyDependencyIndex({ aged15to64: 35004, aged65plus: 12504 }).toFixed(1) //=> "35.7"
 * ```
 * @category Demography
 */
export function elderlyDependencyIndex(
  input:
    | AgeStructure
    | {
        readonly aged15to64: number;
        readonly aged65plus: number;
      },
): Decimal {
  return ratioIndex(input, [AGED_65_PLUS], AGED_15_64);
}

/**
 * Indice di dipendenza giovanile (youth dependency index): `P(0-14) / P(15-64) × 100` (ISTAT). By construction
 * the structural index is the sum of the youth and elderly ones.
 *
 * @param input - `aged0to14`, `aged15to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { youthDependencyIndex } from "piano-di-zona";
 * youthDependencyIndex({ aged0to14: 6847, aged15to64: 35004 }).toFixed(1) //=> "19.6"
 * ```
 * @category Demography
 */
export function youthDependencyIndex(
  input:
    | AgeStructure
    | {
        readonly aged0to14: number;
        readonly aged15to64: number;
      },
): Decimal {
  return ratioIndex(input, [AGED_0_14], AGED_15_64);
}

/**
 * Indice di ricambio della popolazione attiva (active-population turnover index): those about to retire (60-64)
 * per 100 of those about to enter working life (15-19), `P(60-64) / P(15-19) × 100`. Not to be confused with the
 * "indice di ricambio" some glossaries define as P(0-14) / P(65+).
 *
 * @param input - `aged15to19`, `aged60to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { activePopulationTurnoverIndex } from "piano-di-zona";
 * activePopulationTurnoverIndex({ aged15to19: 72348, aged60to64: 104226 }).toFixed(2) //=> "144.06"
 * ```
 * @category Demography
 */
export function activePopulationTurnoverIndex(
  input:
    | AgeStructure
    | {
        readonly aged15to19: number;
        readonly aged60to64: number;
      },
): Decimal {
  return ratioIndex(input, [AGED_60_64], AGED_15_19);
}

/**
 * Indice di struttura della popolazione attiva (active-population structure index): the older half of working
 * age per 100 of the younger half, `P(40-64) / P(15-39) × 100`.
 *
 * @param input - `aged15to39`, `aged40to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { activePopulationStructureIndex } from "piano-di-zona";
 * activePopulationStructureIndex({ aged15to39: 375932, aged40to64: 549634 }).toFixed(2) //=> "146.21"
 * ```
 * @category Demography
 */
export function activePopulationStructureIndex(
  input:
    | AgeStructure
    | {
        readonly aged15to39: number;
        readonly aged40to64: number;
      },
): Decimal {
  return ratioIndex(input, [AGED_40_64], AGED_15_39);
}

/**
 * Carico di figli per donna feconda (child-woman ratio): children aged 0-4 per 100 women aged 15-49,
 * `P(0-4) / F(15-49) × 100`. Not the total fertility rate (TFT), and not the "indice di fecondità" births / F(15-49)
 * × 1,000 some ATS publish (see {@link birthsPerThousandWomen}).
 *
 * @param input - `aged0to4`, `women15to49`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { childWomanRatio } from "piano-di-zona";
 * childWomanRatio({ aged0to4: 49853, women15to49: 282634 }).toFixed(2) //=> "17.64"
 * ```
 * @category Demography
 */
export function childWomanRatio(
  input: AgeStructure | { readonly aged0to4: number; readonly women15to49: number },
): Decimal {
  return ratioIndex(input, [AGED_0_4], WOMEN_15_49);
}

/**
 * Births per 1,000 women aged 15-49 in the year ("indice di fecondità" as ATS Insubria defines it: nati /
 * pop. F 15-49 × 1.000). A crude ratio, not ISTAT's total fertility rate.
 *
 * @param input - `births`, `women15to49` (a record)
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`
 * @example
 * ```ts
 * import { birthsPerThousandWomen } from "piano-di-zona";
 * birthsPerThousandWomen({ births: 8908, women15to49: 282634 }).toFixed(1) //=> "31.5"
 * ```
 * @category Demography
 */
export function birthsPerThousandWomen(input: {
  readonly births: number;
  readonly women15to49: number;
}): Decimal {
  const record = readRecord(input);
  const births = countField(record, "births");
  return exactRatio(
    births,
    countField(record, "women15to49"),
    1000n,
    ["women15to49"],
    bandLabels(WOMEN_15_49),
  );
}

/**
 * Indice di invecchiamento (ageing share): the percentage of the population aged 65 and over,
 * `P(65+) / P(total) × 100`.
 *
 * @param input - `aged65plus`, `total`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type`, `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `part_exceeds_total`, `band_not_available`
 * @example
 * ```ts
 * import { ageingShare } from "piano-di-zona";
 * ageingShare({ aged65plus: 356859, total: 1462906 }).toFixed(2) //=> "24.39"
 * ```
 * @category Demography
 */
export function ageingShare(
  input: AgeStructure | { readonly aged65plus: number; readonly total: number },
): Decimal {
  return shareIndex(input, [AGED_65_PLUS], TOTAL);
}

/**
 * The percentage of the population in one band, `P(band) / P(total) × 100` (e.g. % 0-14, % 15-64 — the "indice di
 * lavoro" of ATS Insubria —, % 80+, % minorenni).
 *
 * @param input - `band` (the band's count) and `total` (a record)
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `part_exceeds_total`
 * @example
 * ```ts
 * import { bandShare } from "piano-di-zona";
 * bandShare({ band: 925566, total: 1462906 }).toFixed(2) //=> "63.27"
 * bandShare({ band: 10, total: 5 }) //=> throws part_exceeds_total
 * ```
 * @category Demography
 */
export function bandShare(input: { readonly band: number; readonly total: number }): Decimal {
  const record = readRecord(input);
  const band = countField(record, "band");
  const total = countField(record, "total");
  requirePartOfTotal(band, "band", total, "total");
  return exactRatio(band, total, HUNDRED, ["total"], bandLabels(TOTAL));
}

/**
 * Rapporto di mascolinità (sex ratio): males per 100 females, `M / F × 100`.
 *
 * @param input - `males`, `females`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type` (neither a structure nor a record), `invalid_count`, `unreadable_field`,
 * `zero_denominator`, `band_not_available`, `sex_not_available`, `unsafe_sum`
 * @example
 * ```ts
 * import { sexRatio } from "piano-di-zona";
 * sexRatio({ males: 126527, females: 131780 }).toFixed(2) //=> "96.01"
 * ```
 * @category Demography
 */
export function sexRatio(
  input: AgeStructure | { readonly males: number; readonly females: number },
): Decimal {
  return ratioIndex(input, [MALES], FEMALES);
}

/**
 * Incidenza della popolazione straniera (foreign share): foreign residents per 100 residents,
 * `stranieri / popolazione × 100` (ISTAT).
 *
 * @param input - `foreigners`, `total`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_type`, `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `part_exceeds_total`, `band_not_available`
 * @example
 * ```ts
 * import { foreignShare } from "piano-di-zona";
 * foreignShare({ foreigners: 13031, total: 122855 }).toFixed(1) //=> "10.6"
 * ```
 * @category Demography
 */
export function foreignShare(
  input: AgeStructure | { readonly foreigners: number; readonly total: number },
): Decimal {
  return shareIndex(input, [FOREIGNERS], TOTAL);
}

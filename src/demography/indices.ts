import type { Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import type { AgeStructure } from "./age-structure.js";
import { countAt, countOf, requireSafeSum, scaledRatio } from "./_internal.js";

// Every index below reads named counts — from a record (extra keys are ignored, so a whole StandardBands record
// can be passed) or from an AgeStructure, whose bands must give them (band_not_available otherwise) — sums them as
// integers and divides once, exactly.

const WORKING_AGE = ["people aged 15-64", "popolazione 15-64 anni"] as const;

function share(input: object, partKey: string, totalKey: string, what: readonly [string, string]): Decimal {
  const part = countOf(input, partKey);
  const total = countOf(input, totalKey);
  if (part > total) {
    throw new PdzError({
      code: "part_exceeds_total",
      message: `${partKey} (${part}) exceeds ${totalKey} (${total})`,
      messageIt: `${partKey} (${part}) supera ${totalKey} (${total})`,
      path: [partKey],
    });
  }
  return scaledRatio(part, total, 100, totalKey, what);
}

/**
 * Indice di vecchiaia (old-age index): people aged 65 and over per 100 aged 0-14, `P(65+) / P(0-14) × 100`
 * (ISTAT definition; "65+" includes 65).
 *
 * @param input - `aged0to14`, `aged65plus` (other keys are ignored), or an {@link AgeStructure} that gives them
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
 * @example
 * ```ts
 * import { activePopulationTurnoverIndex, ageStructureFromBands, oldAgeIndex } from "piano-di-zona";
 * oldAgeIndex({ aged0to14: 100, aged65plus: 150 }).toString() //=> "150"
 * oldAgeIndex({ aged0to14: 180481, aged65plus: 356859 }).toFixed(1) //=> "197.7"
 * oldAgeIndex({ aged0to14: 0, aged65plus: 5 }) //=> throws zero_denominator
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
  return scaledRatio(countOf(input, "aged65plus"), countOf(input, "aged0to14"), 100, "aged0to14", [
    "people aged 0-14",
    "popolazione 0-14 anni",
  ]);
}

/**
 * Indice di dipendenza strutturale (structural dependency index): people not of working age (0-14 and 65+) per
 * 100 of working age (15-64), `(P(0-14) + P(65+)) / P(15-64) × 100` (ISTAT).
 *
 * @param input - `aged0to14`, `aged15to64`, `aged65plus`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  const dependents = requireSafeSum(countOf(input, "aged0to14") + countOf(input, "aged65plus"));
  return scaledRatio(dependents, countOf(input, "aged15to64"), 100, "aged15to64", WORKING_AGE);
}

/**
 * Indice di dipendenza degli anziani (elderly dependency index): `P(65+) / P(15-64) × 100` (ISTAT).
 *
 * @param input - `aged15to64`, `aged65plus`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(
    countOf(input, "aged65plus"),
    countOf(input, "aged15to64"),
    100,
    "aged15to64",
    WORKING_AGE,
  );
}

/**
 * Indice di dipendenza giovanile (youth dependency index): `P(0-14) / P(15-64) × 100` (ISTAT). By construction
 * the structural index is the sum of the youth and elderly ones.
 *
 * @param input - `aged0to14`, `aged15to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(
    countOf(input, "aged0to14"),
    countOf(input, "aged15to64"),
    100,
    "aged15to64",
    WORKING_AGE,
  );
}

/**
 * Indice di ricambio della popolazione attiva (active-population turnover index): those about to retire (60-64)
 * per 100 of those about to enter working life (15-19), `P(60-64) / P(15-19) × 100`. Not to be confused with the
 * "indice di ricambio" some glossaries define as P(0-14) / P(65+).
 *
 * @param input - `aged15to19`, `aged60to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(countOf(input, "aged60to64"), countOf(input, "aged15to19"), 100, "aged15to19", [
    "people aged 15-19",
    "popolazione 15-19 anni",
  ]);
}

/**
 * Indice di struttura della popolazione attiva (active-population structure index): the older half of working
 * age per 100 of the younger half, `P(40-64) / P(15-39) × 100`.
 *
 * @param input - `aged15to39`, `aged40to64`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(countOf(input, "aged40to64"), countOf(input, "aged15to39"), 100, "aged15to39", [
    "people aged 15-39",
    "popolazione 15-39 anni",
  ]);
}

/**
 * Carico di figli per donna feconda (child-woman ratio): children aged 0-4 per 100 women aged 15-49,
 * `P(0-4) / F(15-49) × 100`. Not the total fertility rate (TFT), and not the "indice di fecondità" births / F(15-49)
 * × 1,000 some ATS publish (see {@link birthsPerThousandWomen}).
 *
 * @param input - `aged0to4`, `women15to49`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(countOf(input, "aged0to4"), countOf(input, "women15to49"), 100, "women15to49", [
    "women aged 15-49",
    "donne 15-49 anni",
  ]);
}

/**
 * Births per 1,000 women aged 15-49 in the year ("indice di fecondità" as ATS Insubria defines it: nati /
 * pop. F 15-49 × 1.000). A crude ratio, not ISTAT's total fertility rate.
 *
 * @param input - `births`, `women15to49`
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(countAt(input, "births"), countAt(input, "women15to49"), 1000, "women15to49", [
    "women aged 15-49",
    "donne 15-49 anni",
  ]);
}

/**
 * Indice di invecchiamento (ageing share): the percentage of the population aged 65 and over,
 * `P(65+) / P(total) × 100`.
 *
 * @param input - `aged65plus`, `total`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `part_exceeds_total`
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
  return share(input, "aged65plus", "total", ["population", "popolazione"]);
}

/**
 * The percentage of the population in one band, `P(band) / P(total) × 100` (e.g. % 0-14, % 15-64 — the "indice di
 * lavoro" of ATS Insubria —, % 80+, % minorenni).
 *
 * @param input - `band` (the band's count) and `total`
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `part_exceeds_total`
 * @example
 * ```ts
 * import { bandShare } from "piano-di-zona";
 * bandShare({ band: 925566, total: 1462906 }).toFixed(2) //=> "63.27"
 * bandShare({ band: 10, total: 5 }) //=> throws part_exceeds_total
 * ```
 * @category Demography
 */
export function bandShare(input: { readonly band: number; readonly total: number }): Decimal {
  return share(input, "band", "total", ["population", "popolazione"]);
}

/**
 * Rapporto di mascolinità (sex ratio): males per 100 females, `M / F × 100`.
 *
 * @param input - `males`, `females`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `band_not_available`
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
  return scaledRatio(countOf(input, "males"), countOf(input, "females"), 100, "females", [
    "females",
    "femmine",
  ]);
}

/**
 * Incidenza della popolazione straniera (foreign share): foreign residents per 100 residents,
 * `stranieri / popolazione × 100` (ISTAT).
 *
 * @param input - `foreigners`, `total`, or an {@link AgeStructure}
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`, `part_exceeds_total`
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
  return share(input, "foreigners", "total", ["population", "popolazione"]);
}

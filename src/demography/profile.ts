import type { Decimal } from "../core/decimal.js";
import type { IsoDate } from "../core/italian-date.js";
import type { AgeStructure } from "./age-structure.js";
import {
  activePopulationStructureIndex,
  activePopulationTurnoverIndex,
  ageingShare,
  bandShare,
  childWomanRatio,
  elderlyDependencyIndex,
  foreignShare,
  oldAgeIndex,
  sexRatio,
  structuralDependencyIndex,
  youthDependencyIndex,
} from "./indices.js";
import { meanAge, medianAge } from "./mean-age.js";
import { standardBands, type StandardBands } from "./standard-bands.js";

/**
 * Every index a structure allows, computed at once by {@link demographicProfile}. An index is `undefined` when
 * the structure's bands (or its lack of a split by sex, of foreigners, of single years) cannot give it.
 * @category Demography
 */
export interface DemographicProfile {
  readonly referenceDate: IsoDate;
  /** The counts the indices were computed from. */
  readonly bands: StandardBands;
  readonly oldAgeIndex: Decimal | undefined;
  readonly structuralDependencyIndex: Decimal | undefined;
  readonly elderlyDependencyIndex: Decimal | undefined;
  readonly youthDependencyIndex: Decimal | undefined;
  readonly activePopulationTurnoverIndex: Decimal | undefined;
  readonly activePopulationStructureIndex: Decimal | undefined;
  readonly childWomanRatio: Decimal | undefined;
  /** % aged 65+ ("indice di invecchiamento"). */
  readonly ageingShare: Decimal | undefined;
  /** % aged 0-14. */
  readonly youthShare: Decimal | undefined;
  /** % aged 15-64. */
  readonly workingAgeShare: Decimal | undefined;
  /** % aged 80+. */
  readonly veryOldShare: Decimal | undefined;
  /** % aged 0-17. */
  readonly minorShare: Decimal | undefined;
  readonly sexRatio: Decimal | undefined;
  readonly foreignShare: Decimal | undefined;
  /** Mean age with the half-year convention (see {@link meanAge}). */
  readonly meanAge: Decimal | undefined;
  /** Interpolated median age (see {@link medianAge}). */
  readonly medianAge: Decimal | undefined;
}

function share(band: number | undefined, total: number): Decimal | undefined {
  return band === undefined ? undefined : bandShare({ band, total });
}

/**
 * Computes the demographic profile of a structure: the ISTAT structure indices, the shares by band, the sex ratio,
 * the foreign share, the mean and median age — every one its bands allow, exactly.
 *
 * A zero denominator (a comune with nobody aged 15-19, say) is an error, as in the single functions.
 *
 * @param structure - the age structure
 * @throws {@link PdzError} `zero_denominator`
 * @example
 * ```ts
 * import { ageStructureFromBands, demographicProfile } from "piano-di-zona";
 * const profile = demographicProfile(ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 14, total: 88 }, { from: 15, to: 64, total: 622 }, { from: 65, total: 311 }],
 * }));
 * profile.oldAgeIndex?.toFixed(1) //=> "353.4"
 * profile.ageingShare?.toFixed(1) //=> "30.5"
 * profile.activePopulationTurnoverIndex //=> undefined
 * ```
 * @category Demography
 */
export function demographicProfile(structure: AgeStructure): DemographicProfile {
  const bands = standardBands(structure);
  const { total, aged0to14, aged15to64, aged65plus, aged15to19, aged60to64, aged15to39, aged40to64 } = bands;
  const { aged0to4, women15to49, males, females, foreigners } = bands;
  return Object.freeze({
    referenceDate: structure.referenceDate,
    bands: Object.freeze(bands),
    oldAgeIndex:
      aged0to14 === undefined || aged65plus === undefined
        ? undefined
        : oldAgeIndex({ aged0to14, aged65plus }),
    structuralDependencyIndex:
      aged0to14 === undefined || aged15to64 === undefined || aged65plus === undefined
        ? undefined
        : structuralDependencyIndex({ aged0to14, aged15to64, aged65plus }),
    elderlyDependencyIndex:
      aged15to64 === undefined || aged65plus === undefined
        ? undefined
        : elderlyDependencyIndex({ aged15to64, aged65plus }),
    youthDependencyIndex:
      aged0to14 === undefined || aged15to64 === undefined
        ? undefined
        : youthDependencyIndex({ aged0to14, aged15to64 }),
    activePopulationTurnoverIndex:
      aged15to19 === undefined || aged60to64 === undefined
        ? undefined
        : activePopulationTurnoverIndex({ aged15to19, aged60to64 }),
    activePopulationStructureIndex:
      aged15to39 === undefined || aged40to64 === undefined
        ? undefined
        : activePopulationStructureIndex({ aged15to39, aged40to64 }),
    childWomanRatio:
      aged0to4 === undefined || women15to49 === undefined
        ? undefined
        : childWomanRatio({ aged0to4, women15to49 }),
    ageingShare: aged65plus === undefined ? undefined : ageingShare({ aged65plus, total }),
    youthShare: share(aged0to14, total),
    workingAgeShare: share(aged15to64, total),
    veryOldShare: share(bands.aged80plus, total),
    minorShare: share(bands.aged0to17, total),
    sexRatio: males === undefined || females === undefined ? undefined : sexRatio({ males, females }),
    foreignShare: foreigners === undefined ? undefined : foreignShare({ foreigners, total }),
    meanAge: structure.isSingleYear ? meanAge(structure) : undefined,
    medianAge: structure.isSingleYear ? medianAge(structure) : undefined,
  });
}

import type { AgeStructure } from "./age-structure.js";
import { BAND_RANGES, SINGLE_YEAR_CLASSES, spanTotal, structureData, sumIndices } from "./_internal.js";
import type { StructureData } from "./_internal.js";

type AgeBandKey = Exclude<keyof typeof BAND_RANGES, "total" | "males" | "females" | "women15to49">;

/**
 * The population counts the ISTAT indices are built on, by name. A key is present only when the structure's
 * bands allow it (e.g. `aged60to64` is absent for bands 0-14, 15-64, 65+), so the record can be passed whole to
 * any index function.
 * @category Demography
 */
export interface StandardBands {
  readonly total: number;
  readonly males?: number;
  readonly females?: number;
  readonly aged0to4?: number;
  readonly aged0to14?: number;
  /** Minors ("minorenni"). */
  readonly aged0to17?: number;
  readonly aged15to19?: number;
  readonly aged15to39?: number;
  /** Working age ("età attiva"). */
  readonly aged15to64?: number;
  readonly aged40to64?: number;
  readonly aged60to64?: number;
  readonly aged65plus?: number;
  /** The very old ("grandi anziani"). */
  readonly aged80plus?: number;
  /** Women of childbearing age ("donne in età feconda"). */
  readonly women15to49?: number;
  /** Foreign residents ("stranieri residenti"), when the structure has them. */
  readonly foreigners?: number;
}

type MutableBands = { -readonly [K in keyof StandardBands]: StandardBands[K] };

// Every band of a single-year structure from ten disjoint spans of ages, each summed once; the sums of spans stay
// below the total, itself a safe integer.
function addSingleYearBands(data: StructureData, result: MutableBands): void {
  const aged0to4 = spanTotal(data, 0, 5);
  const aged0to14 = aged0to4 + spanTotal(data, 5, 15);
  const aged15to17 = spanTotal(data, 15, 18);
  const aged15to19 = aged15to17 + spanTotal(data, 18, 20);
  const aged15to39 = aged15to19 + spanTotal(data, 20, 40);
  const aged60to64 = spanTotal(data, 60, 65);
  const aged40to64 = spanTotal(data, 40, 60) + aged60to64;
  const aged80plus = spanTotal(data, 80, SINGLE_YEAR_CLASSES);
  result.aged0to4 = aged0to4;
  result.aged0to14 = aged0to14;
  result.aged0to17 = aged0to14 + aged15to17;
  result.aged15to19 = aged15to19;
  result.aged15to39 = aged15to39;
  result.aged15to64 = aged15to39 + aged40to64;
  result.aged40to64 = aged40to64;
  result.aged60to64 = aged60to64;
  result.aged65plus = spanTotal(data, 65, 80) + aged80plus;
  result.aged80plus = aged80plus;
  if (data.females !== undefined) result.women15to49 = sumIndices(data.females, 15, 50);
}

/**
 * Counts the standard bands of a structure: every band its ages allow, plus males, females, women 15-49 and
 * foreigners where available. Single-year structures give them all.
 *
 * @param structure - the age structure
 * @example
 * ```ts
 * import { ageStructureFromBands, standardBands } from "piano-di-zona";
 * const zone = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 14, total: 88 }, { from: 15, to: 64, total: 622 }, { from: 65, total: 311 }],
 * });
 * standardBands(zone) //=> { total: 1021, aged0to14: 88, aged15to64: 622, aged65plus: 311 }
 * ```
 * @category Demography
 */
export function standardBands(structure: AgeStructure): StandardBands {
  const result: MutableBands = { total: structure.total };
  if (structure.males !== undefined && structure.females !== undefined) {
    result.males = structure.males;
    result.females = structure.females;
  }
  const data = structureData(structure, ["structure"]);
  if (data.singleYears) {
    addSingleYearBands(data, result);
  } else {
    for (const [key, [from, to, sex]] of Object.entries(BAND_RANGES)) {
      if (key !== "total" && sex === undefined && structure.canCount(from, to)) {
        result[key as AgeBandKey] = structure.count(from, to);
      }
    }
    if (structure.hasSexes && structure.canCount(15, 49))
      result.women15to49 = structure.count(15, 49, "females");
  }
  if (structure.foreign !== undefined) result.foreigners = structure.foreign.total;
  return result;
}

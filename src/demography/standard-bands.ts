import { BAND_KEYS, vectorOf, type Vector } from "./_profile-vector.js";
import { structureData } from "./_structure-storage.js";
import type { AgeStructure } from "./age-structure.js";

/**
 * The population counts the ISTAT indices are built on, by name. A count is `null` when the structure's bands do not
 * give it (e.g. `aged60to64` for bands 0-14, 15-64, 65+), so the record can be passed whole to any index function,
 * which then names the count it misses.
 * @category Demography
 */
export interface StandardBands {
  readonly total: number;
  readonly males: number | null;
  readonly females: number | null;
  readonly aged0to4: number | null;
  readonly aged0to14: number | null;
  /** Minors ("minorenni"). */
  readonly aged0to17: number | null;
  readonly aged15to19: number | null;
  readonly aged15to39: number | null;
  /** Working age ("età attiva"). */
  readonly aged15to64: number | null;
  readonly aged40to64: number | null;
  readonly aged60to64: number | null;
  readonly aged65plus: number | null;
  /** The very old ("grandi anziani"). */
  readonly aged80plus: number | null;
  /** Women of childbearing age ("donne in età feconda"). */
  readonly women15to49: number | null;
  /** Foreign residents ("stranieri residenti"), when the structure has them. */
  readonly foreigners: number | null;
}

/** The named counts of a profile vector as a record (NaN → `null`). @internal */
export function bandsRecord(v: Vector, o: number): StandardBands {
  const record: Record<string, number | null> = {};
  for (let slot = 0; slot < BAND_KEYS.length; slot++) {
    const value = v[o + slot] ?? Number.NaN;
    record[BAND_KEYS[slot] ?? ""] = Number.isNaN(value) ? null : value;
  }
  return record as unknown as StandardBands;
}

/**
 * Counts the standard bands of a structure: every band its ages allow, plus males, females, women 15-49 and
 * foreigners where available (`null` where not). Single-year structures give them all.
 *
 * @param structure - the age structure
 * @throws {@link PdzError} `invalid_age_structure` for anything but a structure built by this library
 * @example
 * ```ts
 * import { ageStructureFromBands, standardBands } from "piano-di-zona";
 * const zone = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 14, total: 88 }, { from: 15, to: 64, total: 622 }, { from: 65, total: 311 }],
 * });
 * const bands = standardBands(zone);
 * [bands.total, bands.aged0to14, bands.aged15to64, bands.aged65plus] //=> [1021, 88, 622, 311]
 * bands.aged60to64 //=> null
 * ```
 * @category Demography
 */
export function standardBands(structure: AgeStructure): StandardBands {
  return bandsRecord(vectorOf(structureData(structure, ["structure"])), 0);
}

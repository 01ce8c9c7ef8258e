import type { Decimal } from "../core/decimal.js";
import type { IsoDate } from "../core/italian-date.js";
import { ownField, readOption, readOptions } from "../core/read-input.js";
import { checkVector, indexDecimal, PROFILE_INDEX_KEYS, type ProfileIndexKey } from "./_index-fractions.js";
import { vectorOf, type Vector } from "./_profile-vector.js";
import { structureData } from "./_structure-storage.js";
import type { AgeStructure } from "./age-structure.js";
import { bandsRecord, type StandardBands } from "./standard-bands.js";

/**
 * Every index a structure allows, computed at once by {@link demographicProfile} (or for many areas by
 * {@link demographicProfiles}). An index is `null` when the structure's bands (or its lack of a split by sex, of
 * foreigners, of single years) cannot give it, or — with `{ onZeroDenominator: "null" }` — when it is not defined.
 *
 * Each index is held as an exact fraction of whole numbers and becomes a `Decimal` (correctly rounded to 40
 * digits) the first time it is read: a profile costs what its reader reads. `JSON.stringify` writes every index as
 * canonical text ({@link DemographicProfileJSON}); Node's console shows the same.
 * @category Demography
 */
export interface DemographicProfile {
  readonly referenceDate: IsoDate;
  /** The counts the indices were computed from. */
  readonly bands: StandardBands;
  readonly oldAgeIndex: Decimal | null;
  readonly structuralDependencyIndex: Decimal | null;
  readonly elderlyDependencyIndex: Decimal | null;
  readonly youthDependencyIndex: Decimal | null;
  readonly activePopulationTurnoverIndex: Decimal | null;
  readonly activePopulationStructureIndex: Decimal | null;
  readonly childWomanRatio: Decimal | null;
  /** % aged 65+ ("indice di invecchiamento"). */
  readonly ageingShare: Decimal | null;
  /** % aged 0-14. */
  readonly youthShare: Decimal | null;
  /** % aged 15-64. */
  readonly workingAgeShare: Decimal | null;
  /** % aged 80+. */
  readonly veryOldShare: Decimal | null;
  /** % aged 0-17. */
  readonly minorShare: Decimal | null;
  readonly sexRatio: Decimal | null;
  readonly foreignShare: Decimal | null;
  /**
   * Mean age with the half-year convention (see {@link meanAge}), for single-year structures; `null` for bands
   * (call {@link meanAge} with the open-class assumption you choose).
   */
  readonly meanAge: Decimal | null;
  /** Interpolated median age (see {@link medianAge}), for single-year structures; `null` for bands. */
  readonly medianAge: Decimal | null;
  /** The profile as plain data: every index as canonical text, or `null`. */
  toJSON(): DemographicProfileJSON;
}

/**
 * A {@link DemographicProfile} as plain data: what `JSON.stringify` writes for it. Each index is its Decimal's
 * canonical text (`"197.7266…"`), or `null`.
 * @category Demography
 */
export type DemographicProfileJSON = {
  readonly referenceDate: IsoDate;
  readonly bands: StandardBands;
} & { readonly [K in ProfileIndexKey]: string | null };

/**
 * Options of {@link demographicProfile} and {@link demographicProfiles}.
 * @category Demography
 */
export interface ProfileOptions {
  /**
   * What an index whose denominator is 0 becomes (a comune with nobody aged 15-19, say): `"throw"` (default) throws
   * `zero_denominator`, as the single index functions do; `"null"` makes that index `null` and keeps the others.
   */
  readonly onZeroDenominator?: "throw" | "null";
}

const ZERO_DENOMINATOR_CHOICES = ["throw", "null"] as const;

/** Reads {@link ProfileOptions}: true when a zero denominator is an error. @internal */
export function zeroDenominatorIsError(options: unknown): boolean {
  if (options === undefined) return true;
  const record = readOptions(options, ["options"]);
  const choice = ownField(record, "onZeroDenominator", ["options"]);
  if (choice === undefined) return true;
  return readOption(choice, ZERO_DENOMINATOR_CHOICES, ["options", "onZeroDenominator"]) === "throw";
}

type Inspect = (value: unknown, options?: unknown) => string;

// A profile reads its vector (its own array, or its area's slice of a batch's typed array, never written after the
// profile is made) and keeps each Decimal once read. The instance has no own properties: it is frozen at no cost,
// and its getters live on the prototype.
class DemographicProfileValue implements DemographicProfile {
  readonly #referenceDate: IsoDate;
  readonly #vector: Vector;
  readonly #offset: number;
  #decimals: (Decimal | null | undefined)[] | null = null;
  #bands: StandardBands | null = null;

  constructor(referenceDate: IsoDate, vector: Vector, offset: number) {
    this.#referenceDate = referenceDate;
    this.#vector = vector;
    this.#offset = offset;
    Object.freeze(this);
  }

  static isProfile(value: unknown): value is DemographicProfileValue {
    return typeof value === "object" && value !== null && #vector in value;
  }

  #index(which: number): Decimal | null {
    const decimals = (this.#decimals ??= new Array<Decimal | null | undefined>(PROFILE_INDEX_KEYS.length));
    let value = decimals[which];
    if (value === undefined) {
      value = indexDecimal(this.#vector, this.#offset, which);
      decimals[which] = value;
    }
    return value;
  }

  get referenceDate(): IsoDate {
    return this.#referenceDate;
  }

  get bands(): StandardBands {
    return (this.#bands ??= Object.freeze(bandsRecord(this.#vector, this.#offset)));
  }

  get oldAgeIndex(): Decimal | null {
    return this.#index(0);
  }

  get structuralDependencyIndex(): Decimal | null {
    return this.#index(1);
  }

  get elderlyDependencyIndex(): Decimal | null {
    return this.#index(2);
  }

  get youthDependencyIndex(): Decimal | null {
    return this.#index(3);
  }

  get activePopulationTurnoverIndex(): Decimal | null {
    return this.#index(4);
  }

  get activePopulationStructureIndex(): Decimal | null {
    return this.#index(5);
  }

  get childWomanRatio(): Decimal | null {
    return this.#index(6);
  }

  get ageingShare(): Decimal | null {
    return this.#index(7);
  }

  get youthShare(): Decimal | null {
    return this.#index(8);
  }

  get workingAgeShare(): Decimal | null {
    return this.#index(9);
  }

  get veryOldShare(): Decimal | null {
    return this.#index(10);
  }

  get minorShare(): Decimal | null {
    return this.#index(11);
  }

  get sexRatio(): Decimal | null {
    return this.#index(12);
  }

  get foreignShare(): Decimal | null {
    return this.#index(13);
  }

  get meanAge(): Decimal | null {
    return this.#index(14);
  }

  get medianAge(): Decimal | null {
    return this.#index(15);
  }

  /** The index named `key` of a profile, or `undefined` when no index has that name. */
  static indexNamed(profile: DemographicProfileValue, key: string): Decimal | null | undefined {
    const which = (PROFILE_INDEX_KEYS as readonly string[]).indexOf(key);
    return which < 0 ? undefined : profile.#index(which);
  }

  toJSON(): DemographicProfileJSON {
    const json: Record<string, unknown> = { referenceDate: this.#referenceDate, bands: { ...this.bands } };
    PROFILE_INDEX_KEYS.forEach((key, which) => {
      json[key] = this.#index(which)?.toString() ?? null;
    });
    return json as DemographicProfileJSON;
  }

  /** Node's console form: the plain data of {@link DemographicProfileValue.toJSON}. */
  [Symbol.for("nodejs.util.inspect.custom")](_depth: unknown, options: unknown, inspect?: Inspect): string {
    const json = this.toJSON();
    return `DemographicProfile ${typeof inspect === "function" ? inspect(json, options) : JSON.stringify(json)}`;
  }
}

/**
 * A profile over a validated vector (already checked with {@link checkVector}). @internal
 */
export function createProfile(referenceDate: IsoDate, vector: Vector, offset: number): DemographicProfile {
  return new DemographicProfileValue(referenceDate, vector, offset);
}

/**
 * The value of index `key` of a profile made by this library (`undefined` when `key` is not an index of a profile,
 * or the value is not a profile). @internal
 */
export function profileIndex(value: unknown, key: string): Decimal | null | undefined {
  return DemographicProfileValue.isProfile(value)
    ? DemographicProfileValue.indexNamed(value, key)
    : undefined;
}

/** Tells whether a value is a profile made by this library. @internal */
export function isProfile(value: unknown): boolean {
  return DemographicProfileValue.isProfile(value);
}

/**
 * Computes the demographic profile of a structure: the ISTAT structure indices, the shares by band, the sex ratio,
 * the foreign share, the mean and median age — every one its bands allow, exactly. The counts are summed at once;
 * each index becomes a Decimal when it is read.
 *
 * A zero denominator (a comune with nobody aged 15-19, say) is an error, as in the single functions, unless
 * `{ onZeroDenominator: "null" }` asks for `null` in its place; either way it is detected here, not when read.
 *
 * @param structure - the age structure
 * @param options - `onZeroDenominator` (default `"throw"`)
 * @throws {@link PdzError} `zero_denominator`, `median_in_open_class` (a median in 100+), `part_exceeds_total`
 * (more foreign residents than residents), `invalid_age_structure` (not a structure), `invalid_option`,
 * `invalid_type` (options that are not an object)
 * @example
 * ```ts
 * import { ageStructureFromBands, demographicProfile } from "piano-di-zona";
 * const zone = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [{ from: 0, to: 14, total: 88 }, { from: 15, to: 64, total: 622 }, { from: 65, total: 311 }],
 * });
 * const profile = demographicProfile(zone);
 * profile.oldAgeIndex?.toFixed(1) //=> "353.4"
 * profile.ageingShare?.toFixed(1) //=> "30.5"
 * profile.activePopulationTurnoverIndex //=> null
 * JSON.parse(JSON.stringify(profile)).youthDependencyIndex //=> "14.14790996784565916398713826366559485531"
 * ```
 * @category Demography
 */
export function demographicProfile(structure: AgeStructure, options?: ProfileOptions): DemographicProfile {
  const data = structureData(structure, ["structure"]);
  const zeroIsError = zeroDenominatorIsError(options);
  const vector = vectorOf(data);
  checkVector(vector, 0, zeroIsError, null);
  return createProfile(data.referenceDate, vector, 0);
}

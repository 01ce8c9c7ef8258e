import { pdzError, type ErrorPath, type PdzError } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import * as M from "../core/messages/demography.js";
import { ownField, readRecord, requiredField } from "../core/read-input.js";
import {
  countList,
  isCount,
  isInvalidCount,
  notACount,
  unreadable,
  type CountList,
} from "./_count-arrays.js";
import { checkVector } from "./_index-fractions.js";
import {
  BAND_ENDS,
  FEMALES,
  FOREIGNERS,
  MALES,
  SLOTS,
  WOMEN_15_49,
  writeAgeSum,
  writeBands,
  writeExactAgeSum,
  writeMedian,
} from "./_profile-vector.js";
import { MAX_COUNT, SINGLE_YEAR_CLASSES } from "./_structure-data.js";
import {
  createProfile,
  zeroDenominatorIsError,
  type DemographicProfile,
  type DemographicProfileJSON,
  type ProfileOptions,
} from "./profile.js";
import { readStockDate } from "./reference-date.js";

/**
 * Input of {@link demographicProfiles}: single-year counts of many areas (comuni, say) at one reference date, area
 * after area — 101 values per area (ages 0…99 and 100+), so area `i`'s counts are at positions `101 × i` to
 * `101 × i + 100` — in plain arrays or typed arrays (`Float64Array`, `Uint32Array`, …). Give males and females, or
 * the total when the split by sex is unknown. `null` reads as absent.
 * @category Demography
 */
export interface ProfileBatchInput {
  /** The reference date of every area, ISO or Italian text; 31 December is read as 1 January of the next year. */
  readonly referenceDate: string;
  /** Males, 101 values per area. */
  readonly males?: ArrayLike<number> | null | undefined;
  /** Females, 101 values per area. */
  readonly females?: ArrayLike<number> | null | undefined;
  /** Everyone, 101 values per area, only when males and females are not given. */
  readonly total?: ArrayLike<number> | null | undefined;
  /** Foreign residents of each area (one count per area), for the foreign share. */
  readonly foreigners?: ArrayLike<number> | null | undefined;
  /**
   * The group of each area (one whole number per area, from 0): areas of a group are summed, age by age and sex by
   * sex, into the group's counts (the comuni of an Ambito), and each group gets a profile of its own.
   */
  readonly groups?: ArrayLike<number> | null | undefined;
}

/**
 * The profiles of many areas, and of their groups, computed by {@link demographicProfiles}. Each profile is read on
 * demand: `area(i)` and `group(g)` give a {@link DemographicProfile} whose indices become Decimals when read.
 * `JSON.stringify` writes every profile ({@link DemographicProfilesJSON}).
 * @category Demography
 */
export interface DemographicProfiles {
  readonly referenceDate: IsoDate;
  /** The number of areas. */
  readonly areaCount: number;
  /** The number of groups (0 without `groups`). */
  readonly groupCount: number;
  /**
   * The profile of area `index` (0 … areaCount − 1).
   * @throws {@link PdzError} `no_such_area`
   */
  area(index: number): DemographicProfile;
  /**
   * The profile of group `index` (0 … groupCount − 1), from the summed counts of its areas.
   * @throws {@link PdzError} `no_such_area`
   */
  group(index: number): DemographicProfile;
  /** Every profile as plain data. */
  toJSON(): DemographicProfilesJSON;
}

/**
 * {@link DemographicProfiles} as plain data.
 * @category Demography
 */
export interface DemographicProfilesJSON {
  readonly referenceDate: IsoDate;
  readonly areas: readonly DemographicProfileJSON[];
  readonly groups: readonly DemographicProfileJSON[] | null;
}

type Inspect = (value: unknown, options?: unknown) => string;

function present(value: unknown): unknown {
  return value === null ? undefined : value;
}

// The batch's vectors, SLOTS numbers per area and per group, in typed arrays of its own: read by the profiles it
// hands out, never written after the call that made it.
class DemographicProfilesValue implements DemographicProfiles {
  readonly #referenceDate: IsoDate;
  readonly #areas: Float64Array;
  readonly #groups: Float64Array | null;

  constructor(referenceDate: IsoDate, areas: Float64Array, groups: Float64Array | null) {
    this.#referenceDate = referenceDate;
    this.#areas = areas;
    this.#groups = groups;
    Object.freeze(this);
  }

  get referenceDate(): IsoDate {
    return this.#referenceDate;
  }

  get areaCount(): number {
    return this.#areas.length / SLOTS;
  }

  get groupCount(): number {
    return this.#groups === null ? 0 : this.#groups.length / SLOTS;
  }

  area(index: number): DemographicProfile {
    return createProfile(
      this.#referenceDate,
      this.#areas,
      position(index, this.areaCount, ["index"]) * SLOTS,
    );
  }

  group(index: number): DemographicProfile {
    const vectors = this.#groups ?? new Float64Array(0);
    return createProfile(this.#referenceDate, vectors, position(index, this.groupCount, ["index"]) * SLOTS);
  }

  toJSON(): DemographicProfilesJSON {
    const profiles = (vectors: Float64Array): DemographicProfileJSON[] => {
      const json = new Array<DemographicProfileJSON>(vectors.length / SLOTS);
      for (let i = 0; i < json.length; i++)
        json[i] = createProfile(this.#referenceDate, vectors, i * SLOTS).toJSON();
      return json;
    };
    return {
      referenceDate: this.#referenceDate,
      areas: profiles(this.#areas),
      groups: this.#groups === null ? null : profiles(this.#groups),
    };
  }

  /** Node's console form: the reference date and the counts of areas and groups. */
  [Symbol.for("nodejs.util.inspect.custom")](_depth: unknown, options: unknown, inspect?: Inspect): string {
    const summary = { referenceDate: this.#referenceDate, areas: this.areaCount, groups: this.groupCount };
    return `DemographicProfiles ${typeof inspect === "function" ? inspect(summary, options) : JSON.stringify(summary)}`;
  }
}

function position(index: unknown, count: number, path: ErrorPath): number {
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= count) {
    throw pdzError(M.no_such_area, { count }, path);
  }
  return index;
}

/** The arrays of a batch, read once: counts by sex or total, and the optional per-area lists. */
interface BatchArrays {
  readonly males: CountList | null;
  readonly females: CountList | null;
  readonly total: CountList | null;
  readonly foreigners: CountList | null;
  readonly groups: CountList | null;
  readonly areaCount: number;
}

function batchArrays(record: object): BatchArrays {
  const males = present(ownField(record, "males"));
  const females = present(ownField(record, "females"));
  const total = present(ownField(record, "total"));
  const split = males !== undefined || females !== undefined;
  if (split ? males === undefined || females === undefined || total !== undefined : total === undefined) {
    throw pdzError(M.invalid_age_structure, { problem: "sexes_or_total" }, []);
  }
  const maleList = split ? countList(males, ["males"]) : null;
  const femaleList = split ? countList(females, ["females"]) : null;
  const totalList = split ? null : countList(total, ["total"]);
  const length = (maleList ?? totalList)?.length ?? 0;
  if (femaleList !== null && femaleList.length !== length) {
    throw pdzError(M.invalid_age_structure, { problem: "batch_lengths_differ" }, ["females"]);
  }
  if (length % SINGLE_YEAR_CLASSES !== 0) {
    throw pdzError(M.invalid_age_structure, { problem: "batch_length", got: length }, [
      split ? "males" : "total",
    ]);
  }
  const areaCount = length / SINGLE_YEAR_CLASSES;
  return {
    males: maleList,
    females: femaleList,
    total: totalList,
    foreigners: perAreaList(record, "foreigners", areaCount),
    groups: perAreaList(record, "groups", areaCount),
    areaCount,
  };
}

/** A list with one value per area, or `null` when absent. */
function perAreaList(record: object, key: string, areaCount: number): CountList | null {
  const value = present(ownField(record, key));
  if (value === undefined) return null;
  const list = countList(value, [key]);
  if (list.length !== areaCount)
    throw pdzError(M.invalid_age_structure, { problem: "batch_lengths_differ" }, [key]);
  return list;
}

/** The group of each area, validated (`invalid_group`), and the number of groups (the largest plus one). */
function readGroups(list: CountList, areaCount: number): { of: Int32Array; count: number } {
  const of = new Int32Array(areaCount);
  let count = 0;
  try {
    for (let area = 0; area < areaCount; area++) {
      const group = list.items[area];
      if (typeof group !== "number" || !Number.isInteger(group) || group < 0 || group >= areaCount) {
        throw pdzError(M.invalid_group, { max: areaCount - 1 }, ["groups", area]);
      }
      of[area] = group;
      if (group >= count) count = group + 1;
    }
  } catch (error) {
    throw unreadable(error, ["groups"]);
  }
  return { of, count };
}

function readForeigners(list: CountList, areaCount: number): Float64Array {
  const counts = new Float64Array(areaCount);
  try {
    for (let area = 0; area < areaCount; area++) {
      const count = list.items[area];
      if (!isCount(count)) throw notACount(["foreigners", area]);
      counts[area] = count;
    }
  } catch (error) {
    throw unreadable(error, ["foreigners"]);
  }
  return counts;
}

const WIDTH = SINGLE_YEAR_CLASSES;

// The loop over an area's ages stops at each of BAND_ENDS to note the running total.
const SEGMENT_ENDS = BAND_ENDS;

/** Where an area's counts are: the lists, the position of its age 0 in each, and the keys that name them in errors. */
interface AreaSource {
  males: ArrayLike<unknown>;
  maleBase: number;
  /** `null` for totals without a split by sex (then `males` holds the totals). */
  females: ArrayLike<unknown> | null;
  femaleBase: number;
  maleKey: string;
  femaleKey: string;
}

/**
 * Reads one area's 101 single years once: validates each count as it is read, adds it to the area's group (at
 * `into`, or nowhere when `into` is -1), and notes in `below` the running total at each age of {@link BAND_ENDS}.
 * Returns Σ age × P(age) (possibly inexact beyond 2^53: checked by the caller) and writes the females into the
 * area's vector at `o`.
 */
function readArea(
  source: AreaSource,
  groupCounts: Float64Array,
  into: number,
  below: Float64Array,
  v: Float64Array,
  o: number,
): number {
  const { males, maleBase, females, femaleBase } = source;
  let total = 0;
  let femaleSum = 0;
  let ageSum = 0;
  let females15 = 0;
  let age = 0;
  // The loop only notes where a count is not valid and stops; the error is made outside it, keeping the loop lean.
  let invalid = false;
  for (let segment = 0; segment < SEGMENT_ENDS.length && !invalid; segment++) {
    const end = SEGMENT_ENDS[segment] ?? WIDTH;
    if (females === null) {
      for (; age < end; age++) {
        const count = males[maleBase + age];
        if (isInvalidCount(count)) {
          invalid = true;
          break;
        }
        total += count as number;
        ageSum += age * (count as number);
        if (into >= 0) groupCounts[into + age] = (groupCounts[into + age] as number) + (count as number);
      }
    } else {
      for (; age < end; age++) {
        const male = males[maleBase + age];
        const female = females[femaleBase + age];
        if (isInvalidCount(male) || isInvalidCount(female)) {
          invalid = true;
          break;
        }
        const people = (male as number) + (female as number);
        total += people;
        femaleSum += female as number;
        ageSum += age * people;
        if (into >= 0) {
          groupCounts[into + age] = (groupCounts[into + age] as number) + (male as number);
          groupCounts[into + WIDTH + age] = (groupCounts[into + WIDTH + age] as number) + (female as number);
        }
      }
    }
    below[end] = total;
    if (end === 15) females15 = femaleSum;
    else if (end === 50) v[o + WOMEN_15_49] = femaleSum - females15;
  }
  if (invalid) throw invalidCount(source, age);
  v[o + FEMALES] = femaleSum;
  return ageSum;
}

/** The error for the invalid count of an area at `age`: the males' (or totals') first, then the females'. */
function invalidCount(source: AreaSource, age: number): PdzError {
  const { males, maleBase, females, femaleBase } = source;
  if (isInvalidCount(males[maleBase + age]) || females === null)
    return notACount([source.maleKey, maleBase + age]);
  return notACount([source.femaleKey, femaleBase + age]);
}

/**
 * The people of age `age` of an area already read, read again (the median's year of age, at most a few dozen
 * reads): validated again, so that a list whose getters answer differently the second time is refused, not trusted.
 */
function peopleAt(source: AreaSource, age: number): number {
  const males = source.males[source.maleBase + age];
  const females = source.females === null ? 0 : source.females[source.femaleBase + age];
  if (isInvalidCount(males) || isInvalidCount(females)) throw invalidCount(source, age);
  return (males as number) + (females as number);
}

/** Completes an area's vector from its running totals: the bands, the sexes, Σ age × P(age), its median year of age. */
function completeArea(
  source: AreaSource,
  below: Float64Array,
  ageSum: number,
  v: Float64Array,
  o: number,
  where: string,
  index: number,
): void {
  const total = below[WIDTH] ?? 0;
  if (!Number.isSafeInteger(total)) throw pdzError(M.unsafe_sum, {}, [where, index]);
  writeBands(v, o, below);
  if (source.females === null) {
    v[o + MALES] = Number.NaN;
    v[o + FEMALES] = Number.NaN;
    v[o + WOMEN_15_49] = Number.NaN;
  } else {
    v[o + MALES] = total - (v[o + FEMALES] ?? 0);
  }
  if (!writeAgeSum(v, o, ageSum)) {
    let sum = 0n;
    for (let age = 1; age < WIDTH; age++) sum += BigInt(age) * BigInt(peopleAt(source, age));
    writeExactAgeSum(v, o, sum);
  }
  // The median year of age: the first band end whose running total reaches half, then the ages before it one by one.
  let segment = 0;
  while (segment < SEGMENT_ENDS.length - 1 && 2 * (below[SEGMENT_ENDS[segment] ?? WIDTH] ?? 0) < total)
    segment++;
  let age = segment === 0 ? 0 : (SEGMENT_ENDS[segment - 1] ?? 0);
  let younger = segment === 0 ? 0 : (below[age] ?? 0);
  let people = peopleAt(source, age);
  while (age < WIDTH - 1 && 2 * (younger + people) < total) {
    younger += people;
    age++;
    people = peopleAt(source, age);
  }
  writeMedian(v, o, age, younger, people);
}

/**
 * The work of a batch, in one pass over the counts: each area's counts are validated as they are read, added to its
 * group's counts, and the area's vector is written.
 */
function fillAreas(
  arrays: BatchArrays,
  vectors: Float64Array,
  groupOf: Int32Array | null,
  groupCounts: Float64Array,
  foreigners: Float64Array | null,
): void {
  const split = arrays.males !== null;
  const source: AreaSource = {
    males: (arrays.males ?? arrays.total)?.items ?? [],
    maleBase: 0,
    females: arrays.females?.items ?? null,
    femaleBase: 0,
    maleKey: split ? "males" : "total",
    femaleKey: "females",
  };
  const below = new Float64Array(WIDTH + 1);
  for (let area = 0; area < arrays.areaCount; area++) {
    source.maleBase = area * WIDTH;
    source.femaleBase = area * WIDTH;
    const into = groupOf === null ? -1 : (groupOf[area] ?? 0) * 2 * WIDTH;
    const o = area * SLOTS;
    const ageSum = readArea(source, groupCounts, into, below, vectors, o);
    completeArea(source, below, ageSum, vectors, o, "areas", area);
    vectors[o + FOREIGNERS] = foreigners === null ? Number.NaN : (foreigners[area] ?? 0);
  }
}

/** The groups' vectors, from their summed counts (already valid; their sums are checked to stay exact). */
function fillGroups(
  groupCounts: Float64Array,
  groupCount: number,
  split: boolean,
  groupOf: Int32Array,
  foreigners: Float64Array | null,
): Float64Array {
  const vectors = new Float64Array(groupCount * SLOTS);
  const groupForeigners = foreigners === null ? null : new Float64Array(groupCount);
  const members = new Int32Array(groupCount);
  for (let area = 0; area < groupOf.length; area++) {
    const group = groupOf[area] ?? 0;
    members[group] = (members[group] ?? 0) + 1;
    if (groupForeigners !== null)
      groupForeigners[group] = (groupForeigners[group] ?? 0) + (foreigners?.[area] ?? 0);
  }
  const source: AreaSource = {
    males: groupCounts,
    maleBase: 0,
    females: split ? groupCounts : null,
    femaleBase: 0,
    maleKey: "groups",
    femaleKey: "groups",
  };
  const below = new Float64Array(WIDTH + 1);
  for (let group = 0; group < groupCount; group++) {
    if (members[group] === 0) throw pdzError(M.empty_aggregate, {}, ["groups"]);
    source.maleBase = group * 2 * WIDTH;
    source.femaleBase = group * 2 * WIDTH + WIDTH;
    // A group's counts are sums of valid counts: beyond 2^53 they would no longer be exact, which its total shows
    // (every count of the group is at most its total).
    const o = group * SLOTS;
    let ageSum: number;
    try {
      ageSum = readArea(source, groupCounts, -1, below, vectors, o);
    } catch {
      // A sum of valid counts that is no longer a count has left the exact range.
      throw pdzError(M.unsafe_sum, {}, ["groups", group]);
    }
    completeArea(source, below, ageSum, vectors, o, "groups", group);
    const foreign = groupForeigners === null ? Number.NaN : (groupForeigners[group] ?? 0);
    if (foreign > MAX_COUNT) throw pdzError(M.unsafe_sum, {}, ["groups", group, "foreigners"]);
    vectors[o + FOREIGNERS] = foreign;
  }
  return vectors;
}

/**
 * Demographic profiles of many areas at once — every comune of a region, say — and of their groups (the Ambiti of
 * those comuni), from single-year counts laid out area after area in plain or typed arrays. The counts are read in
 * place, once, during the call: each is validated as it is read and summed as a whole number; nothing of the input
 * is kept or changed, and the result shares no object with it. Each index of each profile is an exact fraction of
 * those whole numbers, turned into a Decimal (correctly rounded to 40 digits) only when it is read, so the call costs
 * about what a plain-number loop over the same counts costs.
 *
 * A group's profile is computed from the summed counts of its areas — never as a mean of their indices — exactly as
 * `demographicProfile(aggregate(structures))` would give it. For ten years, call it once per year (each year has
 * its reference date). For one area, {@link demographicProfile} of an {@link AgeStructure} gives the same profile.
 *
 * @param input - reference date, counts (males and females, or total), optional foreigners and groups
 * @param options - `onZeroDenominator` (default `"throw"`; `"null"` keeps a comune with nobody aged 15-19 in the batch)
 * @throws {@link PdzError} `invalid_count` (at the position of the first bad count), `invalid_age_structure` (a
 * length that is not a whole number of areas, lists of different lengths, sexes and total mixed), `invalid_group`,
 * `empty_aggregate` (a group number without areas), `zero_denominator`, `median_in_open_class`,
 * `part_exceeds_total` (more foreigners than residents), `unsafe_sum`, `invalid_type`, `required_field`,
 * `unreadable_field`, `too_many_items`, `invalid_date`, `year_out_of_range`, `invalid_option`
 * @example
 * ```ts
 * import { demographicProfiles } from "piano-di-zona";
 * const area = (people: number) => Array.from({ length: 101 }, (_, age) => (age < 90 ? people : 0));
 * const profiles = demographicProfiles({
 *   referenceDate: "2024-01-01",
 *   males: [...area(10), ...area(20), ...area(30)],
 *   females: [...area(10), ...area(20), ...area(30)],
 *   groups: [0, 0, 1],
 * });
 * [profiles.areaCount, profiles.groupCount] //=> [3, 2]
 * profiles.area(2).bands.total //=> 5400
 * profiles.group(0).bands.total //=> 5400
 * profiles.group(0).oldAgeIndex?.toString() //=> "166.6666666666666666666666666666666666667"
 * profiles.area(3) //=> throws no_such_area
 * demographicProfiles({ referenceDate: "2024-01-01", total: [1, 2, 3] }) //=> throws invalid_age_structure
 * ```
 * @category Demography
 */
export function demographicProfiles(input: ProfileBatchInput, options?: ProfileOptions): DemographicProfiles {
  const record = readRecord(input);
  const referenceDate = readStockDate(requiredField(record, "referenceDate"), ["referenceDate"]);
  const zeroIsError = zeroDenominatorIsError(options);
  const arrays = batchArrays(record);
  const { areaCount } = arrays;
  const groups = arrays.groups === null ? null : readGroups(arrays.groups, areaCount);
  const foreigners = arrays.foreigners === null ? null : readForeigners(arrays.foreigners, areaCount);
  const vectors = new Float64Array(areaCount * SLOTS);
  const groupCounts = new Float64Array(groups === null ? 0 : groups.count * 2 * WIDTH);
  try {
    fillAreas(arrays, vectors, groups?.of ?? null, groupCounts, foreigners);
  } catch (error) {
    throw unreadable(error, []);
  }
  for (let area = 0; area < areaCount; area++) checkVector(vectors, area * SLOTS, zeroIsError, "areas", area);
  let groupVectors: Float64Array | null = null;
  if (groups !== null) {
    groupVectors = fillGroups(groupCounts, groups.count, arrays.males !== null, groups.of, foreigners);
    for (let group = 0; group < groups.count; group++) {
      checkVector(groupVectors, group * SLOTS, zeroIsError, "groups", group);
    }
  }
  return new DemographicProfilesValue(referenceDate, vectors, groupVectors);
}

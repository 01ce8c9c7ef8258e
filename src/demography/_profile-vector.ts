// The counts a demographic profile is made of, as one vector of numbers per area: every index of the profile is an
// exact fraction of these whole numbers. NaN marks a count the structure cannot give. A profile of one structure
// owns a small array; a batch of profiles writes one vector per area into one typed array.
import { medianClass } from "./_half-population.js";
import {
  classRange,
  populationOf,
  SINGLE_YEAR_CLASSES,
  spanCount,
  type StructureData,
} from "./_structure-data.js";

export const TOTAL = 0;
export const MALES = 1;
export const FEMALES = 2;
export const AGED_0_4 = 3;
export const AGED_0_14 = 4;
export const AGED_0_17 = 5;
export const AGED_15_19 = 6;
export const AGED_15_39 = 7;
export const AGED_15_64 = 8;
export const AGED_40_64 = 9;
export const AGED_60_64 = 10;
export const AGED_65_PLUS = 11;
export const AGED_80_PLUS = 12;
export const WOMEN_15_49 = 13;
export const FOREIGNERS = 14;
/** Σ age × P(age) of single years (open class as 100) = high × 2^32 + low: exact however large. */
export const AGE_SUM_HIGH = 15;
export const AGE_SUM_LOW = 16;
/** The single year of age in which the cumulated population first reaches half the total. */
export const MEDIAN_AGE = 17;
/** People younger than the median year of age. */
export const MEDIAN_BELOW = 18;
/** People in the median year of age. */
export const MEDIAN_COUNT = 19;
/** The length of a vector. */
export const SLOTS = 20;

/** The named counts of slots 0…14, in slot order: the keys of a {@link StandardBands} record. */
export const BAND_KEYS = [
  "total",
  "males",
  "females",
  "aged0to4",
  "aged0to14",
  "aged0to17",
  "aged15to19",
  "aged15to39",
  "aged15to64",
  "aged40to64",
  "aged60to64",
  "aged65plus",
  "aged80plus",
  "women15to49",
  "foreigners",
] as const;

/** A named count of a profile. */
export type BandKey = (typeof BAND_KEYS)[number];

/** The ages (first, last or null for "and over") and sex of each named count of slots 0…13. */
export const BAND_AGES: readonly (readonly [number, number | null, "males" | "females" | null])[] = [
  [0, null, null],
  [0, null, "males"],
  [0, null, "females"],
  [0, 4, null],
  [0, 14, null],
  [0, 17, null],
  [15, 19, null],
  [15, 39, null],
  [15, 64, null],
  [40, 64, null],
  [60, 64, null],
  [65, null, null],
  [80, null, null],
  [15, 49, "females"],
];

/** A vector, or the typed array holding the vectors of a batch. */
export type Vector = number[] | Float64Array;

/**
 * The ages where a named band starts or ends (and 101, past the open class): a population's running total at each
 * of them gives every band of a profile.
 */
export const BAND_ENDS = [5, 15, 18, 20, 40, 50, 60, 65, 80, SINGLE_YEAR_CLASSES] as const;

/** Sets the running totals of a tally from the totals below each of {@link BAND_ENDS}. */
export function setBandEnds(tally: Tally, ends: ArrayLike<number>): void {
  tally.below5 = ends[0] ?? 0;
  tally.below15 = ends[1] ?? 0;
  tally.below18 = ends[2] ?? 0;
  tally.below20 = ends[3] ?? 0;
  tally.below40 = ends[4] ?? 0;
  tally.below60 = ends[6] ?? 0;
  tally.below65 = ends[7] ?? 0;
  tally.below80 = ends[8] ?? 0;
  tally.total = ends[9] ?? 0;
}

/**
 * What a single-year population's vector is written from: its cumulative totals below the ages where the named
 * bands start or end, its counts by sex (NaN when not split), Σ age × P(age) as `ageSumHigh × 2^32 + ageSumLow`, and
 * its median year of age with the people below and in it. A scratch record, filled and written once per area.
 */
export interface Tally {
  below5: number;
  below15: number;
  below18: number;
  below20: number;
  below40: number;
  below60: number;
  below65: number;
  below80: number;
  total: number;
  males: number;
  females: number;
  women15to49: number;
  ageSumHigh: number;
  ageSumLow: number;
  medianAge: number;
  medianBelow: number;
  medianCount: number;
}

/** An empty {@link Tally}. */
export function newTally(): Tally {
  const nan = Number.NaN;
  return {
    below5: 0,
    below15: 0,
    below18: 0,
    below20: 0,
    below40: 0,
    below60: 0,
    below65: 0,
    below80: 0,
    total: 0,
    males: nan,
    females: nan,
    women15to49: nan,
    ageSumHigh: 0,
    ageSumLow: 0,
    medianAge: nan,
    medianBelow: nan,
    medianCount: nan,
  };
}

const TWO_32 = 4_294_967_296;

/**
 * Stores Σ age × P(age) in a tally when the plain sum is exact (below 2^53), and tells whether it was; otherwise the
 * caller computes it with bigints and stores it with {@link setExactAgeSum}.
 */
export function setAgeSum(tally: Tally, ageSum: number): boolean {
  if (!Number.isSafeInteger(ageSum)) return false;
  tally.ageSumHigh = 0;
  tally.ageSumLow = ageSum;
  return true;
}

/** Stores Σ age × P(age), computed exactly, in two parts below 2^53. */
export function setExactAgeSum(tally: Tally, sum: bigint): void {
  tally.ageSumHigh = Number(sum / BigInt(TWO_32));
  tally.ageSumLow = Number(sum % BigInt(TWO_32));
}

/** Writes the vector of a single-year population from its tally. */
export function writeTally(v: Vector, o: number, t: Tally, foreigners: number): void {
  const total = t.total;
  v[o + TOTAL] = total;
  v[o + MALES] = t.males;
  v[o + FEMALES] = t.females;
  v[o + AGED_0_4] = t.below5;
  v[o + AGED_0_14] = t.below15;
  v[o + AGED_0_17] = t.below18;
  v[o + AGED_15_19] = t.below20 - t.below15;
  v[o + AGED_15_39] = t.below40 - t.below15;
  v[o + AGED_15_64] = t.below65 - t.below15;
  v[o + AGED_40_64] = t.below65 - t.below40;
  v[o + AGED_60_64] = t.below65 - t.below60;
  v[o + AGED_65_PLUS] = total - t.below65;
  v[o + AGED_80_PLUS] = total - t.below80;
  v[o + WOMEN_15_49] = t.women15to49;
  v[o + FOREIGNERS] = foreigners;
  v[o + AGE_SUM_HIGH] = t.ageSumHigh;
  v[o + AGE_SUM_LOW] = t.ageSumLow;
  v[o + MEDIAN_AGE] = t.medianAge;
  v[o + MEDIAN_BELOW] = t.medianBelow;
  v[o + MEDIAN_COUNT] = t.medianCount;
}

/** The tally of a single-year structure, from its cumulative counts. */
function tallyOfSingleYears(data: StructureData): Tally {
  const c = data.cumTotals;
  const t = newTally();
  const ends = new Array<number>(BAND_ENDS.length);
  for (let i = 0; i < BAND_ENDS.length; i++) ends[i] = c[BAND_ENDS[i] ?? 0] ?? 0;
  setBandEnds(t, ends);
  const total = t.total;
  t.males = spanCount(data, 0, SINGLE_YEAR_CLASSES, "males");
  t.females = spanCount(data, 0, SINGLE_YEAR_CLASSES, "females");
  t.women15to49 = spanCount(data, 15, 50, "females");
  if (!setAgeSum(t, data.ageSum)) {
    // Σ age × P(age) = Σ over k = 1…100 of the people aged k and over: a hundred exact terms.
    let sum = 0n;
    for (let k = 1; k < SINGLE_YEAR_CLASSES; k++) sum += BigInt(total - (c[k] ?? 0));
    setExactAgeSum(t, sum);
  }
  const median = medianClass(c, SINGLE_YEAR_CLASSES);
  t.medianAge = median;
  t.medianBelow = c[median] ?? 0;
  t.medianCount = (c[median + 1] ?? 0) - (c[median] ?? 0);
  return t;
}

/** Fills the vector of a structure: every count its classes give, NaN for the others. */
export function fillStructure(v: Vector, o: number, data: StructureData): void {
  const foreigners = data.foreign === null ? Number.NaN : populationOf(data.foreign);
  if (data.starts === null) {
    writeTally(v, o, tallyOfSingleYears(data), foreigners);
    return;
  }
  for (let slot = 0; slot < BAND_AGES.length; slot++) v[o + slot] = bandCount(data, slot);
  v[o + FOREIGNERS] = foreigners;
  for (let slot = AGE_SUM_HIGH; slot < SLOTS; slot++) v[o + slot] = Number.NaN;
}

/** The count of slot 0…13 in a structure, or NaN when its classes (or its lack of a split by sex) cannot give it. */
export function bandCount(data: StructureData, slot: number): number {
  const [from, to, sex] = BAND_AGES[slot] ?? [0, null, null];
  const range = classRange(data, from, to);
  return range === null ? Number.NaN : spanCount(data, range[0], range[1], sex);
}

/** A vector of a structure, in an array of its own. */
export function vectorOf(data: StructureData): number[] {
  const v = new Array<number>(SLOTS);
  fillStructure(v, 0, data);
  return v;
}

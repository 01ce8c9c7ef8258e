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
 * The ages where a named band starts or ends (and 101, past the open class): a population's running totals at these
 * ages give every band of a profile.
 */
export const BAND_ENDS = [5, 15, 18, 20, 40, 50, 60, 65, 80, SINGLE_YEAR_CLASSES] as const;

/**
 * Writes the band counts of a single-year population from its running totals by age: `below[a]` is the number of
 * people younger than `a`, read at the ages of {@link BAND_ENDS} (`below[101]`: everyone).
 */
export function writeBands(v: Vector, o: number, below: ArrayLike<number>): void {
  const total = below[SINGLE_YEAR_CLASSES] ?? 0;
  const below15 = below[15] ?? 0;
  const below40 = below[40] ?? 0;
  const below65 = below[65] ?? 0;
  v[o + TOTAL] = total;
  v[o + AGED_0_4] = below[5] ?? 0;
  v[o + AGED_0_14] = below15;
  v[o + AGED_0_17] = below[18] ?? 0;
  v[o + AGED_15_19] = (below[20] ?? 0) - below15;
  v[o + AGED_15_39] = below40 - below15;
  v[o + AGED_15_64] = below65 - below15;
  v[o + AGED_40_64] = below65 - below40;
  v[o + AGED_60_64] = below65 - (below[60] ?? 0);
  v[o + AGED_65_PLUS] = total - below65;
  v[o + AGED_80_PLUS] = total - (below[80] ?? 0);
}

const TWO_32 = 4_294_967_296;

/**
 * Writes Σ age × P(age) when the plain sum is exact (below 2^53), and tells whether it was; otherwise the caller
 * computes it with bigints and writes it with {@link writeExactAgeSum}.
 */
export function writeAgeSum(v: Vector, o: number, ageSum: number): boolean {
  if (!Number.isSafeInteger(ageSum)) return false;
  v[o + AGE_SUM_HIGH] = 0;
  v[o + AGE_SUM_LOW] = ageSum;
  return true;
}

/** Writes Σ age × P(age), computed exactly, as two parts below 2^53 (high × 2^32 + low). */
export function writeExactAgeSum(v: Vector, o: number, sum: bigint): void {
  v[o + AGE_SUM_HIGH] = Number(sum / BigInt(TWO_32));
  v[o + AGE_SUM_LOW] = Number(sum % BigInt(TWO_32));
}

/** Writes the median year of age, with the people younger than it and the people of that age. */
export function writeMedian(v: Vector, o: number, age: number, below: number, count: number): void {
  v[o + MEDIAN_AGE] = age;
  v[o + MEDIAN_BELOW] = below;
  v[o + MEDIAN_COUNT] = count;
}

/** Writes the vector of a single-year structure from its cumulative counts (cumulative totals are running totals). */
function writeSingleYears(v: Vector, o: number, data: StructureData): void {
  const c = data.cumTotals;
  writeBands(v, o, c);
  v[o + MALES] = spanCount(data, 0, SINGLE_YEAR_CLASSES, "males");
  v[o + FEMALES] = spanCount(data, 0, SINGLE_YEAR_CLASSES, "females");
  v[o + WOMEN_15_49] = spanCount(data, 15, 50, "females");
  if (!writeAgeSum(v, o, data.ageSum)) {
    // Σ age × P(age) = Σ over k = 1…100 of the people aged k and over: a hundred exact terms.
    const total = c[SINGLE_YEAR_CLASSES] ?? 0;
    let sum = 0n;
    for (let k = 1; k < SINGLE_YEAR_CLASSES; k++) sum += BigInt(total - (c[k] ?? 0));
    writeExactAgeSum(v, o, sum);
  }
  const median = medianClass(c, SINGLE_YEAR_CLASSES);
  writeMedian(v, o, median, c[median] ?? 0, (c[median + 1] ?? 0) - (c[median] ?? 0));
}

/** Fills the vector of a structure: every count its classes give, NaN for the others. */
export function fillStructure(v: Vector, o: number, data: StructureData): void {
  const foreigners = data.foreign === null ? Number.NaN : populationOf(data.foreign);
  if (data.starts === null) {
    writeSingleYears(v, o, data);
    v[o + FOREIGNERS] = foreigners;
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

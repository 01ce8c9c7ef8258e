// Every index of a demographic profile as an exact fraction of the whole numbers of its vector, turned into a
// Decimal only when it is read, by one correctly rounded division.
import { Dec, type Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/demography.js";
import { requirePartOfTotal } from "./_ratio.js";
import {
  AGE_SUM_HIGH,
  AGE_SUM_LOW,
  AGED_0_14,
  AGED_0_17,
  AGED_0_4,
  AGED_15_19,
  AGED_15_39,
  AGED_15_64,
  AGED_40_64,
  AGED_60_64,
  AGED_65_PLUS,
  AGED_80_PLUS,
  BAND_AGES,
  BAND_KEYS,
  FEMALES,
  FOREIGNERS,
  MALES,
  MEDIAN_AGE,
  MEDIAN_BELOW,
  MEDIAN_COUNT,
  TOTAL,
  WOMEN_15_49,
  type Vector,
} from "./_profile-vector.js";
import { SINGLE_YEAR_CLASSES } from "./_structure-data.js";

/** The indices of a profile, in the order a profile lists (and validates) them. */
export const PROFILE_INDEX_KEYS = [
  "oldAgeIndex",
  "structuralDependencyIndex",
  "elderlyDependencyIndex",
  "youthDependencyIndex",
  "activePopulationTurnoverIndex",
  "activePopulationStructureIndex",
  "childWomanRatio",
  "ageingShare",
  "youthShare",
  "workingAgeShare",
  "veryOldShare",
  "minorShare",
  "sexRatio",
  "foreignShare",
  "meanAge",
  "medianAge",
] as const;

/** An index of a profile. */
export type ProfileIndexKey = (typeof PROFILE_INDEX_KEYS)[number];

/** A ratio index: (sum of the numerator's counts) × 100 / the denominator's count. */
interface Ratio {
  readonly numerator: readonly number[];
  readonly denominator: number;
}

/** The ratios of the profile's first fourteen indices, in {@link PROFILE_INDEX_KEYS} order. */
export const RATIOS: readonly Ratio[] = [
  { numerator: [AGED_65_PLUS], denominator: AGED_0_14 },
  { numerator: [AGED_0_14, AGED_65_PLUS], denominator: AGED_15_64 },
  { numerator: [AGED_65_PLUS], denominator: AGED_15_64 },
  { numerator: [AGED_0_14], denominator: AGED_15_64 },
  { numerator: [AGED_60_64], denominator: AGED_15_19 },
  { numerator: [AGED_40_64], denominator: AGED_15_39 },
  { numerator: [AGED_0_4], denominator: WOMEN_15_49 },
  { numerator: [AGED_65_PLUS], denominator: TOTAL },
  { numerator: [AGED_0_14], denominator: TOTAL },
  { numerator: [AGED_15_64], denominator: TOTAL },
  { numerator: [AGED_80_PLUS], denominator: TOTAL },
  { numerator: [AGED_0_17], denominator: TOTAL },
  { numerator: [MALES], denominator: FEMALES },
  { numerator: [FOREIGNERS], denominator: TOTAL },
];

/** The position of the mean age in {@link PROFILE_INDEX_KEYS}. */
export const MEAN_AGE_INDEX = 14;
/** The position of the median age in {@link PROFILE_INDEX_KEYS}. */
export const MEDIAN_AGE_INDEX = 15;

const HUNDRED = 100n;
const TWO_32 = 4_294_967_296n;

/** The name of a named count in both languages, for messages: "people aged 0-14", "women aged 15-49". */
export function bandLabels(slot: number): Labels {
  switch (slot) {
    case TOTAL:
      return { en: "population", it: "popolazione" };
    case MALES:
      return { en: "males", it: "maschi" };
    case FEMALES:
      return { en: "females", it: "femmine" };
    case WOMEN_15_49:
      return { en: "women aged 15-49", it: "donne 15-49 anni" };
    case FOREIGNERS:
      return { en: "foreigners", it: "gli stranieri" };
  }
  const [from, to] = BAND_AGES[slot] ?? [0, null];
  return to === null
    ? { en: `people aged ${from} and over`, it: `popolazione di ${from} anni e più` }
    : { en: `people aged ${from}-${to}`, it: `popolazione ${from}-${to} anni` };
}

function has(v: Vector, slot: number): boolean {
  return !Number.isNaN(v[slot] ?? Number.NaN);
}

function ratioAvailable(v: Vector, o: number, ratio: Ratio): boolean {
  if (!has(v, o + ratio.denominator)) return false;
  for (const slot of ratio.numerator) if (!has(v, o + slot)) return false;
  return true;
}

function pathAt(where: string | null, index: number, key: string): ErrorPath {
  return where === null ? [key] : [where, index, key];
}

/**
 * Validates a vector: a part larger than its whole (`part_exceeds_total`, always), and, when `zeroIsError`, every
 * index that its counts allow but whose denominator is 0 (`zero_denominator`) or a median in the open class 100+
 * (`median_in_open_class`), in {@link PROFILE_INDEX_KEYS} order. Paths name the count, under `[where, index]`
 * for a batch.
 */
export function checkVector(
  v: Vector,
  o: number,
  zeroIsError: boolean,
  where: string | null,
  index = 0,
): void {
  const foreigners = v[o + FOREIGNERS] ?? Number.NaN;
  const total = v[o + TOTAL] ?? 0;
  // The path is made only for an error: a batch checks thousands of vectors.
  if (foreigners > total)
    requirePartOfTotal(foreigners, "foreigners", total, "total", pathAt(where, index, "foreigners"));
  if (!zeroIsError) return;
  // The common case first: no denominator is 0 and the median is not in 100+ (NaN, a count not given, is not 0).
  if (
    v[o + AGED_0_14] !== 0 &&
    v[o + AGED_15_64] !== 0 &&
    v[o + AGED_15_19] !== 0 &&
    v[o + AGED_15_39] !== 0 &&
    v[o + WOMEN_15_49] !== 0 &&
    v[o + FEMALES] !== 0 &&
    total !== 0 &&
    v[o + MEDIAN_AGE] !== SINGLE_YEAR_CLASSES - 1
  ) {
    return;
  }
  for (const ratio of RATIOS) {
    if (ratioAvailable(v, o, ratio) && v[o + ratio.denominator] === 0) {
      throw pdzError(
        M.zero_denominator,
        { what: bandLabels(ratio.denominator) },
        pathAt(where, index, BAND_KEYS[ratio.denominator] ?? ""),
      );
    }
  }
  if (!has(v, o + MEDIAN_AGE)) return;
  if (total === 0)
    throw pdzError(M.zero_denominator, { what: bandLabels(TOTAL) }, pathAt(where, index, "total"));
  if (v[o + MEDIAN_AGE] === SINGLE_YEAR_CLASSES - 1) {
    throw pdzError(M.median_in_open_class, { label: "100+" }, pathAt(where, index, "medianAge"));
  }
}

function big(v: Vector, slot: number): bigint {
  return BigInt(v[slot] ?? 0);
}

/**
 * Index `which` of {@link PROFILE_INDEX_KEYS} as an exact fraction of whole numbers, or `null` when the counts
 * cannot give it or it is not defined (a zero denominator, a median in the open class).
 */
export function indexFraction(v: Vector, o: number, which: number): readonly [bigint, bigint] | null {
  const ratio = RATIOS[which];
  if (ratio !== undefined) {
    if (!ratioAvailable(v, o, ratio) || v[o + ratio.denominator] === 0) return null;
    let numerator = 0n;
    for (const slot of ratio.numerator) numerator += big(v, o + slot);
    return [numerator * HUNDRED, big(v, o + ratio.denominator)];
  }
  const total = big(v, o + TOTAL);
  if (total === 0n) return null;
  if (which === MEAN_AGE_INDEX) {
    if (!has(v, o + AGE_SUM_HIGH)) return null;
    // Σ (age + ½) × P(age) / N = (2 × Σ age × P(age) + N) / 2N: the half-year convention, rounded once.
    const ageSum = big(v, o + AGE_SUM_HIGH) * TWO_32 + big(v, o + AGE_SUM_LOW);
    return [2n * ageSum + total, 2n * total];
  }
  const age = v[o + MEDIAN_AGE] ?? Number.NaN;
  if (Number.isNaN(age) || age === SINGLE_YEAR_CLASSES - 1) return null;
  // a + (N/2 − P(<a)) / P(a) = (2 × P(a) × a + N − 2 × P(<a)) / (2 × P(a)).
  const count = big(v, o + MEDIAN_COUNT);
  return [2n * count * BigInt(age) + total - 2n * big(v, o + MEDIAN_BELOW), 2n * count];
}

/** Index `which` as a Decimal correctly rounded to 40 digits, or `null` (see {@link indexFraction}). */
export function indexDecimal(v: Vector, o: number, which: number): Decimal | null {
  const fraction = indexFraction(v, o, which);
  return fraction === null ? null : exactQuotient(fraction[0], fraction[1]);
}

/** A whole number as a Decimal. */
export function wholeDecimal(value: number | bigint): Decimal {
  return new Dec(value.toString());
}

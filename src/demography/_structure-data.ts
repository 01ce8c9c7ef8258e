// The storage behind an age structure: its classes and their counts as cumulative sums, so that any span of ages
// is one subtraction and two structures add up array by array.
import type { IsoDate } from "../core/italian-date.js";

/** The number of single-year classes: ages 0…99 and the open class 100+. */
export const SINGLE_YEAR_CLASSES = 101;

/** The largest exact whole number of a JavaScript number (2^53 − 1). */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Totals as a document states them, `null` where it states none. */
export interface StatedCounts {
  readonly males: number | null;
  readonly females: number | null;
  readonly total: number | null;
}

/**
 * One age structure's counts. Class `i` holds the ages from `startOf(data, i)` to the start of class `i + 1`, minus
 * one; the last class is open. `cumTotals[i]` is the number of people in classes `0…i − 1`, so it has one entry more
 * than there are classes and `cumTotals[classCount]` is the population. Every entry is an exact whole number: the
 * population is checked to stay below 2^53 and every partial sum is smaller.
 */
export interface StructureData {
  readonly referenceDate: IsoDate;
  /** The first age of each class, ascending from 0; `null` for single years (class `i` is age `i`). */
  readonly starts: readonly number[] | null;
  readonly classCount: number;
  /** Cumulative totals of the classes (as stated, where a document stated a class total). */
  readonly cumTotals: readonly number[];
  /**
   * Cumulative males, kept where a class total may differ from its males + females (bands as a document states
   * them); `null` otherwise, and then the males are the totals minus the females (see {@link malesOf}).
   */
  readonly cumMales: readonly number[] | null;
  /** Cumulative females, when every class is split by sex (the structure is split by sex exactly then). */
  readonly cumFemales: readonly number[] | null;
  /** Single years: Σ age × P(age), the open class counted as 100, when it is below 2^53; otherwise NaN. */
  readonly ageSum: number;
  readonly stated: StatedCounts;
  readonly foreign: StructureData | null;
}

/** The first age of class `index`. */
export function startOf(data: StructureData, index: number): number {
  return data.starts === null ? index : (data.starts[index] ?? 0);
}

/** The index of the class starting at `age`, or -1. Single-year structures answer in constant time. */
export function classStartingAt(data: StructureData, age: number): number {
  if (data.starts === null) return Number.isInteger(age) && age >= 0 && age < SINGLE_YEAR_CLASSES ? age : -1;
  return data.starts.indexOf(age);
}

/**
 * The classes `[first, last)` that hold exactly the ages `from`…`to` (`to` null: `from` and over), or `null` when
 * the classes do not align with the range.
 */
export function classRange(data: StructureData, from: number, to: number | null): [number, number] | null {
  const first = classStartingAt(data, from);
  const last = to === null ? data.classCount : classStartingAt(data, to + 1);
  return first >= 0 && last > first ? [first, last] : null;
}

/** The label of class `index`: "0-14", "65+", "100+". */
export function classLabel(data: StructureData, index: number): string {
  const from = startOf(data, index);
  return index + 1 < data.classCount ? `${from}-${startOf(data, index + 1) - 1}` : `${from}+`;
}

/** The population of a structure. */
export function populationOf(data: StructureData): number {
  return data.cumTotals[data.classCount] ?? 0;
}

/** The counts of each class, from cumulative counts. */
export function classCounts(cumulative: readonly number[], classCount: number): number[] {
  const counts = new Array<number>(classCount);
  for (let i = 0; i < classCount; i++) counts[i] = (cumulative[i + 1] ?? 0) - (cumulative[i] ?? 0);
  return counts;
}

/** The stated totals of a structure whose document states none. */
export const NO_STATED: StatedCounts = /* @__PURE__ */ Object.freeze({
  males: null,
  females: null,
  total: null,
});

/** Tells whether two structures have the same classes (single years, or the same band starts). */
export function sameClasses(a: StructureData, b: StructureData): boolean {
  if (a.starts === b.starts) return true;
  if (a.starts === null || b.starts === null || a.starts.length !== b.starts.length) return false;
  for (let i = 0; i < a.starts.length; i++) if (a.starts[i] !== b.starts[i]) return false;
  return true;
}

/** The cumulative males of a structure split by sex (derived from totals and females where not stored), or null. */
export function malesOf(data: StructureData): readonly number[] | null {
  const { cumMales, cumFemales, cumTotals } = data;
  if (cumMales !== null || cumFemales === null) return cumMales;
  const males = new Array<number>(cumTotals.length);
  for (let i = 0; i < cumTotals.length; i++) males[i] = (cumTotals[i] ?? 0) - (cumFemales[i] ?? 0);
  return males;
}

/**
 * The people of classes `[first, last)`: everyone (`sex` null), or one sex (NaN when the structure is not split by
 * sex).
 */
export function spanCount(
  data: StructureData,
  first: number,
  last: number,
  sex: "males" | "females" | null,
): number {
  const { cumTotals, cumFemales, cumMales } = data;
  const total = (cumTotals[last] ?? 0) - (cumTotals[first] ?? 0);
  if (sex === null) return total;
  if (cumFemales === null) return Number.NaN;
  const females = (cumFemales[last] ?? 0) - (cumFemales[first] ?? 0);
  if (sex === "females") return females;
  return cumMales === null ? total - females : (cumMales[last] ?? 0) - (cumMales[first] ?? 0);
}

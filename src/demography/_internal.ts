import type { Labels } from "../core/labels.js";
import { DEMOGRAPHIC_INDEX_LABELS } from "./index-labels.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError, type ErrorPath } from "../core/error.js";
import { requireCount } from "../core/input.js";
import type { AgeStructure, Sex, StatedTotals } from "./age-structure.js";
import { exactQuotient } from "./_exact-quotient.js";

/** Reads a named count from an input record: a safe non-negative integer, or `invalid_count` at that key. */
export function countAt(input: object, key: string): number {
  const value = (input as Record<string, unknown>)[key];
  // The common case is checked inline; requireCount builds the error (and its path) only for a bad count.
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
    ? value
    : requireCount(value, [key]);
}

/** Throws `zero_denominator` for a quotient whose denominator is 0 (never a silent 0, NaN or Infinity). */
export function zeroDenominator(path: ErrorPath, what: string, whatIt: string): PdzError {
  return new PdzError({
    code: "zero_denominator",
    message: `The denominator (${what}) is 0: the value is not defined`,
    messageIt: `Il denominatore (${whatIt}) è 0: il valore non è definito`,
    path,
  });
}

/** Throws `unsafe_sum` when a sum of counts leaves the range where JavaScript integers are exact (2^53). */
export function requireSafeSum(value: number, path: ErrorPath = []): number {
  if (!Number.isSafeInteger(value)) {
    throw new PdzError({
      code: "unsafe_sum",
      message: "A sum of counts exceeds 2^53 - 1 and could no longer be exact",
      messageIt: "Una somma di conteggi supera 2^53 - 1 e non sarebbe più esatta",
      path,
    });
  }
  return value;
}

/**
 * The exact quotient `numerator × factor / denominator` as a Decimal: integers are summed before this call and
 * the division is the only inexact-looking step (exact to the clone's 40 significant digits).
 */
export function scaledRatio(
  numerator: number,
  denominator: number,
  factor: number,
  denominatorKey: string,
  what: readonly [string, string],
): Decimal {
  if (denominator === 0) throw zeroDenominator([denominatorKey], what[0], what[1]);
  const scaled = numerator * factor;
  // The product is an exact integer below 2^53; beyond that, Decimal multiplies.
  return Number.isSafeInteger(scaled)
    ? exactQuotient(scaled, denominator)
    : new Dec(numerator).times(factor).div(denominator);
}

/** The number of single-year age classes: 0…99 and the open class 100+. */
export const SINGLE_YEAR_CLASSES = 101;

const SINGLE_YEAR_STARTS: readonly number[] = /* @__PURE__ */ Object.freeze(
  Array.from({ length: SINGLE_YEAR_CLASSES }, (_, age) => age),
);

/**
 * The storage behind an AgeStructure: band starts (ascending, from 0; the last band is open) and one array of
 * integer counts per sex, or of totals when the split by sex is unknown. Totals of a band are `males + females`
 * unless a document stated a different total (`totals` is then kept as stated). The arrays are plain arrays of
 * numbers, private to the structure: allocating them is far cheaper than typed arrays of the same length.
 */
export interface StructureData {
  readonly referenceDate: string;
  readonly starts: readonly number[];
  readonly singleYears: boolean;
  readonly males: readonly number[] | undefined;
  readonly females: readonly number[] | undefined;
  readonly totals: readonly number[] | undefined;
  readonly stated: StatedTotals;
  readonly foreign: StructureData | undefined;
}

export function singleYearStarts(): readonly number[] {
  return SINGLE_YEAR_STARTS;
}

/** The total count of band `index`. */
export function bandTotal(data: StructureData, index: number): number {
  if (data.totals !== undefined) return data.totals[index] ?? 0;
  return (data.males?.[index] ?? 0) + (data.females?.[index] ?? 0);
}

/** Index of the band starting at `age`, or -1. Single-year structures answer in constant time. */
export function bandStartingAt(data: StructureData, age: number): number {
  if (data.singleYears) return Number.isInteger(age) && age >= 0 && age < SINGLE_YEAR_CLASSES ? age : -1;
  return data.starts.indexOf(age);
}

/** Sums counts over [from, to) band indices; the sum of safe integers is checked for exactness. */
export function sumIndices(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] ?? 0;
  return requireSafeSum(sum);
}

// The storage of a structure sits in a private field of its class; age-structure.ts installs the reader. Until it
// is loaded no structure exists, and nothing is one.
let readStructure: ((value: object) => StructureData | undefined) | undefined;

/** Installs the function that reads a structure's storage (undefined for anything that is not a structure). */
export function setStructureReader(reader: (value: object) => StructureData | undefined): void {
  readStructure = reader;
}

/** The storage of an AgeStructure built by this library; anything else is refused (`invalid_age_structure`). */
export function structureData(structure: unknown, path: ErrorPath = []): StructureData {
  const data = typeof structure === "object" && structure !== null ? readStructure?.(structure) : undefined;
  if (data === undefined) {
    throw new PdzError({
      code: "invalid_age_structure",
      message: "Expected an age structure built with ageStructureFromSingleYears or ageStructureFromBands",
      messageIt:
        "Attesa una struttura per età creata con ageStructureFromSingleYears o ageStructureFromBands",
      path,
    });
  }
  return data;
}

/** A PdzError for a malformed age-structure input. */
export function invalidStructure(message: string, messageIt: string, path: ErrorPath): PdzError {
  return new PdzError({ code: "invalid_age_structure", message, messageIt, path });
}

/** The named bands of the ISTAT indices: key → [first age, last age (undefined: and over), sex]. */
export const BAND_RANGES = {
  aged0to4: [0, 4, undefined],
  aged0to14: [0, 14, undefined],
  aged0to17: [0, 17, undefined],
  aged15to19: [15, 19, undefined],
  aged15to39: [15, 39, undefined],
  aged15to64: [15, 64, undefined],
  aged40to64: [40, 64, undefined],
  aged60to64: [60, 64, undefined],
  aged65plus: [65, undefined, undefined],
  aged80plus: [80, undefined, undefined],
  women15to49: [15, 49, "females"],
  total: [0, undefined, undefined],
  males: [0, undefined, "males"],
  females: [0, undefined, "females"],
} as const satisfies Record<string, readonly [number, number | undefined, Sex | undefined]>;

/**
 * Reads a named count from an index's input: from an AgeStructure, by counting its bands (`band_not_available`
 * when they cannot give it), or from a record, as a validated count.
 */
export function countOf(input: object, key: string): number {
  if (readStructure?.(input) === undefined) return countAt(input, key);
  const structure = input as AgeStructure;
  const range = (BAND_RANGES as Record<string, readonly [number, number | undefined, Sex | undefined]>)[key];
  if (range !== undefined) return structure.count(range[0], range[1], range[2]);
  if (key === "foreigners" && structure.foreign !== undefined) return structure.foreign.total;
  throw new PdzError({
    code: "band_not_available",
    message: `This structure cannot give ${key}`,
    messageIt: `Questa struttura non consente di ricavare ${key}`,
    path: [key],
  });
}

/** Σ age × P(age) over a single-year structure (the open class counts as 100), in one tight loop. */
export function ageWeightedTotal(data: StructureData): number {
  const { males, females, totals } = data;
  let sum = 0;
  if (totals !== undefined) {
    for (let age = 1; age < SINGLE_YEAR_CLASSES; age++) sum += age * (totals[age] ?? 0);
  } else if (males !== undefined && females !== undefined) {
    for (let age = 1; age < SINGLE_YEAR_CLASSES; age++)
      sum += age * ((males[age] ?? 0) + (females[age] ?? 0));
  }
  return requireSafeSum(sum);
}

/** The total count of bands [from, to): one tight loop over the stored array(s). */
export function spanTotal(data: StructureData, from: number, to: number): number {
  const { males, females, totals } = data;
  let sum = 0;
  if (totals !== undefined) {
    for (let i = from; i < to; i++) sum += totals[i] ?? 0;
  } else if (males !== undefined && females !== undefined) {
    for (let i = from; i < to; i++) sum += (males[i] ?? 0) + (females[i] ?? 0);
  }
  return sum;
}

/** The labels of a demographic index key, or the key itself in both languages when it is not a known index. */
export function indexLabels(key: string): Labels {
  return (
    (DEMOGRAPHIC_INDEX_LABELS as Readonly<Record<string, Labels | undefined>>)[key] ?? { it: key, en: key }
  );
}

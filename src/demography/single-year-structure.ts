import { pdzError, type ErrorPath } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import * as M from "../core/messages/demography.js";
import { ownField, readRecord, requiredField, type InputRecord } from "../core/read-input.js";
import { countList, isInvalidCount, isTypedArray, notACount, unreadable } from "./_count-arrays.js";
import { requireSafeSum } from "./_safe-sum.js";
import { NO_STATED, SINGLE_YEAR_CLASSES, type StructureData } from "./_structure-data.js";
import { createAgeStructure, type AgeStructure } from "./age-structure.js";
import { readStockDate } from "./reference-date.js";

/**
 * Single-year counts: males and females (both), or totals when the split by sex is unknown. `null` reads as absent,
 * so the plain data of a structure ({@link SingleYearStructureJSON}) is accepted as it is.
 * @category Demography
 */
export interface SingleYearCounts {
  /** Males aged 0…99 and 100+ (101 values). */
  readonly males?: ArrayLike<number> | null | undefined;
  /** Females aged 0…99 and 100+ (101 values). */
  readonly females?: ArrayLike<number> | null | undefined;
  /** Everyone aged 0…99 and 100+ (101 values), only when males and females are not given. */
  readonly total?: ArrayLike<number> | null | undefined;
}

/**
 * Input of {@link ageStructureFromSingleYears}.
 * @category Demography
 */
export interface SingleYearInput extends SingleYearCounts {
  /** The reference date, ISO or Italian text; 31 December is read as 1 January of the next year. */
  readonly referenceDate: string;
  /** The foreign residents by the same single years. */
  readonly foreign?: SingleYearCounts | null | undefined;
}

function present(value: unknown): unknown {
  return value === null ? undefined : value;
}

/**
 * The 101 counts of one sex (or of everyone), to be read in place: an array or typed array of the right length as it
 * is (the common case, checked without building a path); anything else through {@link countList}, which copies an
 * array-like object's own elements and names what is wrong.
 */
function singleYearList(value: unknown, path: ErrorPath, key: string): ArrayLike<unknown> {
  let length = -1;
  try {
    if (Array.isArray(value) || (typeof value === "object" && value !== null && isTypedArray(value))) {
      length = (value as ArrayLike<unknown>).length;
    }
  } catch {
    // A revoked proxy: countList below says so.
  }
  if (length === SINGLE_YEAR_CLASSES) return value as ArrayLike<unknown>;
  const at = [...path, key];
  const list = countList(value, at);
  if (list.length !== SINGLE_YEAR_CLASSES) {
    throw pdzError(M.invalid_age_structure, { problem: "single_year_length", got: list.length }, at);
  }
  return list.items;
}

function structureOf(
  referenceDate: IsoDate,
  cumTotals: number[],
  cumFemales: number[] | null,
  ageSum: number,
): StructureData {
  return {
    referenceDate,
    starts: null,
    classCount: SINGLE_YEAR_CLASSES,
    cumTotals,
    // Single years are never stated apart from their sexes: males are the totals minus the females.
    cumMales: null,
    cumFemales,
    ageSum: Number.isSafeInteger(ageSum) ? ageSum : Number.NaN,
    stated: NO_STATED,
    foreign: null,
  };
}

// One pass over both arrays: each count is validated as it is read and added to the cumulative sums. The loop only
// notes where a count is not valid and stops; the error is made outside it, keeping the loop lean.
function splitData(
  referenceDate: IsoDate,
  m: ArrayLike<unknown>,
  f: ArrayLike<unknown>,
  path: ErrorPath,
): StructureData {
  const cumFemales = new Array<number>(SINGLE_YEAR_CLASSES + 1);
  const cumTotals = new Array<number>(SINGLE_YEAR_CLASSES + 1);
  cumFemales[0] = 0;
  cumTotals[0] = 0;
  let total = 0;
  let femaleSum = 0;
  let ageSum = 0;
  let invalid = -1;
  try {
    for (let age = 0; age < SINGLE_YEAR_CLASSES; age++) {
      const male = m[age];
      const female = f[age];
      if (isInvalidCount(male) || isInvalidCount(female)) {
        invalid = age;
        break;
      }
      const people = (male as number) + (female as number);
      total += people;
      femaleSum += female as number;
      ageSum += age * people;
      cumFemales[age + 1] = femaleSum;
      cumTotals[age + 1] = total;
    }
    if (invalid >= 0) {
      throw notACount([...path, isInvalidCount(m[invalid]) ? "males" : "females", invalid]);
    }
  } catch (error) {
    throw unreadable(error, path);
  }
  requireSafeSum(total, path);
  return structureOf(referenceDate, cumTotals, cumFemales, ageSum);
}

function totalData(referenceDate: IsoDate, t: ArrayLike<unknown>, path: ErrorPath): StructureData {
  const cumTotals = new Array<number>(SINGLE_YEAR_CLASSES + 1);
  cumTotals[0] = 0;
  let sum = 0;
  let ageSum = 0;
  let invalid = -1;
  try {
    for (let age = 0; age < SINGLE_YEAR_CLASSES; age++) {
      const count = t[age];
      if (isInvalidCount(count)) {
        invalid = age;
        break;
      }
      sum += count as number;
      ageSum += age * (count as number);
      cumTotals[age + 1] = sum;
    }
  } catch (error) {
    throw unreadable(error, path);
  }
  if (invalid >= 0) throw notACount([...path, "total", invalid]);
  requireSafeSum(sum, path);
  return structureOf(referenceDate, cumTotals, null, ageSum);
}

function singleYearData(record: InputRecord, referenceDate: IsoDate, path: ErrorPath): StructureData {
  const males = present(ownField(record, "males", path));
  const females = present(ownField(record, "females", path));
  const total = present(ownField(record, "total", path));
  const split = males !== undefined || females !== undefined;
  if (split ? males === undefined || females === undefined || total !== undefined : total === undefined) {
    throw pdzError(M.invalid_age_structure, { problem: "sexes_or_total" }, path);
  }
  return split
    ? splitData(
        referenceDate,
        singleYearList(males, path, "males"),
        singleYearList(females, path, "females"),
        path,
      )
    : totalData(referenceDate, singleYearList(total, path, "total"), path);
}

/**
 * Builds an {@link AgeStructure} from single-year counts (ages 0…99 and the open class 100+, 101 values per
 * array), split by sex or not, optionally with the foreign residents ("per cittadinanza"). The input arrays (plain
 * arrays or typed arrays) are read once during the call, never kept or changed.
 *
 * @param input - reference date and counts (`structure.toJSON()` of a single-year structure is such an input)
 * @throws {@link PdzError} `invalid_count` (negative, fractional or unsafe count), `invalid_age_structure` (wrong
 * length, or sexes and totals mixed), `invalid_type` (not an object, or counts that are not a list),
 * `required_field`, `unreadable_field`, `invalid_date`, `year_out_of_range`, `unsafe_sum`
 * @example
 * ```ts
 * import { ageStructureFromSingleYears } from "piano-di-zona";
 * const ages = Array.from({ length: 101 }, (_, age) => (age < 100 ? 10 : 5));
 * const structure = ageStructureFromSingleYears({ referenceDate: "31/12/2023", males: ages, females: ages });
 * structure.referenceDate //=> "2024-01-01"
 * structure.total //=> 2010
 * structure.count(65) //=> 710
 * structure.count(0, 14, "females") //=> 150
 * ageStructureFromSingleYears(JSON.parse(JSON.stringify(structure))).count(65) //=> 710
 * ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: [1, 2, 3] }) //=> throws invalid_age_structure
 * ```
 * @category Demography
 */
export function ageStructureFromSingleYears(input: SingleYearInput): AgeStructure {
  const record = readRecord(input);
  const referenceDate = readStockDate(requiredField(record, "referenceDate"), ["referenceDate"]);
  const own = singleYearData(record, referenceDate, []);
  const foreign = present(ownField(record, "foreign"));
  if (foreign === undefined) return createAgeStructure(own);
  const foreignData = singleYearData(readRecord(foreign, ["foreign"]), referenceDate, ["foreign"]);
  return createAgeStructure({ ...own, foreign: foreignData });
}

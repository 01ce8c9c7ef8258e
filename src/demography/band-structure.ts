import { pdzError, type ErrorPath } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import * as M from "../core/messages/demography.js";
import {
  ownField,
  readCount,
  readList,
  readRecord,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import { readAge } from "./_age.js";
import { requireSafeSum } from "./_safe-sum.js";
import { sameClasses, type StatedCounts, type StructureData } from "./_structure-data.js";
import { createAgeStructure, type AgeStructure } from "./age-structure.js";
import { readStockDate } from "./reference-date.js";

/**
 * One band as a document gives it: ages `from`…`to` inclusive (`to` omitted or `null` for the last, open band), with
 * males and females, a total, or all three (a total that differs from males + females is kept and reported by
 * {@link checkAgeStructure}). `null` reads as absent.
 * @category Demography
 */
export interface AgeBandInput {
  readonly from: number;
  readonly to?: number | null | undefined;
  readonly males?: number | null | undefined;
  readonly females?: number | null | undefined;
  readonly total?: number | null | undefined;
}

/**
 * Totals a document prints beside its bands; omitted or `null` where it prints none.
 * @category Demography
 */
export interface StatedTotalsInput {
  readonly males?: number | null | undefined;
  readonly females?: number | null | undefined;
  readonly total?: number | null | undefined;
}

/**
 * Bands and the totals stated beside them.
 * @category Demography
 */
export interface BandCounts {
  /** Contiguous bands from age 0; the last one is open. */
  readonly bands: readonly AgeBandInput[];
  /** Totals the document prints (checked, not used to compute). */
  readonly stated?: StatedTotalsInput | null | undefined;
}

/**
 * Input of {@link ageStructureFromBands}.
 * @category Demography
 */
export interface BandInput extends BandCounts {
  /** The reference date, ISO or Italian text; 31 December is read as 1 January of the next year. */
  readonly referenceDate: string;
  /** The foreign residents by the same bands. */
  readonly foreign?: BandCounts | null | undefined;
}

function present(value: unknown): unknown {
  return value === null ? undefined : value;
}

function optionalCount(record: InputRecord, key: string, path: ErrorPath): number | null {
  const value = present(ownField(record, key, path));
  return value === undefined ? null : readCount(value, [...path, key]);
}

function statedCounts(value: unknown, path: ErrorPath): StatedCounts {
  if (present(value) === undefined) return Object.freeze({ males: null, females: null, total: null });
  const record = readRecord(value, path);
  return Object.freeze({
    males: optionalCount(record, "males", path),
    females: optionalCount(record, "females", path),
    total: optionalCount(record, "total", path),
  });
}

function notContiguous(path: ErrorPath): never {
  throw pdzError(M.invalid_age_structure, { problem: "bands_not_contiguous" }, path);
}

function bandData(record: InputRecord, referenceDate: IsoDate, path: ErrorPath): StructureData {
  const bandsPath = [...path, "bands"];
  const items = readList(requiredField(record, "bands", path), bandsPath);
  const n = items.length;
  if (n === 0) throw pdzError(M.invalid_age_structure, { problem: "no_bands" }, bandsPath);
  const starts = new Array<number>(n);
  const cumTotals = new Array<number>(n + 1).fill(0);
  const cumMales = new Array<number>(n + 1).fill(0);
  const cumFemales = new Array<number>(n + 1).fill(0);
  let split = true;
  let expectedFrom = 0;
  for (let i = 0; i < n; i++) {
    const at: ErrorPath = [...bandsPath, i];
    const band = readRecord(items[i], at);
    const from = readAge(ownField(band, "from", at), [...at, "from"]);
    const to = present(ownField(band, "to", at));
    const open = to === undefined;
    if (from !== expectedFrom || open !== (i === n - 1)) notContiguous(at);
    if (!open) {
      const last = readAge(to, [...at, "to"]);
      if (last < from) notContiguous(at);
      expectedFrom = last + 1;
    }
    starts[i] = from;
    const males = optionalCount(band, "males", at);
    const females = optionalCount(band, "females", at);
    const total = optionalCount(band, "total", at);
    if (males === null || females === null) {
      split = false;
      if (total === null || males !== null || females !== null) {
        throw pdzError(M.invalid_age_structure, { problem: "band_counts" }, at);
      }
    }
    const bandTotal = total ?? requireSafeSum((males ?? 0) + (females ?? 0), at);
    cumTotals[i + 1] = requireSafeSum((cumTotals[i] ?? 0) + bandTotal, path);
    cumMales[i + 1] = requireSafeSum((cumMales[i] ?? 0) + (males ?? 0), path);
    cumFemales[i + 1] = requireSafeSum((cumFemales[i] ?? 0) + (females ?? 0), path);
  }
  return {
    referenceDate,
    starts: Object.freeze(starts),
    classCount: n,
    cumTotals,
    cumMales: split ? cumMales : null,
    cumFemales: split ? cumFemales : null,
    ageSum: Number.NaN,
    stated: statedCounts(ownField(record, "stated", path), [...path, "stated"]),
    foreign: null,
  };
}

/**
 * Builds an {@link AgeStructure} from the age bands a document gives (e.g. "0-14", "15-64", "65 e più", or the
 * five-year classes "00-04" … "85+"). Bands must be contiguous from age 0 with the last one open. Totals stated
 * beside the bands are kept as stated, and reported by {@link checkAgeStructure} when they disagree.
 *
 * Such a structure answers only what its bands allow: with bands 0-14, 15-64, 65+ the old-age index is
 * available, the active-population turnover index (60-64 / 15-19) is not (`band_not_available`).
 *
 * @param input - reference date, bands, stated totals, optional foreign residents by the same bands
 * (`structure.toJSON()` of a band structure is such an input)
 * @throws {@link PdzError} `invalid_age_structure`, `invalid_count`, `invalid_age`, `invalid_type`,
 * `required_field`, `unreadable_field`, `too_many_items`, `invalid_date`, `year_out_of_range`, `unsafe_sum`
 * @example
 * ```ts
 * import { ageStructureFromBands } from "piano-di-zona";
 * const iseo = ageStructureFromBands({
 *   referenceDate: "01/01/2024",
 *   bands: [
 *     { from: 0, to: 14, males: 516, females: 543, total: 1059 },
 *     { from: 15, to: 64, males: 2753, females: 2789, total: 5542 },
 *     { from: 65, males: 1043, females: 1348, total: 2391 },
 *   ],
 *   stated: { males: 4312, females: 4680, total: 8992 },
 * });
 * iseo.total //=> 8992
 * iseo.count(65, null, "females") //=> 1348
 * iseo.canCount(60, 64) //=> false
 * iseo.count(60, 64) //=> throws band_not_available
 * JSON.parse(JSON.stringify(iseo)).bands[2] //=> { from: 65, to: null, males: 1043, females: 1348, total: 2391 }
 * ```
 * @category Demography
 */
export function ageStructureFromBands(input: BandInput): AgeStructure {
  const record = readRecord(input);
  const referenceDate = readStockDate(requiredField(record, "referenceDate"), ["referenceDate"]);
  const own = bandData(record, referenceDate, []);
  const foreign = present(ownField(record, "foreign"));
  if (foreign === undefined) return createAgeStructure(own);
  const foreignData = bandData(readRecord(foreign, ["foreign"]), referenceDate, ["foreign"]);
  if (!sameClasses(foreignData, own)) {
    throw pdzError(M.invalid_age_structure, { problem: "foreign_bands" }, ["foreign", "bands"]);
  }
  return createAgeStructure({ ...own, foreign: foreignData });
}

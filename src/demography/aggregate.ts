import { pdzError, type ErrorPath } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import * as M from "../core/messages/demography.js";
import { readList } from "../core/read-input.js";
import { requireSafeSum } from "./_safe-sum.js";
import { sameClasses, type StatedCounts, type StructureData } from "./_structure-data.js";
import { structureData } from "./_structure-storage.js";
import { createAgeStructure, type AgeStructure } from "./age-structure.js";

const AT: ErrorPath = ["structures"];

/** Adds cumulative counts array by array (`null` when one structure lacks them); the sum's last entry is checked. */
function summed(arrays: readonly (readonly number[] | null)[], length: number): number[] | null {
  const first = arrays[0];
  if (first === null || first === undefined) return null;
  const sum = first.slice(0, length);
  for (let d = 1; d < arrays.length; d++) {
    const values = arrays[d];
    if (values === null || values === undefined) return null;
    for (let i = 0; i < length; i++) sum[i] = (sum[i] as number) + (values[i] as number);
  }
  // Cumulative counts never decrease: an exact last entry means every entry (and every partial sum) was exact.
  requireSafeSum(sum[length - 1] ?? 0, AT);
  return sum;
}

function summedStated(datas: readonly StructureData[], key: keyof StatedCounts): number | null {
  let total = 0;
  for (const data of datas) {
    const value = data.stated[key];
    if (value === null) return null;
    total += value;
  }
  return requireSafeSum(total, AT);
}

function summedAgeSum(datas: readonly StructureData[]): number {
  let total = 0;
  for (const data of datas) total += data.ageSum;
  // NaN (a structure built from bands, or a sum beyond 2^53) stays NaN: it is recomputed from the counts if read.
  return Number.isSafeInteger(total) ? total : Number.NaN;
}

function sumData(datas: readonly StructureData[], referenceDate: IsoDate): StructureData {
  const first = datas[0] as StructureData;
  const length = first.classCount + 1;
  const totals = new Array<readonly number[]>(datas.length);
  const males = new Array<readonly number[] | null>(datas.length);
  const females = new Array<readonly number[] | null>(datas.length);
  const foreigns = new Array<StructureData>(datas.length);
  let allForeign = true;
  for (let d = 0; d < datas.length; d++) {
    const data = datas[d] as StructureData;
    totals[d] = data.cumTotals;
    males[d] = data.cumMales;
    females[d] = data.cumFemales;
    if (data.foreign === null) allForeign = false;
    else foreigns[d] = data.foreign;
  }
  return {
    referenceDate,
    starts: first.starts,
    classCount: first.classCount,
    cumTotals: summed(totals, length) as number[],
    cumMales: summed(males, length),
    cumFemales: summed(females, length),
    ageSum: summedAgeSum(datas),
    stated: Object.freeze({
      males: summedStated(datas, "males"),
      females: summedStated(datas, "females"),
      total: summedStated(datas, "total"),
    }),
    foreign: allForeign ? sumData(foreigns, referenceDate) : null,
  };
}

/**
 * Sums the age structures of several comuni into the structure of their Ambito (or of a district, an ATS, Italy).
 * Counts are added as whole numbers, band by band and sex by sex, straight from the structures' own validated
 * counts (nothing is rebuilt or validated twice; the work is linear in the number of bands); the Ambito's indices
 * are then computed from the sums — never as a mean of the comuni's indices. Stated totals are summed when every
 * comune states them, so that the Ambito's inconsistencies remain visible to {@link checkAgeStructure}.
 *
 * The split by sex (and the foreign residents) is kept only when every structure has it. For many areas at once,
 * {@link demographicProfiles} aggregates groups of areas without building a structure per area.
 *
 * @param structures - structures with the same reference date and the same bands
 * @throws {@link PdzError} `empty_aggregate`, `reference_date_mismatch`, `band_layout_mismatch`,
 * `invalid_age_structure` (an item that is not a structure), `invalid_type` (not a list), `too_many_items`,
 * `unreadable_field`, `unsafe_sum`
 * @example
 * ```ts
 * import { aggregate, ageStructureFromBands, oldAgeIndex } from "piano-di-zona";
 * const comune = (young: number, adults: number, old: number) =>
 *   ageStructureFromBands({
 *     referenceDate: "2024-01-01",
 *     bands: [{ from: 0, to: 14, total: young }, { from: 15, to: 64, total: adults }, { from: 65, total: old }],
 *   });
 * const ambito = aggregate([comune(100, 600, 100), comune(300, 600, 100)]);
 * ambito.total //=> 1800
 * oldAgeIndex(ambito).toString() //=> "50"
 * aggregate([]) //=> throws empty_aggregate
 * ```
 * @category Demography
 */
export function aggregate(structures: readonly AgeStructure[]): AgeStructure {
  const items = readList(structures, AT);
  if (items.length === 0) throw pdzError(M.empty_aggregate, {}, AT);
  const datas = new Array<StructureData>(items.length);
  for (let i = 0; i < items.length; i++) datas[i] = structureData(items[i], [...AT, i]);
  const first = datas[0] as StructureData;
  for (let i = 1; i < datas.length; i++) {
    const data = datas[i] as StructureData;
    if (data.referenceDate !== first.referenceDate) {
      throw pdzError(M.reference_date_mismatch, { first: first.referenceDate, other: data.referenceDate }, [
        ...AT,
        i,
        "referenceDate",
      ]);
    }
    if (!sameClasses(data, first)) throw pdzError(M.band_layout_mismatch, {}, [...AT, i]);
  }
  return createAgeStructure(sumData(datas, first.referenceDate));
}

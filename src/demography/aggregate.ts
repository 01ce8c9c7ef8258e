import { PdzError } from "../core/error.js";
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  type AgeStructure,
  type BandCounts,
  type SingleYearCounts,
  type StatedTotals,
} from "./age-structure.js";
import { bandTotal, requireSafeSum, structureData, type StructureData } from "./_internal.js";

// Single-year structures share one array of starts, so the common case is a single comparison.
function sameStarts(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((start, i) => start === b[i]));
}

function summed(
  datas: readonly StructureData[],
  pick: (data: StructureData) => readonly number[] | undefined,
): number[] | undefined {
  const arrays = datas.map(pick);
  const n = datas[0]?.starts.length ?? 0;
  const sum = new Array<number>(n).fill(0);
  for (const values of arrays) {
    if (values === undefined) return undefined;
    for (let i = 0; i < n; i++) sum[i] = (sum[i] ?? 0) + (values[i] ?? 0);
  }
  for (let i = 0; i < n; i++) requireSafeSum(sum[i] ?? 0, ["structures"]);
  return sum;
}

function summedTotals(datas: readonly StructureData[]): number[] {
  const n = datas[0]?.starts.length ?? 0;
  const sum = new Array<number>(n).fill(0);
  for (const data of datas) for (let i = 0; i < n; i++) sum[i] = (sum[i] ?? 0) + bandTotal(data, i);
  for (let i = 0; i < n; i++) requireSafeSum(sum[i] ?? 0, ["structures"]);
  return sum;
}

function summedStated(datas: readonly StructureData[]): StatedTotals {
  const result: { -readonly [K in keyof StatedTotals]: number } = {};
  for (const key of ["males", "females", "total"] as const) {
    const values = datas.map((data) => data.stated[key]);
    if (values.every((value) => value !== undefined)) {
      result[key] = requireSafeSum(
        values.reduce((a, b) => a + b, 0),
        ["structures"],
      );
    }
  }
  return result;
}

function singleYearCounts(datas: readonly StructureData[]): SingleYearCounts {
  const males = summed(datas, (data) => data.males);
  const females = summed(datas, (data) => data.females);
  return males !== undefined && females !== undefined ? { males, females } : { total: summedTotals(datas) };
}

function bandCounts(datas: readonly StructureData[]): BandCounts {
  const starts = (datas[0] as StructureData).starts;
  const males = summed(datas, (data) => data.males);
  const females = summed(datas, (data) => data.females);
  const totals = summedTotals(datas);
  const bands = starts.map((from, i) => ({
    from,
    ...(i + 1 < starts.length ? { to: (starts[i + 1] ?? 0) - 1 } : {}),
    ...(males === undefined || females === undefined
      ? {}
      : { males: males[i] ?? 0, females: females[i] ?? 0 }),
    total: totals[i] ?? 0,
  }));
  return { bands, stated: summedStated(datas) };
}

function combine(datas: readonly StructureData[], referenceDate: string): AgeStructure {
  const foreigns = datas.map((data) => data.foreign);
  const allForeign = foreigns.every((data) => data !== undefined);
  if ((datas[0] as StructureData).singleYears) {
    const foreign = allForeign ? { foreign: singleYearCounts(foreigns) } : {};
    return ageStructureFromSingleYears({ referenceDate, ...singleYearCounts(datas), ...foreign });
  }
  const foreign = allForeign ? { foreign: bandCounts(foreigns) } : {};
  return ageStructureFromBands({ referenceDate, ...bandCounts(datas), ...foreign });
}

/**
 * Sums the age structures of several comuni into the structure of their Ambito (or of a district, an ATS, Italy).
 * Counts are added as integers, band by band and sex by sex; the Ambito's indices are then computed from the sums
 * — never as a mean of the comuni's indices. Stated totals are summed when every comune states them, so that the
 * Ambito's inconsistencies remain visible to {@link checkAgeStructure}.
 *
 * The split by sex (and the foreign residents) is kept only when every structure has it.
 *
 * @param structures - structures with the same reference date and the same bands
 * @throws {@link PdzError} `empty_aggregate`, `reference_date_mismatch`, `band_layout_mismatch`,
 * `invalid_age_structure`, `unsafe_sum`
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
  if (structures.length === 0) {
    throw new PdzError({
      code: "empty_aggregate",
      message: "At least one structure is needed to aggregate",
      messageIt: "Serve almeno una struttura da aggregare",
      path: ["structures"],
    });
  }
  const datas = structures.map((structure, i) => structureData(structure, ["structures", i]));
  const first = datas[0] as StructureData;
  datas.forEach((data, i) => {
    if (data.referenceDate !== first.referenceDate) {
      throw new PdzError({
        code: "reference_date_mismatch",
        message: `Structures refer to different dates (${first.referenceDate}, ${data.referenceDate})`,
        messageIt: `Le strutture si riferiscono a date diverse (${first.referenceDate}, ${data.referenceDate})`,
        path: ["structures", i, "referenceDate"],
      });
    }
    if (data.singleYears !== first.singleYears || !sameStarts(data.starts, first.starts)) {
      throw new PdzError({
        code: "band_layout_mismatch",
        message: "Structures with different age bands cannot be summed",
        messageIt: "Strutture con fasce d'età diverse non possono essere sommate",
        path: ["structures", i],
      });
    }
  });
  return combine(datas, first.referenceDate);
}

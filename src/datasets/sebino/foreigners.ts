import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SourceReference } from "../../core/source.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

/**
 * One row of Sebino's table "Popolazione straniera residente al 01/01/2024": the resident population by sex
 * (counts) and the foreign residents by sex with their share ("VALORE"), kept as printed text because one row
 * prints percentages where counts belong.
 * @category Datasets
 */
export interface SebinoForeignersRow {
  readonly comune: string;
  readonly males: number;
  readonly females: number;
  readonly total: number;
  readonly foreigners: { readonly males: string; readonly females: string; readonly total: string };
  /** "VALORE": foreigners / population, as printed ("6,16%"). */
  readonly sharePrinted: string;
  readonly source: SourceReference;
}

type Row = readonly [
  string,
  number | readonly [number, number],
  number,
  number,
  number,
  string,
  string,
  string,
  string,
];

const source = linesIn(DOCUMENTS.sebino);

function row([comune, line, males, females, total, fm, ff, ft, share]: Row): SebinoForeignersRow {
  return {
    comune,
    males,
    females,
    total,
    foreigners: { males: fm, females: ff, total: ft },
    sharePrinted: share,
    source: typeof line === "number" ? source(line) : source(...line),
  };
}

const ROWS: readonly Row[] = [
  ["Iseo", 2793, 4312, 4680, 8992, "320", "399", "719", "8%"],
  ["Corte Franca", 2794, 3603, 3570, 7173, "212", "230", "442", "6,16%"],
  ["Marone", 2795, 1499, 1613, 3112, "98", "96", "194", "6,23%"],
  ["Monte Isola", 2796, 808, 813, 1621, "7", "19", "26", "1,60%"],
  ["Monticelli Brusati", 2797, 2319, 2279, 4598, "54", "93", "147", "3,20%"],
  ["Paderno Franciacorta", [2798, 2799], 1807, 1833, 3640, "141", "136", "277", "7,61%"],
  ["Paratico", 2800, 2484, 2476, 4960, "163", "195", "358", "7,22%"],
  ["Passirano", 2801, 3372, 3518, 6890, "184", "207", "391", "5,67%"],
  ["Provaglio d'Iseo", 2802, 3514, 3625, 7139, "231", "272", "503", "7,05%"],
  ["Sale Marasino", 2803, 1596, 1664, 3260, "83", "110", "193", "5,92%"],
  ["Sulzano", 2804, 976, 964, 1940, "58", "74", "132", "6,80%"],
  ["Zone", 2805, 519, 502, 1021, "49,78", "50,22", "100", "11,96%"],
];

/**
 * Ambito Sebino: population and foreign residents of the 12 comuni at 01/01/2024 and the "Totali" row, as printed
 * (seed 002, L2793-2806). Kept with the document's slips: Zone's foreign cells are percentages (49,78 / 50,22 /
 * 100), not counts, and the Totali row adds them to the counts of the other comuni (1600,78 / 1881,22 / 3482).
 *
 * @example
 * ```ts
 * import { SEBINO_FOREIGNERS_2024 } from "piano-di-zona/datasets";
 * SEBINO_FOREIGNERS_2024.comuni[11]?.foreigners //=> { males: "49,78", females: "50,22", total: "100" }
 * SEBINO_FOREIGNERS_2024.printedTotals.sharePrinted //=> "6,42%"
 * ```
 * @category Datasets
 */
export const SEBINO_FOREIGNERS_2024: DeepReadonly<{
  referenceDate: string;
  comuni: SebinoForeignersRow[];
  printedTotals: SebinoForeignersRow;
}> = deepFreeze({
  referenceDate: "2024-01-01",
  comuni: ROWS.map(row),
  printedTotals: row(["Totali", 2806, 26809, 27537, 54346, "1600,78", "1881,22", "3482", "6,42%"]),
});

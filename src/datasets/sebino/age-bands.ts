import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SourceReference } from "../../core/source.js";
import { aggregate } from "../../demography/aggregate.js";
import type { AgeStructure } from "../../demography/age-structure.js";
import { ageStructureFromBands } from "../../demography/band-structure.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

const source = linesIn(DOCUMENTS.sebino);

/**
 * Males, females and total of one band as printed; `null` where the table leaves the cell empty.
 * @category Datasets
 */
export interface PrintedSexCounts {
  readonly males: number | null;
  readonly females: number | null;
  readonly total: number;
}

/**
 * One row of Sebino's table "Popolazione residente al 01/01/2024 per fascia d'età", as printed. The table's fourth
 * column group carries no heading; it holds the 65+ band (0-14 + 15-64 + that group = the population in 11 rows).
 * @category Datasets
 */
export interface SebinoAgeBandRow {
  readonly comune: string;
  readonly population: PrintedSexCounts;
  readonly aged0to14: PrintedSexCounts;
  readonly aged15to64: PrintedSexCounts;
  readonly aged65plus: PrintedSexCounts;
  readonly source: SourceReference;
}

function row(comune: string, lines: readonly [number, number], counts: readonly number[]): SebinoAgeBandRow {
  const group = (at: number): PrintedSexCounts => ({
    males: counts[at] ?? 0,
    females: counts[at + 1] ?? 0,
    total: counts[at + 2] ?? 0,
  });
  return {
    comune,
    population: group(0),
    aged0to14: group(3),
    aged15to64: group(6),
    aged65plus: group(9),
    source: source(...lines),
  };
}

/**
 * Ambito Sebino (Provincia di Brescia): the 12 comuni by age band at 01/01/2024, and the table's "TOTALI" row, as
 * the Piano di Zona 2025-2027 prints them (seed 002, L2851-2868). Kept with the document's slips: Monte Isola's
 * male bands add up to 817 against a stated 808 (its bands exceed its total by 9), and the TOTALI row leaves the
 * 65+ male cell empty (`null`).
 *
 * @example
 * ```ts
 * import { SEBINO_AGE_BANDS_2024 } from "piano-di-zona/datasets";
 * SEBINO_AGE_BANDS_2024.comuni.length //=> 12
 * SEBINO_AGE_BANDS_2024.printedTotals.aged65plus //=> { males: null, females: 6800, total: 12504 }
 * ```
 * @category Datasets
 */
export const SEBINO_AGE_BANDS_2024: DeepReadonly<{
  referenceDate: string;
  comuni: SebinoAgeBandRow[];
  printedTotals: SebinoAgeBandRow;
}> = deepFreeze({
  referenceDate: "2024-01-01",
  comuni: [
    row("Iseo", [2851, 2851], [4312, 4680, 8992, 516, 543, 1059, 2753, 2789, 5542, 1043, 1348, 2391]),
    row("Corte Franca", [2852, 2852], [3603, 3570, 7173, 528, 419, 947, 2346, 2319, 4665, 729, 832, 1561]),
    row("Marone", [2853, 2853], [1499, 1613, 3112, 196, 203, 399, 962, 985, 1947, 341, 425, 766]),
    row("Monte Isola", [2854, 2854], [808, 813, 1621, 81, 70, 151, 518, 488, 1006, 218, 255, 473]),
    row(
      "Monticelli Brusati",
      [2855, 2855],
      [2319, 2279, 4598, 315, 304, 619, 1548, 1481, 3029, 456, 494, 950],
    ),
    row(
      "Paderno Franciacorta",
      [2856, 2860],
      [1807, 1833, 3640, 251, 227, 478, 1202, 1193, 2395, 354, 413, 767],
    ),
    row("Paratico", [2862, 2862], [2484, 2476, 4960, 363, 314, 677, 1715, 1658, 3373, 406, 504, 910]),
    row("Passirano", [2863, 2863], [3372, 3518, 6890, 411, 430, 841, 2242, 2257, 4499, 719, 831, 1550]),
    row(
      "Provaglio d'Iseo",
      [2864, 2864],
      [3514, 3625, 7139, 489, 483, 972, 2337, 2329, 4666, 688, 813, 1501],
    ),
    row("Sale Marasino", [2865, 2865], [1596, 1664, 3260, 190, 172, 362, 1005, 990, 1995, 401, 502, 903]),
    row("Sulzano", [2866, 2866], [976, 964, 1940, 132, 122, 254, 645, 620, 1265, 199, 222, 421]),
    row("Zone", [2867, 2867], [519, 502, 1021, 44, 44, 88, 325, 297, 622, 150, 161, 311]),
  ],
  printedTotals: {
    ...row(
      "TOTALI",
      [2868, 2868],
      [26809, 27537, 54346, 3516, 3331, 6847, 17598, 17406, 35004, 0, 6800, 12504],
    ),
    aged65plus: { males: null, females: 6800, total: 12504 },
  },
});

function structureOf(entry: DeepReadonly<SebinoAgeBandRow>): AgeStructure {
  const band = (counts: DeepReadonly<PrintedSexCounts>) => ({
    ...(counts.males === null || counts.females === null
      ? {}
      : { males: counts.males, females: counts.females }),
    total: counts.total,
  });
  return ageStructureFromBands({
    referenceDate: SEBINO_AGE_BANDS_2024.referenceDate,
    bands: [
      { from: 0, to: 14, ...band(entry.aged0to14) },
      { from: 15, to: 64, ...band(entry.aged15to64) },
      { from: 65, ...band(entry.aged65plus) },
    ],
    stated: {
      ...(entry.population.males === null ? {} : { males: entry.population.males }),
      ...(entry.population.females === null ? {} : { females: entry.population.females }),
      total: entry.population.total,
    },
  });
}

/**
 * The 12 Sebino comuni of {@link SEBINO_AGE_BANDS_2024} as validated age structures (bands 0-14, 15-64, 65+, split
 * by sex, with the stated totals kept for `checkAgeStructure`).
 *
 * @example
 * ```ts
 * import { SEBINO_AGE_STRUCTURES_2024 } from "piano-di-zona/datasets";
 * SEBINO_AGE_STRUCTURES_2024[0]?.comune //=> "Iseo"
 * SEBINO_AGE_STRUCTURES_2024[0]?.structure.count(65) //=> 2391
 * ```
 * @category Datasets
 */
export const SEBINO_AGE_STRUCTURES_2024: readonly {
  readonly comune: string;
  readonly structure: AgeStructure;
}[] = Object.freeze(
  SEBINO_AGE_BANDS_2024.comuni.map((entry) =>
    Object.freeze({ comune: entry.comune, structure: structureOf(entry) }),
  ),
);

/**
 * The Ambito Sebino at 01/01/2024: the sum of its 12 comuni ({@link aggregate}), with the sum of their stated
 * totals. Its bands add up to 54.355, nine more than the stated 54.346 (Monte Isola).
 *
 * @example
 * ```ts
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * SEBINO_AMBITO_AGE_STRUCTURE_2024.total //=> 54355
 * SEBINO_AMBITO_AGE_STRUCTURE_2024.stated.total //=> 54346
 * ```
 * @category Datasets
 */
export const SEBINO_AMBITO_AGE_STRUCTURE_2024: AgeStructure = aggregate(
  SEBINO_AGE_STRUCTURES_2024.map((entry) => entry.structure),
);

/**
 * The table's printed "TOTALI" row as an age structure (bands without the missing 65+ male cell), to compare with
 * {@link SEBINO_AMBITO_AGE_STRUCTURE_2024}.
 *
 * @example
 * ```ts
 * import { SEBINO_PRINTED_TOTALS_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * SEBINO_PRINTED_TOTALS_STRUCTURE_2024.hasSexes //=> false
 * ```
 * @category Datasets
 */
export const SEBINO_PRINTED_TOTALS_STRUCTURE_2024: AgeStructure = structureOf(
  SEBINO_AGE_BANDS_2024.printedTotals,
);

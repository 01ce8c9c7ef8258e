import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import { ownField, readList, readRecord, requiredField } from "../../core/read-input.js";
import { DOCUMENTS, linesIn } from "../_sources.js";
import type { SourceReference } from "../../core/source.js";
import type { AgeStructure } from "../../demography/age-structure.js";
import { ageStructureFromBands } from "../../demography/band-structure.js";
import type { PrintedIndices } from "../../demography/check-index-identities.js";

const source = linesIn(DOCUMENTS.bustoArsizio);

/**
 * A five-year class of a "Popolazione Residente all'1/1/2024 per sesso e fascia quinquennale di età" table, in
 * the table's column order (F, M, TOT).
 * @category Datasets
 */
export interface PrintedAgeClass {
  /** The class as printed ("00-04", "85+", "85-00"). */
  readonly label: string;
  readonly from: number;
  /** Last age of the class; `undefined` for the open class. */
  readonly to: number | undefined;
  readonly females: number;
  readonly males: number;
  readonly total: number;
  readonly source: SourceReference;
}

/**
 * Population by five-year class at 01/01/2024, births of 2023 and the indices printed beside them, for one area
 * (ATS Insubria, ASST Valle Olona) of the Busto Arsizio plan. Printed figures are canonical strings with their
 * printed decimals (`"6.1"`, `"24.4"`).
 * @category Datasets
 */
export interface PrintedAreaDemography {
  readonly area: string;
  readonly referenceDate: string;
  readonly classes: readonly PrintedAgeClass[];
  readonly printedTotal: { readonly females: number; readonly males: number; readonly total: number };
  readonly totalSource: SourceReference;
  /** "nati 2023" (provisional, CeDAP). */
  readonly births2023: { readonly females: number; readonly males: number; readonly total: number };
  readonly birthsSource: SourceReference;
  /** The "Indici demografici 2024" table: keys are the library's function names. */
  readonly printedIndices: {
    /** "Indice di fecondità (nati/ pop.F 15-49 anni)", see birthsPerThousandWomen. */
    readonly birthsPerThousandWomen: string;
    /** "Tasso di natalità (nati* 1.000ab.)", on the 01/01/2024 population. */
    readonly birthRate: string;
    /** "Indice di invecchiamento (% pop. >64 anni)". */
    readonly ageingShare: string;
    readonly oldAgeIndex: string;
    /** "Indice di lavoro (% pop. 15-64 anni)". */
    readonly workingAgeShare: string;
    /** "Indice di dipendenza (pop. <15 e >64 anni *100ab. 15-64)". */
    readonly structuralDependencyIndex: string;
  };
  readonly indicesSource: SourceReference;
}

const CLASS_LABELS = [
  "00-04",
  "05-09",
  "10-14",
  "15-19",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
] as const;

function classes(
  firstLine: number,
  openLabel: string,
  rows: readonly (readonly [number, number, number])[],
): PrintedAgeClass[] {
  return rows.map(([females, males, total], i) => ({
    label: CLASS_LABELS[i] ?? openLabel,
    from: i * 5,
    to: i < CLASS_LABELS.length ? i * 5 + 4 : undefined,
    females,
    males,
    total,
    source: source(firstLine + i),
  }));
}

function indices(column: readonly string[]): PrintedAreaDemography["printedIndices"] {
  const [
    birthsPerThousandWomen = "",
    birthRate = "",
    ageingShare = "",
    oldAgeIndex = "",
    workingAgeShare = "",
    structuralDependencyIndex = "",
  ] = column;
  return {
    birthsPerThousandWomen,
    birthRate,
    ageingShare,
    oldAgeIndex,
    workingAgeShare,
    structuralDependencyIndex,
  };
}

/**
 * ATS Insubria at 01/01/2024 (ISTAT) with births 2023 (CeDAP) and its printed indices, as the Busto Arsizio plan
 * gives them (seed 001, L528-569). `narrative` holds the figures of the text before the table (L522-524, L558),
 * including "23,4%" for the ageing share that the table prints as 24,4%, and a decrease of 11.504 over-64s that
 * cannot be, given the stated +5.072 total.
 *
 * @example
 * ```ts
 * import { ATS_INSUBRIA_POPULATION_2024 } from "piano-di-zona/datasets";
 * ATS_INSUBRIA_POPULATION_2024.classes.length //=> 18
 * ATS_INSUBRIA_POPULATION_2024.printedTotal.total //=> 1462906
 * ATS_INSUBRIA_POPULATION_2024.printedIndices.oldAgeIndex //=> "197.7"
 * ```
 * @category Datasets
 */
export const ATS_INSUBRIA_POPULATION_2024: DeepReadonly<
  PrintedAreaDemography & {
    narrative: {
      population: number;
      changeSince2021: {
        total: number;
        percent: string;
        aged0to14: number;
        aged15to64: number;
        aged65plus: number;
      };
      counts: { aged0to14: number; aged15to64: number; aged65plus: number };
      shares: { youthShare: string; workingAgeShare: string; ageingShare: string };
      ageingShareInText: string;
      source: SourceReference;
      ageingShareSource: SourceReference;
    };
  }
> = deepFreeze({
  area: "ATS Insubria",
  referenceDate: "2024-01-01",
  classes: classes(530, "85+", [
    [24543, 25310, 49853],
    [29578, 31109, 60687],
    [33865, 36076, 69941],
    [34905, 37443, 72348],
    [34111, 36790, 70901],
    [35227, 38093, 73320],
    [38163, 39762, 77925],
    [40265, 41173, 81438],
    [44951, 45338, 90289],
    [55012, 56090, 111102],
    [60148, 60521, 120669],
    [61472, 61876, 123348],
    [53362, 50864, 104226],
    [45571, 41404, 86975],
    [43286, 37872, 81158],
    [39480, 32716, 72196],
    [33133, 24267, 57400],
    [39069, 20061, 59130],
  ]),
  printedTotal: { females: 746141, males: 716765, total: 1462906 },
  totalSource: source(548),
  births2023: { females: 4379, males: 4529, total: 8908 },
  birthsSource: source(550),
  printedIndices: indices(["31.5", "6.1", "24.4", "197.7", "63.3", "58.1"]),
  indicesSource: source(562, 569),
  narrative: {
    population: 1462906,
    // "con un aumento complessivo di 5.072 abitanti rispetto alla rilevazione al 01/01/2021 ... +0,35%"; the band
    // changes: "riduzione di 10.058", "incremento di 3.626", "riduzione di 11.504".
    changeSince2021: {
      total: 5072,
      percent: "0.35",
      aged0to14: -10058,
      aged15to64: 3626,
      aged65plus: -11504,
    },
    counts: { aged0to14: 180481, aged15to64: 925566, aged65plus: 356859 },
    shares: { youthShare: "12.34", workingAgeShare: "63.27", ageingShare: "24.39" },
    ageingShareInText: "23.4",
    source: source(522, 524),
    ageingShareSource: source(558),
  },
});

/**
 * ASST Valle Olona at 01/01/2024 with births 2023 and its printed indices (seed 001, L823-852).
 *
 * @example
 * ```ts
 * import { ASST_VALLE_OLONA_POPULATION_2024 } from "piano-di-zona/datasets";
 * ASST_VALLE_OLONA_POPULATION_2024.classes[17]?.label //=> "85-00"
 * ASST_VALLE_OLONA_POPULATION_2024.births2023.total //=> 2699
 * ```
 * @category Datasets
 */
export const ASST_VALLE_OLONA_POPULATION_2024: DeepReadonly<PrintedAreaDemography> = deepFreeze({
  area: "ASST Valle Olona",
  referenceDate: "2024-01-01",
  classes: classes(823, "85-00", [
    [7658, 7803, 15461],
    [9227, 9778, 19005],
    [10388, 11064, 21452],
    [10402, 11349, 21751],
    [10259, 10858, 21117],
    [10374, 11051, 21425],
    [11469, 11643, 23112],
    [12421, 12633, 25054],
    [13837, 13957, 27794],
    [16642, 17276, 33918],
    [17743, 18120, 35863],
    [18014, 18112, 36126],
    [15695, 14844, 30539],
    [13556, 12221, 25777],
    [12797, 11091, 23888],
    [11848, 9750, 21598],
    [9971, 7116, 17087],
    [11471, 6131, 17602],
  ]),
  printedTotal: { females: 223772, males: 214797, total: 438569 },
  totalSource: source(841),
  births2023: { females: 1325, males: 1374, total: 2699 },
  birthsSource: source(842),
  printedIndices: indices(["31.6", "6.2", "24.2", "189.5", "63.1", "58.5"]),
  indicesSource: source(847, 852),
});

/**
 * The population of a printed table as a validated age structure (five-year classes, split by sex, with the
 * stated totals kept for checkAgeStructure).
 *
 * @param table - {@link ATS_INSUBRIA_POPULATION_2024} or {@link ASST_VALLE_OLONA_POPULATION_2024}
 * @throws `PdzError` as {@link ageStructureFromBands}, and `invalid_type`, `required_field`, `unreadable_field`
 *   for a table that is not one
 * @example
 * ```ts
 * import { ATS_INSUBRIA_POPULATION_2024, printedAreaStructure } from "piano-di-zona/datasets";
 * printedAreaStructure(ATS_INSUBRIA_POPULATION_2024).count(0, 14) //=> 180481
 * ```
 * @category Datasets
 */
export function printedAreaStructure(table: DeepReadonly<PrintedAreaDemography>): AgeStructure {
  // Own fields only, read before the structure is built: a table that is not one is a PdzError, never a TypeError.
  const record = readRecord(table);
  const classes = readList(requiredField(record, "classes"), ["classes"]).map((item, index) => {
    const path = ["classes", index];
    const band = readRecord(item, path);
    const to = ownField(band, "to", path);
    return {
      from: ownField(band, "from", path),
      ...(to === undefined ? {} : { to }),
      males: ownField(band, "males", path),
      females: ownField(band, "females", path),
      total: ownField(band, "total", path),
    };
  });
  // The structure does not use the area, but a table without one is not a printed table.
  requiredField(record, "area");
  return ageStructureFromBands({
    referenceDate: ownField(record, "referenceDate"),
    bands: classes,
    stated: ownField(record, "printedTotal"),
  } as unknown as Parameters<typeof ageStructureFromBands>[0]);
}

/**
 * Indices printed without the counts behind them: the "Indici demografici 2024" tables for the other ASST of
 * ATS Insubria (L562-569) and for the districts of ASST Valle Olona (L870-877). Only the identities between
 * indices can check them (checkIndexIdentities); the fertility and birth figures are left out, nothing links them.
 *
 * @example
 * ```ts
 * import { BUSTO_ARSIZIO_PRINTED_INDICES_2024 } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_PRINTED_INDICES_2024.map((entry) => entry.area).length //=> 8
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_PRINTED_INDICES_2024: DeepReadonly<
  { area: string; indices: PrintedIndices & Record<string, string>; source: SourceReference }[]
> = deepFreeze(
  (
    [
      ["ATS Insubria", "24.4", "197.7", "63.3", "58.1", 562, 569],
      ["ASST Sette Laghi", "25.3", "210.2", "62.7", "59.4", 562, 569],
      ["ASST Valle Olona", "24.2", "189.5", "63.1", "58.5", 562, 569],
      ["ASST Lariana", "23.9", "194.9", "63.8", "56.7", 562, 569],
      ["B. Arsizio Castellanza", "24.8", "199.7", "62.8", "59.2", 870, 877],
      ["Gallarate", "24.2", "187.6", "62.9", "58.9", 870, 877],
      ["Saronno", "23.6", "177.9", "63.1", "58.4", 870, 877],
      ["Somma Lombardo", "23.6", "188.4", "63.9", "56.5", 870, 877],
    ] as const
  ).map(([area, ageingShare, oldAgeIndex, workingAgeShare, structuralDependencyIndex, first, last]) => ({
    area,
    indices: { ageingShare, oldAgeIndex, workingAgeShare, structuralDependencyIndex },
    source: source(first, last),
  })),
);

/**
 * The comune of Busto Arsizio in the text (L999): "una superficie di circa 31,21 kmq", "83.439 abitanti (dato
 * ISTAT 1 gennaio 2024)", "un indice pari a 2.674 abitanti per km²".
 *
 * @example
 * ```ts
 * import { BUSTO_ARSIZIO_COMUNE_2024 } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_COMUNE_2024.population //=> 83439
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_COMUNE_2024: DeepReadonly<{
  population: number;
  areaPrinted: string;
  densityPrinted: string;
  source: SourceReference;
}> = deepFreeze({ population: 83439, areaPrinted: "31,21", densityPrinted: "2.674", source: source(999) });

import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import { DOCUMENTS, linesIn } from "../_sources.js";
import type { SourceReference } from "../../core/source.js";
import type { PrintedIndices } from "../../demography/check-index-identities.js";

const source = linesIn(DOCUMENTS.gallarate);

/**
 * One column of Gallarate's tables of demographic indices: rates (‰) of the year and indices of the population
 * at 31 December, as printed (canonical strings with their printed decimals), plus that population as printed.
 * @category Datasets
 */
export interface GallarateIndexColumn {
  readonly area: string;
  /** The calendar year of the rates; the stock is at 31/12 of that year (= 1 January of the next). */
  readonly year: number;
  readonly indices: Required<
    Pick<
      PrintedIndices,
      | "birthRate"
      | "deathRate"
      | "naturalGrowthRate"
      | "totalMigrationRate"
      | "totalGrowthRate"
      | "ageingShare"
      | "oldAgeIndex"
      | "structuralDependencyIndex"
      | "elderlyDependencyIndex"
    >
  >;
  /** "Popolazione al 31/12", as printed ("122.026"). */
  readonly populationPrinted: string;
  readonly source: SourceReference;
}

type Column = readonly [
  string,
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

function column(
  [
    area,
    year,
    birth,
    death,
    natural,
    migration,
    total,
    ageing,
    oldAge,
    structural,
    elderly,
    population,
  ]: Column,
  first: number,
  last: number,
): GallarateIndexColumn {
  return {
    area,
    year,
    indices: {
      birthRate: birth,
      deathRate: death,
      naturalGrowthRate: natural,
      totalMigrationRate: migration,
      totalGrowthRate: total,
      ageingShare: ageing,
      oldAgeIndex: oldAge,
      structuralDependencyIndex: structural,
      elderlyDependencyIndex: elderly,
    },
    populationPrinted: population,
    source: source(first, last),
  };
}

/**
 * Ambito di Gallarate: "Tabella 2.1 — Indici demografici riferiti agli anni 2021, 2022 e 2023" (L2998-3007) and
 * "Tabella 2.2 — Indici demografici riferiti all'anno 2022" for the Ambito, ATS Insubria, Lombardia and Italia
 * (L3027-3036), as printed ("Elaborazioni Ufficio di Piano su dati Istat"). No age counts are printed, so the
 * indices can be checked only against each other (checkIndexIdentities) and against the populations.
 * `text` holds the figures of the prose: area, population and density (L2971-2974) and foreigners (L3058-3059).
 *
 * @example
 * ```ts
 * import { GALLARATE_DEMOGRAPHY } from "piano-di-zona/datasets";
 * GALLARATE_DEMOGRAPHY.table21.map((c) => c.year) //=> [2021, 2022, 2023]
 * GALLARATE_DEMOGRAPHY.table22[1]?.area //=> "ATS Insubria"
 * GALLARATE_DEMOGRAPHY.text.densityPrinted //=> "1.584"
 * ```
 * @category Datasets
 */
export const GALLARATE_DEMOGRAPHY: DeepReadonly<{
  table21: GallarateIndexColumn[];
  table22: GallarateIndexColumn[];
  text: {
    areaPrinted: string;
    populationPrinted: string;
    densityPrinted: string;
    areaSource: SourceReference;
    densitySource: SourceReference;
    foreignersPrinted: string;
    foreignSharePrinted: string;
    foreignSource: SourceReference;
  };
}> = deepFreeze({
  table21: (
    [
      [
        "Ambito di Gallarate",
        2021,
        "7.42",
        "10.91",
        "-3.49",
        "3.58",
        "0.09",
        "23.55",
        "176.22",
        "58.62",
        "37.37",
        "122.026",
      ],
      [
        "Ambito di Gallarate",
        2022,
        "6.40",
        "11.26",
        "-4.86",
        "5.21",
        "0.35",
        "23.76",
        "179.13",
        "58.97",
        "37.82",
        "122.675",
      ],
      [
        "Ambito di Gallarate",
        2023,
        "6.29",
        "10.04",
        "-3.75",
        "0.62",
        "-3.13",
        "23.96",
        "183.31",
        "58.85",
        "38.07",
        "122.855",
      ],
    ] satisfies Column[]
  ).map((c) => column(c, 2998, 3007)),
  table22: (
    [
      [
        "Ambito di Gallarate",
        2022,
        "6.40",
        "11.26",
        "-4.86",
        "5.21",
        "0.35",
        "23.76",
        "179.13",
        "58.97",
        "37.82",
        "122.675",
      ],
      [
        "ATS Insubria",
        2022,
        "6.45",
        "11.67",
        "-5.22",
        "7.28",
        "2.05",
        "23.98",
        "186.26",
        "58.51",
        "38.07",
        "1.476.848",
      ],
      [
        "Lombardia",
        2022,
        "6.78",
        "11.25",
        "-4.47",
        "7.30",
        "2.83",
        "23.13",
        "177.11",
        "56.88",
        "36.36",
        "9.976.509",
      ],
      [
        "Italia",
        2022,
        "6.67",
        "12.12",
        "-5.45",
        "4.42",
        "-1.03",
        "23.81",
        "187.61",
        "57.46",
        "37.48",
        "58.997.201",
      ],
    ] satisfies Column[]
  ).map((c) => column(c, 3027, 3036)),
  text: {
    areaPrinted: "77,4",
    populationPrinted: "122.855",
    densityPrinted: "1.584",
    areaSource: source(2971),
    densitySource: source(2973, 2974),
    foreignersPrinted: "13.031",
    foreignSharePrinted: "10,6%",
    foreignSource: source(3058, 3059),
  },
});

import type { Decimal } from "../core/decimal.js";
import { readDecimal } from "../core/decimal-input.js";
import type { Language } from "../core/labels.js";
import {
  ownField,
  readCount,
  readList,
  readOption,
  readOptions,
  readRecord,
  readText,
  requiredField,
} from "../core/read-input.js";
import { structureDataOf, type AgeStructure } from "../demography/age-structure.js";
import type { PrintedIndices } from "../demography/check-index-identities.js";
import { DEMOGRAPHIC_INDEX_CATALOG } from "../demography/index-catalog.js";
import {
  demographicProfile,
  isProfile,
  profileIndex,
  type DemographicProfile,
} from "../demography/profile.js";
import { canonical } from "./_cells.js";
import { MAX_TEXT, readLanguage } from "./_read-document.js";
import type { ChartDatum, ReportCell, ReportChart, ReportColumn, ReportDocument } from "./document.js";

/**
 * The indices {@link comparisonDocument} can compare: every index of a demographic profile.
 * @category Report
 */
export type ComparedIndex = (typeof COMPARED_INDICES)[number];

/**
 * Every {@link ComparedIndex}, in the order of the columns.
 * @category Report
 */
export const COMPARED_INDICES = /* @__PURE__ */ Object.freeze([
  "oldAgeIndex",
  "structuralDependencyIndex",
  "elderlyDependencyIndex",
  "youthDependencyIndex",
  "activePopulationTurnoverIndex",
  "activePopulationStructureIndex",
  "childWomanRatio",
  "ageingShare",
  "youthShare",
  "workingAgeShare",
  "veryOldShare",
  "minorShare",
  "sexRatio",
  "foreignShare",
  "meanAge",
  "medianAge",
] as const);

const DEFAULT_INDICES: readonly ComparedIndex[] = [
  "oldAgeIndex",
  "structuralDependencyIndex",
  "elderlyDependencyIndex",
  "youthDependencyIndex",
  "ageingShare",
  "workingAgeShare",
];

/**
 * One area of a comparison: its name, and its indices as an age structure or a demographic profile of the
 * library (computed exactly) or as a document prints them ({@link PrintedIndices}, canonical text); optionally its
 * population when the indices do not give it.
 * @category Report
 */
export interface ComparedArea {
  readonly name: string;
  readonly indices: AgeStructure | DemographicProfile | PrintedIndices;
  readonly population?: number;
}

/**
 * Options of {@link comparisonDocument}.
 * @category Report
 */
export interface ComparisonOptions {
  /** Language of every word and number (default `"it"`). */
  readonly language?: Language;
  /** A title (default "Confronto tra Ambiti" / "Comparison of Ambiti"). */
  readonly title?: string;
  /**
   * The indices to compare (default: old-age index, structural, elderly and youth dependency, % 65+, % 15-64).
   * Columns that no area has are left out.
   */
  readonly indices?: readonly ComparedIndex[];
}

const WORDS = {
  it: {
    title: "Confronto tra Ambiti",
    area: "Area",
    population: "Popolazione",
    index: "Indice",
    value: "Valore",
    chart: "Indici demografici a confronto",
    describe: (areas: number, indices: number) =>
      `Barre raggruppate: per ciascuno dei ${String(indices)} indici, il valore di ${String(areas)} aree affiancate.`,
    note: "Indici calcolati dalle strutture per età dove ci sono, altrimenti come stampati nei documenti.",
  },
  en: {
    title: "Comparison of Ambiti",
    area: "Area",
    population: "Population",
    index: "Index",
    value: "Value",
    chart: "Demographic indices compared",
    describe: (areas: number, indices: number) =>
      `Grouped bars: for each of the ${String(indices)} indices, the values of ${String(areas)} areas side by side.`,
    note: "Indices computed from the age structures where there are some, otherwise as the documents print them.",
  },
} as const;

interface AreaRead {
  readonly name: string;
  readonly population: number | null;
  readonly values: readonly (Decimal | null)[];
}

function readArea(value: unknown, index: number, indices: readonly ComparedIndex[]): AreaRead {
  const at = ["areas", index];
  const record = readRecord(value, at);
  const name = readText(requiredField(record, "name", at), [...at, "name"], MAX_TEXT).replace(
    /\r\n?|\n/g,
    " ",
  );
  const given = requiredField(record, "indices", at);
  const populationField = ownField(record, "population", at);
  let population = populationField === undefined ? null : readCount(populationField, [...at, "population"]);
  let values: (Decimal | null)[];
  if (structureDataOf(given) !== undefined) {
    const structure = given as AgeStructure;
    population ??= structure.total;
    const profile = demographicProfile(structure, { onZeroDenominator: "null" });
    values = indices.map((key) => profileIndex(profile, key) ?? null);
  } else if (isProfile(given)) {
    values = indices.map((key) => profileIndex(given, key) ?? null);
  } else {
    const printed = readRecord(given, [...at, "indices"]);
    values = indices.map((key) => {
      const field = ownField(printed, key, [...at, "indices"]);
      return field === undefined || field === null ? null : readDecimal(field, [...at, "indices", key]);
    });
  }
  return { name, population, values };
}

/**
 * Builds the comparison of several areas (Ambiti, ASST, the Region) as a {@link ReportDocument}: one row per area
 * with its population and demographic indices — computed exactly from an age structure or a profile, or taken as
 * a document prints them — and a grouped bar chart of the indices. Index names are ISTAT's, in the language asked
 * for. Pure: plain data out.
 *
 * @param areas - the areas, each `{ name, indices, population? }` (see {@link ComparedArea})
 * @param options - language, title, indices
 * @throws `PdzError` `invalid_type`, `required_field`, `text_too_long`, `too_many_items`,
 *   `unreadable_field` for areas of the wrong shape; `invalid_decimal`, `number_out_of_range` for a printed index;
 *   `invalid_count` for a population; `invalid_option` for an unknown index; `invalid_language`;
 *   `median_in_open_class`, `part_exceeds_total` from a structure's profile
 * @example
 * ```ts
 * import { comparisonDocument, tableRows } from "piano-di-zona/report";
 * import { GALLARATE_DEMOGRAPHY, SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const report = comparisonDocument([
 *   { name: "Sebino", indices: SEBINO_AMBITO_AGE_STRUCTURE_2024 },
 *   { name: "Gallarate", indices: GALLARATE_DEMOGRAPHY.table21[2]!.indices, population: 125000 },
 * ], { indices: ["oldAgeIndex", "ageingShare"] });
 * tableRows(report, { numbers: "number" }).comparison?.[1] //=> { area: "Gallarate", population: 125000, oldAgeIndex: 183.31, ageingShare: 23.96 }
 * comparisonDocument([], { indices: ["age"] as never }) //=> throws invalid_option
 * ```
 * @category Report
 */
export function comparisonDocument(
  areas: readonly ComparedArea[],
  options: ComparisonOptions = {},
): ReportDocument {
  const record = readOptions(options, ["options"]);
  const language = readLanguage(ownField(record, "language", ["options"]), ["options", "language"]);
  const titleOption = ownField(record, "title", ["options"]);
  const indicesOption = ownField(record, "indices", ["options"]);
  const asked =
    indicesOption === undefined
      ? DEFAULT_INDICES
      : readList(indicesOption, ["options", "indices"], COMPARED_INDICES.length * 4).map((key, index) =>
          readOption(key, COMPARED_INDICES, ["options", "indices", index]),
        );
  const indices = [...new Set(asked)];
  const words = WORDS[language];
  const read = readList(areas, ["areas"]).map((area, index) => readArea(area, index, indices));
  // Only the indices some area has.
  const kept = indices.flatMap((key, position) =>
    read.some((area) => area.values[position] !== null) ? [{ key, position }] : [],
  );
  const label = (key: ComparedIndex): string => DEMOGRAPHIC_INDEX_CATALOG[key].labels[language];
  const columns: ReportColumn[] = [
    { key: "area", header: words.area, type: "text" },
    { key: "population", header: words.population, type: "count" },
    ...kept.map(({ key }): ReportColumn => ({ key, header: label(key), type: "index", decimals: 2 })),
  ];
  const rows: ReportCell[][] = read.map((area) => [
    area.name,
    area.population,
    ...kept.map(({ position }) => {
      const value = area.values[position];
      return value === null || value === undefined ? null : canonical(value);
    }),
  ]);
  const series: string[] = [];
  const seen = new Set<string>();
  const names = read.map((area, index) => {
    const name = seen.has(area.name) ? `${area.name} (${String(index + 1)})` : area.name;
    seen.add(name);
    series.push(name);
    return name;
  });
  const data: ChartDatum[] = kept.flatMap(({ key, position }) =>
    read.map((area, index) => {
      const value = area.values[position];
      return {
        category: label(key),
        series: names[index] ?? area.name,
        value: value === null || value === undefined ? null : canonical(value),
        target: null,
        band: null,
      };
    }),
  );
  const chart: ReportChart = {
    kind: "chart",
    id: "comparison-chart",
    chart: "grouped-bars",
    language,
    title: words.chart,
    description: words.describe(read.length, kept.length),
    valueType: "index",
    axes: { category: words.index, value: words.value, series: words.area },
    categories: kept.map(({ key }) => label(key)),
    series,
    data,
    rules: [],
  };
  return {
    kind: "report",
    language,
    title: titleOption === undefined ? words.title : readText(titleOption, ["options", "title"], MAX_TEXT),
    blocks: [
      { kind: "table", id: "comparison", title: words.title, columns, rows, notes: [words.note] },
      chart,
    ],
  };
}

import { pdzError } from "../core/error.js";
import type { Language } from "../core/labels.js";
import * as D from "../core/messages/demography.js";
import { ownField, readBoolean, readOptions, readText, type InputRecord } from "../core/read-input.js";
import {
  structureData,
  structureDataOf,
  type AgeBandCounts,
  type AgeStructure,
} from "../demography/age-structure.js";
import { checkAgeStructure } from "../demography/check-age-structure.js";
import { DEMOGRAPHIC_INDEX_CATALOG } from "../demography/index-catalog.js";
import { demographicProfile, isProfile, type DemographicProfile } from "../demography/profile.js";
import { canonical } from "./_cells.js";
import { readLanguage } from "./_read-document.js";
import type { ChartDatum, ReportBlock, ReportCell, ReportChart, ReportDocument } from "./document.js";
import { displayNumber } from "./_cells.js";

/**
 * Options of {@link demographyDocument} and {@link pyramidChart}.
 * @category Report
 */
export interface DemographyDocumentOptions {
  /** Language of every word and number (default `"it"`). */
  readonly language?: Language;
  /** The area the structure describes ("Ambito Sebino"), put before the titles. */
  readonly area?: string;
  /**
   * For a structure of single years: `true` draws one bar per year; `false` (default) groups the years in
   * five-year bands (0-4, 5-9, …, 95-99, 100+), as pyramids are usually drawn.
   */
  readonly singleYears?: boolean;
}

const MONTHS = {
  it: [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;

function dateText(language: Language, iso: string): string {
  const [year = "", month = "1", day = "1"] = iso.split("-");
  const dayNumber = Number(day);
  const name = MONTHS[language][Number(month) - 1] ?? "";
  return language === "it"
    ? `${dayNumber === 1 ? "1°" : String(dayNumber)} ${name} ${year}`
    : `${String(dayNumber)} ${name} ${year}`;
}

const WORDS = {
  it: {
    pyramid: (date: string) => `Piramide dell'età al ${date}`,
    profile: (date: string) => `Profilo demografico al ${date}`,
    males: "Maschi",
    females: "Femmine",
    total: "Totale",
    band: "Età",
    population: "Popolazione",
    people: "Residenti",
    bands: "Popolazione per fascia d'età",
    indices: "Indici demografici",
    index: "Indice",
    value: "Valore",
    findings: "Incongruenze della struttura",
    describe: (bands: number, total: string, males: string, females: string) =>
      `Maschi a sinistra e femmine a destra, per ${String(bands)} fasce d'età, la più anziana in alto; ` +
      `popolazione ${total} (${males} maschi, ${females} femmine).`,
    indicesNote:
      "Indici calcolati esattamente dalle fasce della struttura (ISTAT); mancano quelli che le fasce non consentono.",
  },
  en: {
    pyramid: (date: string) => `Age pyramid at ${date}`,
    profile: (date: string) => `Demographic profile at ${date}`,
    males: "Males",
    females: "Females",
    total: "Total",
    band: "Age",
    population: "Population",
    people: "Residents",
    bands: "Population by age band",
    indices: "Demographic indices",
    index: "Index",
    value: "Value",
    findings: "Inconsistencies of the structure",
    describe: (bands: number, total: string, males: string, females: string) =>
      `Males on the left and females on the right, in ${String(bands)} age bands, the oldest on top; ` +
      `population ${total} (${males} males, ${females} females).`,
    indicesNote:
      "Indices computed exactly from the bands of the structure (ISTAT definitions); those the bands do not allow are left out.",
  },
} as const;

interface Options {
  readonly language: Language;
  readonly area: string | null;
  readonly singleYears: boolean;
}

function readDemographyOptions(options: unknown): Options {
  const record: InputRecord = readOptions(options, ["options"]);
  const area = ownField(record, "area", ["options"]);
  const single = ownField(record, "singleYears", ["options"]);
  return {
    language: readLanguage(ownField(record, "language", ["options"]), ["options", "language"]),
    area: area === undefined ? null : readText(area, ["options", "area"]).replace(/\r\n?|\n/g, " "),
    singleYears: single === undefined ? false : readBoolean(single, ["options", "singleYears"]),
  };
}

const titled = (options: Options, title: string): string =>
  options.area === null ? title : `${options.area}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;

const bandLabel = (band: AgeBandCounts): string =>
  band.to === null
    ? `${String(band.from)}+`
    : band.to === band.from
      ? String(band.from)
      : `${String(band.from)}-${String(band.to)}`;

// Single years grouped five by five (0-4 … 95-99), the open class 100+ kept.
function fiveYearBands(bands: readonly AgeBandCounts[]): AgeBandCounts[] {
  const grouped: AgeBandCounts[] = [];
  for (const band of bands) {
    const from = band.to === null ? band.from : band.from - (band.from % 5);
    const last = grouped.at(-1);
    if (last !== undefined && last.from === from && band.to !== null) {
      grouped[grouped.length - 1] = {
        from,
        to: band.to,
        males: last.males === null || band.males === null ? null : last.males + band.males,
        females: last.females === null || band.females === null ? null : last.females + band.females,
        total: last.total + band.total,
      };
    } else grouped.push({ ...band, from });
  }
  return grouped;
}

function bandsFor(structure: AgeStructure, options: Options): readonly AgeBandCounts[] {
  const bands = structure.bands();
  return structure.isSingleYear && !options.singleYears ? fiveYearBands(bands) : bands;
}

function pyramidOf(structure: AgeStructure, options: Options): ReportChart {
  if (!structure.hasSexes) throw pdzError(D.sex_not_available, {}, ["structure"]);
  const { language } = options;
  const words = WORDS[language];
  const bands = bandsFor(structure, options);
  const categories = bands.map(bandLabel);
  const data: ChartDatum[] = [];
  bands.forEach((band, index) => {
    const category = categories[index] ?? "";
    data.push(
      { category, series: words.males, value: String(band.males ?? 0), target: null, band: null },
      { category, series: words.females, value: String(band.females ?? 0), target: null, band: null },
    );
  });
  const count = (value: number | null): string => displayNumber(language, "count", value ?? 0, 0);
  return {
    kind: "chart",
    id: "pyramid",
    chart: "pyramid",
    language,
    title: titled(options, words.pyramid(dateText(language, structure.referenceDate))),
    description: words.describe(
      bands.length,
      count(structure.total),
      count(structure.males),
      count(structure.females),
    ),
    valueType: "count",
    axes: { category: words.band, value: words.people, series: null },
    categories,
    series: [words.males, words.females],
    data,
    rules: [],
  };
}

function indexTable(profile: DemographicProfile, language: Language): ReportBlock {
  const words = WORDS[language];
  const rows: ReportCell[][] = [];
  for (const [key, entry] of Object.entries(DEMOGRAPHIC_INDEX_CATALOG)) {
    const value = (profile as unknown as Record<string, unknown>)[key];
    if (value !== null && value !== undefined && typeof value === "object" && "toFixed" in value) {
      rows.push([entry.labels[language], canonical(value as DemographicProfile["oldAgeIndex"] & object)]);
    }
  }
  return {
    kind: "table",
    id: "indices",
    title: words.indices,
    columns: [
      { key: "index", header: words.index, type: "text" },
      { key: "value", header: words.value, type: "index", decimals: 2 },
    ],
    rows,
    notes: [words.indicesNote],
  };
}

function bandTable(structure: AgeStructure, options: Options): ReportBlock {
  const words = WORDS[options.language];
  const bands = bandsFor(structure, options);
  const rows: ReportCell[][] = bands.map((band) => [bandLabel(band), band.males, band.females, band.total]);
  rows.push([words.total, structure.males, structure.females, structure.total]);
  return {
    kind: "table",
    id: "bands",
    title: words.bands,
    columns: [
      { key: "band", header: words.band, type: "text" },
      { key: "males", header: words.males, type: "count" },
      { key: "females", header: words.females, type: "count" },
      { key: "total", header: words.total, type: "count" },
    ],
    rows,
  };
}

/**
 * The population pyramid of an age structure split by sex: males on the left, females on the right, one bar per
 * band, the oldest on top (single years grouped in five-year bands unless `singleYears` is asked). Render it with
 * {@link renderSvg} or {@link renderVegaLite}, or display it with {@link show}. Pure: plain data out.
 *
 * @param structure - an age structure built by the library
 * @param options - language, area, singleYears
 * @throws `PdzError` `invalid_age_structure` (not a structure), `sex_not_available` (a structure not split by
 *   sex), `invalid_language`, `invalid_type` (options of the wrong type)
 * @example
 * ```ts
 * import { pyramidChart } from "piano-di-zona/report";
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const chart = pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024, { area: "Ambito Sebino", language: "en" });
 * chart.title //=> "Ambito Sebino: age pyramid at 1 January 2024"
 * chart.categories //=> ["0-14", "15-64", "65+"]
 * chart.data[5] //=> { category: "65+", series: "Females", value: "6800", target: null, band: null }
 * ```
 * @category Report
 */
export function pyramidChart(structure: AgeStructure, options: DemographyDocumentOptions = {}): ReportChart {
  structureData(structure, ["structure"]);
  return pyramidOf(structure, readDemographyOptions(options));
}

/**
 * Builds the report of a population as a {@link ReportDocument}. From an age structure: its pyramid (when split by
 * sex, see {@link pyramidChart}), the table of its bands with their totals, every demographic index its bands
 * allow (exact, ISTAT names in the language asked for) and the inconsistencies between its stated totals and its
 * bands ({@link checkAgeStructure}). From a demographic profile: the table of its indices. Pure: plain data out.
 *
 * @param population - an age structure or a demographic profile built by the library
 * @param options - language, area, singleYears
 * @throws `PdzError` `invalid_age_structure` (neither a structure nor a profile), `invalid_language`,
 *   `invalid_type` (options of the wrong type), `median_in_open_class`, `part_exceeds_total`
 * @example
 * ```ts
 * import { demographyDocument, tableRows } from "piano-di-zona/report";
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const report = demographyDocument(SEBINO_AMBITO_AGE_STRUCTURE_2024, { area: "Ambito Sebino" });
 * report.title //=> "Ambito Sebino: profilo demografico al 1° gennaio 2024"
 * tableRows(report).indices?.[0] //=> { index: "Indice di vecchiaia", value: "182.620125602453629326712428800934715934" }
 * tableRows(report).bands?.at(-1) //=> { band: "Totale", males: 26818, females: 27537, total: 54355 }
 * demographyDocument({} as never) //=> throws invalid_age_structure
 * ```
 * @category Report
 */
export function demographyDocument(
  population: AgeStructure | DemographicProfile,
  options: DemographyDocumentOptions = {},
): ReportDocument {
  const read = readDemographyOptions(options);
  const words = WORDS[read.language];
  if (isProfile(population)) {
    const profile = population as DemographicProfile;
    return {
      kind: "report",
      language: read.language,
      title: titled(read, words.profile(dateText(read.language, profile.referenceDate))),
      blocks: [indexTable(profile, read.language)],
    };
  }
  structureData(population, ["population"]);
  const structure = population as AgeStructure;
  const blocks: ReportBlock[] = [];
  if (structure.hasSexes) blocks.push(pyramidOf(structure, read));
  blocks.push(bandTable(structure, read));
  blocks.push(indexTable(demographicProfile(structure, { onZeroDenominator: "null" }), read.language));
  const findings = checkAgeStructure(structure);
  if (findings.length > 0) {
    blocks.push({
      kind: "section",
      title: words.findings,
      blocks: [
        {
          kind: "list",
          items: findings.map((finding) => (read.language === "it" ? finding.messageIt : finding.message)),
        },
      ],
    });
  }
  return {
    kind: "report",
    language: read.language,
    title: titled(read, words.profile(dateText(read.language, structure.referenceDate))),
    blocks,
  };
}

/** True for an age structure built by the library. @internal */
export const isAgeStructure = (value: unknown): boolean => structureDataOf(value) !== undefined;

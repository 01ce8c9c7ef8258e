// Every chart the builders make from the seeds' data, for the renderers' tests.
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  evaluateLepsProgress,
  PRIORITY_LEPS_INDICATORS,
} from "../../src/index.js";
import {
  ALTO_MILANESE_FUNDS_2022_2024,
  ASST_VALLE_OLONA_POPULATION_2024,
  BUSTO_ARSIZIO_PRINTED_INDICES_2024,
  GALLARATE_DEMOGRAPHY,
  GALLARATE_EVALUATION_2021_2023,
  printedAreaStructure,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
} from "../../src/datasets/index.js";
import {
  budgetChart,
  comparisonDocument,
  fundTableChart,
  gradeChart,
  indicatorTrendChart,
  lepsProgressDocument,
  pyramidChart,
  type ReportChart,
} from "../../src/report/index.js";

export const SINGLE_YEARS = ageStructureFromSingleYears({
  referenceDate: "2024-01-01",
  males: Array.from({ length: 101 }, (_, age) => Math.max(0, 1000 - age * 9)),
  females: Array.from({ length: 101 }, (_, age) => Math.max(0, 1000 - age * 8)),
});

export const NO_SEXES = ageStructureFromBands({
  referenceDate: "2024-01-01",
  bands: [
    { from: 0, to: 14, total: 88 },
    { from: 15, to: 64, total: 622 },
    { from: 65, total: 311 },
  ],
});

export const PROGRESS = evaluateLepsProgress(
  {
    lepsSchede: [
      {
        leps: "incremento-sad",
        indicators: PRIORITY_LEPS_INDICATORS.filter((item) => item.leps === "incremento-sad"),
      },
      {
        leps: "dimissioni-protette",
        indicators: PRIORITY_LEPS_INDICATORS.filter((item) => item.leps === "dimissioni-protette"),
      },
    ],
  },
  {
    "sad-progetti-integrati": [
      { year: 2025, numerator: 11, denominator: 20 },
      { year: 2026, numerator: 14, denominator: 20 },
    ],
  },
);

export const COMPARISON = comparisonDocument([
  { name: "Sebino", indices: SEBINO_AMBITO_AGE_STRUCTURE_2024 },
  { name: "Gallarate", indices: GALLARATE_DEMOGRAPHY.table21[2]?.indices ?? {} },
  { name: "B. Arsizio Castellanza", indices: BUSTO_ARSIZIO_PRINTED_INDICES_2024[4]?.indices ?? {} },
  { name: "ASST Valle Olona", indices: printedAreaStructure(ASST_VALLE_OLONA_POPULATION_2024) },
]);

/** Every chart, by name, in both languages. */
export function allCharts(language: "it" | "en"): [string, ReportChart][] {
  const trend = lepsProgressDocument(PROGRESS, { language }).blocks.filter((block) => block.kind === "chart");
  const indicator = PROGRESS.byLeps[0]?.indicators[0];
  return [
    ["Sebino pyramid", pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024, { language, area: "Ambito Sebino" })],
    ["ASST pyramid", pyramidChart(printedAreaStructure(ASST_VALLE_OLONA_POPULATION_2024), { language })],
    ["single-year pyramid, grouped", pyramidChart(SINGLE_YEARS, { language })],
    ["single-year pyramid", pyramidChart(SINGLE_YEARS, { language, singleYears: true })],
    ["grades", gradeChart(GALLARATE_EVALUATION_2021_2023, { language })],
    ["funds", fundTableChart(ALTO_MILANESE_FUNDS_2022_2024, { language })],
    [
      "budget",
      budgetChart(
        [
          { label: "A — Contrasto alla povertà", amount: "120000" },
          { label: "B — Politiche abitative", amount: "80000.5" },
        ],
        { language },
      ),
    ],
    ["indicator trend", indicatorTrendChart(indicator ?? ({} as never), { language })],
    ...trend.map((chart, index): [string, ReportChart] => [`LEPS trend ${String(index)}`, chart]),
    [
      "comparison",
      (language === "it" ? COMPARISON : comparisonDocument([], { language })).blocks[1] as ReportChart,
    ],
  ];
}

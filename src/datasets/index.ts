// The datasets, named one by one: the seeds' Ambiti as typed data (the package's `piano-di-zona/datasets` subpath).
export { GALLARATE_EVALUATION_2021_2023 } from "./gallarate/evaluation-2021-2023.js";
export {
  SEBINO_AGE_BANDS_2024,
  SEBINO_AGE_STRUCTURES_2024,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
  SEBINO_PRINTED_TOTALS_STRUCTURE_2024,
  type PrintedSexCounts,
  type SebinoAgeBandRow,
} from "./sebino/age-bands.js";
export { ALTO_MILANESE_COMUNI_2024, type AltoMilaneseComune } from "./alto-milanese/comuni.js";
export {
  ASST_VALLE_OLONA_POPULATION_2024,
  ATS_INSUBRIA_POPULATION_2024,
  BUSTO_ARSIZIO_COMUNE_2024,
  BUSTO_ARSIZIO_PRINTED_INDICES_2024,
  printedAreaStructure,
  type PrintedAgeClass,
  type PrintedAreaDemography,
} from "./busto-arsizio/demography.js";
export { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "./gallarate/accordo.js";
export { GALLARATE_LEPS_SCHEDA_SAD, GALLARATE_SCHEDA_OBIETTIVO_L } from "./gallarate/schede-2025-2027.js";
export { GALLARATE_SCHEDE_OBIETTIVO_2025_2027 } from "./gallarate/schede-obiettivo-2025-2027.js";
export { GALLARATE_LEPS_SCHEDE_2025_2027 } from "./gallarate/leps-schede-2025-2027.js";
export { BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027 } from "./busto-arsizio/schede-2025-2027.js";
export { SEBINO_SCHEDE_OBIETTIVO_2025_2027 } from "./sebino/schede-2025-2027.js";
export { ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027 } from "./alto-milanese/schede-2025-2027.js";
export { GALLARATE_DEMOGRAPHY, type GallarateIndexColumn } from "./gallarate/demography.js";
export { ALTO_MILANESE_FUNDS_2022_2024 } from "./alto-milanese/funds.js";
export {
  GALLARATE_FUNDING_SHARES_2022,
  GALLARATE_SPENDING_BY_AREA_2022,
  GALLARATE_SPENDING_BY_CHANNEL_2022,
  GALLARATE_TEXT_SHARES_2022,
  type GallarateAreaSpending,
  type GallarateStatedShare,
} from "./gallarate/spending.js";
export {
  BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023,
  type BustoArsizioSocialSpending,
  type LabelledFigure,
  type PrintedFigure,
} from "./busto-arsizio/spending.js";
export { SEBINO_FOREIGNERS_2024, type SebinoForeignersRow } from "./sebino/foreigners.js";
export {
  BUSTO_ARSIZIO_ACCORDO,
  BUSTO_ARSIZIO_AMBITO,
  BUSTO_ARSIZIO_PROTOCOLS,
} from "./busto-arsizio/governance.js";
export { BUSTO_ARSIZIO_EVALUATION_2021_2024 } from "./busto-arsizio/evaluation-2021-2024.js";
export { SEBINO_ACCORDO, SEBINO_AMBITO, SEBINO_PROTOCOLS } from "./sebino/governance.js";
export { SEBINO_EVALUATION_2021_2023 } from "./sebino/evaluation-2021-2023.js";
export {
  ALTO_MILANESE_ACCORDO,
  ALTO_MILANESE_AMBITO,
  ALTO_MILANESE_PROTOCOLS,
} from "./alto-milanese/governance.js";
export {
  ALTO_MILANESE_EVALUATION_2021_2023,
  ALTO_MILANESE_SCORED_EVALUATION_SYSTEM,
} from "./alto-milanese/evaluation-2021-2023.js";
export { MEDIO_OLONA_PLAN_2015_2017 } from "./medio-olona/plan-2015-2017.js";

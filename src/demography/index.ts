export { stockReferenceDate } from "./reference-date.js";
export { SEXES, SEX_CATALOG, type Sex } from "./sex.js";
export type {
  AgeBandCounts,
  AgeStructure,
  AgeStructureJSON,
  BandCountsJSON,
  BandStructureJSON,
  SingleYearCountsJSON,
  SingleYearStructureJSON,
  StatedTotals,
} from "./age-structure.js";
export {
  ageStructureFromSingleYears,
  type SingleYearCounts,
  type SingleYearInput,
} from "./single-year-structure.js";
export {
  ageStructureFromBands,
  type AgeBandInput,
  type BandCounts,
  type BandInput,
  type StatedTotalsInput,
} from "./band-structure.js";
export { standardBands, type StandardBands } from "./standard-bands.js";
export {
  activePopulationStructureIndex,
  activePopulationTurnoverIndex,
  ageingShare,
  bandShare,
  birthsPerThousandWomen,
  childWomanRatio,
  elderlyDependencyIndex,
  foreignShare,
  oldAgeIndex,
  sexRatio,
  structuralDependencyIndex,
  youthDependencyIndex,
} from "./indices.js";
export { meanAge, type MeanAgeOptions } from "./mean-age.js";
export { medianAge, type MedianAgeOptions } from "./median-age.js";
export {
  birthRate,
  deathRate,
  foreignMigrationRate,
  internalMigrationRate,
  meanPopulation,
  naturalGrowthRate,
  populationChangeRate,
  totalGrowthRate,
  totalMigrationRate,
  type RateDenominator,
} from "./vital-rates.js";
export {
  demographicProfile,
  type DemographicProfile,
  type DemographicProfileJSON,
  type ProfileOptions,
} from "./profile.js";
export {
  demographicProfiles,
  type DemographicProfiles,
  type DemographicProfilesJSON,
  type ProfileBatchInput,
} from "./profiles.js";
export { aggregate } from "./aggregate.js";
export { populationDensity } from "./density.js";
export { checkAgeStructure } from "./check-age-structure.js";
export { checkStatedIndices } from "./check-stated-indices.js";
export { checkIndexIdentities, type PrintedIndices } from "./check-index-identities.js";
export { readPrintedFigure } from "./printed-figure.js";
export { DEMOGRAPHIC_INDEX_CATALOG } from "./index-catalog.js";

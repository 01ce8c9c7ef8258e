import { deepFreeze } from "../core/deep-freeze.js";
import type { Labels } from "../core/labels.js";

/**
 * The official Italian names (ISTAT) of the demographic indices and rates the library computes, with their English
 * rendering, keyed by the field names used throughout the demography module.
 *
 * @example
 * ```ts
 * import { DEMOGRAPHIC_INDEX_CATALOG } from "piano-di-zona";
 * DEMOGRAPHIC_INDEX_CATALOG.oldAgeIndex.labels.it //=> "Indice di vecchiaia"
 * DEMOGRAPHIC_INDEX_CATALOG.structuralDependencyIndex.labels.en //=> "Structural dependency ratio"
 * ```
 * @category Demography
 */
export const DEMOGRAPHIC_INDEX_CATALOG = /* @__PURE__ */ deepFreeze({
  oldAgeIndex: { code: "oldAgeIndex", labels: { it: "Indice di vecchiaia", en: "Old-age index" } },
  structuralDependencyIndex: {
    code: "structuralDependencyIndex",
    labels: { it: "Indice di dipendenza strutturale", en: "Structural dependency ratio" },
  },
  elderlyDependencyIndex: {
    code: "elderlyDependencyIndex",
    labels: { it: "Indice di dipendenza degli anziani", en: "Old-age dependency ratio" },
  },
  youthDependencyIndex: {
    code: "youthDependencyIndex",
    labels: { it: "Indice di dipendenza giovanile", en: "Youth dependency ratio" },
  },
  activePopulationTurnoverIndex: {
    code: "activePopulationTurnoverIndex",
    labels: { it: "Indice di ricambio della popolazione attiva", en: "Active-population turnover index" },
  },
  activePopulationStructureIndex: {
    code: "activePopulationStructureIndex",
    labels: { it: "Indice di struttura della popolazione attiva", en: "Active-population structure index" },
  },
  childWomanRatio: {
    code: "childWomanRatio",
    labels: { it: "Carico di figli per donna feconda", en: "Child-woman ratio" },
  },
  ageingShare: {
    code: "ageingShare",
    labels: { it: "Indice di invecchiamento (% 65 anni e più)", en: "Ageing share (% aged 65+)" },
  },
  youthShare: { code: "youthShare", labels: { it: "% 0-14 anni", en: "% aged 0-14" } },
  workingAgeShare: { code: "workingAgeShare", labels: { it: "% 15-64 anni", en: "% aged 15-64" } },
  veryOldShare: { code: "veryOldShare", labels: { it: "% 80 anni e più", en: "% aged 80+" } },
  minorShare: { code: "minorShare", labels: { it: "% minori (0-17 anni)", en: "% minors (aged 0-17)" } },
  sexRatio: { code: "sexRatio", labels: { it: "Rapporto di mascolinità", en: "Sex ratio" } },
  foreignShare: { code: "foreignShare", labels: { it: "% stranieri", en: "% foreign citizens" } },
  meanAge: { code: "meanAge", labels: { it: "Età media", en: "Mean age" } },
  medianAge: { code: "medianAge", labels: { it: "Età mediana", en: "Median age" } },
  birthRate: { code: "birthRate", labels: { it: "Tasso di natalità", en: "Birth rate" } },
  deathRate: { code: "deathRate", labels: { it: "Tasso di mortalità", en: "Death rate" } },
  naturalGrowthRate: {
    code: "naturalGrowthRate",
    labels: { it: "Tasso di crescita naturale", en: "Natural growth rate" },
  },
  internalMigrationRate: {
    code: "internalMigrationRate",
    labels: { it: "Tasso migratorio interno", en: "Internal migration rate" },
  },
  foreignMigrationRate: {
    code: "foreignMigrationRate",
    labels: { it: "Tasso migratorio con l'estero", en: "Foreign migration rate" },
  },
  totalMigrationRate: {
    code: "totalMigrationRate",
    labels: { it: "Tasso migratorio totale", en: "Total migration rate" },
  },
  totalGrowthRate: {
    code: "totalGrowthRate",
    labels: { it: "Tasso di crescita totale", en: "Total growth rate" },
  },
} as const satisfies Readonly<Record<string, { readonly code: string; readonly labels: Labels }>>);

/** Keys longer than this are shortened in messages. */
const MAX_KEY_IN_MESSAGE = 100;

/**
 * The labels of a demographic index key, or the key itself in both languages (shortened when long) when it is not
 * a known index.
 * @internal
 */
export function indexLabels(key: string): Labels {
  if (Object.prototype.hasOwnProperty.call(DEMOGRAPHIC_INDEX_CATALOG, key)) {
    return DEMOGRAPHIC_INDEX_CATALOG[key as keyof typeof DEMOGRAPHIC_INDEX_CATALOG].labels;
  }
  const shown = key.length > MAX_KEY_IN_MESSAGE ? `${key.slice(0, MAX_KEY_IN_MESSAGE)}…` : key;
  return { it: shown, en: shown };
}

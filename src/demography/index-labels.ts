import type { Labels } from "../core/labels.js";

/**
 * The official Italian names (ISTAT) of the demographic indices and rates the library computes, with their English
 * rendering, keyed by the field names used throughout the demography module.
 *
 * @example
 * ```ts
 * import { DEMOGRAPHIC_INDEX_LABELS } from "piano-di-zona";
 * DEMOGRAPHIC_INDEX_LABELS.oldAgeIndex.it //=> "Indice di vecchiaia"
 * DEMOGRAPHIC_INDEX_LABELS.structuralDependencyIndex.en //=> "Structural dependency ratio"
 * ```
 * @category Demography
 */
export const DEMOGRAPHIC_INDEX_LABELS = /* @__PURE__ */ Object.freeze({
  oldAgeIndex: { it: "Indice di vecchiaia", en: "Old-age index" },
  structuralDependencyIndex: { it: "Indice di dipendenza strutturale", en: "Structural dependency ratio" },
  elderlyDependencyIndex: { it: "Indice di dipendenza degli anziani", en: "Old-age dependency ratio" },
  youthDependencyIndex: { it: "Indice di dipendenza giovanile", en: "Youth dependency ratio" },
  activePopulationTurnoverIndex: {
    it: "Indice di ricambio della popolazione attiva",
    en: "Active-population turnover index",
  },
  activePopulationStructureIndex: {
    it: "Indice di struttura della popolazione attiva",
    en: "Active-population structure index",
  },
  childWomanRatio: { it: "Carico di figli per donna feconda", en: "Child-woman ratio" },
  ageingShare: { it: "Indice di invecchiamento (% 65 anni e più)", en: "Ageing share (% aged 65+)" },
  youthShare: { it: "% 0-14 anni", en: "% aged 0-14" },
  workingAgeShare: { it: "% 15-64 anni", en: "% aged 15-64" },
  veryOldShare: { it: "% 80 anni e più", en: "% aged 80+" },
  minorShare: { it: "% minori (0-17 anni)", en: "% minors (aged 0-17)" },
  sexRatio: { it: "Rapporto di mascolinità", en: "Sex ratio" },
  foreignShare: { it: "% stranieri", en: "% foreign citizens" },
  meanAge: { it: "Età media", en: "Mean age" },
  medianAge: { it: "Età mediana", en: "Median age" },
  birthRate: { it: "Tasso di natalità", en: "Birth rate" },
  deathRate: { it: "Tasso di mortalità", en: "Death rate" },
  naturalGrowthRate: { it: "Tasso di crescita naturale", en: "Natural growth rate" },
  internalMigrationRate: { it: "Tasso migratorio interno", en: "Internal migration rate" },
  foreignMigrationRate: { it: "Tasso migratorio con l'estero", en: "Foreign migration rate" },
  totalMigrationRate: { it: "Tasso migratorio totale", en: "Total migration rate" },
  totalGrowthRate: { it: "Tasso di crescita totale", en: "Total growth rate" },
} as const satisfies Readonly<Record<string, Labels>>);

/** Keys longer than this are shortened in messages. */
const MAX_KEY_IN_MESSAGE = 100;

/**
 * The labels of a demographic index key, or the key itself in both languages (shortened when long) when it is not
 * a known index.
 * @internal
 */
export function indexLabels(key: string): Labels {
  const known = (DEMOGRAPHIC_INDEX_LABELS as Readonly<Record<string, Labels | undefined>>)[key];
  if (known !== undefined && Object.prototype.hasOwnProperty.call(DEMOGRAPHIC_INDEX_LABELS, key))
    return known;
  const shown = key.length > MAX_KEY_IN_MESSAGE ? `${key.slice(0, MAX_KEY_IN_MESSAGE)}…` : key;
  return { it: shown, en: shown };
}

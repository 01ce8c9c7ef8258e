import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of an Ambito and of its comuni as the plans name them (the territory section of a Piano di Zona).
 * @internal
 */
export const AMBITO_LABELS: FieldLabels = {
  comuni: { it: "COMUNI DELL'AMBITO", en: "comuni of the Ambito" },
  istatCode: { it: "CODICE ISTAT", en: "ISTAT code" },
  population: { it: "POPOLAZIONE", en: "population" },
  distretti: { it: "DISTRETTI SOCIOSANITARI", en: "health districts" },
  sharedWith: { it: "ALTRI AMBITI DEL DISTRETTO", en: "other Ambiti of the district" },
};

import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of a LEPS scheda that differ from the scheda obiettivo's (whose questions it shares: goals, actions,
 * target, resources, staff, ASST involvement): its title and its indicators. `">title"` is the scheda's own title.
 * @internal
 */
export const LEPS_SCHEDA_LABELS: FieldLabels = {
  ">title": { it: "TITOLO INTERVENTO COLLEGATO AL LEPS", en: "title of the LEPS intervention" },
  indicators: { it: "INDICATORI", en: "indicators" },
};

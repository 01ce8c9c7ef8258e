import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of a result target, named as a validation message shows them: the list of a scheda's targets is the
 * typed form of "QUALI RISULTATI VUOLE RAGGIUNGERE?"; `"targets>…"` keys name a target's own fields.
 * @internal
 */
export const RESULT_TARGET_LABELS: FieldLabels = {
  targets: { it: "RISULTATI ATTESI", en: "result targets" },
  condition: { it: "CONDIZIONE DEL RISULTATO", en: "condition of the target" },
  "condition>target": { it: "RISULTATO DA CUI DIPENDE", en: "target it depends on" },
  "indicators>target": { it: "TARGET DELL'INDICATORE", en: "target of the indicator" },
  due: { it: "SCADENZA DEL RISULTATO", en: "deadline of the target" },
  minPercent: { it: "QUOTA MINIMA (%)", en: "minimum share (%)" },
  minMonths: { it: "DURATA MINIMA (mesi)", en: "minimum duration (months)" },
  maxMonths: { it: "DURATA MASSIMA (mesi)", en: "maximum duration (months)" },
  fromYear: { it: "ANNO DI PARTENZA", en: "first year" },
  toYear: { it: "ANNO DI ARRIVO", en: "last year" },
};

import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The Piano di Zona's own fields as the plans name them: its title and period (`">title"`, `">period"`, the Piano's
 * own), the Ambito, the approval acts, the evaluation of the previous programming, the objectives and the LEPS
 * schede. The parts keep their own labels (the scheda obiettivo's, the Ambito's, the evaluation grid's).
 * @internal
 */
export const PIANO_DI_ZONA_LABELS: FieldLabels = {
  ">title": { it: "TITOLO DEL PIANO DI ZONA", en: "title of the Piano di Zona" },
  ">period": { it: "PERIODO DI PROGRAMMAZIONE", en: "programming period" },
  ambito: { it: "AMBITO TERRITORIALE", en: "Ambito" },
  approvals: { it: "ATTI DI APPROVAZIONE", en: "approval acts" },
  previousEvaluation: {
    it: "VALUTAZIONE DEGLI OBIETTIVI DELLA PROGRAMMAZIONE PRECEDENTE",
    en: "evaluation of the previous programming",
  },
  objectives: { it: "OBIETTIVI DELLA PROGRAMMAZIONE", en: "objectives" },
  lepsSchede: { it: "SCHEDE LEPS", en: "LEPS forms" },
  "lepsSchede>title": { it: "TITOLO INTERVENTO COLLEGATO AL LEPS", en: "title of the LEPS intervention" },
};

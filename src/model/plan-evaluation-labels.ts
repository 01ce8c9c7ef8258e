import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The questions of the ex-post evaluation grid of D.G.R. XII/2167 ("valutazione degli obiettivi della programmazione
 * precedente") as the grid words them.
 * @internal
 */
export const PLAN_EVALUATION_LABELS: FieldLabels = {
  grade: { it: "GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO", en: "achievement grade" },
  plannedActions: { it: "N. AZIONI PROGRAMMATE", en: "planned actions" },
  realizedActions: { it: "N. AZIONI REALIZZATE", en: "realized actions" },
  parts: { it: "VALUTAZIONI PARZIALI DELL'OBIETTIVO", en: "parts of the objective" },
  narrative: { it: "VALUTAZIONE NARRATIVA", en: "narrative evaluation" },
  grid: { it: "TIPO DI VALUTAZIONE", en: "kind of evaluation" },
  statedOverallGrade: { it: "GRADO DI RAGGIUNGIMENTO MEDIO", en: "mean achievement grade" },
  usersEvaluation: { it: "VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE)", en: "users' evaluation" },
  adequacy: {
    it: "LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI",
    en: "adequacy of human and material resources",
  },
  coincidence: {
    it: "LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE/LIQUIDATE",
    en: "coincidence of budgeted and committed resources",
  },
  criticalIssues: {
    it: "CRITICITÀ RILEVATE NEL RAGGIUNGIMENTO DELL'OBIETTIVO",
    en: "critical issues",
  },
  positiveChange: {
    it: "QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO?",
    en: "positive change",
  },
  continuityWithPrevious: {
    it: "L'OBIETTIVO ERA IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE?",
    en: "continuity with the previous programming",
  },
  reproposed: {
    it: "L'OBIETTIVO VERRÀ RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE?",
    en: "reproposed in the next programming",
  },
};

import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The questions of the ex-post evaluation grid of D.G.R. XII/2167 ("valutazione degli obiettivi della programmazione
 * precedente") as the grid words them.
 * @internal
 */
export const PLAN_EVALUATION_LABELS: FieldLabels = {
  statedGrade: { it: "GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO", en: "achievement grade" },
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

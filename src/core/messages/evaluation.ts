// Messages of the evaluation module: the ex-post grid of D.G.R. XII/2167 (achievement grade, resource coincidence,
// plan-level grade) and the findings of the recomputation of a stated evaluation.
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.
// Numbers and bands reach a message already written in both languages (`Labels`), so that an English message says
// "75.00%" and "good" and an Italian one "75,00%" and "buono".
import type { Labels } from "../labels.js";

// ─── Errors ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A number of actions (planned or realized) is not a whole number ≥ 0. */
export const invalid_action_count = {
  code: "invalid_action_count",
  render: () => ({
    en: "A number of actions must be a whole number ≥ 0",
    it: "Il numero di azioni deve essere un intero ≥ 0",
  }),
} as const;

/** More actions are given as realized than were planned. */
export const realized_exceeds_planned = {
  code: "realized_exceeds_planned",
  render: () => ({
    en: "Realized actions cannot exceed planned actions",
    it: "Le azioni realizzate non possono superare quelle programmate",
  }),
} as const;

/** An objective has no planned action (planned = 0, or an empty list of actions): it has no grade. */
export const no_planned_actions = {
  code: "no_planned_actions",
  render: () => ({
    en: "An objective with no planned actions has no achievement grade",
    it: "Un obiettivo senza azioni programmate non ha un grado di raggiungimento",
  }),
} as const;

/** An action's reported completion is outside 0–100%. */
export const completion_out_of_range = {
  code: "completion_out_of_range",
  render: () => ({
    en: "An action's completion must be between 0% and 100%",
    it: "La percentuale di realizzazione di un'azione deve essere compresa tra 0% e 100%",
  }),
} as const;

/** The partial-action policy (an option) is not "count", "ignore" or "weight". */
export const invalid_partial_policy = {
  code: "invalid_partial_policy",
  render: () => ({
    en: 'The partial-action policy must be "count", "ignore" or "weight"',
    it: 'La regola per le azioni parziali deve essere "count", "ignore" o "weight"',
  }),
} as const;

/** The plan weighting (an option) is not "objectives" or "actions". */
export const invalid_weighting = {
  code: "invalid_weighting",
  render: () => ({
    en: 'The weighting must be "objectives" or "actions"',
    it: 'La ponderazione deve essere "objectives" o "actions"',
  }),
} as const;

/** A plan is given with no objectives: it has no achievement grade. */
export const no_objectives = {
  code: "no_objectives",
  render: () => ({
    en: "A plan with no objectives has no achievement grade",
    it: "Un piano senza obiettivi non ha un grado di raggiungimento",
  }),
} as const;

/** The period of an evaluation ends before it starts. */
export const evaluation_period_reversed = {
  code: "evaluation_period_reversed",
  render: () => ({
    en: "The period evaluated must not end before it starts",
    it: "Il periodo valutato non può terminare prima di iniziare",
  }),
} as const;

// ─── Findings of the recomputation of an objective ───────────────────────────────────────────────────────────────

/** The stated grade is not the recomputed one at its printed precision. */
export const grade_mismatch = {
  code: "grade_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `Stated grade ${stated.en} does not follow from the actions (${computed.en})`,
    it: `Il grado dichiarato ${stated.it} non deriva dalle azioni (${computed.it})`,
  }),
} as const;

/** The stated band is not the band of the recomputed grade. */
export const grade_band_mismatch = {
  code: "grade_band_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `Stated band "${stated.en}" differs from the band of the recomputed grade ("${computed.en}")`,
    it: `La fascia dichiarata "${stated.it}" differisce da quella del grado ricalcolato ("${computed.it}")`,
  }),
} as const;

/**
 * Counting partly done actions as realized puts the objective in a better band than weighting them by completion
 * (not an arithmetic slip: the grid's formula counts them so).
 */
export const partial_actions_raise_band = {
  code: "partial_actions_raise_band",
  severity: "warning",
  render: ({
    counted,
    countedBand,
    weighted,
    weightedBand,
  }: {
    counted: Labels;
    countedBand: Labels;
    weighted: Labels;
    weightedBand: Labels;
  }) => ({
    en: `Counting partly done actions as realized gives ${counted.en} (${countedBand.en}); weighting them by completion gives ${weighted.en} (${weightedBand.en})`,
    it: `Contando come realizzate le azioni parziali il grado è ${counted.it} (${countedBand.it}); pesandole per la realizzazione è ${weighted.it} (${weightedBand.it})`,
  }),
} as const;

/** A sentence of the document counts the fully realized actions differently from the actions themselves. */
export const realized_count_text_mismatch = {
  code: "realized_count_text_mismatch",
  severity: "error",
  render: ({
    statedRealized,
    statedPlanned,
    realized,
    planned,
  }: {
    statedRealized: number;
    statedPlanned: number;
    realized: number;
    planned: number;
  }) => ({
    en: `The text counts ${statedRealized} of ${statedPlanned} actions fully realized; the actions show ${realized} of ${planned}`,
    it: `Il testo conta ${statedRealized} azioni su ${statedPlanned} realizzate completamente; le azioni ne mostrano ${realized} su ${planned}`,
  }),
} as const;

/** The stated coincidence is not paid × 100 / budgeted at its printed precision. */
export const coincidence_mismatch = {
  code: "coincidence_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `Stated coincidence ${stated.en} differs from paid × 100 / budgeted = ${computed.en}`,
    it: `La coincidenza dichiarata ${stated.it} differisce da pagato × 100 / preventivato = ${computed.it}`,
  }),
} as const;

/** The stated coincidence of an objective is no mean of its actions' own figures (over all, or over the realized). */
export const coincidence_not_reproducible = {
  code: "coincidence_not_reproducible",
  severity: "error",
  render: ({ stated, overAll, overRealized }: { stated: Labels; overAll: Labels; overRealized: Labels }) => ({
    en: `Stated coincidence ${stated.en} is not the mean of the actions' figures (all actions ${overAll.en}, realized actions ${overRealized.en})`,
    it: `La coincidenza dichiarata ${stated.it} non è la media dei valori delle azioni (tutte le azioni ${overAll.it}, azioni realizzate ${overRealized.it})`,
  }),
} as const;

/** The objective's coincidence is stated as 100% (ottimo) while one of its actions spent more than budgeted. */
export const coincidence_contradicted_by_action = {
  code: "coincidence_contradicted_by_action",
  severity: "error",
  render: ({ action }: { action: number }) => ({
    en: `The objective's coincidence is stated as 100% (excellent) but action ${action} spent more than budgeted (>100%, underestimated)`,
    it: `La coincidenza dell'obiettivo è dichiarata 100% (ottimo) ma l'azione ${action} ha speso più dello stanziato (>100%, sottostimato)`,
  }),
} as const;

/** A percentage is given for an action with nothing budgeted, whose coincidence does not exist. */
export const zero_budget_reported_as_percent = {
  code: "zero_budget_reported_as_percent",
  severity: "warning",
  render: ({ action }: { action: number }) => ({
    en: `Action ${action} had nothing budgeted, so its coincidence is not applicable, yet a percentage is stated`,
    it: `L'azione ${action} non aveva risorse stanziate, quindi la coincidenza non è applicabile, eppure è indicata una percentuale`,
  }),
} as const;

/** The coincidence is described in words only: no percentage or band can be read from it. */
export const coincidence_not_graded = {
  code: "coincidence_not_graded",
  severity: "warning",
  render: () => ({
    en: "The coincidence is described in words only: no percentage or band can be read from it",
    it: "La coincidenza è descritta solo a parole: non se ne ricava né una percentuale né una fascia",
  }),
} as const;

// ─── Findings of the recomputation of a plan ─────────────────────────────────────────────────────────────────────

/** The stated plan-level grade is not the recomputed one at its printed precision. */
export const overall_grade_mismatch = {
  code: "overall_grade_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `Stated overall grade ${stated.en} differs from the recomputed ${computed.en}`,
    it: `Il grado complessivo dichiarato ${stated.it} differisce da quello ricalcolato ${computed.it}`,
  }),
} as const;

/** The stated plan-level band is not the band of the recomputed grade. */
export const overall_band_mismatch = {
  code: "overall_band_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `Stated overall band "${stated.en}" differs from the recomputed "${computed.en}"`,
    it: `La fascia complessiva dichiarata "${stated.it}" differisce da quella ricalcolata "${computed.it}"`,
  }),
} as const;

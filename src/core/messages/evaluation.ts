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

// ─── every evaluation grid in use ───────────────────────────────────────────────────────────────────────

/** A record gives the printed grade under 0.1.0's name `statedGrade`: it is now `grade`, with its printed text. */
export const stated_grade_renamed = {
  code: "stated_grade_renamed",
  render: () => ({
    en: 'The printed grade is now "grade" (its text, and the percent, range or band read from it), no longer "statedGrade"',
    it: 'Il grado stampato ora si chiama "grade" (il testo, e la percentuale, l\'intervallo o la fascia che se ne leggono), non più "statedGrade"',
  }),
} as const;

/** The "actions" weighting is asked for, but an objective is known only by its printed grade (no actions, no counts). */
export const actions_weighting_needs_counts = {
  code: "actions_weighting_needs_counts",
  render: () => ({
    en: 'The "actions" weighting needs every objective\'s actions or action counts; this one has only its printed grade',
    it: 'La ponderazione "actions" richiede le azioni o il numero di azioni di ogni obiettivo; questo ha solo il grado stampato',
  }),
} as const;

/** The printed band is not the band of the printed percent, or the printed range does not lie in it. */
export const stated_band_inconsistent = {
  code: "stated_band_inconsistent",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The printed band "${stated.en}" is not the band of the printed figure ("${computed.en}")`,
    it: `La fascia stampata "${stated.it}" non è quella della cifra stampata ("${computed.it}")`,
  }),
} as const;

/** The grade recomputed from the actions lies outside the range printed for it. */
export const grade_outside_stated_range = {
  code: "grade_outside_stated_range",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The grade recomputed from the actions (${computed.en}) lies outside the printed range ${stated.en}`,
    it: `Il grado ricalcolato dalle azioni (${computed.it}) è fuori dall'intervallo stampato ${stated.it}`,
  }),
} as const;

/** The grade is printed "not applicable", yet the actions give one. */
export const not_applicable_grade_recomputed = {
  code: "not_applicable_grade_recomputed",
  severity: "warning",
  render: ({ computed }: { computed: Labels }) => ({
    en: `The grade is printed "not applicable", yet the actions give ${computed.en}`,
    it: `Il grado è indicato come "non applicabile", eppure le azioni danno ${computed.it}`,
  }),
} as const;

/** A count of actions stated for the objective differs from the actions it lists. */
export const action_count_mismatch = {
  code: "action_count_mismatch",
  severity: "error",
  render: ({
    field,
    stated,
    computed,
  }: {
    field: "plannedActions" | "realizedActions";
    stated: number;
    computed: number;
  }) =>
    field === "plannedActions"
      ? {
          en: `${stated} actions are stated as planned; the objective lists ${computed}`,
          it: `Sono indicate ${stated} azioni programmate; l'obiettivo ne elenca ${computed}`,
        }
      : {
          en: `${stated} actions are stated as realized; the listed actions give ${computed}`,
          it: `Sono indicate ${stated} azioni realizzate; le azioni elencate ne danno ${computed}`,
        },
} as const;

/** The objective's own grade and the grades of its parts cannot both hold: they share no value. */
export const grade_outside_parts = {
  code: "grade_outside_parts",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The objective's grade (${stated.en}) shares no value with the span of its parts' grades (${computed.en})`,
    it: `Il grado dell'obiettivo (${stated.it}) non ha alcun valore in comune con l'intervallo dei gradi delle sue parti (${computed.it})`,
  }),
} as const;

/** The objective's grade is printed "not applicable": it is left out of the plan's mean. */
export const objective_not_applicable = {
  code: "objective_not_applicable",
  severity: "info",
  render: () => ({
    en: 'The grade is printed "not applicable": the objective is left out of the plan\'s mean',
    it: 'Il grado è indicato come "non applicabile": l\'obiettivo è escluso dalla media del piano',
  }),
} as const;

/** The objective has no grade: none printed, and no actions or counts to recompute it from; it is left out. */
export const objective_without_grade = {
  code: "objective_without_grade",
  severity: "warning",
  render: () => ({
    en: "No grade is printed and none can be recomputed (no actions, no counts): the objective is left out of the plan's mean",
    it: "Nessun grado è stampato e nessuno si può ricalcolare (né azioni né conteggi): l'obiettivo è escluso dalla media del piano",
  }),
} as const;

/** The stated plan-level grade lies outside the interval the objectives' grades allow. */
export const overall_grade_outside_interval = {
  code: "overall_grade_outside_interval",
  severity: "error",
  render: ({ stated, from, to }: { stated: Labels; from: Labels; to: Labels }) => ({
    en: `Stated overall grade ${stated.en} lies outside the mean the objectives allow (${from.en} – ${to.en})`,
    it: `Il grado complessivo dichiarato ${stated.it} è fuori dalla media consentita dagli obiettivi (${from.it} – ${to.it})`,
  }),
} as const;

/** Some objectives' grades are taken as printed: there are no actions or counts to recompute them from. */
export const grades_taken_as_printed = {
  code: "grades_taken_as_printed",
  severity: "info",
  render: ({ stated, counted }: { stated: number; counted: number }) => ({
    en: `${stated} of the ${counted} grades in the plan's mean are taken as printed: no actions or counts are given to recompute them`,
    it: `${stated} gradi su ${counted} nella media del piano sono presi come stampati: non ci sono azioni né conteggi per ricalcolarli`,
  }),
} as const;

/** The plan's mean is an interval that spans two or more bands: no band can be given. */
export const plan_band_undetermined = {
  code: "plan_band_undetermined",
  severity: "info",
  render: ({ from, to, bands }: { from: Labels; to: Labels; bands: Labels }) => ({
    en: `The plan's mean lies between ${from.en} and ${to.en}, across the bands ${bands.en}: no band can be given`,
    it: `La media del piano è compresa tra ${from.it} e ${to.it}, a cavallo delle fasce ${bands.it}: nessuna fascia si può indicare`,
  }),
} as const;

/** A scored evaluation system classes an overall score without saying how the criteria's scores make it. */
export const scored_system_without_combining_rule = {
  code: "scored_system_without_combining_rule",
  severity: "info",
  render: ({
    criteria,
    points,
    from,
    to,
  }: {
    criteria: number;
    points: string;
    from: number;
    to: number;
  }) => ({
    en: `The document scores ${criteria} criteria (points ${points}) and classes an overall score from ${from} to ${to}, without saying how the criteria's scores make it: no rule is applied`,
    it: `Il documento assegna un punteggio a ${criteria} criteri (punti ${points}) e classifica un punteggio complessivo da ${from} a ${to}, senza dire come i punteggi dei criteri lo compongono: nessuna regola è applicata`,
  }),
} as const;

/** Two classes of a scored evaluation system share points. */
export const score_classes_overlap = {
  code: "score_classes_overlap",
  severity: "error",
  render: ({ first, second }: { first: string; second: string }) => ({
    en: `The classes "${first}" and "${second}" share points`,
    it: `Le classi «${first}» e «${second}» hanno punteggi in comune`,
  }),
} as const;

/** Consecutive classes of a scored evaluation system leave values between them that fall in no class. */
export const score_classes_leave_gaps = {
  code: "score_classes_leave_gaps",
  severity: "info",
  render: ({ gaps }: { gaps: string }) => ({
    en: `The classes leave values between them (${gaps}): an overall score there would fall in no class`,
    it: `Le classi lasciano valori scoperti tra l'una e l'altra (${gaps}): un punteggio complessivo lì non rientrerebbe in alcuna classe`,
  }),
} as const;

/** A scored evaluation system could not be read, so it was not checked; the finding gives the reason. */
export const scored_system_not_checked = {
  code: "scored_system_not_checked",
  severity: "error",
  render: ({ reason }: { reason: Labels }) => ({
    en: `The scored evaluation system was not checked: ${reason.en}`,
    it: `Il sistema di valutazione a punteggio non è stato verificato: ${reason.it}`,
  }),
} as const;

// ─── Findings of a grade computed from result targets ────────────────────────────────────────────────────────────

/** An action of a scheda has no result target that applies (none, or only targets whose condition is false). */
export const action_not_graded = {
  code: "action_not_graded",
  severity: "warning",
  render: ({ scheda, action }: { scheda: string; action: string }) => ({
    en: `Scheda ${scheda}: the action "${action}" has no result target that applies, and is left out of the count`,
    it: `Scheda ${scheda}: l'azione «${action}» non ha risultati attesi applicabili ed è esclusa dal conteggio`,
  }),
} as const;

/** A scheda has no result target that applies, so it has no grade. */
export const objective_not_graded = {
  code: "objective_not_graded",
  severity: "warning",
  render: ({ scheda }: { scheda: string }) => ({
    en: `Scheda ${scheda} has no result target that applies: it is left out of the plan's grade`,
    it: `La scheda ${scheda} non ha risultati attesi applicabili: è esclusa dal grado del piano`,
  }),
} as const;

/** The targets of a scheda were not evaluated (no evaluation under its code). */
export const scheda_targets_not_evaluated = {
  code: "scheda_targets_not_evaluated",
  render: ({ scheda }: { scheda: string }) => ({
    en: `The targets of scheda ${scheda} were not evaluated (no evaluation under its code)`,
    it: `I risultati attesi della scheda ${scheda} non sono stati valutati (nessuna valutazione con il suo codice)`,
  }),
} as const;

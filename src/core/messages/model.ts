// Messages of the model: the rules the schemas check beyond the shape of each field (references between parts of a
// document, periods, cross-field answers), and the registry of JSON Schemas. One exported constant per code
// (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md. Ids and codes quoted from
// the input are cut to 64 characters, so that a message stays short whatever the input holds.

// Echoes at most 64 characters of a value taken from the input.
function quoted(value: string | number): string {
  const text = String(value);
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/** Two records of one list (parties, organs, seats, comuni) have the same id. */
export const duplicate_id = {
  code: "duplicate_id",
  render: ({ id }: { id: string }) => ({
    en: `The id "${quoted(id)}" is used twice`,
    it: `L'identificativo «${quoted(id)}» è usato due volte`,
  }),
} as const;

/** An id refers to a party that the Accordo does not list among its parties. */
export const unknown_entity = {
  code: "unknown_entity",
  render: ({ id }: { id: string }) => ({
    en: `"${quoted(id)}" is not among the parties of the Accordo`,
    it: `«${quoted(id)}» non è tra gli enti dell'Accordo`,
  }),
} as const;

/** An id refers to an organ that the Accordo does not have. */
export const unknown_organ = {
  code: "unknown_organ",
  render: ({ id }: { id: string }) => ({
    en: `"${quoted(id)}" is not an organ of the Accordo`,
    it: `«${quoted(id)}» non è un organo dell'Accordo`,
  }),
} as const;

/** An id refers to a seat that the organ does not have (its presidency, or a vote). */
export const unknown_seat = {
  code: "unknown_seat",
  render: ({ seat }: { seat: string }) => ({
    en: `"${quoted(seat)}" is not a seat of the organ`,
    it: `«${quoted(seat)}» non è un componente dell'organo`,
  }),
} as const;

/** An id refers to a comune that is not one of the Ambito's. */
export const unknown_comune = {
  code: "unknown_comune",
  render: ({ id }: { id: string }) => ({
    en: `"${quoted(id)}" is not a comune of the Ambito`,
    it: `«${quoted(id)}» non è un comune dell'Ambito`,
  }),
} as const;

/** A party is listed both as a signatory and as an adherent of the Accordo. */
export const adherent_is_signatory = {
  code: "adherent_is_signatory",
  render: () => ({
    en: "A party cannot both sign and adhere",
    it: "Un ente non può essere insieme sottoscrittore e aderente",
  }),
} as const;

/** An adherent is of a kind of body that the Accordo's adhesion rule does not admit. */
export const adherent_not_admitted = {
  code: "adherent_not_admitted",
  render: ({ kind }: { kind: string }) => ({
    en: `The Accordo does not admit adherents of kind "${quoted(kind)}"`,
    it: `L'Accordo non ammette aderenti del tipo «${quoted(kind)}»`,
  }),
} as const;

/** Two articles of the Accordo have the same number. */
export const duplicate_article = {
  code: "duplicate_article",
  render: ({ number }: { number: number }) => ({
    en: `Article ${quoted(number)} appears twice`,
    it: `L'articolo ${quoted(number)} compare due volte`,
  }),
} as const;

/** A period (of the Accordo, of the programming, of the evaluated programming) ends before it starts. */
export const period_ends_before_start = {
  code: "period_ends_before_start",
  render: ({ of }: { of: "accordo" | "programming" | "evaluated-programming" }) =>
    of === "accordo"
      ? { en: "The Accordo cannot end before it starts", it: "L'Accordo non può terminare prima di iniziare" }
      : of === "programming"
        ? {
            en: "The programming period cannot end before it starts",
            it: "Il periodo di programmazione non può terminare prima di iniziare",
          }
        : {
            en: "The evaluated programming cannot end before it starts",
            it: "La programmazione valutata non può terminare prima di iniziare",
          },
} as const;

/** An extension ("proroga") does not move the Accordo's end date forward. */
export const extension_not_later = {
  code: "extension_not_later",
  render: () => ({
    en: "An extension must move the end date forward",
    it: "Una proroga deve spostare in avanti la scadenza",
  }),
} as const;

/** An extension comes from a kind of body that the Accordo does not empower to extend it. */
export const extension_not_authorised = {
  code: "extension_not_authorised",
  render: () => ({
    en: "The extension comes from a body the Accordo does not empower to extend it",
    it: "La proroga proviene da un ente non autorizzato dall'Accordo a disporla",
  }),
} as const;

/** A party that is not a comune has an ISTAT municipal code. */
export const istat_code_not_comune = {
  code: "istat_code_not_comune",
  render: () => ({
    en: "Only a comune has an ISTAT municipal code",
    it: "Solo un comune ha un codice ISTAT comunale",
  }),
} as const;

/** An organ's weekly hours together exceed its weekly hours. */
export const presence_together_exceeds_total = {
  code: "presence_together_exceeds_total",
  render: () => ({
    en: "The hours together cannot exceed the weekly hours",
    it: "Le ore in compresenza non possono superare le ore settimanali",
  }),
} as const;

/** A share written as a fraction exceeds the whole (numerator above denominator). */
export const fraction_above_one = {
  code: "fraction_above_one",
  render: () => ({ en: "A share cannot exceed the whole", it: "Una quota non può superare l'intero" }),
} as const;

/** An absolute or qualified majority does not say its base (members present, or all members). */
export const majority_base_required = {
  code: "majority_base_required",
  render: () => ({
    en: "An absolute or qualified majority needs its base (members present or all members)",
    it: "Una maggioranza assoluta o qualificata richiede la base di calcolo (presenti o componenti)",
  }),
} as const;

/** A majority's share is missing from a qualified majority, or given for another kind. */
export const majority_share_mismatch = {
  code: "majority_share_mismatch",
  render: () => ({
    en: "A share is given for qualified majorities, and only for them",
    it: "La quota si indica per le maggioranze qualificate, e solo per esse",
  }),
} as const;

/** The evaluated programming does not end before the Piano's own period starts. */
export const previous_period_overlaps = {
  code: "previous_period_overlaps",
  render: () => ({
    en: "The evaluated programming must end before this one starts",
    it: "La programmazione valutata deve concludersi prima dell'inizio di quella nuova",
  }),
} as const;

/** Two objectives of the Piano have the same code. */
export const duplicate_objective_code = {
  code: "duplicate_objective_code",
  render: ({ code }: { code: string }) => ({
    en: `The objective code "${quoted(code)}" is used twice`,
    it: `Il codice obiettivo «${quoted(code)}» è usato due volte`,
  }),
} as const;

/** A question of the scheda obiettivo has neither one of the form's options nor the answer's text. */
export const answer_required = {
  code: "answer_required",
  render: () => ({
    en: "Choose one of the form's options or write the answer given",
    it: "Scegliere una delle opzioni del modulo o riportare la risposta data",
  }),
} as const;

/** A transversal objective ("SI") names no other area of policy. */
export const transversal_areas_missing = {
  code: "transversal_areas_missing",
  render: () => ({
    en: "A transversal objective names the other areas of policy",
    it: "Un obiettivo trasversale indica le altre aree di policy",
  }),
} as const;

/** An objective that is not transversal lists areas of policy. */
export const transversal_areas_unexpected = {
  code: "transversal_areas_unexpected",
  render: () => ({
    en: "Areas are listed only when the objective is transversal (SI)",
    it: "Le aree si indicano solo se l'obiettivo è trasversale (SI)",
  }),
} as const;

/** A formally co-designed objective does not state the tasks and roles. */
export const co_design_roles_missing = {
  code: "co_design_roles_missing",
  render: () => ({
    en: "A formally co-designed objective states the tasks and roles",
    it: "Se l'intervento è co-progettato, esplicitare compiti e ruoli",
  }),
} as const;

/** A ratio indicator does not describe its numerator or its denominator. */
export const missing_ratio_term = {
  code: "missing_ratio_term",
  render: ({ term }: { term: "numerator" | "denominator" }) => ({
    en: `A ratio indicator must describe its ${term}`,
    it: `Un indicatore a rapporto deve descrivere il ${term === "numerator" ? "numeratore" : "denominatore"}`,
  }),
} as const;

/** An indicator that is not a ratio describes a numerator or a denominator. */
export const unexpected_ratio_term = {
  code: "unexpected_ratio_term",
  render: ({ term }: { term: "numerator" | "denominator" }) => ({
    en: `Only a ratio indicator has a ${term}`,
    it: `Solo un indicatore a rapporto ha un ${term === "numerator" ? "numeratore" : "denominatore"}`,
  }),
} as const;

/** A yearly target uses a rule that does not fit the indicator's kind. */
export const rule_incompatible_with_kind = {
  code: "rule_incompatible_with_kind",
  render: ({ rule, kind }: { rule: string; kind: string }) => ({
    en: `The target rule "${rule}" does not fit an indicator of kind "${kind}"`,
    it: `La regola «${rule}» non è compatibile con un indicatore di tipo «${kind}»`,
  }),
} as const;

/** An indicator's targets are not listed once per year in increasing year order. */
export const target_years_out_of_order = {
  code: "target_years_out_of_order",
  render: () => ({
    en: "Targets must be listed once per year, in increasing year order",
    it: "I target vanno indicati una volta per anno, in ordine di anno crescente",
  }),
} as const;

/** A milestone indicator's stage goes backwards from one year to the next. */
export const milestone_stage_regression = {
  code: "milestone_stage_regression",
  render: () => ({
    en: "A milestone's stages must not go backwards from one year to the next",
    it: "Le fasi di un traguardo non possono regredire da un anno all'altro",
  }),
} as const;

/** An indicator's baseline year (T0) comes after its first target year. */
export const baseline_after_targets = {
  code: "baseline_after_targets",
  render: () => ({
    en: "The baseline (T0) year must not come after the first target year",
    it: "L'anno di riferimento (T0) non può essere successivo al primo anno con target",
  }),
} as const;

/** An observation of an indicator gives neither exactly a ratio, nor a value, nor a stage. */
export const invalid_observation_form = {
  code: "invalid_observation_form",
  render: () => ({
    en: "An observation gives either numerator and denominator, or a value, or a stage",
    it: "Una rilevazione indica numeratore e denominatore, oppure un valore, oppure una fase",
  }),
} as const;

/** An indicator of a LEPS scheda names another LEPS than the scheda's. */
export const indicator_leps_mismatch = {
  code: "indicator_leps_mismatch",
  render: ({ indicator, scheda }: { indicator: string; scheda: string }) => ({
    en: `The indicator belongs to the LEPS "${indicator}", not to "${scheda}"`,
    it: `L'indicatore riguarda il LEPS «${indicator}», non «${scheda}»`,
  }),
} as const;

/** A model name given to toJSONSchema is not one of the library's top-level models. */
export const unknown_model = {
  code: "unknown_model",
  render: ({ options }: { options: string }) => ({
    en: `Unknown model (expected one of ${options})`,
    it: `Modello sconosciuto (atteso uno tra ${options})`,
  }),
} as const;

// ─── every evaluation grid in use, the 2015-2017 plan ──────────────────────────────────────────────────
// ── Governance beyond one Accordo (issue 12): presidencies without a named holder ──

/** A presidency names neither the seat that presides nor, in words, who presides. */
export const presidency_not_described = {
  code: "presidency_not_described",
  render: () => ({
    en: "A presidency names the seat that presides or says in words who presides",
    it: "La presidenza indica il componente che presiede o descrive a parole chi presiede",
  }),
} as const;

// ─── Issue 12: every evaluation grid in use, the 2015-2017 plan ──────────────────────────────────────────────────

/** A line range [first, last] of a source ends before it starts. */
export const line_range_reversed = {
  code: "line_range_reversed",
  render: () => ({
    en: "A line range must not end before it starts",
    it: "Un intervallo di righe non può terminare prima di iniziare",
  }),
} as const;

/** A printed grade's range ("80% - 99%") ends below its start. */
export const grade_range_reversed = {
  code: "grade_range_reversed",
  render: () => ({
    en: "The range of a grade must not end below its start",
    it: "L'intervallo di un grado non può terminare sotto il suo inizio",
  }),
} as const;

/** A grade printed "Non applicabile" also carries a percent, a range or a band. */
export const not_applicable_grade_with_value = {
  code: "not_applicable_grade_with_value",
  render: () => ({
    en: 'A grade printed "not applicable" cannot also have a percent, a range or a band',
    it: 'Un grado indicato come "non applicabile" non può avere anche una percentuale, un intervallo o una fascia',
  }),
} as const;

/** An evaluation lists no objective although it is not a narrative evaluation. */
export const evaluation_without_objectives = {
  code: "evaluation_without_objectives",
  render: () => ({
    en: "Only a narrative evaluation may list no objective",
    it: "Solo una valutazione narrativa può non elencare obiettivi",
  }),
} as const;

/** A narrative evaluation (grid "narrative") has no themes. */
export const narrative_missing = {
  code: "narrative_missing",
  render: () => ({
    en: 'A narrative evaluation (grid "narrative") must give its themes',
    it: 'Una valutazione narrativa (griglia "narrative") deve indicare i suoi temi',
  }),
} as const;

/** An objective of the grid with actions (grid "dgr-2167-actions") lists no actions, nor do its parts. */
export const objective_without_actions = {
  code: "objective_without_actions",
  render: () => ({
    en: 'In the grid with actions (grid "dgr-2167-actions") every objective lists its actions',
    it: 'Nella griglia con le azioni (griglia "dgr-2167-actions") ogni obiettivo elenca le sue azioni',
  }),
} as const;

/** The realized actions stated for an objective exceed the planned ones. */
export const realized_actions_exceed_planned = {
  code: "realized_actions_exceed_planned",
  render: () => ({
    en: "The realized actions cannot exceed the planned actions",
    it: "Le azioni realizzate non possono superare quelle programmate",
  }),
} as const;

/** A class of a scored evaluation system ends below its start. */
export const score_class_reversed = {
  code: "score_class_reversed",
  render: () => ({
    en: "A class of scores must not end below its start",
    it: "Una classe di punteggio non può terminare sotto il suo inizio",
  }),
} as const;

/** A criterion of a scored evaluation system gives the same points twice. */
export const duplicate_score = {
  code: "duplicate_score",
  render: ({ points }: { points: number }) => ({
    en: `The points ${points} are given twice for the same criterion`,
    it: `Il punteggio ${points} è indicato due volte per lo stesso criterio`,
  }),
} as const;

// ─── result targets and the two forms of the schede (strict rules) ──────────────────────────────────────

/** A conditional target depends on a target id that the scheda does not have. */
export const unknown_target = {
  code: "unknown_target",
  render: ({ id }: { id: string }) => ({
    en: `"${quoted(id)}" is not a target of the scheda`,
    it: `«${quoted(id)}» non è un risultato atteso della scheda`,
  }),
} as const;

/** A target's lower bound is above its upper bound (minimum and maximum, months, years of its period). */
export const target_range_reversed = {
  code: "target_range_reversed",
  render: ({ low, high }: { low: number; high: number }) => ({
    en: `The lower bound ${String(low)} is above the upper bound ${String(high)}`,
    it: `Il limite inferiore ${String(low)} supera quello superiore ${String(high)}`,
  }),
} as const;

/** A change target's second year does not follow its first. */
export const change_years_reversed = {
  code: "change_years_reversed",
  render: ({ from, to }: { from: number; to: number }) => ({
    en: `A change is measured from one year to a later one, not from ${String(from)} to ${String(to)}`,
    it: `Una variazione si misura da un anno a uno successivo, non dal ${String(from)} al ${String(to)}`,
  }),
} as const;

/** A duration target states neither a minimum nor a maximum. */
export const duration_bounds_missing = {
  code: "duration_bounds_missing",
  render: () => ({
    en: "A duration target states a minimum, a maximum or both, in months",
    it: "Un target di durata indica un minimo, un massimo o entrambi, in mesi",
  }),
} as const;

/** An indicator of a LEPS scheda has neither its printed text nor labels. */
export const indicator_unnamed = {
  code: "indicator_unnamed",
  render: () => ({
    en: "An indicator needs its text as printed or its labels",
    it: "Un indicatore richiede il testo stampato o le etichette",
  }),
} as const;

/** An observation of a result target gives not exactly one of a value, a ratio's two counts, or whether it is done. */
export const target_observation_form = {
  code: "target_observation_form",
  render: () => ({
    en: "An observation of a target gives either a value, or a numerator and a denominator, or whether it is delivered",
    it: "Una rilevazione di un risultato indica un valore, oppure numeratore e denominatore, oppure se è stato realizzato",
  }),
} as const;

/** An observation's time is inconsistent: a month, quarter or semester without its year, two of them, or a date with them. */
export const observation_time_invalid = {
  code: "observation_time_invalid",
  render: () => ({
    en: "An observation is dated by a date, or by a year with at most one of its month, quarter or semester",
    it: "Una rilevazione si data con una data, oppure con un anno e al più uno tra mese, trimestre o semestre",
  }),
} as const;

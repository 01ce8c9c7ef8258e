// Messages of the audit: the findings of the checks of a scheda obiettivo and of a LEPS scheda (blank boxes, template
// text, answers against each other, references between actions, indicators and targets, budgets against their totals).
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.
// Names of the form's fields and figures reach a message already written in both languages (`Labels`). Text quoted
// from the document is cut to 64 characters, so that a message stays short whatever the document holds.
import type { Labels } from "../labels.js";

function quoted(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}

// ─── Issue 12: checks of the schede ───────────────────────────────────────────────────────────────────────────────

/** The value cannot be read as a scheda, even as printed (a draft): nothing else is checked. */
export const scheda_unreadable = {
  code: "scheda_unreadable",
  severity: "error",
  render: ({ issue }: { issue: Labels }) => ({
    en: `The scheda cannot be read: ${issue.en}`,
    it: `La scheda non è leggibile: ${issue.it}`,
  }),
} as const;

/** A box the form asks to fill is blank, or holds words but not the SI/NO the question asks for. */
export const required_field_blank = {
  code: "required_field_blank",
  severity: "error",
  render: ({ field, words }: { field: Labels; words: boolean }) =>
    words
      ? {
          en: `${field.it} (${field.en}): the box gives no answer (SI/NO), only words`,
          it: `${field.it}: il riquadro non dà la risposta (SI/NO), solo un testo`,
        }
      : {
          en: `${field.it} (${field.en}): the box is blank`,
          it: `${field.it}: il riquadro è vuoto`,
        },
} as const;

/** A box still holds the form's template or the Region's guidance ("SI/NO (se sì, …)", "Breve spiegazione"). */
export const template_text_left = {
  code: "template_text_left",
  severity: "error",
  render: ({ field, template }: { field: Labels; template: string }) => ({
    en: `${field.it} (${field.en}): the box still holds the form's guidance "${quoted(template)}"`,
    it: `${field.it}: il riquadro contiene ancora la traccia del modello «${quoted(template)}»`,
  }),
} as const;

/** The objective is declared transversal ("SI") but names no other area. */
export const transversal_without_areas = {
  code: "transversal_without_areas",
  severity: "warning",
  render: () => ({
    en: "The objective is declared transversal but names no other policy area",
    it: "L'obiettivo è dichiarato trasversale ma non indica altre aree di policy",
  }),
} as const;

/** The objective names other areas although it is not declared transversal. */
export const areas_without_transversal = {
  code: "areas_without_transversal",
  severity: "warning",
  render: () => ({
    en: "Other policy areas are named although the objective is not declared transversal",
    it: "Sono indicate altre aree di policy ma l'obiettivo non è dichiarato trasversale",
  }),
} as const;

/** The scheda lists its own home area among the other areas it is transversal to. */
export const home_area_listed_as_transversal = {
  code: "home_area_listed_as_transversal",
  severity: "warning",
  render: ({ area }: { area: string }) => ({
    en: `Area ${area} is the scheda's own area, yet it is listed among the other areas it is transversal to`,
    it: `L'area ${area} è l'area della scheda, eppure è indicata tra le altre aree a cui è trasversale`,
  }),
} as const;

/** Key points are listed under an area that is neither the scheda's own nor one of its transversal areas. */
export const key_point_area_undeclared = {
  code: "key_point_area_undeclared",
  severity: "warning",
  render: ({ area }: { area: string }) => ({
    en: `Key points are listed under area ${area}, which is neither the scheda's area nor a declared transversal area`,
    it: `Sono indicati punti chiave dell'area ${area}, che non è né l'area della scheda né un'area trasversale dichiarata`,
  }),
} as const;

/** An area declared transversal has no key point, although the form asks for the points of every area involved. */
export const transversal_area_without_key_points = {
  code: "transversal_area_without_key_points",
  severity: "warning",
  render: ({ area }: { area: string }) => ({
    en: `Area ${area} is declared transversal but none of the key points is listed under it`,
    it: `L'area ${area} è dichiarata trasversale ma nessun punto chiave vi è indicato`,
  }),
} as const;

/** The same key point is listed twice under the same area. */
export const key_point_repeated = {
  code: "key_point_repeated",
  severity: "info",
  render: ({ area, point }: { area: string | null; point: string }) =>
    area === null
      ? {
          en: `The key point "${quoted(point)}" is listed twice`,
          it: `Il punto chiave "${quoted(point)}" è indicato due volte`,
        }
      : {
          en: `The key point "${quoted(point)}" is listed twice under area ${area}`,
          it: `Il punto chiave "${quoted(point)}" è indicato due volte nell'area ${area}`,
        },
} as const;

/** A key point is printed under no area. */
export const key_point_without_area = {
  code: "key_point_without_area",
  severity: "info",
  render: () => ({
    en: "A key point is printed under no policy area",
    it: "Un punto chiave è indicato senza area di policy",
  }),
} as const;

/** The objective is formally co-designed ("SI") but the answer does not explain the roles. */
export const co_design_roles_unstated = {
  code: "co_design_roles_unstated",
  severity: "warning",
  render: () => ({
    en: 'The objective is formally co-designed but the answer does not state the roles ("esplicitare compiti e ruoli")',
    it: "L'intervento è formalmente co-progettato ma la risposta non esplicita compiti e ruoli",
  }),
} as const;

/** An indicator, a target or a condition names an action that the scheda does not list. */
export const unknown_action_reference = {
  code: "unknown_action_reference",
  severity: "error",
  render: ({ action }: { action: string }) => ({
    en: `"${quoted(action)}" is not one of the scheda's planned actions`,
    it: `«${quoted(action)}» non è tra le azioni programmate della scheda`,
  }),
} as const;

/** Two result targets of the scheda have the same id. */
export const duplicate_target_id = {
  code: "duplicate_target_id",
  severity: "error",
  render: ({ id }: { id: string }) => ({
    en: `The target id "${quoted(id)}" is used twice`,
    it: `L'identificativo di risultato «${quoted(id)}» è usato due volte`,
  }),
} as const;

/** A conditional target depends on a target that the scheda does not have. */
export const unknown_condition_target = {
  code: "unknown_condition_target",
  severity: "error",
  render: ({ id }: { id: string }) => ({
    en: `The target depends on "${quoted(id)}", which is not a target of the scheda`,
    it: `Il risultato dipende da «${quoted(id)}», che non è un risultato della scheda`,
  }),
} as const;

/** Conditional targets depend on each other in a circle: none of them can be decided. */
export const target_condition_cycle = {
  code: "target_condition_cycle",
  severity: "error",
  render: ({ id }: { id: string }) => ({
    en: `The target "${quoted(id)}" depends, through its conditions, on itself`,
    it: `Il risultato «${quoted(id)}» dipende, attraverso le sue condizioni, da sé stesso`,
  }),
} as const;

/** A target's bounds or years are reversed (minimum above maximum, a change from a later year to an earlier one). */
export const target_range_invalid = {
  code: "target_range_invalid",
  severity: "error",
  render: ({ low, high }: { low: number; high: number }) => ({
    en: `The target's lower bound ${String(low)} is not below its upper bound ${String(high)}`,
    it: `Il limite inferiore del risultato (${String(low)}) non è sotto quello superiore (${String(high)})`,
  }),
} as const;

/** A duration target states neither a minimum nor a maximum. */
export const duration_target_unbounded = {
  code: "duration_target_unbounded",
  severity: "error",
  render: () => ({
    en: "The duration target states neither a minimum nor a maximum",
    it: "Il risultato di durata non indica né un minimo né un massimo",
  }),
} as const;

/** A later year's threshold is lower than an earlier year's for the same measure. */
export const target_threshold_decreasing = {
  code: "target_threshold_decreasing",
  severity: "warning",
  render: ({ later, laterYear, earlier, earlierYear }: ThresholdParams) => ({
    en: `The ${laterYear} threshold (${later.en}) is lower than the ${earlierYear} one (${earlier.en})`,
    it: `La soglia del ${laterYear} (${later.it}) è più bassa di quella del ${earlierYear} (${earlier.it})`,
  }),
} as const;

interface ThresholdParams {
  readonly later: Labels;
  readonly laterYear: string;
  readonly earlier: Labels;
  readonly earlierYear: string;
}

/** An indicator's yearly targets are listed with a year before the one above it. */
export const indicator_years_misordered = {
  code: "indicator_years_misordered",
  severity: "warning",
  render: ({ year, previous }: { year: number; previous: number }) => ({
    en: `The target for ${String(year)} is listed after the one for ${String(previous)}`,
    it: `Il target del ${String(year)} è indicato dopo quello del ${String(previous)}`,
  }),
} as const;

/** A milestone's stage required in a later year is an earlier stage than the year before's. */
export const target_stage_regression = {
  code: "target_stage_regression",
  severity: "warning",
  render: ({ stage, previous }: { stage: Labels; previous: Labels }) => ({
    en: `The stage required (${stage.en}) comes before the one required the year before (${previous.en})`,
    it: `La fase richiesta (${stage.it}) precede quella richiesta l'anno prima (${previous.it})`,
  }),
} as const;

/** An indicator's baseline year (T0) comes after its first target year. */
export const target_baseline_after_first = {
  code: "target_baseline_after_first",
  severity: "warning",
  render: ({ baseline, first }: { baseline: number; first: number }) => ({
    en: `The baseline year (T0) ${String(baseline)} comes after the first target year ${String(first)}`,
    it: `L'anno di riferimento (T0) ${String(baseline)} è successivo al primo anno con target ${String(first)}`,
  }),
} as const;

/** A yearly target's rule does not fit the kind of its indicator (a ratio threshold on an increase). */
export const indicator_rule_mismatch = {
  code: "indicator_rule_mismatch",
  severity: "warning",
  render: ({ rule, kind }: { rule: string; kind: string }) => ({
    en: `The rule "${rule}" does not fit an indicator of kind "${kind}"`,
    it: `La regola «${rule}» non è adatta a un indicatore di tipo «${kind}»`,
  }),
} as const;

/** An indicator of a LEPS scheda is printed without any yearly target. */
export const indicator_without_targets = {
  code: "indicator_without_targets",
  severity: "warning",
  render: () => ({
    en: "The indicator is printed without any yearly target",
    it: "L'indicatore è riportato senza alcun target annuale",
  }),
} as const;

/** An indicator of a LEPS scheda names another LEPS than the scheda's. */
export const indicator_other_leps = {
  code: "indicator_other_leps",
  severity: "error",
  render: ({ indicator, scheda }: { indicator: string; scheda: string }) => ({
    en: `The indicator belongs to the LEPS "${indicator}", not to the scheda's "${scheda}"`,
    it: `L'indicatore riguarda il LEPS «${indicator}», non quello della scheda «${scheda}»`,
  }),
} as const;

/** A premial project of the previous programming is continued, yet the objective is declared not in continuity. */
export const premial_without_continuity = {
  code: "premial_without_continuity",
  severity: "warning",
  render: () => ({
    en: "The objective continues a premial project of the previous programming but is declared not in continuity with it",
    it: "L'obiettivo prosegue un progetto premiale della programmazione precedente ma è dichiarato non in continuità",
  }),
} as const;

/** The budget's lines, all stated for the whole period, do not add up to the stated total. */
export const budget_lines_total_mismatch = {
  code: "budget_lines_total_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The budget lines add up to € ${computed.en}, not to the stated total of € ${stated.en}`,
    it: `Le voci del budget sommano € ${computed.it}, non il totale indicato di € ${stated.it}`,
  }),
} as const;

/** The budget lines whose amounts are stated already exceed the stated total. */
export const budget_lines_exceed_total = {
  code: "budget_lines_exceed_total",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The budget lines with an amount already add up to € ${computed.en}, above the stated total of € ${stated.en}`,
    it: `Le voci del budget con un importo sommano già € ${computed.it}, più del totale indicato di € ${stated.it}`,
  }),
} as const;

/** The amounts stated year by year do not add up to the stated total. */
export const budget_years_total_mismatch = {
  code: "budget_years_total_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: Labels; computed: Labels }) => ({
    en: `The yearly amounts add up to € ${computed.en}, not to the stated total of € ${stated.en}`,
    it: `Gli importi annuali sommano € ${computed.it}, non il totale indicato di € ${stated.it}`,
  }),
} as const;

/** The budget lines of one year do not add up to the amount stated for that year. */
export const budget_year_lines_mismatch = {
  code: "budget_year_lines_mismatch",
  severity: "error",
  render: ({ year, stated, computed }: { year: number; stated: Labels; computed: Labels }) => ({
    en: `The ${String(year)} budget lines add up to € ${computed.en}, not to the € ${stated.en} stated for ${String(year)}`,
    it: `Le voci del ${String(year)} sommano € ${computed.it}, non i € ${stated.it} indicati per il ${String(year)}`,
  }),
} as const;

/** The budget names its funds but states no amount at all. */
export const budget_amount_not_stated = {
  code: "budget_amount_not_stated",
  severity: "info",
  render: () => ({
    en: 'The budget states no amount ("importo, anche approssimativo")',
    it: "Il budget non indica alcun importo («importo, anche approssimativo»)",
  }),
} as const;

/** An action of the scheda has no result target, while other actions have theirs. */
export const action_without_targets = {
  code: "action_without_targets",
  severity: "info",
  render: ({ action }: { action: string }) => ({
    en: `The action "${quoted(action)}" has no result target, unlike the scheda's other actions`,
    it: `L'azione «${quoted(action)}» non ha risultati attesi, a differenza delle altre azioni della scheda`,
  }),
} as const;

// ─── Issue 13: checks of a whole plan ─────────────────────────────────────────────────────────────────────────────

/** The value is not a Piano di Zona that can be read at all (not an object): nothing else is checked. */
export const plan_unreadable = {
  code: "plan_unreadable",
  severity: "error",
  render: () => ({
    en: "The plan cannot be read: it is not an object with the parts of a Piano di Zona",
    it: "Il piano non è leggibile: non è un oggetto con le parti di un Piano di Zona",
  }),
} as const;

/** The options given to a check are not as documented (the check reports it instead of throwing). */
export const options_unreadable = {
  code: "options_unreadable",
  severity: "error",
  render: ({ issue }: { issue: Labels }) => ({
    en: `The options of the check cannot be read, so nothing was checked: ${issue.en}`,
    it: `Le opzioni del controllo non sono leggibili, quindi non è stato controllato nulla: ${issue.it}`,
  }),
} as const;

/** The ex-post evaluation of the previous plan cannot be recomputed (the error says why). */
export const evaluation_unreadable = {
  code: "evaluation_unreadable",
  severity: "error",
  render: ({ issue }: { issue: Labels }) => ({
    en: `The evaluation of the previous plan cannot be recomputed: ${issue.en}`,
    it: `La valutazione del piano precedente non può essere ricalcolata: ${issue.it}`,
  }),
} as const;

/** A 2025-2027 plan uses the retired area C (merged into A by D.G.R. XII/2167). */
export const retired_area_used = {
  code: "retired_area_used",
  severity: "warning",
  render: () => ({
    en: "Area C was retired for 2025-2027 and merged into area A (D.G.R. XII/2167): the plan still uses it",
    it: "L'area C non esiste più nel 2025-2027 ed è confluita nell'area A (D.G.R. XII/2167): il piano la usa ancora",
  }),
} as const;

/** One of the five priority LEPS of D.G.R. XII/2167 has neither a LEPS scheda nor an objective that serves it. */
export const priority_leps_without_scheda = {
  code: "priority_leps_without_scheda",
  severity: "warning",
  render: ({ leps }: { leps: Labels }) => ({
    en: `The priority LEPS "${leps.en}" has no LEPS scheda and no objective that serves it`,
    it: `Il LEPS prioritario «${leps.it}» non ha né una scheda LEPS né un obiettivo che lo attui`,
  }),
} as const;

/** A scheda of a priority LEPS integrated with the ASST answers that the ASST takes no part in it. */
export const priority_leps_without_asst = {
  code: "priority_leps_without_asst",
  severity: "warning",
  render: ({ leps }: { leps: Labels }) => ({
    en: `The priority LEPS "${leps.en}" is integrated with the ASST, yet the scheda involves the ASST neither in the analysis nor in the delivery`,
    it: `Il LEPS prioritario «${leps.it}» è integrato con l'ASST, eppure la scheda non la coinvolge né nell'analisi né nella realizzazione`,
  }),
} as const;

/** Two objectives of the plan have the same code. */
export const objective_code_repeated = {
  code: "objective_code_repeated",
  severity: "error",
  render: ({ code, first }: { code: string; first: number }) => ({
    en: `The objective code "${quoted(code)}" is already used by objective ${String(first + 1)}`,
    it: `Il codice obiettivo «${quoted(code)}» è già usato dall'obiettivo ${String(first + 1)}`,
  }),
} as const;

/** Two objectives of the plan have the same title (compared without case, spaces and punctuation). */
export const objective_title_repeated = {
  code: "objective_title_repeated",
  severity: "warning",
  render: ({ title, first }: { title: string; first: number }) => ({
    en: `The objective "${quoted(title)}" repeats the title of objective ${String(first + 1)}`,
    it: `L'obiettivo «${quoted(title)}» ripete il titolo dell'obiettivo ${String(first + 1)}`,
  }),
} as const;

/** The plan records no act that approved or adopted it. */
export const approval_act_missing = {
  code: "approval_act_missing",
  severity: "warning",
  render: () => ({
    en: "The plan records no act that approved or adopted it (Assemblea dei Sindaci, Consiglio Comunale)",
    it: "Il piano non riporta alcun atto di approvazione o adozione (Assemblea dei Sindaci, Consiglio Comunale)",
  }),
} as const;

/** A target, an indicator's yearly target or a budget line names a year outside the plan's period. */
export const year_outside_period = {
  code: "year_outside_period",
  severity: "warning",
  render: ({ year, from, to }: { year: number; from: number; to: number }) => ({
    en: `The year ${String(year)} lies outside the plan's period ${String(from)}-${String(to)}: it cannot be reached or judged within it`,
    it: `L'anno ${String(year)} è fuori dal periodo del piano ${String(from)}-${String(to)}: non può essere raggiunto né valutato al suo interno`,
  }),
} as const;

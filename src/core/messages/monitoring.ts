// Messages of the monitoring module: indicators checked year by year against their targets.
// Errors: one exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in
// docs/errors.md.
// Reasons (`reason_…`): the bilingual sentence that explains one year's status ("5999 / 10000 = 59,99% < 60,00%").
// They are texts of a result, not codes: they carry no `code`, join no code union and are never thrown. Numbers
// reach them already written in both languages (`Labels`).
import type { Labels } from "../labels.js";

// ─── Errors ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Two observations of one indicator are for the same year. */
export const duplicate_observation_year = {
  code: "duplicate_observation_year",
  render: ({ year }: { year: number }) => ({
    en: `Two observations for ${String(year)}`,
    it: `Due rilevazioni per il ${String(year)}`,
  }),
} as const;

/** An observation's form (ratio, value, stage) is not the one the indicator's kind is observed in. */
export const observation_form_mismatch = {
  code: "observation_form_mismatch",
  render: ({ kind, expected, actual }: { kind: string; expected: Labels; actual: Labels }) => ({
    en: `An indicator of kind "${kind}" is observed as ${expected.en}, not as ${actual.en}`,
    it: `Un indicatore di tipo «${kind}» si rileva come ${expected.it}, non come ${actual.it}`,
  }),
} as const;

/** The numerator of an observed ratio exceeds its denominator. */
export const numerator_exceeds_denominator = {
  code: "numerator_exceeds_denominator",
  render: () => ({
    en: "The numerator of a ratio cannot exceed its denominator",
    it: "Il numeratore di un rapporto non può superare il denominatore",
  }),
} as const;

/** A year to report (an option) is not a whole number. */
export const invalid_year = {
  code: "invalid_year",
  render: () => ({ en: "A year must be a whole number", it: "Un anno deve essere un numero intero" }),
} as const;

/** Two indicators of one plan share an id, so their observations cannot be told apart. */
export const duplicate_indicator_id = {
  code: "duplicate_indicator_id",
  render: ({ id }: { id: string }) => ({
    en: `Two indicators of the plan have the id "${id}"`,
    it: `Due indicatori del piano hanno l'identificativo «${id}»`,
  }),
} as const;

// ─── Reasons of a year's status ───────────────────────────────────────────────────────────────────────────────────

/** The year has no target: the baseline year (T0). */
export const reason_baseline_year = {
  render: ({ year }: { year: number }) => ({
    en: `${String(year)}: baseline year (T0), no target`,
    it: `${String(year)}: anno di riferimento (T0), senza target`,
  }),
} as const;

/** The year has no target. */
export const reason_no_target = {
  render: ({ year }: { year: number }) => ({
    en: `No target for ${String(year)}`,
    it: `Nessun target per il ${String(year)}`,
  }),
} as const;

/** The observation of a ratio is missing for the year. */
export const reason_missing_observation = {
  render: ({ year }: { year: number }) => ({
    en: `No observation for ${String(year)}`,
    it: `Manca la rilevazione per il ${String(year)}`,
  }),
} as const;

/** The value (a count or a measure) is missing for the year. */
export const reason_missing_value = {
  render: ({ year }: { year: number }) => ({
    en: `No value for ${String(year)}`,
    it: `Manca il valore per il ${String(year)}`,
  }),
} as const;

/** The milestone stage reached is missing for the year. */
export const reason_missing_stage = {
  render: ({ year }: { year: number }) => ({
    en: `No stage reached for ${String(year)}`,
    it: `Manca la fase raggiunta per il ${String(year)}`,
  }),
} as const;

/** The ratio's denominator is 0: the ratio does not exist. */
export const reason_zero_denominator = {
  render: ({ year }: { year: number }) => ({
    en: `The ${String(year)} denominator is 0: the ratio does not exist`,
    it: `Il denominatore del ${String(year)} è 0: il rapporto non esiste`,
  }),
} as const;

/** A ratio compared with its threshold. */
export const reason_ratio = {
  render: ({
    numerator,
    denominator,
    value,
    met,
    threshold,
  }: {
    numerator: number;
    denominator: number;
    value: Labels;
    met: boolean;
    threshold: Labels;
  }) => ({
    en: `${String(numerator)} / ${String(denominator)} = ${value.en} ${met ? "≥" : "<"} ${threshold.en}`,
    it: `${String(numerator)} / ${String(denominator)} = ${value.it} ${met ? "≥" : "<"} ${threshold.it}`,
  }),
} as const;

/** A count or measure compared with its minimum. */
export const reason_count = {
  render: ({ value, met, minimum }: { value: Labels; met: boolean; minimum: number }) => ({
    en: `${value.en} ${met ? "≥" : "<"} ${String(minimum)}`,
    it: `${value.it} ${met ? "≥" : "<"} ${String(minimum)}`,
  }),
} as const;

/** A value compared with the previous year's, for a target of increase or decrease. */
export const reason_trend = {
  render: ({
    value,
    year,
    sign,
    previous,
    increase,
  }: {
    value: Labels;
    year: number;
    sign: "<" | "=" | ">";
    previous: Labels;
    increase: boolean;
  }) => ({
    en: `${value.en} (${String(year)}) ${sign} ${previous.en} (${String(year - 1)}); ${increase ? "an increase" : "a decrease"} is required`,
    it: `${value.it} (${String(year)}) ${sign} ${previous.it} (${String(year - 1)}); ${increase ? "richiesto un aumento" : "richiesta una riduzione"}`,
  }),
} as const;

/** The milestone stage reached compared with the stage required. */
export const reason_stage = {
  render: ({ reached, required }: { reached: Labels; required: Labels }) => ({
    en: `Stage reached: ${reached.en}; required: ${required.en}`,
    it: `Fase raggiunta: ${reached.it}; richiesta: ${required.it}`,
  }),
} as const;

// ─── Issue 12: result targets evaluated at a date ─────────────────────────────────────────────────────────────────

/** Two result targets of one list share an id, so their observations cannot be told apart. */
export const target_id_repeated = {
  code: "target_id_repeated",
  render: ({ id }: { id: string }) => ({
    en: `Two targets have the id "${id}"`,
    it: `Due risultati attesi hanno l'identificativo «${id}»`,
  }),
} as const;

/** A conditional target depends on a target that is not in the list evaluated. */
export const unknown_condition = {
  code: "unknown_condition",
  render: ({ id }: { id: string }) => ({
    en: `The condition names "${id}", which is not among the targets`,
    it: `La condizione nomina «${id}», che non è tra i risultati attesi`,
  }),
} as const;

/** Conditional targets depend on each other in a circle. */
export const condition_cycle = {
  code: "condition_cycle",
  render: ({ id }: { id: string }) => ({
    en: `The target "${id}" depends, through its conditions, on itself`,
    it: `Il risultato «${id}» dipende, attraverso le sue condizioni, da sé stesso`,
  }),
} as const;

/** An observation names a target that is not in the list evaluated. */
export const unknown_observed_target = {
  code: "unknown_observed_target",
  render: ({ id }: { id: string }) => ({
    en: `The observation is for "${id}", which is not among the targets`,
    it: `La rilevazione riguarda «${id}», che non è tra i risultati attesi`,
  }),
} as const;

/** A target counted per period (year, semester, quarter, month) is observed without a time. */
export const observation_time_missing = {
  code: "observation_time_missing",
  render: ({ per }: { per: Labels }) => ({
    en: `A target counted ${per.en} needs the time of each observation (a year, or a date)`,
    it: `Un risultato contato ${per.it} richiede il periodo di ogni rilevazione (un anno, o una data)`,
  }),
} as const;

/** An observation covers a longer time than the period its target is counted over (a year for a semester). */
export const observation_too_coarse = {
  code: "observation_too_coarse",
  render: ({ per }: { per: Labels }) => ({
    en: `The observation covers more than one period of a target counted ${per.en}`,
    it: `La rilevazione copre più di un periodo di un risultato contato ${per.it}`,
  }),
} as const;

/** The plan period of the options ends before it starts. */
export const plan_period_reversed = {
  code: "plan_period_reversed",
  render: () => ({
    en: "The programming period ends before it starts",
    it: "Il periodo di programmazione termina prima di iniziare",
  }),
} as const;

// Reasons of a target's status. `period` is language-neutral ("2025", "2025-S2", "2025-Q3", "2025-07", "2025–2027").

/** A quantity reached its minimum (or not) in a period, with the period's deadline when it has not ended. */
export const reason_target_quantity = {
  render: ({ period, observed, required, unit, met, mean }: QuantityParams) => ({
    en: `${period}: ${mean ? "on average " : ""}${observed.en} ${unit} ${met ? "≥" : "<"} ${required.en}`,
    it: `${period}: ${mean ? "in media " : ""}${observed.it} ${unit} ${met ? "≥" : "<"} ${required.it}`,
  }),
} as const;

interface QuantityParams {
  readonly period: string;
  readonly observed: Labels;
  readonly required: Labels;
  readonly unit: string;
  readonly met: boolean;
  readonly mean: boolean;
}

/** A quantity went above the most the target allows ("3/4 per annualità"). */
export const reason_target_above_maximum = {
  render: ({
    period,
    observed,
    maximum,
    unit,
  }: {
    period: string;
    observed: Labels;
    maximum: Labels;
    unit: string;
  }) => ({
    en: `${period}: ${observed.en} ${unit} > ${maximum.en}, the most the target allows`,
    it: `${period}: ${observed.it} ${unit} > ${maximum.it}, il massimo previsto`,
  }),
} as const;

/** A period has not ended and the minimum is not reached yet. */
export const reason_target_so_far = {
  render: ({
    period,
    observed,
    required,
    due,
  }: {
    period: string;
    observed: Labels;
    required: Labels;
    due: string;
  }) => ({
    en: `${period}: ${observed.en} so far of ${required.en}, due by ${due}`,
    it: `${period}: finora ${observed.it} su ${required.it}, entro il ${due}`,
  }),
} as const;

/** A period has ended without any observation. */
export const reason_target_no_observation = {
  render: ({ period, due }: { period: string; due: string }) => ({
    en: `${period}: no observation, and it was due by ${due}`,
    it: `${period}: nessuna rilevazione, ed era atteso entro il ${due}`,
  }),
} as const;

/** A share's denominator is 0: the share does not exist. */
export const reason_target_zero_denominator = {
  render: ({ period }: { period: string }) => ({
    en: `${period}: the denominator is 0, the share does not exist`,
    it: `${period}: il denominatore è 0, la quota non esiste`,
  }),
} as const;

/** A share compared with its threshold. */
export const reason_target_share = {
  render: ({ period, numerator, denominator, value, met, threshold }: ShareParams) => ({
    en: `${period}: ${numerator} / ${denominator} = ${value.en} ${met ? "≥" : "<"} ${threshold.en}`,
    it: `${period}: ${numerator} / ${denominator} = ${value.it} ${met ? "≥" : "<"} ${threshold.it}`,
  }),
} as const;

interface ShareParams {
  readonly period: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly value: Labels;
  readonly met: boolean;
  readonly threshold: Labels;
}

/** How the periods of a target counted per period fared. */
export const reason_target_periods = {
  render: ({ met, due, total, failed, missing }: PeriodsParams) => ({
    en: `${String(met)} of ${String(total)} periods met, ${String(failed)} not met, ${String(missing)} without data, ${String(due)} ended`,
    it: `${String(met)} periodi su ${String(total)} raggiunti, ${String(failed)} non raggiunti, ${String(missing)} senza dati, ${String(due)} conclusi`,
  }),
} as const;

interface PeriodsParams {
  readonly met: number;
  readonly due: number;
  readonly total: number;
  readonly failed: number;
  readonly missing: number;
}

/** A deliverable is done. */
export const reason_target_delivered = {
  render: ({ what }: { what: string }) => ({ en: `Done: ${what}`, it: `Realizzato: ${what}` }),
} as const;

/** A deliverable is reported not done. */
export const reason_target_not_delivered = {
  render: ({ what, due }: { what: string; due: string }) => ({
    en: `Not done by ${due}: ${what}`,
    it: `Non realizzato entro il ${due}: ${what}`,
  }),
} as const;

/** A deliverable is not done yet and its deadline has not come. */
export const reason_target_pending = {
  render: ({ what, due }: { what: string; due: string }) => ({
    en: `Not done yet, due by ${due}: ${what}`,
    it: `Non ancora realizzato, entro il ${due}: ${what}`,
  }),
} as const;

/** A value compared between two years, for a change target. */
export const reason_target_change = {
  render: ({ value, toYear, sign, previous, fromYear, increase }: ChangeParams) => ({
    en: `${value.en} (${String(toYear)}) ${sign} ${previous.en} (${String(fromYear)}); ${increase ? "an increase" : "a decrease"} is required`,
    it: `${value.it} (${String(toYear)}) ${sign} ${previous.it} (${String(fromYear)}); ${increase ? "richiesto un aumento" : "richiesta una riduzione"}`,
  }),
} as const;

interface ChangeParams {
  readonly value: Labels;
  readonly toYear: number;
  readonly sign: "<" | "=" | ">";
  readonly previous: Labels;
  readonly fromYear: number;
  readonly increase: boolean;
}

/** A change target lacks the value of one of its years. */
export const reason_target_change_missing = {
  render: ({ year }: { year: number }) => ({
    en: `No value for ${String(year)}`,
    it: `Manca il valore del ${String(year)}`,
  }),
} as const;

/** A change target's second year has not ended. */
export const reason_target_change_pending = {
  render: ({ toYear, due }: { toYear: number; due: string }) => ({
    en: `The ${String(toYear)} value is compared when the year is over (${due})`,
    it: `Il valore del ${String(toYear)} si confronta a fine anno (${due})`,
  }),
} as const;

/** A baseline (T0) is recorded. */
export const reason_target_baseline = {
  render: ({ value }: { value: Labels }) => ({
    en: `Baseline (T0) recorded: ${value.en}`,
    it: `Valore di partenza (T0) rilevato: ${value.it}`,
  }),
} as const;

/** Durations compared with the bounds of the target. */
export const reason_target_duration = {
  render: ({ count, outside, bounds }: { count: number; outside: number; bounds: Labels }) => ({
    en: `${String(count)} durations observed, ${String(outside)} outside ${bounds.en}`,
    it: `${String(count)} durate rilevate, ${String(outside)} fuori da ${bounds.it}`,
  }),
} as const;

/** A conditional target whose condition is false. */
export const reason_target_condition_false = {
  render: ({ id, when }: { id: string; when: "met" | "not-met" }) => ({
    en: `Applies only if "${id}" is ${when === "met" ? "met" : "not met"}, and it is ${when === "met" ? "not" : "met"}`,
    it: `Si applica solo se «${id}» ${when === "met" ? "è raggiunto" : "non è raggiunto"}, e ${when === "met" ? "non lo è" : "lo è"}`,
  }),
} as const;

/** A conditional target whose condition is not decided yet (its target not due, or without data). */
export const reason_target_condition_open = {
  render: ({ id, missing }: { id: string; missing: boolean }) => ({
    en: `Depends on "${id}", ${missing ? "whose data is missing" : "which is not decided yet"}`,
    it: `Dipende da «${id}», ${missing ? "i cui dati mancano" : "non ancora deciso"}`,
  }),
} as const;

/** An observation's form (a value, a ratio's counts, done or not) is not the one its target is observed in. */
export const target_observation_mismatch = {
  code: "target_observation_mismatch",
  render: ({ kind, expected, actual }: { kind: Labels; expected: Labels; actual: Labels }) => ({
    en: `A target of kind "${kind.en}" is observed as ${expected.en}, not as ${actual.en}`,
    it: `Un risultato di tipo «${kind.it}» si rileva come ${expected.it}, non come ${actual.it}`,
  }),
} as const;

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

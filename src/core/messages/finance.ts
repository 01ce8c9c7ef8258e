// Messages of the finance module: allocation, shares, per-capita figures, changes, fund tables and their checks, the
// social-worker LEPS. One exported constant per code (snake_case, as the code); the TSDoc line above each is its
// meaning in docs/errors.md. Findings carry their severity.
import type { Labels } from "../labels.js";

/** A split (allocation, shares) was given no weight at all. */
export const empty_weights = {
  code: "empty_weights",
  render: () => ({ en: "At least one weight is required", it: "Serve almeno un peso" }),
} as const;

/** The weights of a split sum to 0, so there is nothing to split by. */
export const zero_weights = {
  code: "zero_weights",
  render: () => ({
    en: "The weights sum to 0: nothing to split by",
    it: "I pesi sommano a 0: non c'è criterio di ripartizione",
  }),
} as const;

/** The total to split into euro amounts has fractions of a cent. */
export const total_not_in_cents = {
  code: "total_not_in_cents",
  render: () => ({
    en: "The total to split must be a whole number of cents",
    it: "Il totale da ripartire deve essere espresso in centesimi interi",
  }),
} as const;

/** A population to divide by is 0. */
export const zero_population = {
  code: "zero_population",
  render: () => ({
    en: "The population must be greater than 0",
    it: "La popolazione deve essere maggiore di 0",
  }),
} as const;

/** The full-time equivalents of the social-worker LEPS are negative. */
export const negative_fte = {
  code: "negative_fte",
  render: () => ({
    en: "The full-time equivalents must be ≥ 0",
    it: "Le unità equivalenti a tempo pieno devono essere ≥ 0",
  }),
} as const;

/** A percentage change was asked from an earlier value of 0. */
export const zero_base = {
  code: "zero_base",
  render: () => ({
    en: "A percentage change needs an earlier value other than 0",
    it: "Una variazione percentuale richiede un valore iniziale diverso da 0",
  }),
} as const;

/** The years of a series are not whole numbers in increasing order. */
export const years_out_of_order = {
  code: "years_out_of_order",
  render: () => ({
    en: "Years must be whole numbers listed in increasing order",
    it: "Gli anni devono essere interi in ordine crescente",
  }),
} as const;

/** A percentage change is below −100% (more than everything lost). */
export const change_below_minus_100 = {
  code: "change_below_minus_100",
  render: () => ({
    en: "A change cannot be below −100%",
    it: "Una variazione non può essere inferiore a −100%",
  }),
} as const;

/** Shares were asked of a total of 0. */
export const zero_total = {
  code: "zero_total",
  render: () => ({
    en: "Shares of a total of 0 do not exist",
    it: "Non esistono quote di un totale pari a 0",
  }),
} as const;

/** A row of a fund table, or its printed totals, does not have one amount per column. */
export const row_length_mismatch = {
  code: "row_length_mismatch",
  render: ({ columns }: { columns: number }) => ({
    en: `Each row, and the printed totals, must have one amount per column (${String(columns)})`,
    it: `Ogni riga, e la riga dei totali, deve avere un importo per colonna (${String(columns)})`,
  }),
} as const;

/** A printed percentage does not agree with the part and total it describes, to its printed decimals. */
export const stated_share_mismatch = {
  code: "stated_share_mismatch",
  severity: "error",
  render: ({ label, stated, computed }: { label: string; stated: string; computed: Labels }) => ({
    en: `Share of "${label}": stated ${stated}, computed ${computed.en}`,
    it: `Quota di «${label}»: indicata ${stated}, calcolata ${computed.it}`,
  }),
} as const;

/** A printed total differs from the sum of the printed parts by more than their rounding can explain. */
export const stated_sum_mismatch = {
  code: "stated_sum_mismatch",
  severity: "error",
  render: ({ stated, computed }: { stated: string; computed: Labels }) => ({
    en: `Stated total ${stated}, sum of the printed parts ${computed.en}`,
    it: `Totale indicato ${stated}, somma delle voci stampate ${computed.it}`,
  }),
} as const;

/** A printed total differs from the sum of the printed parts by no more than their rounding can explain. */
export const rounded_sum_mismatch = {
  code: "rounded_sum_mismatch",
  severity: "warning",
  render: ({ stated, computed }: { stated: string; computed: Labels }) => ({
    en: `Stated total ${stated}, sum of the printed parts ${computed.en} (the gap may come from rounding)`,
    it: `Totale indicato ${stated}, somma delle voci stampate ${computed.it} (la differenza può dipendere dagli arrotondamenti)`,
  }),
} as const;

/** The figures a fund-table finding compares, formatted for each language. */
interface TotalFigures {
  readonly stated: Labels;
  readonly computed: Labels;
  readonly difference: Labels;
}

function figures(language: keyof Labels, { stated, computed, difference }: TotalFigures): string {
  return language === "en"
    ? `stated ${stated.en}, sum of the parts ${computed.en} (difference ${difference.en})`
    : `indicato ${stated.it}, somma delle voci ${computed.it} (differenza ${difference.it})`;
}

/** The printed total of a row of a fund table is not the sum of its amounts. */
export const row_total_mismatch = {
  code: "row_total_mismatch",
  severity: "error",
  render: (params: TotalFigures & { label: string }) => ({
    en: `Total of "${params.label}": ${figures("en", params)}`,
    it: `Totale di «${params.label}»: ${figures("it", params)}`,
  }),
} as const;

/** The printed total of a column of a fund table is not the sum of its amounts (and may be off by its year). */
export const column_total_mismatch = {
  code: "column_total_mismatch",
  severity: "error",
  render: (params: TotalFigures & { heading: string; yearAdded: boolean }) => ({
    en: `Total of column "${params.heading}": ${figures("en", params)}${params.yearAdded ? `; the difference equals the year ${params.heading}, as if the heading had been added in` : ""}`,
    it: `Totale della colonna «${params.heading}»: ${figures("it", params)}${params.yearAdded ? `; la differenza è pari all'anno ${params.heading}, come se l'intestazione fosse stata sommata` : ""}`,
  }),
} as const;

/** The printed grand total of a fund table is not the sum of its amounts. */
export const grand_total_mismatch = {
  code: "grand_total_mismatch",
  severity: "error",
  render: (params: TotalFigures) => ({
    en: `Grand total: ${figures("en", params)}`,
    it: `Totale generale: ${figures("it", params)}`,
  }),
} as const;

/** A finance check could not read what it was given (a wrong shape or an unreadable figure): nothing was checked there. */
export const uncheckable_input = {
  code: "uncheckable_input",
  severity: "error",
  render: ({ reason }: { reason: Labels }) => ({
    en: `Not checked: ${reason.en}`,
    it: `Non verificato: ${reason.it}`,
  }),
} as const;

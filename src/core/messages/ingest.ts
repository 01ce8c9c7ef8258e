// Messages of the ingest module: reading a plan's text into drafts. Findings say what could not be read, and where.
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.

/** A form field's label was not found in a scheda: the field is absent from the draft. */
export const field_not_found = {
  code: "field_not_found",
  severity: "warning",
  render: ({ label, line }: { label: string; line: number }) => ({
    en: `The form at line ${String(line)} has no field "${label}": it is absent from the draft`,
    it: `La scheda alla riga ${String(line)} non ha il campo "${label}": il campo manca nella bozza`,
  }),
} as const;

/**
 * A box of a scheda that the reader could not read (its label was not found): it is absent from the plan draft, so
 * the audit does not call it blank, and it is to be filled in by hand.
 */
export const field_unread = {
  code: "field_unread",
  severity: "warning",
  render: ({ label, scheda, from, to }: { label: string; scheda: string; from: number; to: number }) => ({
    en: `The field "${label}" of scheda ${scheda} (lines ${String(from)}-${String(to)}) could not be read: it is absent from the draft, not blank; fill it in by hand`,
    it: `Il campo "${label}" della scheda ${scheda} (righe ${String(from)}-${String(to)}) non è stato letto: manca nella bozza, non è vuoto; va compilato a mano`,
  }),
} as const;

/** A form field is printed with nothing in its box. */
export const field_blank = {
  code: "field_blank",
  severity: "info",
  render: ({ label, line }: { label: string; line: number }) => ({
    en: `The field "${label}" at line ${String(line)} is blank`,
    it: `Il campo "${label}" alla riga ${String(line)} è vuoto`,
  }),
} as const;

/** A SI/NO box prints words but neither SI nor NO: the answer is left null, never guessed. */
export const answer_not_stated = {
  code: "answer_not_stated",
  severity: "info",
  render: ({ label, line }: { label: string; line: number }) => ({
    en: `The box "${label}" at line ${String(line)} prints neither SI nor NO: the answer is left blank`,
    it: `Il campo "${label}" alla riga ${String(line)} non riporta né SI né NO: la risposta resta vuota`,
  }),
} as const;

/** An option box (new service, kind of need, kind of prevention) prints words that name none of its options. */
export const option_not_stated = {
  code: "option_not_stated",
  severity: "info",
  render: ({ label, line }: { label: string; line: number }) => ({
    en: `The box "${label}" at line ${String(line)} names none of the form's options: the option is left blank`,
    it: `Il campo "${label}" alla riga ${String(line)} non indica nessuna delle opzioni del modulo: l'opzione resta vuota`,
  }),
} as const;

/** An amount is printed in a way the Italian reading cannot read without guessing ("€ 12.85"). */
export const amount_not_read = {
  code: "amount_not_read",
  severity: "warning",
  render: ({ text, line }: { text: string; line: number }) => ({
    en: `The amount "${text}" at line ${String(line)} cannot be read without guessing: it is left out`,
    it: `L'importo "${text}" alla riga ${String(line)} non si può leggere senza tirare a indovinare: è escluso`,
  }),
} as const;

/** A result that states a figure could not be typed as a target: it stays only as text. */
export const target_not_typed = {
  code: "target_not_typed",
  severity: "info",
  render: ({ line }: { line: number }) => ({
    en: `The result at line ${String(line)} states a figure that could not be typed as a target`,
    it: `Il risultato alla riga ${String(line)} indica un valore che non è stato possibile tipizzare come target`,
  }),
} as const;

/** A share target names no numerator or denominator: the models need both, so it stays in the reader's draft only. */
export const share_terms_not_printed = {
  code: "share_terms_not_printed",
  severity: "info",
  render: ({ line }: { line: number }) => ({
    en: `The share at line ${String(line)} does not name what is counted above and below the line: it is kept in the reader's draft, not in the plan draft`,
    it: `La quota alla riga ${String(line)} non dice che cosa si conta sopra e sotto la linea di frazione: resta nella bozza del lettore, non nella bozza del piano`,
  }),
} as const;

/** A macro-area is named in a way its matcher flags (a letter that contradicts its title, the retired area C, …). */
export const macro_area_doubtful = {
  code: "macro_area_doubtful",
  severity: "warning",
  render: ({ text, line, reason }: { text: string; line: number; reason: string }) => ({
    en: `The macro-area "${text}" at line ${String(line)}: ${reason}`,
    it: `La macro-area "${text}" alla riga ${String(line)}: ${reason}`,
  }),
} as const;

/** A figure of an evaluation grid is printed in a way that cannot be read without guessing. */
export const grid_value_not_read = {
  code: "grid_value_not_read",
  severity: "warning",
  render: ({ label, line }: { label: string; line: number }) => ({
    en: `The value of "${label}" at line ${String(line)} could not be read: it is left out`,
    it: `Il valore di "${label}" alla riga ${String(line)} non è stato letto: è escluso`,
  }),
} as const;

/** The text holds none of the forms the reader knows. */
export const no_form_found = {
  code: "no_form_found",
  severity: "info",
  render: () => ({
    en: "No scheda obiettivo, evaluation grid or LEPS scheda was found in the text",
    it: "Nel testo non è stata trovata nessuna scheda obiettivo, griglia di valutazione o scheda LEPS",
  }),
} as const;

// Messages of the core: the numeric contract, Italian text, dates, options and the shape of any input.
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.
import type { Labels } from "../labels.js";

/** A value that should be a decimal number is not a finite decimal in canonical form. */
export const invalid_decimal = {
  code: "invalid_decimal",
  render: () => ({
    en: 'Expected a finite decimal number: a Decimal, a number or canonical text such as "1234.56" (Italian text such as "1.234,56" is read only in the Italian mode)',
    it: 'Atteso un numero decimale finito: un Decimal, un numero o un testo canonico come "1234.56" (un testo italiano come "1.234,56" si legge solo in modalità italiana)',
  }),
} as const;

/** A decimal number is outside the range the library accepts (10^-30 ≤ |x| < 10^15, or 0). */
export const number_out_of_range = {
  code: "number_out_of_range",
  render: () => ({
    en: "The number is outside the accepted range (0, or between 10^-30 and 10^15 in absolute value)",
    it: "Il numero è fuori dall'intervallo ammesso (0, oppure tra 10^-30 e 10^15 in valore assoluto)",
  }),
} as const;

/** Text given as a number is longer than any number the library accepts. */
export const number_text_too_long = {
  code: "number_text_too_long",
  render: ({ max }: { max: number }) => ({
    en: `A number written as text has at most ${String(max)} characters`,
    it: `Un numero scritto come testo ha al massimo ${String(max)} caratteri`,
  }),
} as const;

/** An amount (budget, payment, euro) is negative. */
export const negative_amount = {
  code: "negative_amount",
  render: () => ({ en: "The amount must be ≥ 0", it: "L'importo deve essere ≥ 0" }),
} as const;

/** A value that cannot be negative (a ratio, a percentage, a rate) is. */
export const negative_value = {
  code: "negative_value",
  render: () => ({ en: "The value must be ≥ 0", it: "Il valore deve essere ≥ 0" }),
} as const;

/** A count (people, actions, births) is not a safe whole number ≥ 0. */
export const invalid_count = {
  code: "invalid_count",
  render: () => ({
    en: "Expected a count: a whole number ≥ 0",
    it: "Atteso un conteggio: un numero intero ≥ 0",
  }),
} as const;

/** A percentage in points is outside 0–100. */
export const percent_out_of_range = {
  code: "percent_out_of_range",
  render: () => ({
    en: "A percentage must be between 0 and 100",
    it: "Una percentuale deve essere compresa tra 0 e 100",
  }),
} as const;

/** Italian text that should hold a number is empty. */
export const empty_number = {
  code: "empty_number",
  render: () => ({ en: "No number was given", it: "Nessun numero indicato" }),
} as const;

/** Italian number text reads as a valid English number ("12.85", "1,234.56"): refused rather than guessed. */
export const ambiguous_number = {
  code: "ambiguous_number",
  render: ({ text }: { text: string }) => ({
    en: `${text} is ambiguous in Italian notation (use "." for thousands and "," for decimals)`,
    it: `${text} è ambiguo nella notazione italiana (usare "." per le migliaia e "," per i decimali)`,
  }),
} as const;

/** Text is not a number in Italian notation ("0.500", "2022 2023", "000.123"). */
export const malformed_italian_number = {
  code: "malformed_italian_number",
  render: ({ text }: { text: string }) => ({
    en: `${text} is not a number in Italian notation`,
    it: `${text} non è un numero in notazione italiana`,
  }),
} as const;

/** A date is not an existing civil date in one of the accepted forms. */
export const invalid_date = {
  code: "invalid_date",
  render: () => ({
    en: "Not a valid date (expected e.g. 31.12.2027, 31/12/2027, 31 dicembre 2027 or 2027-12-31)",
    it: "Data non valida (atteso ad es. 31.12.2027, 31/12/2027, 31 dicembre 2027 o 2027-12-31)",
  }),
} as const;

/** A year (of a date, a period, an observation) is outside 1900–2199. */
export const year_out_of_range = {
  code: "year_out_of_range",
  render: ({ min, max }: { min: number; max: number }) => ({
    en: `The year must be between ${String(min)} and ${String(max)}`,
    it: `L'anno deve essere compreso tra ${String(min)} e ${String(max)}`,
  }),
} as const;

/** A number of decimal places (an option) is not a whole number between 0 and 20. */
export const invalid_decimals = {
  code: "invalid_decimals",
  render: () => ({
    en: "Decimal places must be a whole number from 0 to 20",
    it: "Le cifre decimali devono essere un numero intero da 0 a 20",
  }),
} as const;

/** A rounding mode (an option) is not one of the library's modes. */
export const invalid_rounding_mode = {
  code: "invalid_rounding_mode",
  render: ({ options }: { options: string }) => ({
    en: `Unknown rounding mode (expected one of ${options})`,
    it: `Modalità di arrotondamento sconosciuta (attesa una tra ${options})`,
  }),
} as const;

/** An option is not one of the values the function accepts. */
export const invalid_option = {
  code: "invalid_option",
  render: ({ options }: { options: string }) => ({
    en: `Not an allowed value (expected one of ${options})`,
    it: `Valore non ammesso (atteso uno tra ${options})`,
  }),
} as const;

/** A value has the wrong type (a number where a list is expected, null where an object is expected, …). */
export const invalid_type = {
  code: "invalid_type",
  render: ({ expected }: { expected: Labels }) => ({
    en: `Expected ${expected.en}`,
    it: `Atteso ${expected.it}`,
  }),
} as const;

/** A required field is missing. */
export const required_field = {
  code: "required_field",
  render: () => ({ en: "This field is required", it: "Il campo è obbligatorio" }),
} as const;

/** A field of the input could not be read (a getter that throws, a revoked proxy). */
export const unreadable_field = {
  code: "unreadable_field",
  render: () => ({
    en: "This field could not be read (reading it raised an error)",
    it: "Non è stato possibile leggere il campo (la lettura ha generato un errore)",
  }),
} as const;

/** A value is nested deeper than the library reads (64 levels), or contains itself. */
export const too_deeply_nested = {
  code: "too_deeply_nested",
  render: ({ max }: { max: string }) => ({
    en: `The value is nested more than ${max} levels deep, or contains itself`,
    it: `Il valore è annidato per più di ${max} livelli, o contiene se stesso`,
  }),
} as const;

/** A list is longer than the library accepts (10,000,000 items). */
export const too_many_items = {
  code: "too_many_items",
  render: ({ max }: { max: string }) => ({
    en: `At most ${max} items are allowed`,
    it: `Sono ammessi al massimo ${max} elementi`,
  }),
} as const;

/** A text is longer than the library reads (10,000 characters). */
export const text_too_long = {
  code: "text_too_long",
  render: ({ max }: { max: string }) => ({
    en: `The text is longer than ${max} characters`,
    it: `Il testo supera i ${max} caratteri`,
  }),
} as const;

/** A language (an option) is neither "it" nor "en". */
export const invalid_language = {
  code: "invalid_language",
  render: () => ({
    en: 'The language must be "it" or "en"',
    it: 'La lingua deve essere "it" o "en"',
  }),
} as const;

/** An attempt to reconfigure the library's Decimal constructor (Decimal.set). */
export const decimal_is_fixed = {
  code: "decimal_is_fixed",
  render: () => ({
    en: "The library's Decimal cannot be reconfigured (40 significant digits, half-up); use Decimal.clone({ … }) for a constructor of your own",
    it: "Il Decimal della libreria non si può riconfigurare (40 cifre significative, arrotondamento half-up); usare Decimal.clone({ … }) per un costruttore proprio",
  }),
} as const;

/** A document failed validation: the error carries every issue found. */
export const validation_failed = {
  code: "validation_failed",
  render: ({ count, first }: { count: number; first: Labels }) => ({
    en: `The input is not valid (${String(count)} ${count === 1 ? "issue" : "issues"}): ${first.en}`,
    it: `Il dato non è valido (${String(count)} ${count === 1 ? "problema" : "problemi"}): ${first.it}`,
  }),
} as const;

/** A sentence given as a deadline states no date, month, year or period end. */
export const no_deadline = {
  code: "no_deadline",
  render: () => ({ en: "The sentence states no date", it: "La frase non indica alcuna data" }),
} as const;

/** A deadline refers to the end of the period ("entro la fine del triennio") and the period's end was not given. */
export const deadline_needs_period = {
  code: "deadline_needs_period",
  render: () => ({
    en: "The deadline refers to the end of the period: pass the period's end",
    it: "La scadenza rinvia alla fine del periodo: indicarne la data di fine",
  }),
} as const;

// ── Deadlines and periods (issue 12): plan periods, offsets from a date ──

/** A period (of a plan, of a calendar) ends before it starts. */
export const invalid_period = {
  code: "invalid_period",
  render: () => ({
    en: "The period ends before it starts",
    it: "Il periodo termina prima di iniziare",
  }),
} as const;

/** A deadline counts from a date (the signature, the approval, the start of the period) that was not given. */
export const deadline_needs_date = {
  code: "deadline_needs_date",
  render: ({ anchor }: { anchor: "signature" | "approval" | "period-start" | null }) => {
    const [en, it] =
      anchor === "signature"
        ? ["the signature", "dalla sottoscrizione"]
        : anchor === "approval"
          ? ["the approval", "dall'approvazione"]
          : anchor === "period-start"
            ? ["the start of the period", "dall'inizio del periodo"]
            : ["a date the sentence does not name", "una data che la frase non indica"];
    return {
      en: `The deadline counts from ${en}: pass its date`,
      it: `La scadenza decorre ${anchor === null ? "da " : ""}${it}: indicarne la data`,
    };
  },
} as const;

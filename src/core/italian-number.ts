import { Decimal } from "./decimal.js";
import { PdzError, type ErrorPath } from "./error.js";

// Spaces that Italian documents put around € and %: ordinary, no-break (U+00A0) and narrow no-break (U+202F).
const SPACES = /[\s\u00A0\u202F]+/g;
const CURRENCY_PREFIX = /^(?:€\.?|eur(?:o)?\.?)/i;
const CURRENCY_SUFFIX = /(?:€|eur(?:o)?)$/i;
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const UNGROUPED = /^\d+(?:,\d+)?$/;
// Forms that are valid numbers in English notation: reading them as Italian would be a guess.
const ENGLISH_LOOKING = /^(?:\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/;

// Echoes at most 32 characters of the offending text, enough to find it in a document.
function quote(text: string): string {
  return text.length > 32 ? `"${text.slice(0, 32)}…"` : `"${text}"`;
}

/**
 * Reads a number written the Italian way, exactly: `.` groups thousands, `,` separates decimals.
 *
 * Accepted forms (the ones found in real Piani di Zona): `1.234,56`, `122.855`, `0,6`, `-3,49`, `76,56%`,
 * `€. 150.000,00`, `€ 1.300.000,00`, `1.234,56 €`, `Euro 14.000`. A trailing `%` is dropped and the value is
 * returned in percentage points (`76,56%` → 76.56). The minus sign may be `-` or `−` (U+2212).
 *
 * Text that could be read in two ways is refused rather than guessed: `12.85` (English decimal point, or a
 * malformed thousands group?) and `1,234.56` throw `ambiguous_number`.
 *
 * @param text - the text to read
 * @param path - where the text sits in the caller's input
 * @throws {@link PdzError} `empty_number`, `ambiguous_number` or `malformed_number`
 * @example
 * ```ts
 * import { parseItalianNumber } from "piano-di-zona";
 * parseItalianNumber("€. 150.000,00").toString() //=> "150000"
 * parseItalianNumber("76,56%").toString() //=> "76.56"
 * parseItalianNumber("122.855").toString() //=> "122855"
 * parseItalianNumber("12.85") //=> throws ambiguous_number
 * ```
 * @category Core
 */
export function parseItalianNumber(text: string, path: ErrorPath = []): Decimal {
  if (typeof text !== "string" || text.trim() === "") {
    throw new PdzError({
      code: "empty_number",
      message: "No number was given",
      messageIt: "Nessun numero indicato",
      path,
    });
  }
  let body = text.replace(SPACES, "");
  // The sign may stand before the number or before a leading currency symbol ("-€ 1.234,56", "€ -1.234,56").
  let sign = /^[-−+]/.exec(body)?.[0];
  if (sign !== undefined) body = body.slice(1);
  if (body.endsWith("%")) body = body.slice(0, -1);
  else if (CURRENCY_PREFIX.test(body)) {
    body = body.replace(CURRENCY_PREFIX, "");
    const inner = sign === undefined ? /^[-−+]/.exec(body)?.[0] : undefined;
    if (inner !== undefined) {
      sign = inner;
      body = body.slice(1);
    }
  } else body = body.replace(CURRENCY_SUFFIX, "");
  const negative = sign === "-" || sign === "−";

  if (GROUPED.test(body) || UNGROUPED.test(body)) {
    const canonical = body.replaceAll(".", "").replace(",", ".");
    const value = new Decimal(canonical);
    return negative && !value.isZero() ? value.neg() : value;
  }
  if (ENGLISH_LOOKING.test(body)) {
    throw new PdzError({
      code: "ambiguous_number",
      message: `${quote(text)} is ambiguous in Italian notation (use "." for thousands and "," for decimals)`,
      messageIt: `${quote(text)} è ambiguo nella notazione italiana (usare "." per le migliaia e "," per i decimali)`,
      path,
    });
  }
  throw new PdzError({
    code: "malformed_number",
    message: `${quote(text)} is not a number in Italian notation`,
    messageIt: `${quote(text)} non è un numero in notazione italiana`,
    path,
  });
}

import { readDecimal } from "./decimal-input.js";
import type { Decimal } from "./decimal.js";
import { pdzError, type ErrorPath } from "./error.js";
import { LIMITS } from "./limits.js";
import * as M from "./messages/core.js";

// The whole text, in one pass: an optional sign, an optional currency word or symbol (itself optionally followed
// by the sign), the number's body (digits, "." and "," only: no space inside a number), and an optional "%" or
// currency suffix. Spaces (ordinary, no-break U+00A0, narrow no-break U+202F) may stand only between these parts.
// Every quantifier is followed by a disjoint class, and the text is at most 100 characters: linear time.
const ITALIAN_TEXT =
  /^([-\u2212+]?)[\s\u00A0\u202F]*(?:(?:\u20ac\.?|eur(?:o)?\.?)[\s\u00A0\u202F]*([-\u2212+]?)[\s\u00A0\u202F]*)?([\d.,]+)[\s\u00A0\u202F]*(%|\u20ac|eur(?:o)?)?$/i;
// A body with thousands groups: 1–3 leading digits (no leading zero), then groups of exactly three, then a decimal
// comma; or a body without groups: digits (no leading zero unless the integer part is 0), then a decimal comma.
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const UNGROUPED = /^(?:0|[1-9]\d*)(?:,\d+)?$/;
// Bodies that are valid numbers in English notation: reading them the Italian way would be a guess.
const ENGLISH_LOOKING = /^(?:(?:0|[1-9]\d*)\.\d+|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?)$/;

// Echoes at most 32 characters of the offending text, enough to find it in a document.
function quote(text: string): string {
  return text.length > 32 ? `"${text.slice(0, 32)}…"` : `"${text}"`;
}

/**
 * Reads a number written the Italian way, exactly: `.` groups thousands, `,` separates decimals. This is the
 * library's Italian reading; the machine contract (canonical text, see {@link DecimalInput}) never switches to it by
 * itself.
 *
 * Accepted forms (the ones found in real Piani di Zona): `1.234,56`, `122.855`, `0,6`, `-3,49`, `76,56%`,
 * `€. 150.000,00`, `€ 1.300.000,00`, `1.234,56 €`, `Euro 14.000`. A trailing `%` is dropped and the value is
 * returned in percentage points (`76,56%` → 76.56). The minus sign may be `-` or `−` (U+2212). Spaces may separate
 * the sign, the currency and the `%` from the number, never split the number itself.
 *
 * Text that could be read in two ways is refused rather than guessed: `12.85` and `0.500` (English decimals, or
 * malformed thousands groups?) and `1,234.56` throw `ambiguous_number`. Text that is no Italian number at all —
 * `2022 2023`, `31 12`, `000.123`, `1.23.456` — throws `malformed_italian_number`.
 *
 * @param text - the text to read
 * @param path - where the text sits in the caller's input
 * @throws {@link PdzError} `empty_number`, `ambiguous_number`, `malformed_italian_number`, `number_text_too_long`,
 *   `number_out_of_range`
 * @example
 * ```ts
 * import { parseItalianNumber } from "piano-di-zona";
 * parseItalianNumber("€. 150.000,00").toString() //=> "150000"
 * parseItalianNumber("76,56%").toString() //=> "76.56"
 * parseItalianNumber("122.855").toString() //=> "122855"
 * parseItalianNumber("12.85") //=> throws ambiguous_number
 * parseItalianNumber("2022 2023") //=> throws malformed_italian_number
 * ```
 * @category Core
 */
export function parseItalianNumber(text: string, path: ErrorPath = []): Decimal {
  if (typeof text !== "string" || text.trim() === "") throw pdzError(M.empty_number, {}, path);
  if (text.length > LIMITS.maxNumberTextLength) {
    throw pdzError(M.number_text_too_long, { max: LIMITS.maxNumberTextLength }, path);
  }
  const parts = ITALIAN_TEXT.exec(text.trim());
  const outer = parts?.[1] ?? "";
  const inner = parts?.[2] ?? "";
  const body = parts?.[3] ?? "";
  const suffix = parts?.[4] ?? "";
  const currencyBefore = parts !== null && /^[-\u2212+]?[\s\u00A0\u202F]*[\u20ace]/i.test(text.trim());
  // One sign at most, and no currency on both sides, nor a currency with a percent.
  const wellFormed = parts !== null && !(outer !== "" && inner !== "") && !(currencyBefore && suffix !== "");
  if (wellFormed && (GROUPED.test(body) || UNGROUPED.test(body))) {
    const sign = outer || inner;
    const canonical = body.replaceAll(".", "").replace(",", ".");
    const value = readDecimal(canonical, path);
    return (sign === "-" || sign === "−") && !value.isZero() ? value.neg() : value;
  }
  if (wellFormed && ENGLISH_LOOKING.test(body)) {
    throw pdzError(M.ambiguous_number, { text: quote(text) }, path);
  }
  throw pdzError(M.malformed_italian_number, { text: quote(text) }, path);
}

/**
 * The decimals a figure written the Italian way carries, trailing zeros included: its digits after the comma
 * (`"84,30%"` → 2, `"19.834.861"` → 0).
 * @internal
 */
export function italianPrintedDecimals(text: string): number {
  return /,(\d+)/.exec(text)?.[1]?.length ?? 0;
}

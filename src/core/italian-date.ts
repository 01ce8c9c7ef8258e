import { isExists } from "date-fns/isExists";
import { pdzError, type ErrorPath } from "./error.js";
import { LIMITS } from "./limits.js";
import * as M from "./messages/core.js";

/**
 * A civil date as an ISO 8601 string `YYYY-MM-DD`, with no time and no time zone.
 * @category Core
 */
export type IsoDate = string;

/** The Italian month names, January first. @internal */
export const ITALIAN_MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
] as const;

// Dates are short: anything longer is not a date, and the bound keeps every pattern below linear in practice.
const MAX_DATE_TEXT = 40;
const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WRITTEN = /^(\d{1,2})\s*[\u00b0\u00ba]?\s+([a-z\u00e0-\u00f9]+)\s+(\d{4})$/;

/** The ISO text of a civil date, the year padded to four digits. @internal */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Refuses a year outside the library's range (1900–2199). @internal */
export function requireYearInRange(year: number, path: ErrorPath = []): number {
  if (!Number.isSafeInteger(year) || year < LIMITS.minYear || year > LIMITS.maxYear) {
    throw pdzError(M.year_out_of_range, { min: LIMITS.minYear, max: LIMITS.maxYear }, path);
  }
  return year;
}

/**
 * Reads a civil date as Italian documents write it and returns it as an ISO string.
 *
 * Accepted: `01.01.2025`, `1/1/2025`, `31-12-2027`, `31 dicembre 2027`, `1° gennaio 2025` and ISO `2025-01-01`.
 * The date must exist in the calendar (`31/02/2026` is refused) and its year lie between 1900 and 2199. No time zone
 * is involved.
 *
 * @param text - the date as written
 * @param path - where the text sits in the caller's input
 * @throws {@link PdzError} `invalid_date`, `year_out_of_range`
 * @example
 * ```ts
 * import { parseItalianDate } from "piano-di-zona";
 * parseItalianDate("01.01.2025") //=> "2025-01-01"
 * parseItalianDate("31 dicembre 2027") //=> "2027-12-31"
 * parseItalianDate("31/02/2026") //=> throws invalid_date
 * parseItalianDate("31/12/9999") //=> throws year_out_of_range
 * ```
 * @category Core
 */
export function parseItalianDate(text: string, path: ErrorPath = []): IsoDate {
  const trimmed = typeof text === "string" && text.length <= MAX_DATE_TEXT ? text.trim().toLowerCase() : "";
  let parts: [number, number, number] | undefined;
  const iso = ISO.exec(trimmed);
  const numeric = iso === null ? NUMERIC.exec(trimmed) : null;
  const written = iso === null && numeric === null ? WRITTEN.exec(trimmed) : null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (written) {
    const month = ITALIAN_MONTHS.indexOf(written[2] as (typeof ITALIAN_MONTHS)[number]);
    if (month >= 0) parts = [Number(written[3]), month + 1, Number(written[1])];
  }
  if (parts === undefined) throw pdzError(M.invalid_date, {}, path);
  requireYearInRange(parts[0], path);
  // date-fns' isExists takes a zero-based month.
  if (!isExists(parts[0], parts[1] - 1, parts[2])) throw pdzError(M.invalid_date, {}, path);
  return isoDateOf(...parts);
}

/**
 * Tells whether a value is an existing ISO civil date `YYYY-MM-DD` with a year from 1900 to 2199.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "piano-di-zona";
 * isIsoDate("2027-12-31") //=> true
 * isIsoDate("2027-02-29") //=> false
 * isIsoDate(20271231) //=> false
 * ```
 * @category Core
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  return (
    year >= LIMITS.minYear && year <= LIMITS.maxYear && isExists(year, Number(match[2]) - 1, Number(match[3]))
  );
}

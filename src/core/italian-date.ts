import { isExists } from "date-fns";
import { PdzError, type ErrorPath } from "./error.js";

/**
 * A civil date as an ISO 8601 string `YYYY-MM-DD`, with no time and no time zone.
 * @category Core
 */
export type IsoDate = string;

const MONTHS = [
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

const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WRITTEN = /^(\d{1,2})\s*(?:°|º)?\s+([a-zà-ù]+)\s+(\d{4})$/;

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a civil date as Italian documents write it and returns it as an ISO string.
 *
 * Accepted: `01.01.2025`, `1/1/2025`, `31-12-2027`, `31 dicembre 2027`, `1° gennaio 2025` and ISO `2025-01-01`.
 * The date must exist in the calendar (`31/02/2026` is refused). No time zone is involved.
 *
 * @param text - the date as written
 * @param path - where the text sits in the caller's input
 * @throws {@link PdzError} `invalid_date`
 * @example
 * ```ts
 * import { parseItalianDate } from "piano-di-zona";
 * parseItalianDate("01.01.2025") //=> "2025-01-01"
 * parseItalianDate("31 dicembre 2027") //=> "2027-12-31"
 * parseItalianDate("31/02/2026") //=> throws invalid_date
 * ```
 * @category Core
 */
export function parseItalianDate(text: string, path: ErrorPath = []): IsoDate {
  const trimmed = typeof text === "string" ? text.trim().toLowerCase() : "";
  let parts: [number, number, number] | undefined;
  const iso = ISO.exec(trimmed);
  const numeric = NUMERIC.exec(trimmed);
  const written = WRITTEN.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (written) {
    const month = MONTHS.indexOf(written[2] as (typeof MONTHS)[number]);
    if (month >= 0) parts = [Number(written[3]), month + 1, Number(written[1])];
  }
  // date-fns' isExists takes a zero-based month.
  if (parts === undefined || !isExists(parts[0], parts[1] - 1, parts[2])) {
    throw new PdzError({
      code: "invalid_date",
      message: "Not a valid date (expected e.g. 31.12.2027, 31/12/2027, 31 dicembre 2027 or 2027-12-31)",
      messageIt: "Data non valida (atteso ad es. 31.12.2027, 31/12/2027, 31 dicembre 2027 o 2027-12-31)",
      path,
    });
  }
  return isoOf(...parts);
}

/**
 * Tells whether a string is an existing ISO civil date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "piano-di-zona";
 * isIsoDate("2027-12-31") //=> true
 * isIsoDate("2027-02-29") //=> false
 * ```
 * @category Core
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO.exec(value);
  return match !== null && isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

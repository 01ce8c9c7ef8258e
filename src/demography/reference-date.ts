import type { ErrorPath } from "../core/error.js";
import { parseItalianDate, requireYearInRange, type IsoDate } from "../core/italian-date.js";
import { LIMITS } from "../core/limits.js";
import { readText } from "../core/read-input.js";
import { readErrorPath } from "./_error-path.js";

/** Dates are short: any longer text is refused before it is read. */
const MAX_DATE_TEXT = 100;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** What {@link isoKind} finds. */
const NOT_ISO = 0;
const ISO = 1;
const ISO_31_DECEMBER = 2;

/**
 * Whether a text is an existing ISO date `YYYY-MM-DD` within the library's years (and whether it is a 31 December),
 * read character by character: the form every table of a dataset uses, so that thousands of structures cost no
 * regular expression. Anything else is judged by the general reader.
 */
function isoKind(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NOT_ISO;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = digitAt(text, i);
    if (digit < 0) return NOT_ISO;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (year < LIMITS.minYear || year > LIMITS.maxYear || month < 1 || month > 12) return NOT_ISO;
  if (day < 1 || day > daysIn(year, month)) return NOT_ISO;
  return month === 12 && day === 31 ? ISO_31_DECEMBER : ISO;
}

/**
 * Reads the reference date of a population stock ("popolazione al …") and applies the ISTAT 1 January
 * convention: the stock at 31 December of year y is the stock at 1 January of year y+1, so `31/12/2023`
 * becomes `2024-01-01`. Other dates are kept as they are (e.g. a census day).
 *
 * Accepts ISO dates and the Italian forms of {@link parseItalianDate} (`31/12/2023`, `1° gennaio 2024`), with years
 * from 1900 to 2199 (so 31/12/2199, whose stock would fall in 2200, is refused too).
 *
 * @param text - the date as written
 * @param path - where the date sits in the caller's input
 * @throws {@link PdzError} `invalid_date`, `year_out_of_range`, `invalid_type` (not text, or a path that is not a
 * list of keys)
 * @example
 * ```ts
 * import { stockReferenceDate } from "piano-di-zona";
 * stockReferenceDate("31/12/2023") //=> "2024-01-01"
 * stockReferenceDate("1° gennaio 2024") //=> "2024-01-01"
 * stockReferenceDate("2011-10-09") //=> "2011-10-09"
 * stockReferenceDate("31/02/2024") //=> throws invalid_date
 * ```
 * @category Demography
 */
export function stockReferenceDate(text: string, path: ErrorPath = []): IsoDate {
  return readStockDate(text, readErrorPath(path));
}

/** {@link stockReferenceDate} with a path already read. @internal */
export function readStockDate(value: unknown, path: ErrorPath): IsoDate {
  const text = readText(value, path, MAX_DATE_TEXT);
  const kind = isoKind(text);
  if (kind === ISO) return text;
  const parsed = kind === NOT_ISO ? parseItalianDate(text, path) : text;
  if (!parsed.endsWith("-12-31")) return parsed;
  const nextYear = requireYearInRange(Number(parsed.slice(0, 4)) + 1, path);
  return `${String(nextYear)}-01-01`;
}

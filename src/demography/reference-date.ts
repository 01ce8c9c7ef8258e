import { parseItalianDate, type IsoDate } from "../core/italian-date.js";
import type { ErrorPath } from "../core/error.js";

/**
 * Reads the reference date of a population stock ("popolazione al …") and applies the ISTAT 1 January
 * convention: the stock at 31 December of year y is the stock at 1 January of year y+1, so `31/12/2023`
 * becomes `2024-01-01`. Other dates are kept as they are (e.g. a census day).
 *
 * Accepts ISO dates and the Italian forms of {@link parseItalianDate} (`31/12/2023`, `1° gennaio 2024`).
 *
 * @param text - the date as written
 * @param path - where the date sits in the caller's input
 * @throws {@link PdzError} `invalid_date`
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
  const iso = parseItalianDate(text, path);
  if (!iso.endsWith("-12-31")) return iso;
  const nextYear = Number(iso.slice(0, 4)) + 1;
  return `${String(nextYear).padStart(4, "0")}-01-01`;
}

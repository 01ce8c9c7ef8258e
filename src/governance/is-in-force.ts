import { pdzError } from "../core/error.js";
import { isIsoDate, type IsoDate } from "../core/italian-date.js";
import { LIMITS } from "../core/limits.js";
import * as C from "../core/messages/core.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";
import { effectivePeriod } from "./effective-period.js";

/**
 * Tells whether an Accordo is in force on a civil date: between its start and its end, extensions included, both
 * ends inclusive.
 *
 * @param accordo - an Accordo (its `period` and `extensions` are read)
 * @param date - an ISO date `YYYY-MM-DD` (for Italian forms, read it first with `parseItalianDate`)
 * @throws {@link PdzError} `invalid_date` when `date` or a date of the Accordo is not an ISO date, `year_out_of_range`
 *   when `date`'s year lies outside 1900-2199; `invalid_type`,
 *   `required_field`, `unreadable_field`, `too_many_items` for an Accordo of the wrong shape
 * @example
 * ```ts
 * import { isInForce } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * isInForce(GALLARATE_ACCORDO, "2027-12-31") //=> true
 * isInForce(GALLARATE_ACCORDO, "2028-01-01") //=> false
 * isInForce(GALLARATE_ACCORDO, "31.12.2027") //=> throws invalid_date
 * isInForce(GALLARATE_ACCORDO, "9999-12-31") //=> throws year_out_of_range
 * ```
 * @category Governance
 */
export function isInForce(
  accordo: Pick<AccordoDiProgramma, "period" | "extensions">,
  date: IsoDate,
): boolean {
  const text: unknown = date;
  if (!isIsoDate(text)) {
    // A real calendar date whose year lies outside the library's range is named for what is wrong with it.
    const year =
      typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text) ? Number(text.slice(0, 4)) : null;
    const outside = year !== null && (year < LIMITS.minYear || year > LIMITS.maxYear);
    throw outside
      ? pdzError(C.year_out_of_range, { min: LIMITS.minYear, max: LIMITS.maxYear }, ["date"])
      : pdzError(C.invalid_date, {}, ["date"]);
  }
  const { from, to } = effectivePeriod(accordo);
  return from <= text && text <= to;
}

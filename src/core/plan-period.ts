// A period given as whole years (a Piano di Zona's `{ from: 2025, to: 2027 }`) or as civil dates, read from untrusted
// input: shared by the governance checks and the calendar of a plan.
import { pdzError, type ErrorPath } from "./error.js";
import { isIsoDate, isoDateOf, requireYearInRange, type IsoDate } from "./italian-date.js";
import * as M from "./messages/core.js";
import { readRecord, requiredField } from "./read-input.js";

/**
 * An inclusive period of civil dates, or of whole years (`2025` reads as 1 January 2025 at the start and 31 December
 * 2025 at the end).
 * @internal
 */
export interface PeriodInput {
  readonly from: IsoDate | number;
  readonly to: IsoDate | number;
}

function readBound(value: unknown, end: boolean, path: ErrorPath): IsoDate {
  if (typeof value === "number") {
    const year = requireYearInRange(value, path);
    return end ? isoDateOf(year, 12, 31) : isoDateOf(year, 1, 1);
  }
  if (!isIsoDate(value)) throw pdzError(M.invalid_date, {}, path);
  return value;
}

/**
 * Reads a {@link PeriodInput} into ISO dates.
 * @throws `invalid_type`, `required_field`, `unreadable_field`, `invalid_date`, `year_out_of_range`,
 *   `invalid_period` (ends before it starts)
 * @internal
 */
export function readPeriod(value: unknown, path: ErrorPath = []): { from: IsoDate; to: IsoDate } {
  const record = readRecord(value, path);
  const from = readBound(requiredField(record, "from", path), false, [...path, "from"]);
  const to = readBound(requiredField(record, "to", path), true, [...path, "to"]);
  // ISO civil dates order as strings.
  if (to < from) throw pdzError(M.invalid_period, {}, [...path, "to"]);
  return { from, to };
}

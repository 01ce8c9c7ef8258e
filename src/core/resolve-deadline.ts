import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { pdzError, type ErrorPath } from "./error.js";
import { isIsoDate, isoDateOf, requireYearInRange, type IsoDate } from "./italian-date.js";
import {
  DEADLINE_ANCHORS,
  DEADLINE_KINDS,
  DURATION_UNITS,
  type Deadline,
  type DeadlineAnchor,
  type DeadlineKind,
  type DurationUnit,
} from "./italian-deadline.js";
import * as M from "./messages/core.js";
import { readPeriod } from "./plan-period.js";
import {
  ownField,
  readCount,
  readOption,
  readOptions,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "./read-input.js";

/**
 * The dates a deadline is resolved against: the signature and approval dates (for offsets), and the programming
 * period (for the end of the period and for recurrences), as whole years (`{ from: 2025, to: 2027 }`, as a Piano di
 * Zona holds it) or ISO dates.
 * @category Core
 */
export interface DeadlineContext {
  readonly signedOn?: IsoDate;
  readonly approvedOn?: IsoDate;
  readonly period?: { readonly from: IsoDate | number; readonly to: IsoDate | number };
}

/**
 * The dates a {@link Deadline} falls due, in order: one for a date, an offset, a year or the end of the period; every
 * occurrence within the period for a recurrence; those of its deadline for a conditional one, with the condition.
 * @category Core
 */
export interface ResolvedDeadline {
  readonly kind: DeadlineKind;
  readonly dates: IsoDate[];
  /** The condition of a conditional deadline, as written; `null` otherwise. */
  readonly condition: string | null;
}

// The kinds a conditional deadline's own deadline may have (no condition within a condition).
const UNCONDITIONAL_KINDS = ["date", "offset", "recurring", "until-year", "end-of-period"] as const;

// Civil dates in date-fns: a local Date at midnight, read back with the local getters, so that no time zone shifts
// the day.
function toDate(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function toIsoDate(date: Date, path: ErrorPath): IsoDate {
  const year = requireYearInRange(date.getFullYear(), path);
  return isoDateOf(year, date.getMonth() + 1, date.getDate());
}

function add(date: Date, amount: number, unit: DurationUnit): Date {
  if (unit === "days") return addDays(date, amount);
  if (unit === "weeks") return addWeeks(date, amount);
  if (unit === "months") return addMonths(date, amount);
  return addYears(date, amount);
}

interface Context {
  readonly signedOn: IsoDate | undefined;
  readonly approvedOn: IsoDate | undefined;
  readonly period: { from: IsoDate; to: IsoDate } | undefined;
}

function readDate(record: InputRecord, key: string, path: ErrorPath): IsoDate | undefined {
  const value = ownField(record, key, path);
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw pdzError(M.invalid_date, {}, [...path, key]);
  return value;
}

function readContext(value: unknown): Context {
  const path: ErrorPath = ["context"];
  const record = readOptions(value, path);
  const period = ownField(record, "period", path);
  return {
    signedOn: readDate(record, "signedOn", path),
    approvedOn: readDate(record, "approvedOn", path),
    period: period === undefined ? undefined : readPeriod(period, [...path, "period"]),
  };
}

function requirePeriod(context: Context): { from: IsoDate; to: IsoDate } {
  if (context.period === undefined) throw pdzError(M.deadline_needs_period, {});
  return context.period;
}

function anchorDate(anchor: DeadlineAnchor | null, context: Context): IsoDate {
  const date =
    anchor === "signature"
      ? context.signedOn
      : anchor === "approval"
        ? context.approvedOn
        : anchor === "period-start"
          ? context.period?.from
          : undefined;
  if (date === undefined) throw pdzError(M.deadline_needs_date, { anchor }, ["context"]);
  return date;
}

function readAmount(record: InputRecord, key: string, path: ErrorPath, minimum: number): number {
  const amount = readCount(requiredField(record, key, path), [...path, key]);
  if (amount < minimum) throw pdzError(M.invalid_count, {}, [...path, key]);
  return amount;
}

// The dates of a deadline without a condition.
function datesOf(deadline: InputRecord, kind: DeadlineKind, context: Context, path: ErrorPath): IsoDate[] {
  if (kind === "date") {
    const date = readDate(deadline, "date", path);
    if (date === undefined) throw pdzError(M.required_field, {}, [...path, "date"]);
    return [date];
  }
  if (kind === "until-year") {
    const year = requiredField(deadline, "year", path);
    return [
      isoDateOf(requireYearInRange(typeof year === "number" ? year : Number.NaN, [...path, "year"]), 12, 31),
    ];
  }
  if (kind === "end-of-period") return [requirePeriod(context).to];
  const unit = readOption(requiredField(deadline, "unit", path), DURATION_UNITS, [...path, "unit"]);
  if (kind === "offset") {
    const amount = readAmount(deadline, "amount", path, 0);
    const from = requiredField(deadline, "from", path);
    const anchor = from === null ? null : readOption(from, DEADLINE_ANCHORS, [...path, "from"]);
    return [toIsoDate(add(toDate(anchorDate(anchor, context)), amount, unit), [...path, "amount"])];
  }
  // Recurring: the last day of each whole interval from the start of the period (or of `fromYear`), up to its end.
  const every = readAmount(deadline, "every", path, 1);
  const fromYear = ownField(deadline, "fromYear", path);
  const period = requirePeriod(context);
  let start = period.from;
  if (fromYear !== undefined && fromYear !== null) {
    const year = requireYearInRange(typeof fromYear === "number" ? fromYear : Number.NaN, [
      ...path,
      "fromYear",
    ]);
    const first = isoDateOf(year, 1, 1);
    if (first > start) start = first;
  }
  const origin = toDate(start);
  const last = toDate(period.to);
  const dates: IsoDate[] = [];
  for (let step = 1; ; step += 1) {
    const end = addDays(add(origin, step * every, unit), -1);
    // Beyond the period (and hence beyond the years the library accepts): stop.
    if (Number.isNaN(end.getTime()) || end > last) break;
    dates.push(toIsoDate(end, path));
  }
  return dates;
}

/**
 * The dates a {@link Deadline} falls due, computed with date-fns on civil dates (no time zone): a date as it is; an
 * offset added to the date it counts from (`context.signedOn`, `context.approvedOn`, the start of `context.period`;
 * months are calendar months, so 31 January + 1 month is 28 or 29 February); the end of a year; the end of
 * `context.period`; every occurrence of a recurrence within `context.period` (from its start, or from 1 January of
 * `fromYear`), each the last day of its interval ("semestrale" over 2025-2027: 30 June and 31 December of each year);
 * a conditional deadline's own dates, with its condition.
 *
 * @param deadline - a {@link Deadline}, as {@link parseDeadline} returns it
 * @param context - the dates to resolve against
 * @throws {@link PdzError} `deadline_needs_period` (the end of the period or a recurrence, without `context.period`),
 *   `deadline_needs_date` (an offset from a date not given, or from a date the sentence does not name),
 *   `invalid_date`, `year_out_of_range` (a date beyond 2199), `invalid_period`, `invalid_count` (an amount that is
 *   not a whole number, or a recurrence of 0), `invalid_option`, `invalid_type`, `required_field`, `unreadable_field`
 *   for a deadline or a context of the wrong shape
 * @example
 * ```ts
 * import { parseDeadline, resolveDeadline } from "piano-di-zona";
 * resolveDeadline(parseDeadline("entro 12 mesi dalla sottoscrizione"), { signedOn: "2025-03-15" }).dates //=> ["2026-03-15"]
 * resolveDeadline(parseDeadline("semestrale"), { period: { from: 2025, to: 2026 } }).dates //=> ["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"]
 * resolveDeadline(parseDeadline("entro la fine del triennio"), { period: { from: 2025, to: 2027 } }).dates //=> ["2027-12-31"]
 * resolveDeadline(parseDeadline("fino al 2027")).dates //=> ["2027-12-31"]
 * resolveDeadline(parseDeadline("Se lo studio avrà esito positivo, entro il 2026")) //=> { kind: "conditional", dates: ["2026-12-31"], condition: "Se lo studio avrà esito positivo" }
 * resolveDeadline(parseDeadline("annuale")) //=> throws deadline_needs_period
 * ```
 * @category Core
 */
export function resolveDeadline(deadline: Deadline, context?: DeadlineContext): ResolvedDeadline {
  const record = readRecord(deadline);
  const kind = readOption(requiredField(record, "kind"), DEADLINE_KINDS, ["kind"]);
  const dates = readContext(context);
  if (kind !== "conditional") return { kind, dates: datesOf(record, kind, dates, []), condition: null };
  const condition = readText(requiredField(record, "condition"), ["condition"]);
  const then = requiredField(record, "then");
  if (then === null) return { kind, dates: [], condition };
  const inner = readRecord(then, ["then"]);
  const innerKind = readOption(requiredField(inner, "kind", ["then"]), UNCONDITIONAL_KINDS, ["then", "kind"]);
  return { kind, dates: datesOf(inner, innerKind, dates, ["then"]), condition };
}

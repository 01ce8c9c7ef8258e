// The calendar of result targets: the spans of the periods a target is counted over (a year, a semester, a quarter,
// a month, the whole programming) and the span an observation refers to, as ISO days (which sort as text).
import { isoDateOf, type IsoDate } from "../core/italian-date.js";
import type { TargetPeriod } from "../model/result-target-kinds.js";

/** A span of days, both ends included. @internal */
export interface Span {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** One period of a target, with its language-neutral label ("2025", "2025-S2", "2025-Q3", "2025-07"). @internal */
export interface Period extends Span {
  readonly label: string;
}

/** The granular periods (the whole programming is one window, not a period). @internal */
export type Granular = Exclude<TargetPeriod, "triennium">;

const MONTHS_OF: Readonly<Record<Granular, number>> = { year: 12, semester: 6, quarter: 3, month: 1 };

function lastDay(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The span of months `first`…`last` (1-based) of a year. @internal */
export function monthsSpan(year: number, first: number, last: number): Span {
  return { from: isoDateOf(year, first, 1), to: isoDateOf(year, last, lastDay(year, last)) };
}

/** The whole years `from`…`to`. @internal */
export function yearsSpan(from: number, to: number): Span {
  return { from: isoDateOf(from, 1, 1), to: isoDateOf(to, 12, 31) };
}

/** How many periods of a kind a year holds. @internal */
export function partsPerYear(per: Granular): number {
  return 12 / MONTHS_OF[per];
}

/** The `part`-th (1-based) period of a kind in a year. @internal */
export function periodOf(per: Granular, year: number, part: number): Period {
  const months = MONTHS_OF[per];
  const first = (part - 1) * months + 1;
  const span = monthsSpan(year, first, first + months - 1);
  const label =
    per === "year"
      ? String(year)
      : per === "semester"
        ? `${String(year)}-S${String(part)}`
        : per === "quarter"
          ? `${String(year)}-Q${String(part)}`
          : `${String(year)}-${String(part).padStart(2, "0")}`;
  return { ...span, label };
}

/** Every period of a kind from the first year to the last (at most 12 × 300 of them). @internal */
export function periodsOf(per: Granular, firstYear: number, lastYear: number): Period[] {
  const periods: Period[] = [];
  const parts = partsPerYear(per);
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (let part = 1; part <= parts; part += 1) periods.push(periodOf(per, year, part));
  }
  return periods;
}

// The years an indicator is reported for.
import { pdzError, type ErrorPath } from "../core/error.js";
import { LIMITS } from "../core/limits.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/monitoring.js";
import { readList } from "../core/read-input.js";
import type { Indicator } from "../model/indicator.js";

/**
 * Years asked for by the caller: whole numbers within 1900–2199, reported once each in increasing order (so at most
 * 300 of them, whatever the length of the list).
 * @internal
 */
export function readYears(value: unknown, path: ErrorPath): readonly number[] {
  const seen = new Set<number>();
  readList(value, path).forEach((year, index) => {
    if (typeof year !== "number" || !Number.isSafeInteger(year)) {
      throw pdzError(M.invalid_year, {}, [...path, index]);
    }
    if (year < LIMITS.minYear || year > LIMITS.maxYear) {
      throw pdzError(C.year_out_of_range, { min: LIMITS.minYear, max: LIMITS.maxYear }, [...path, index]);
    }
    seen.add(year);
  });
  return [...seen].sort((a, b) => a - b);
}

/** Every year from the baseline (or the first target) to the last target. @internal */
export function defaultYears(indicator: Indicator): readonly number[] {
  let first: number = indicator.baselineYear ?? LIMITS.maxYear;
  let last: number = LIMITS.minYear;
  for (const target of indicator.targets) {
    first = Math.min(first, target.year);
    last = Math.max(last, target.year);
  }
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}

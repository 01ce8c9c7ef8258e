import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/demography.js";

/** An age in completed years: a whole number ≥ 0 below 2^53, or `invalid_age`. */
export function readAge(value: unknown, path: ErrorPath): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw pdzError(M.invalid_age, { reversed: false }, path);
  }
  return value;
}

/** The last age of a range: `null` (or absent) for an open range, otherwise an age not before `from`. */
export function readLastAge(value: unknown, from: number, path: ErrorPath): number | null {
  if (value === undefined || value === null) return null;
  const to = readAge(value, path);
  if (to < from) throw pdzError(M.invalid_age, { reversed: true }, path);
  return to;
}

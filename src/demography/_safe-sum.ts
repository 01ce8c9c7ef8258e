import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/demography.js";

/**
 * A sum of counts, checked to be an exact whole number below 2^53 (`unsafe_sum` otherwise). Sums of counts ≥ 0 only
 * grow, so when the final sum is exact every partial sum before it was exact too.
 */
export function requireSafeSum(value: number, path: ErrorPath = []): number {
  if (!Number.isSafeInteger(value)) throw pdzError(M.unsafe_sum, {}, path);
  return value;
}

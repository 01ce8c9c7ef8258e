import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { readCount } from "../core/read-input.js";

/**
 * A population to divide by: a count greater than 0.
 * @throws {@link PdzError} `invalid_count`, `zero_population`
 */
export function readPopulation(value: unknown, path: ErrorPath): number {
  if (readCount(value, path) === 0) throw pdzError(M.zero_population, {}, path);
  return value as number;
}

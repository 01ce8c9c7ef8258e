// TRANSITIONAL: the 0.1.0 file name, re-exporting the numeric contract while the modules move to
// decimal-input.ts and read-input.ts. Deleted when the last module has moved.
import { readCount } from "./read-input.js";
import type { ErrorPath } from "./error.js";
export { toDecimal, toNonNegativeDecimal, type DecimalInput } from "./decimal-input.js";
/** @internal */
export function requireCount(value: unknown, path: ErrorPath = []): number {
  return readCount(value, path);
}

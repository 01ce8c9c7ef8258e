import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/evaluation.js";
import { ownField, type InputRecord } from "../core/read-input.js";

/**
 * How an action reported as partly done (0% < completion < 100%) counts towards the grade:
 * - `"count"` (default): as realized. This is how the real plans apply the formula
 *   "(n. azioni realizzate × 100) / n. azioni programmate" — it reproduces all 16 grades of Gallarate 2021-2023;
 * - `"ignore"`: as not realized (only fully done actions count);
 * - `"weight"`: by its completion (an action at 50% counts one half).
 * @category Evaluation
 */
export type PartialActionPolicy = (typeof PARTIAL_ACTION_POLICIES)[number];

/**
 * Every {@link PartialActionPolicy}, the default first.
 *
 * @example
 * ```ts
 * import { PARTIAL_ACTION_POLICIES } from "piano-di-zona";
 * PARTIAL_ACTION_POLICIES //=> ["count", "ignore", "weight"]
 * ```
 * @category Evaluation
 */
export const PARTIAL_ACTION_POLICIES = /* @__PURE__ */ Object.freeze(["count", "ignore", "weight"] as const);

/** The `partial` option of a record: `"count"` when absent, or `invalid_partial_policy`. @internal */
export function readPartialPolicy(record: InputRecord, path: ErrorPath): PartialActionPolicy {
  const value = ownField(record, "partial", path);
  if (value === undefined) return "count";
  if (typeof value !== "string" || !(PARTIAL_ACTION_POLICIES as readonly string[]).includes(value)) {
    throw pdzError(M.invalid_partial_policy, {}, [...path, "partial"]);
  }
  return value as PartialActionPolicy;
}

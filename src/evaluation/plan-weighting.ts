import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/evaluation.js";
import { ownField, type InputRecord } from "../core/read-input.js";

/**
 * How objectives are combined into the plan's grade:
 * - `"objectives"` (default): the plain mean of the objectives' grades, each objective weighing the same — how the
 *   real plans compute it (Gallarate 2021-2023: 1225 / 16 = 76,5625%);
 * - `"actions"`: all realized actions over all planned actions, so larger objectives weigh more.
 * @category Evaluation
 */
export type PlanWeighting = (typeof PLAN_WEIGHTINGS)[number];

/**
 * Every {@link PlanWeighting}, the default first.
 *
 * @example
 * ```ts
 * import { PLAN_WEIGHTINGS } from "piano-di-zona";
 * PLAN_WEIGHTINGS //=> ["objectives", "actions"]
 * ```
 * @category Evaluation
 */
export const PLAN_WEIGHTINGS = /* @__PURE__ */ Object.freeze(["objectives", "actions"] as const);

/** The `weighting` option of a record: `"objectives"` when absent, or `invalid_weighting`. @internal */
export function readWeighting(record: InputRecord, path: ErrorPath): PlanWeighting {
  const value = ownField(record, "weighting", path);
  if (value === undefined) return "objectives";
  if (typeof value !== "string" || !(PLAN_WEIGHTINGS as readonly string[]).includes(value)) {
    throw pdzError(M.invalid_weighting, {}, [...path, "weighting"]);
  }
  return value as PlanWeighting;
}

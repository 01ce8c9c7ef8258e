import { ACHIEVEMENT_BAND_CATALOG, type AchievementBand } from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { PdzError, pdzError, withPathPrefix } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/evaluation.js";
import { readList, readOptions } from "../core/read-input.js";
import { FractionSum } from "./_fraction-sum.js";
import { percentFraction, powerOfTen, readAchievementInput, type GradeParts } from "./_grade-parts.js";
import { bandOfFraction } from "./achievement-band.js";
import {
  gradeOf,
  type AchievementGrade,
  type AchievementInput,
  type GradeMemo,
} from "./achievement-grade.js";
import { readWeighting, type PlanWeighting } from "./plan-weighting.js";

/**
 * The achievement grade of a whole plan.
 * @category Evaluation
 */
export interface PlanAchievement {
  /** The exact grade, in percent: one fraction over every objective, correctly rounded once to 40 digits. */
  readonly percent: Decimal;
  /** The band, decided on the exact grade. */
  readonly band: AchievementBand;
  readonly labels: Labels;
  readonly weighting: PlanWeighting;
  /** Each objective's grade, in the order given. */
  readonly objectives: readonly AchievementGrade[];
}

/**
 * Options of {@link planAchievement}.
 * @category Evaluation
 */
export interface PlanAchievementOptions {
  /** How objectives are combined (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

/**
 * The plan's grade from the objectives' exact parts, each read once: the mean of the grades as one fraction
 * (`"objectives"`), or all realized equivalents over all planned actions (`"actions"`). Linear in the objectives.
 * @internal
 */
export function planAchievementOf(
  parts: readonly GradeParts[],
  weighting: PlanWeighting,
  memo: GradeMemo = new Map(),
): PlanAchievement {
  const objectives = parts.map((part) => gradeOf(part, memo));
  let result: { value: Decimal; class: AchievementBand | null };
  if (weighting === "objectives") {
    const sum = new FractionSum();
    for (const part of parts) {
      const fraction = percentFraction(part);
      sum.add(fraction.numerator, fraction.denominator);
    }
    result = sum.quotient(BigInt(parts.length), bandOfFraction);
  } else {
    // Σ share_i × 100 / Σ planned_i, the shares brought to one power of ten.
    let exponent = 0;
    for (const part of parts) exponent = Math.max(exponent, part.shareExponent);
    let shares = 0n;
    let planned = 0n;
    for (const part of parts) {
      shares += part.shareNumerator * powerOfTen(exponent - part.shareExponent);
      planned += BigInt(part.planned);
    }
    const numerator = exponent >= 2 ? shares : shares * powerOfTen(2 - exponent);
    const denominator = exponent >= 2 ? planned * powerOfTen(exponent - 2) : planned;
    result = {
      value: exactQuotient(numerator, denominator),
      class: bandOfFraction({ numerator, denominator }),
    };
  }
  // Never null: no grade exceeds 100%, nor does their mean.
  const band = result.class ?? "ottimo";
  return {
    percent: result.value,
    band,
    labels: ACHIEVEMENT_BAND_CATALOG[band].labels,
    weighting,
    objectives,
  };
}

/**
 * Computes the plan-level achievement grade from its objectives, exactly, with its band.
 *
 * The default (`"objectives"`) is the plain mean of the objectives' grades, as the real plans compute it: the sum of
 * the grades is taken as one exact fraction and divided once, so the result is the exact mean correctly rounded to
 * 40 significant digits (Gallarate: 1225 / 16 = 76.5625). `"actions"` divides all realized actions by all planned
 * ones. Each objective is read and graded once: the cost is linear in the objectives and their actions.
 *
 * @param objectives - each objective as {@link achievementGrade} accepts it (at most 10,000,000)
 * @param options - `weighting` (default `"objectives"`)
 * @throws {@link PdzError} `no_objectives` for an empty list, `invalid_weighting`, `invalid_type` (not a list, or
 *   options that are not an object), `too_many_items`, and every error of {@link achievementGrade} (with the
 *   objective's index first in its path)
 * @example
 * ```ts
 * import { planAchievement } from "piano-di-zona";
 * // Gallarate 2021-2023: the 16 objectives as (realized, planned) actions
 * const counts = [[3, 3], [3, 4], [4, 5], [3, 4], [3, 4], [3, 3], [1, 5], [4, 4], [4, 6], [5, 5], [2, 2], [2, 2], [1, 3], [2, 3], [1, 3], [2, 2]];
 * const plan = planAchievement(counts.map(([realized, planned]) => ({ realized, planned })));
 * plan.percent.toString() //=> "76.5625"
 * plan.band //=> "sufficiente"
 * planAchievement(counts.map(([realized, planned]) => ({ realized, planned })), { weighting: "actions" }).percent.toFixed(2) //=> "74.14"
 * planAchievement([]) //=> throws no_objectives
 * planAchievement("16 obiettivi" as never) //=> throws invalid_type
 * ```
 * @category Evaluation
 */
export function planAchievement(
  objectives: readonly AchievementInput[],
  options: PlanAchievementOptions = {},
): PlanAchievement {
  const list = readList(objectives);
  const weighting = readWeighting(readOptions(options, []), []);
  if (list.length === 0) throw pdzError(M.no_objectives, {}, []);
  const parts = new Array<GradeParts>(list.length);
  for (let index = 0; index < list.length; index += 1) {
    try {
      parts[index] = readAchievementInput(list[index]);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, [index]) : error;
    }
  }
  return planAchievementOf(parts, weighting);
}

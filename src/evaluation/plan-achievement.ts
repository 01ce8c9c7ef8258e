import { getAchievementBand, type AchievementBand } from "../catalog/evaluation-scales.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { achievementBand } from "./achievement-band.js";
import { achievementGrade, type AchievementGrade, type AchievementInput } from "./achievement-grade.js";

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
 * @category Evaluation
 */
export const PLAN_WEIGHTINGS = ["objectives", "actions"] as const;

/**
 * The achievement grade of a whole plan.
 * @category Evaluation
 */
export interface PlanAchievement {
  readonly percent: Decimal;
  readonly band: AchievementBand;
  readonly labels: Labels;
  readonly weighting: PlanWeighting;
  /** Each objective's grade, in the order given. */
  readonly objectives: readonly AchievementGrade[];
}

/**
 * Computes the plan-level achievement grade from its objectives, exactly, with its band.
 *
 * @param objectives - each objective as {@link achievementGrade} accepts it
 * @param options - `weighting` (default `"objectives"`)
 * @throws {@link PdzError} `no_objectives` for an empty list, `invalid_weighting`, and every error of
 *   {@link achievementGrade} (with the objective's index in its path)
 * @example
 * ```ts
 * import { planAchievement } from "piano-di-zona";
 * // Gallarate 2021-2023: the 16 objectives as (realized, planned) actions
 * const counts = [[3, 3], [3, 4], [4, 5], [3, 4], [3, 4], [3, 3], [1, 5], [4, 4], [4, 6], [5, 5], [2, 2], [2, 2], [1, 3], [2, 3], [1, 3], [2, 2]];
 * const plan = planAchievement(counts.map(([realized, planned]) => ({ realized, planned })));
 * plan.percent.toString() //=> "76.5625"
 * plan.band //=> "sufficiente"
 * planAchievement(counts.map(([realized, planned]) => ({ realized, planned })), { weighting: "actions" }).percent.toFixed(2) //=> "74.14"
 * ```
 * @category Evaluation
 */
export function planAchievement(
  objectives: readonly AchievementInput[],
  options: { readonly weighting?: PlanWeighting } = {},
): PlanAchievement {
  const weighting = options.weighting ?? "objectives";
  // Checked at run time too: notebooks and JavaScript callers bypass the type.
  if (!(PLAN_WEIGHTINGS as readonly string[]).includes(weighting)) {
    throw new PdzError({
      code: "invalid_weighting",
      message: 'The weighting must be "objectives" or "actions"',
      messageIt: 'La ponderazione deve essere "objectives" o "actions"',
      path: ["weighting"],
    });
  }
  if (objectives.length === 0) {
    throw new PdzError({
      code: "no_objectives",
      message: "A plan with no objectives has no achievement grade",
      messageIt: "Un piano senza obiettivi non ha un grado di raggiungimento",
    });
  }
  const grades = objectives.map((objective, index) => {
    try {
      return achievementGrade(objective);
    } catch (error) {
      if (error instanceof PdzError) {
        const { code, message, messageIt } = error;
        throw new PdzError({ code, message, messageIt, path: [index, ...error.path] });
      }
      throw error;
    }
  });
  let percent: Decimal;
  if (weighting === "objectives") {
    percent = grades.reduce((sum, grade) => sum.plus(grade.percent), new Dec(0)).div(grades.length);
  } else {
    const realized = grades.reduce((sum, grade) => sum.plus(grade.realized), new Dec(0));
    const planned = grades.reduce((sum, grade) => sum + grade.planned, 0);
    percent = realized.times(100).div(planned);
  }
  const band = achievementBand(percent);
  return { percent, band, labels: getAchievementBand(band).labels, weighting, objectives: grades };
}

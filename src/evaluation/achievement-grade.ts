import { getAchievementBand, type AchievementBand } from "../catalog/evaluation-scales.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError, type ErrorPath } from "../core/error.js";
import { toDecimal, type DecimalInput } from "../core/input.js";
import type { Labels } from "../core/labels.js";
import { achievementBand } from "./achievement-band.js";

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
 * @category Evaluation
 */
export const PARTIAL_ACTION_POLICIES = ["count", "ignore", "weight"] as const;

/**
 * An action with its reported completion, in percent (0–100).
 * @category Evaluation
 */
export interface ActionCompletion {
  readonly completion: DecimalInput;
}

/**
 * What {@link achievementGrade} accepts: the two counts, or the actions with their completion.
 * @category Evaluation
 */
export type AchievementInput =
  | { readonly planned: number; readonly realized: DecimalInput }
  | { readonly actions: readonly ActionCompletion[]; readonly partial?: PartialActionPolicy };

/**
 * The achievement grade of one objective ("grado di raggiungimento dell'obiettivo").
 * @category Evaluation
 */
export interface AchievementGrade {
  /** The exact grade, in percent: realized × 100 / planned. */
  readonly percent: Decimal;
  readonly band: AchievementBand;
  /** The band's labels {it, en}. */
  readonly labels: Labels;
  /** The band's range as the official grid prints it. */
  readonly officialRange: string;
  /** Actions counted as realized (a fraction under the `"weight"` policy). */
  readonly realized: Decimal;
  /** Actions planned. */
  readonly planned: number;
}

function invalidCount(path: ErrorPath): PdzError {
  return new PdzError({
    code: "invalid_action_count",
    message: "A number of actions must be a whole number ≥ 0",
    messageIt: "Il numero di azioni deve essere un intero ≥ 0",
    path,
  });
}

function readCompletion(action: ActionCompletion, path: ErrorPath): Decimal {
  const completion = toDecimal(action.completion, path);
  if (completion.isNegative() || completion.gt(100)) {
    throw new PdzError({
      code: "completion_out_of_range",
      message: "An action's completion must be between 0% and 100%",
      messageIt: "La percentuale di realizzazione di un'azione deve essere compresa tra 0% e 100%",
      path,
    });
  }
  return completion;
}

function realizedShare(completion: Decimal, policy: PartialActionPolicy): Decimal {
  if (policy === "weight") return completion.div(100);
  const realized = policy === "count" ? completion.gt(0) : completion.eq(100);
  return new Dec(realized ? 1 : 0);
}

function countsOf(input: AchievementInput): { planned: number; realized: Decimal } {
  if ("actions" in input) {
    const policy = input.partial ?? "count";
    // Checked at run time too: notebooks and JavaScript callers bypass the type.
    if (!(PARTIAL_ACTION_POLICIES as readonly string[]).includes(policy)) {
      throw new PdzError({
        code: "invalid_partial_policy",
        message: 'The partial-action policy must be "count", "ignore" or "weight"',
        messageIt: 'La regola per le azioni parziali deve essere "count", "ignore" o "weight"',
        path: ["partial"],
      });
    }
    let realized = new Dec(0);
    input.actions.forEach((action, index) => {
      realized = realized.plus(
        realizedShare(readCompletion(action, ["actions", index, "completion"]), policy),
      );
    });
    return { planned: input.actions.length, realized };
  }
  const { planned } = input;
  if (typeof planned !== "number" || !Number.isSafeInteger(planned) || planned < 0)
    throw invalidCount(["planned"]);
  const realized = toDecimal(input.realized, ["realized"]);
  if (!realized.isInteger() || realized.isNegative()) throw invalidCount(["realized"]);
  return { planned, realized };
}

/**
 * Computes an objective's achievement grade as the D.G.R. XII/2167 grid defines it:
 * `(n. azioni realizzate × 100) / n. azioni programmate`, exact, with its band.
 *
 * Give either the two counts (`{ planned, realized }`) or the actions with their reported completion
 * (`{ actions, partial }`); see {@link PartialActionPolicy} for how partly done actions count.
 *
 * @param input - the counts, or the actions
 * @throws {@link PdzError} `invalid_action_count` (negative or fractional counts), `realized_exceeds_planned`,
 *   `no_planned_actions` (planned = 0 or no actions), `completion_out_of_range` (outside 0–100),
 *   `invalid_partial_policy`
 * @example
 * ```ts
 * import { achievementGrade } from "piano-di-zona";
 * // Gallarate 2021-2023, objective G: six actions at 50/0/50/50/0/50% → 4 realized of 6
 * const g = achievementGrade({ actions: [50, 0, 50, 50, 0, 50].map((completion) => ({ completion })) });
 * g.percent.toFixed(2) //=> "66.67"
 * g.band //=> "sufficiente"
 * achievementGrade({ actions: [{ completion: 50 }, { completion: 100 }], partial: "weight" }).percent.toString() //=> "75"
 * achievementGrade({ planned: 4, realized: 3 }).labels.en //=> "sufficient"
 * achievementGrade({ planned: 4, realized: 5 }) //=> throws realized_exceeds_planned
 * ```
 * @category Evaluation
 */
export function achievementGrade(input: AchievementInput): AchievementGrade {
  const { planned, realized } = countsOf(input);
  if (planned === 0) {
    throw new PdzError({
      code: "no_planned_actions",
      message: "An objective with no planned actions has no achievement grade",
      messageIt: "Un obiettivo senza azioni programmate non ha un grado di raggiungimento",
      path: "actions" in input ? ["actions"] : ["planned"],
    });
  }
  if (realized.gt(planned)) {
    throw new PdzError({
      code: "realized_exceeds_planned",
      message: "Realized actions cannot exceed planned actions",
      messageIt: "Le azioni realizzate non possono superare quelle programmate",
      path: ["realized"],
    });
  }
  const percent = realized.times(100).div(planned);
  const band = achievementBand(percent);
  const info = getAchievementBand(band);
  return { percent, band, labels: info.labels, officialRange: info.officialRange, realized, planned };
}

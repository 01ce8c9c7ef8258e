import { ACHIEVEMENT_BAND_CATALOG, type AchievementBand } from "../catalog/evaluation-scales.js";
import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import type { Labels } from "../core/labels.js";
import { percentFraction, powerOfTen, readAchievementInput, type GradeParts } from "./_grade-parts.js";
import { bandOfFraction } from "./achievement-band.js";
import type { PartialActionPolicy } from "./partial-action-policy.js";

/**
 * An action with its reported completion, in percent (0–100).
 * @category Evaluation
 */
export interface ActionCompletion {
  readonly completion: DecimalInput;
}

/**
 * What {@link achievementGrade} accepts: the two counts of actions, or the actions with their completion.
 * @category Evaluation
 */
export type AchievementInput =
  | { readonly planned: number; readonly realized: number }
  | { readonly actions: readonly ActionCompletion[]; readonly partial?: PartialActionPolicy };

/**
 * The achievement grade of one objective ("grado di raggiungimento dell'obiettivo").
 *
 * Counts are numbers: `planned` and `realized` are whole numbers of actions. What the grade divides is
 * `realizedEquivalent`, the actions realized in full-action equivalents: equal to `realized` under the `"count"` and
 * `"ignore"` policies and with counts; under `"weight"` the exact sum of the completions ÷ 100 (actions at 50/0/50%
 * are 1 realized equivalent), while `realized` counts the actions with any completion.
 * @category Evaluation
 */
export interface AchievementGrade {
  /** The exact grade, in percent: realizedEquivalent × 100 / planned, correctly rounded to 40 significant digits. */
  readonly percent: Decimal;
  /** The band, decided on the exact grade. */
  readonly band: AchievementBand;
  /** The band's labels {it, en}. */
  readonly labels: Labels;
  /** The band's range as the official grid prints it. */
  readonly officialRange: string;
  /** Actions planned. */
  readonly planned: number;
  /** Actions counted as realized: with any completion (`"count"`, `"weight"`, counts) or at 100% (`"ignore"`). */
  readonly realized: number;
  /** Actions realized in full-action equivalents: the grade's numerator (fractional only under `"weight"`). */
  readonly realizedEquivalent: Decimal;
}

/** The exact values of a grade, which grades of equal parts share. @internal */
export interface GradeValues {
  readonly percent: Decimal;
  readonly band: AchievementBand;
  readonly realizedEquivalent: Decimal;
}

/** The exact values of a grade's parts. @internal */
export function gradeValues(parts: GradeParts): GradeValues {
  const fraction = percentFraction(parts);
  return {
    percent: exactQuotient(fraction.numerator, fraction.denominator),
    // Never null: the share never exceeds the planned actions.
    band: bandOfFraction(fraction) ?? "ottimo",
    realizedEquivalent: exactQuotient(parts.shareNumerator, powerOfTen(parts.shareExponent)),
  };
}

/** The public grade of exact parts, from their values (computed here unless given). @internal */
export function gradeOf(parts: GradeParts, known: GradeValues = gradeValues(parts)): AchievementGrade {
  const info = ACHIEVEMENT_BAND_CATALOG[known.band];
  return {
    percent: known.percent,
    band: known.band,
    labels: info.labels,
    officialRange: info.officialRange,
    planned: parts.planned,
    realized: parts.realized,
    realizedEquivalent: known.realizedEquivalent,
  };
}

/**
 * Computes an objective's achievement grade as the D.G.R. XII/2167 grid defines it:
 * `(n. azioni realizzate × 100) / n. azioni programmate`, exact, with its band decided on the exact value.
 *
 * Give either the two counts (`{ planned, realized }`, whole numbers) or the actions with their reported
 * completion (`{ actions, partial }`); see {@link PartialActionPolicy} for how partly done actions count, and
 * {@link AchievementGrade} for how a fractional realized count (`"weight"`) is expressed.
 *
 * @param input - the counts, or the actions
 * @throws {@link PdzError} `invalid_type` (not an object, `actions` not a list), `required_field`,
 *   `invalid_action_count` (counts that are not whole numbers ≥ 0), `realized_exceeds_planned`,
 *   `no_planned_actions` (planned = 0 or no actions), `completion_out_of_range` (outside 0–100),
 *   `invalid_decimal` / `number_out_of_range` / `number_text_too_long` (a completion that is not a number),
 *   `invalid_partial_policy`, `too_many_items`, `unreadable_field`
 * @example
 * ```ts
 * import { achievementGrade } from "piano-di-zona";
 * // Gallarate 2021-2023, objective G: six actions at 50/0/50/50/0/50% → 4 realized of 6
 * const g = achievementGrade({ actions: [50, 0, 50, 50, 0, 50].map((completion) => ({ completion })) });
 * g.percent.toFixed(2) //=> "66.67"
 * g.band //=> "sufficiente"
 * g.realized //=> 4
 * const weighted = achievementGrade({ actions: [{ completion: 50 }, { completion: 100 }], partial: "weight" });
 * weighted.percent.toString() //=> "75"
 * weighted.realizedEquivalent.toString() //=> "1.5"
 * achievementGrade({ planned: 4, realized: 3 }).labels.en //=> "sufficient"
 * achievementGrade({ planned: 4, realized: 5 }) //=> throws realized_exceeds_planned
 * achievementGrade(null as never) //=> throws invalid_type
 * ```
 * @category Evaluation
 */
export function achievementGrade(input: AchievementInput): AchievementGrade {
  return gradeOf(readAchievementInput(input));
}

import { ACHIEVEMENT_BAND_CATALOG, type AchievementBand } from "../catalog/evaluation-scales.js";
import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { PdzError, pdzError, withPathPrefix } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/evaluation.js";
import { ownField, readList, readOptions, readRecord } from "../core/read-input.js";
import { FractionSum } from "./_fraction-sum.js";
import {
  publicFigure,
  recomputedFigure,
  statedFigure,
  type ExclusionReason,
  type Figure,
  type GradeFigure,
} from "./grade-figure.js";
import { powerOfTen, readAchievementInput } from "./_grade-parts.js";
import { readPrintedGrade } from "./_printed-grade.js";
import { bandOfFraction } from "./achievement-band.js";
import { memoGradeOf, type GradeMemo } from "./_grade-memo.js";
import type { AchievementGrade, AchievementInput } from "./achievement-grade.js";
import { readWeighting, type PlanWeighting } from "./plan-weighting.js";

/**
 * Where the plan's mean comes from: every counted objective recomputed, every one stated, or some of each.
 * @category Evaluation
 */
export type PlanOrigin = "recomputed" | "stated" | "mixed";

/**
 * An objective left out of the plan's mean, by its position in the list, with the reason.
 * @category Evaluation
 */
export interface ExcludedObjective {
  readonly index: number;
  readonly reason: ExclusionReason;
}

/**
 * The achievement grade of a whole plan.
 *
 * Where every counted objective has one value (recomputed, or a printed percent), the mean is one exact value:
 * `percent`, with its band. Where some objective is known only by a band or a range, the mean is an exact interval
 * (`interval`), banded only where the whole interval lies in one band; `percent` is then `null`.
 * @category Evaluation
 */
export interface PlanAchievement {
  /** The exact mean, in percent, when it is one value (correctly rounded once to 40 digits); otherwise `null`. */
  readonly percent: Decimal | null;
  /** The band, decided on the exact mean, when the whole interval lies in one band; otherwise `null`. */
  readonly band: AchievementBand | null;
  readonly labels: Labels | null;
  /** The exact bounds of the mean (`from` = `to` for one value), each rounded once; `null` when nothing is counted. */
  readonly interval: { readonly from: Decimal; readonly to: Decimal } | null;
  /** Whether the mean is recomputed, taken from stated grades, or both; `null` when nothing is counted. */
  readonly origin: PlanOrigin | null;
  readonly weighting: PlanWeighting;
  /** Each objective's recomputed grade, in the order given; `null` where it is stated only or left out. */
  readonly objectives: readonly (AchievementGrade | null)[];
  /** Each objective's figure as the mean uses it, in the order given; `null` where it is left out. */
  readonly figures: readonly (GradeFigure | null)[];
  /** How many objectives the mean counts. */
  readonly counted: number;
  /** The objectives left out ("Non applicabile", or no grade), in order. */
  readonly excluded: readonly ExcludedObjective[];
}

/**
 * A grade as the document prints it, for {@link planAchievement}: a percent, a band's range, a band, or "not
 * applicable" (the text is optional here).
 * @category Evaluation
 */
export interface StatedGradeInput {
  readonly text?: string;
  readonly percent?: DecimalInput;
  readonly range?: { readonly from: DecimalInput; readonly to: DecimalInput };
  readonly band?: AchievementBand;
  readonly notApplicable?: boolean;
}

/**
 * What {@link planAchievement} accepts for one objective: the counts or the actions ({@link AchievementInput}), or
 * the grade as printed (`{ grade }`).
 * @category Evaluation
 */
export type PlanAchievementInput = AchievementInput | { readonly grade: StatedGradeInput };

/**
 * Options of {@link planAchievement}.
 * @category Evaluation
 */
export interface PlanAchievementOptions {
  /** How objectives are combined (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

/** One objective as the plan's mean reads it: its figure, or why it is left out. @internal */
export interface AchievementEntry {
  readonly figure: Figure | null;
  readonly excluded: ExclusionReason | null;
}

/** Figures already written out in one call, by their exact bounds. @internal */
export type FigureMemo = Map<string, GradeFigure>;

function figureKey(figure: Figure): string {
  const { low, high } = figure;
  return `${figure.origin}:${figure.basis}:${low.numerator.toString()}/${low.denominator.toString()}:${high.numerator.toString()}/${high.denominator.toString()}`;
}

/** The public form of a figure, written once per distinct figure. @internal */
export function memoFigure(figure: Figure, memo: FigureMemo): GradeFigure {
  const key = figureKey(figure);
  let known = memo.get(key);
  if (known === undefined) {
    known = publicFigure(figure);
    memo.set(key, known);
  }
  return known;
}

function isPoint(figure: Figure): boolean {
  return figure.low.numerator * figure.high.denominator === figure.high.numerator * figure.low.denominator;
}

interface Mean {
  readonly low: Decimal;
  readonly high: Decimal;
  readonly band: AchievementBand | null;
}

// The plain mean of the counted figures: the lower bounds summed as one exact fraction, the upper ones as another.
function meanOfObjectives(counted: readonly Figure[]): Mean {
  const lows = new FractionSum();
  let points = true;
  for (const figure of counted) {
    lows.add(figure.low.numerator, figure.low.denominator);
    if (!isPoint(figure)) points = false;
  }
  const divisor = BigInt(counted.length);
  const low = lows.quotient(divisor, bandOfFraction);
  if (points) return { low: low.value, high: low.value, band: low.class };
  const highs = new FractionSum();
  for (const figure of counted) highs.add(figure.high.numerator, figure.high.denominator);
  const high = highs.quotient(divisor, bandOfFraction);
  return { low: low.value, high: high.value, band: low.class === high.class ? low.class : null };
}

// All realized equivalents over all planned actions: Σ share_i × 100 / Σ planned_i, the shares brought to one power
// of ten. Every counted objective must be recomputed from its actions or counts.
function meanOfActions(entries: readonly AchievementEntry[]): Mean {
  let exponent = 0;
  entries.forEach((entry, index) => {
    const figure = entry.figure;
    if (figure === null) return;
    if (figure.parts === null) throw pdzError(M.actions_weighting_needs_counts, {}, [index]);
    exponent = Math.max(exponent, figure.parts.shareExponent);
  });
  let shares = 0n;
  let planned = 0n;
  for (const entry of entries) {
    const parts = entry.figure?.parts;
    if (parts == null) continue;
    shares += parts.shareNumerator * powerOfTen(exponent - parts.shareExponent);
    planned += BigInt(parts.planned);
  }
  const numerator = exponent >= 2 ? shares : shares * powerOfTen(2 - exponent);
  const denominator = exponent >= 2 ? planned * powerOfTen(exponent - 2) : planned;
  const value = exactQuotient(numerator, denominator);
  return { low: value, high: value, band: bandOfFraction({ numerator, denominator }) };
}

/**
 * The plan's grade from its objectives' figures, each read once. Linear in the objectives.
 * @throws PdzError `actions_weighting_needs_counts` under `"actions"` when a counted objective is stated only
 * @internal
 */
export function planAchievementOf(
  entries: readonly AchievementEntry[],
  weighting: PlanWeighting,
  grades: GradeMemo = new Map(),
  figureMemo: FigureMemo = new Map(),
): PlanAchievement {
  const count = entries.length;
  const objectives = new Array<AchievementGrade | null>(count);
  const figures = new Array<GradeFigure | null>(count);
  const counted: Figure[] = [];
  const excluded: ExcludedObjective[] = [];
  let recomputed = 0;
  for (let index = 0; index < count; index += 1) {
    const entry = entries[index];
    const figure = entry?.figure ?? null;
    objectives[index] = figure?.parts == null ? null : memoGradeOf(figure.parts, grades);
    figures[index] = figure === null ? null : memoFigure(figure, figureMemo);
    if (figure === null) {
      excluded.push({ index, reason: entry?.excluded ?? "no-grade" });
      continue;
    }
    counted.push(figure);
    if (figure.origin === "recomputed") recomputed += 1;
  }
  const base = { weighting, objectives, figures, counted: counted.length, excluded };
  if (counted.length === 0) {
    return { percent: null, band: null, labels: null, interval: null, origin: null, ...base };
  }
  const mean = weighting === "objectives" ? meanOfObjectives(counted) : meanOfActions(entries);
  const origin: PlanOrigin =
    recomputed === counted.length ? "recomputed" : recomputed === 0 ? "stated" : "mixed";
  return {
    percent: mean.low.eq(mean.high) ? mean.low : null,
    band: mean.band,
    labels: mean.band === null ? null : ACHIEVEMENT_BAND_CATALOG[mean.band].labels,
    interval: { from: mean.low, to: mean.high },
    origin,
    ...base,
  };
}

/** One entry of {@link planAchievement}: counts or actions win over a printed grade. @internal */
export function readAchievementEntry(value: unknown): AchievementEntry {
  const record = readRecord(value);
  const grade = ownField(record, "grade");
  if (
    grade !== undefined &&
    ownField(record, "actions") === undefined &&
    ownField(record, "planned") === undefined
  ) {
    let figure: Figure | ExclusionReason;
    try {
      figure = statedFigure(grade === null ? null : readPrintedGrade(grade, false));
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, ["grade"]) : error;
    }
    return typeof figure === "string" ? { figure: null, excluded: figure } : { figure, excluded: null };
  }
  const parts = readAchievementInput(record);
  const basis = ownField(record, "actions") === undefined ? "counts" : "actions";
  return { figure: recomputedFigure(parts, basis), excluded: null };
}

/**
 * Computes the plan-level achievement grade from its objectives, exactly, with its band, on every grid in use.
 *
 * Each objective is given by its counts or actions (its grade is recomputed, see {@link achievementGrade}) or by its
 * grade as printed (`{ grade }`: taken as stated). A printed percent is one value; a printed range ("80% - 99%") is
 * an interval; a band printed alone is the interval of its official range (0 / 1-49 / 50-79 / 80-99 / 100). An
 * objective printed "Non applicabile" (`notApplicable`), or with no grade at all, is left out of the mean and listed
 * in `excluded`.
 *
 * The default (`"objectives"`) is the plain mean of the counted objectives, as the real plans compute it: the lower
 * bounds are summed as one exact fraction and divided once, the upper bounds likewise, so each bound is the exact
 * mean correctly rounded to 40 significant digits (Gallarate: 1225 / 16 = 76.5625). The mean has a band only where
 * the whole interval lies in one band. `"actions"` divides all realized actions by all planned ones, and needs every
 * counted objective's actions or counts. The cost is linear in the objectives and their actions.
 *
 * @param objectives - each objective as counts, actions or a printed grade (at most 10,000,000)
 * @param options - `weighting` (default `"objectives"`)
 * @throws {@link PdzError} `no_objectives` for an empty list, `invalid_weighting`, `actions_weighting_needs_counts`
 *   (`"actions"` with an objective known by its printed grade only), `invalid_type` (not a list, or options that are
 *   not an object), `too_many_items`, every error of {@link achievementGrade}, and for a printed grade
 *   `percent_out_of_range`, `grade_range_reversed`, `not_applicable_grade_with_value`, `invalid_option` (with the
 *   objective's index first in its path)
 * @example
 * ```ts
 * import { planAchievement } from "piano-di-zona";
 * // Gallarate 2021-2023: the 16 objectives as (realized, planned) actions
 * const counts = [[3, 3], [3, 4], [4, 5], [3, 4], [3, 4], [3, 3], [1, 5], [4, 4], [4, 6], [5, 5], [2, 2], [2, 2], [1, 3], [2, 3], [1, 3], [2, 2]];
 * const plan = planAchievement(counts.map(([realized, planned]) => ({ realized, planned })));
 * plan.percent?.toString() //=> "76.5625"
 * plan.band //=> "sufficiente"
 * planAchievement(counts.map(([realized, planned]) => ({ realized, planned })), { weighting: "actions" }).percent?.toFixed(2) //=> "74.14"
 * // Alto Milanese 2021-2023 (seed 004 L116-221): four bands' ranges and five bare percentages
 * const printed = [[80, 99], [80, 99], [50, 79], [80, 99], [50], [80], [60], [30], [100]];
 * const mean = planAchievement(printed.map(([from, to]) => ({ grade: to === undefined ? { percent: from } : { range: { from, to } } })));
 * [mean.interval?.from.toFixed(4), mean.interval?.to.toFixed(4), mean.band] //=> ["67.7778", "77.3333", "sufficiente"]
 * mean.percent //=> null
 * planAchievement([{ grade: { band: "buono" } }, { grade: { notApplicable: true } }]).excluded //=> [{ index: 1, reason: "not-applicable" }]
 * planAchievement([]) //=> throws no_objectives
 * planAchievement("16 obiettivi" as never) //=> throws invalid_type
 * ```
 * @category Evaluation
 */
export function planAchievement(
  objectives: readonly PlanAchievementInput[],
  options: PlanAchievementOptions = {},
): PlanAchievement {
  const list = readList(objectives);
  const weighting = readWeighting(readOptions(options, []), []);
  if (list.length === 0) throw pdzError(M.no_objectives, {}, []);
  const entries = new Array<AchievementEntry>(list.length);
  for (let index = 0; index < list.length; index += 1) {
    try {
      entries[index] = readAchievementEntry(list[index]);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, [index]) : error;
    }
  }
  return planAchievementOf(entries, weighting);
}

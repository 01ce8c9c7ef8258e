import {
  NARRATIVE_OUTCOME_CATALOG,
  NARRATIVE_OUTCOMES,
  type EvaluationGrid,
  type NarrativeOutcome,
} from "../catalog/evaluation-grids.js";
import { ACHIEVEMENT_BAND_CATALOG, type AchievementBand } from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import { toFraction } from "../core/exact-quotient.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/evaluation.js";
import { withinHalfUnit } from "../core/printed-precision.js";
import { readOptions } from "../core/read-input.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import { bandsOfInterval, type ExclusionReason } from "./grade-figure.js";
import type { PrintedGradeRecord } from "./_printed-grade.js";
import { readPlanRecord, type PlanRecord } from "./evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";
import { planAchievementOf, type AchievementEntry, type PlanAchievement } from "./plan-achievement.js";
import { readWeighting, type PlanWeighting } from "./plan-weighting.js";
import {
  recomputeMemo,
  recomputeObjectiveRecord,
  statedGradeFindings,
  type ObjectiveEvaluationResult,
  type StatedGrade,
} from "./recompute-objective-evaluation.js";

/**
 * A theme of a narrative evaluation with its outcome's labels.
 * @category Evaluation
 */
export interface NarrativeThemeResult {
  readonly title: string;
  readonly outcome: NarrativeOutcome;
  readonly labels: Labels;
  /** Where the theme is, and where its outcome is stated when elsewhere; `null` when not given. */
  readonly lines: readonly [number, number] | null;
  readonly outcomeLines: readonly [number, number] | null;
}

/**
 * A narrative evaluation as read: its themes, and how many themes have each outcome (counted by the library: the
 * only figure a narrative evaluation allows).
 * @category Evaluation
 */
export interface NarrativeResult {
  readonly themes: readonly NarrativeThemeResult[];
  readonly counts: { readonly [O in NarrativeOutcome]: number };
}

/**
 * An objective left out of the plan's mean, with its code, title and the reason.
 * @category Evaluation
 */
export interface ExcludedObjectiveResult {
  readonly code: string;
  readonly title: string;
  readonly reason: ExclusionReason;
}

/**
 * A whole ex-post evaluation recomputed: every objective, the plan-level grade, the narrative themes, and every
 * finding. Each figure says where it comes from (see {@link ObjectiveEvaluationResult} and {@link PlanAchievement}).
 * @category Evaluation
 */
export interface PlanEvaluationResult {
  readonly period: { readonly from: number; readonly to: number };
  /** The grid as stated, or as read from the objectives where the record does not state it. */
  readonly grid: EvaluationGrid;
  readonly objectives: readonly ObjectiveEvaluationResult[];
  /** The plan-level grade under the chosen weighting: one value, an interval, or nothing (no objective counted). */
  readonly achievement: PlanAchievement;
  /** The objectives left out of the mean ("Non applicabile", or no grade), in order. */
  readonly excluded: readonly ExcludedObjectiveResult[];
  /** The plan-level grade as printed (a percent, a band, or words only); `null` where none is printed. */
  readonly statedOverallGrade: StatedGrade | null;
  /** The themes of a narrative evaluation; `null` where there are none. */
  readonly narrative: NarrativeResult | null;
  /** All findings: the objectives' ones (their parts' included), then the plan-level ones. */
  readonly findings: readonly Finding[];
}

/**
 * Options of {@link recomputePlanEvaluation}.
 * @category Evaluation
 */
export interface RecomputePlanOptions {
  /** How partly done actions count (default `"count"`, as the real plans do). */
  readonly partial?: PartialActionPolicy;
  /** How objectives are combined into the plan's grade (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

const bandLabels = (band: AchievementBand): Labels => ACHIEVEMENT_BAND_CATALOG[band].labels;

function percentLabels(value: Decimal, decimals: number): Labels {
  return numberLabels(value, decimals, "percent");
}

function narrativeOf(record: PlanRecord): NarrativeResult | null {
  if (record.narrative === null) return null;
  const counts = { raggiunti: 0, "in-parte-raggiunti": 0, "non-raggiunti": 0, "non-dichiarato": 0 };
  const themes = record.narrative.map((theme) => {
    counts[theme.outcome] += 1;
    return { ...theme, labels: NARRATIVE_OUTCOME_CATALOG[theme.outcome].labels };
  });
  // Keys in the catalogue's order.
  const ordered = Object.fromEntries(NARRATIVE_OUTCOMES.map((outcome) => [outcome, counts[outcome]])) as {
    [O in NarrativeOutcome]: number;
  };
  return { themes, counts: ordered };
}

function statedOf(grade: PrintedGradeRecord | null): StatedGrade | null {
  if (grade === null) return null;
  const { text, percent, range, band, notApplicable } = grade;
  return { text, percent, range: range === null ? null : { ...range }, band, notApplicable };
}

// The plan-level grade as printed against the recomputed mean (one value or an interval).
function overallFindings(
  stated: PrintedGradeRecord,
  achievement: PlanAchievement,
  findings: Finding[],
): void {
  statedGradeFindings(
    stated,
    (build, draft) =>
      findings.push(build({ path: draft.at, stated: draft.stated, computed: draft.computed })),
    ["statedOverallGrade"],
  );
  const interval = achievement.interval;
  if (interval === null) return;
  const statedPercent = stated.percent;
  if (statedPercent !== null && achievement.percent !== null) {
    if (!withinHalfUnit(achievement.percent, statedPercent, stated.decimals)) {
      findings.push(
        createFinding(
          M.overall_grade_mismatch,
          {
            stated: percentLabels(statedPercent, stated.decimals),
            computed: percentLabels(achievement.percent, 2),
          },
          {
            path: ["statedOverallGrade", "percent"],
            stated: statedPercent.toString(),
            computed: achievement.percent.toFixed(),
          },
        ),
      );
    }
  } else if (statedPercent !== null) {
    // Judged at the precision printed: the printed figure may be the exact one rounded.
    const below =
      statedPercent.lt(interval.from) && !withinHalfUnit(interval.from, statedPercent, stated.decimals);
    const above =
      statedPercent.gt(interval.to) && !withinHalfUnit(interval.to, statedPercent, stated.decimals);
    if (below || above) {
      findings.push(
        createFinding(
          M.overall_grade_outside_interval,
          {
            stated: percentLabels(statedPercent, stated.decimals),
            from: percentLabels(interval.from, 2),
            to: percentLabels(interval.to, 2),
          },
          {
            path: ["statedOverallGrade", "percent"],
            stated: statedPercent.toString(),
            computed: `${interval.from.toFixed()} ${interval.to.toFixed()}`,
          },
        ),
      );
    }
  }
  const statedBand = stated.band;
  if (statedBand === null) return;
  const possible =
    achievement.band === null
      ? bandsOfInterval(toFraction(interval.from), toFraction(interval.to))
      : [achievement.band];
  if (!possible.includes(statedBand)) {
    const computed = possible.join(" ");
    findings.push(
      createFinding(
        M.overall_band_mismatch,
        {
          stated: bandLabels(statedBand),
          computed: {
            it: possible.map((band) => bandLabels(band).it).join(" – "),
            en: possible.map((band) => bandLabels(band).en).join(" – "),
          },
        },
        { path: ["statedOverallGrade", "band"], stated: statedBand, computed },
      ),
    );
  }
}

// What the plan's mean cannot settle: grades taken as printed, and a mean that spans two bands.
function meanFindings(achievement: PlanAchievement, findings: Finding[]): void {
  let stated = 0;
  for (const figure of achievement.figures) if (figure?.origin === "stated") stated += 1;
  if (stated > 0) {
    findings.push(
      createFinding(
        M.grades_taken_as_printed,
        { stated, counted: achievement.counted },
        { path: ["objectives"], stated: String(stated), computed: null },
      ),
    );
  }
  const interval = achievement.interval;
  if (interval !== null && achievement.band === null) {
    const bands = bandsOfInterval(toFraction(interval.from), toFraction(interval.to));
    findings.push(
      createFinding(
        M.plan_band_undetermined,
        {
          from: percentLabels(interval.from, 2),
          to: percentLabels(interval.to, 2),
          bands: {
            it: bands.map((band) => bandLabels(band).it).join(", "),
            en: bands.map((band) => bandLabels(band).en).join(", "),
          },
        },
        { path: [], stated: null, computed: `${interval.from.toFixed()} ${interval.to.toFixed()}` },
      ),
    );
  }
}

/**
 * A whole evaluation recomputed from its record already read. Each objective is read and graded once, and the
 * plan's grade is computed from the same exact figures: linear in the objectives, their parts and their actions.
 * @internal
 */
export function recomputePlanRecord(
  record: PlanRecord,
  partial: PartialActionPolicy,
  weighting: PlanWeighting,
): PlanEvaluationResult {
  const memo = recomputeMemo();
  const count = record.objectives.length;
  const objectives = new Array<ObjectiveEvaluationResult>(count);
  const entries = new Array<AchievementEntry>(count);
  record.objectives.forEach((objective, index) => {
    const recomputed = recomputeObjectiveRecord(objective, partial, ["objectives", index], memo);
    objectives[index] = recomputed.result;
    entries[index] = recomputed.entry;
  });
  const achievement = planAchievementOf(entries, weighting, memo.grades, memo.figures);
  const findings: Finding[] = [];
  for (const objective of objectives) for (const finding of objective.findings) findings.push(finding);
  meanFindings(achievement, findings);
  if (record.statedOverallGrade !== null) overallFindings(record.statedOverallGrade, achievement, findings);
  const excluded = achievement.excluded.map(({ index, reason }) => {
    const objective = objectives[index];
    return { code: objective?.code ?? "", title: objective?.title ?? "", reason };
  });
  return {
    period: { ...record.period },
    grid: record.grid,
    objectives,
    achievement,
    excluded,
    statedOverallGrade: statedOf(record.statedOverallGrade),
    narrative: narrativeOf(record),
    findings,
  };
}

/**
 * Recomputes the ex-post evaluation of a previous programming (a {@link PlanEvaluation}) on whichever grid the
 * document fills: each objective's grade and coincidence, the plan's grade, the narrative themes, and every figure
 * the document states that the recomputation contradicts.
 *
 * - With the actions listed (Gallarate), every grade is recomputed, and the plan's grade is exact (one fraction over
 *   all objectives, rounded once); a stated overall grade is judged at the decimals it is printed with ("76.56"
 *   agrees with 76.5625).
 * - With grades only (Busto Arsizio, Alto Milanese), the grades are taken as printed: a percent is one value, a range
 *   or a band alone an interval, so the plan's mean is an exact interval, banded only where it lies in one band
 *   (`grades_taken_as_printed`, `plan_band_undetermined`). "Non applicabile" objectives, and objectives without any
 *   grade, are left out and listed in `excluded`.
 * - A narrative evaluation (Sebino) has no grade: its themes and their outcomes are returned, counted by outcome.
 *
 * It reads a validated {@link PlanEvaluation}, its input form written with canonical numbers, or its JSON. Linear in
 * the objectives, their parts and their actions.
 *
 * @param evaluation - the evaluation, as the document states it
 * @param options - `partial` (default `"count"`) and `weighting` (default `"objectives"`)
 * @throws {@link PdzError} on an evaluation of the wrong shape: `invalid_type`, `required_field`,
 *   `unreadable_field`, `no_objectives` (no objectives outside a narrative evaluation), `year_out_of_range`,
 *   `evaluation_period_reversed`, `invalid_option` (a grid or an outcome that does not exist), `line_range_reversed`,
 *   and every error of {@link recomputeObjectiveEvaluation} under `["objectives", index]`; `invalid_partial_policy`,
 *   `invalid_weighting`, `actions_weighting_needs_counts` for the options
 * @example
 * ```ts
 * import { recomputePlanEvaluation } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const result = recomputePlanEvaluation(GALLARATE_EVALUATION_2021_2023);
 * result.achievement.percent?.toString() //=> "76.5625"
 * result.achievement.band //=> "sufficiente"
 * result.achievement.origin //=> "recomputed"
 * result.findings.some((finding) => finding.code === "coincidence_not_reproducible") //=> true
 * // A grid with bands only: the mean is an interval across two bands
 * const bands = recomputePlanEvaluation({
 *   period: { from: 2021, to: 2024 },
 *   objectives: [
 *     { code: "1", title: "Uno", grade: { text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" } },
 *     { code: "2", title: "Due", grade: { text: "50% (sufficiente)", percent: 50, band: "sufficiente" } },
 *   ],
 * });
 * [bands.grid, bands.achievement.interval?.from.toString(), bands.achievement.interval?.to.toString(), bands.achievement.band] //=> ["dgr-2167-bands", "65", "74.5", "sufficiente"]
 * recomputePlanEvaluation({ period: { from: 2021, to: 2023 }, objectives: [] }) //=> throws no_objectives
 * ```
 * @category Evaluation
 */
export function recomputePlanEvaluation(
  evaluation: DeepReadonly<PlanEvaluationInput>,
  options: RecomputePlanOptions = {},
): PlanEvaluationResult {
  const optionRecord = readOptions(options, []);
  const partial = readPartialPolicy(optionRecord, []);
  const weighting = readWeighting(optionRecord, []);
  return recomputePlanRecord(readPlanRecord(evaluation), partial, weighting);
}

import {
  ACHIEVEMENT_BAND_CATALOG,
  type AchievementBand,
  type CoincidenceBand,
} from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { exactQuotient, toFraction } from "../core/exact-quotient.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/evaluation.js";
import { withinHalfUnit } from "../core/printed-precision.js";
import { readOptions } from "../core/read-input.js";
import type { ObjectiveEvaluationInput } from "../model/objective-evaluation.js";
import {
  bandsOfInterval,
  hullFigure,
  lessThan,
  recomputedFigure,
  statedFigure,
  type ExclusionReason,
  type Figure,
  type GradeFigure,
} from "./grade-figure.js";
import { fromCompletions, powerOfTen, type GradeParts } from "./_grade-parts.js";
import { readPathOption } from "./_options.js";
import type { PrintedGradeRecord } from "./_printed-grade.js";
import { memoGradeOf, type GradeMemo } from "./_grade-memo.js";
import type { AchievementGrade } from "./achievement-grade.js";
import { readObjectiveRecord, type ActionRecord, type ObjectiveRecord } from "./evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";
import { memoFigure, type AchievementEntry, type FigureMemo } from "./plan-achievement.js";
import { bandOfCoincidence, coincidenceOf, type ResourceCoincidence } from "./resource-coincidence.js";

/**
 * A grade as the document prints it, read: its text and what can be read from it (a percent, a range, a band, "Non
 * applicabile"). Stated figures, never recomputed.
 * @category Evaluation
 */
export interface StatedGrade {
  readonly text: string | null;
  readonly percent: Decimal | null;
  readonly range: { readonly from: Decimal; readonly to: Decimal } | null;
  readonly band: AchievementBand | null;
  readonly notApplicable: boolean;
}

/**
 * An evaluated objective as recomputed by the library, with what disagrees with the document. Each figure says
 * where it comes from: `grade` and `weightedGrade` are recomputed (from the actions, or from the action counts),
 * `statedGrade` is the document's, and `achievement` is the one the plan's mean uses, with its origin.
 * @category Evaluation
 */
export interface ObjectiveEvaluationResult {
  readonly code: string;
  readonly title: string;
  /**
   * The grade recomputed from the actions under the chosen partial-action policy (by default the one the real plans
   * use), or from the action counts; `null` where the document gives neither (a grid with grades only).
   */
  readonly grade: AchievementGrade | null;
  /** The grade with each action weighted by its completion, to show how much partial actions inflate `grade`; `null` without actions. */
  readonly weightedGrade: AchievementGrade | null;
  /** The grade as printed; `null` where none is printed. */
  readonly statedGrade: StatedGrade | null;
  /**
   * The objective's figure in the plan's mean: the recomputed grade where there is one, else the printed grade (an
   * interval for a band or a range), else the span of its parts; `null` where the objective is left out.
   */
  readonly achievement: GradeFigure | null;
  /** Why the objective is left out of the plan's mean, or `null` where it is counted. */
  readonly excluded: ExclusionReason | null;
  /** The coincidence recomputed from the objective's amounts, when the document gives both; otherwise `null`. */
  readonly coincidence: ResourceCoincidence | null;
  /** The parts the document grades one by one (each recomputed the same way), in order; empty for most objectives. */
  readonly parts: readonly ObjectiveEvaluationResult[];
  /** Everything in the record that the recomputation contradicts, and what it cannot recompute. */
  readonly findings: readonly Finding[];
}

/**
 * Options of {@link recomputeObjectiveEvaluation}.
 * @category Evaluation
 */
export interface RecomputeObjectiveOptions {
  /** How partly done actions count (default `"count"`, as the real plans do). */
  readonly partial?: PartialActionPolicy;
  /** Path of the record in a larger document, prefixed to every finding's path. */
  readonly path?: ErrorPath;
}

/** Where a finding sits (relative to the objective) and the figures it compares. @internal */
export interface Draft {
  readonly at: ErrorPath;
  readonly stated: string | null;
  readonly computed: string | null;
}
/** Where a finding sits, with the figures it compares. @internal */
export interface Where {
  readonly path: ErrorPath;
  readonly stated: string | null;
  readonly computed: string | null;
}
type Found = (build: (where: Where) => Finding, draft: Draft) => void;

const NONE: Labels = { it: "—", en: "—" };

/**
 * What one recomputation keeps while it runs: grades by their exact parts, figures by their bounds, and percentages
 * already written in both languages (a plan repeats the same few grades: 100%, 75%, 66,67%…).
 * @internal
 */
export interface RecomputeMemo {
  readonly grades: GradeMemo;
  readonly figures: FigureMemo;
  readonly percents: Map<string, Labels>;
}

/** A fresh {@link RecomputeMemo}. @internal */
export function recomputeMemo(): RecomputeMemo {
  return { grades: new Map(), figures: new Map(), percents: new Map() };
}

function percentLabels(memo: RecomputeMemo, value: Decimal, decimals: number): Labels {
  const key = `${value.toString()}:${String(decimals)}`;
  let labels = memo.percents.get(key);
  if (labels === undefined) {
    labels = numberLabels(value, decimals, "percent");
    memo.percents.set(key, labels);
  }
  return labels;
}
const bandLabels = (band: AchievementBand): Labels => ACHIEVEMENT_BAND_CATALOG[band].labels;

function bandListLabels(bands: readonly AchievementBand[]): Labels {
  return {
    it: bands.map((band) => bandLabels(band).it).join(" – "),
    en: bands.map((band) => bandLabels(band).en).join(" – "),
  };
}

function rangeLabels(memo: RecomputeMemo, from: Decimal, to: Decimal): Labels {
  const low = percentLabels(memo, from, Math.min(20, from.decimalPlaces()));
  const high = percentLabels(memo, to, Math.min(20, to.decimalPlaces()));
  return { it: `${low.it} – ${high.it}`, en: `${low.en} – ${high.en}` };
}

function actionCoincidence(action: ActionRecord): CoincidenceBand | null {
  if (action.budgeted !== null && action.paid !== null)
    return coincidenceOf(action.budgeted, action.paid).band;
  if (action.statedCoincidencePercent === "over-100") return "sottostimato";
  if (action.statedCoincidencePercent !== null) return bandOfCoincidence(action.statedCoincidencePercent);
  return null;
}

// The exact mean of decimals (percentages printed per action): one fraction, rounded once.
function mean(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  const fractions = values.map(toFraction);
  let exponent = 0;
  for (const { denominator } of fractions) exponent = Math.max(exponent, denominator.toString().length - 1);
  const scale = powerOfTen(exponent);
  let sum = 0n;
  for (const { numerator, denominator } of fractions) sum += numerator * (scale / denominator);
  return exactQuotient(sum, scale * BigInt(values.length));
}

/**
 * The printed band against the printed percent or range: the grid's own words must agree. `at` locates the grade.
 * @internal
 */
export function statedGradeFindings(
  stated: PrintedGradeRecord,
  found: (build: (where: Where) => Finding, draft: Draft) => void,
  at: ErrorPath = ["grade"],
): void {
  const band = stated.band;
  if (band === null) return;
  let bands: readonly AchievementBand[] | null = null;
  if (stated.percent !== null) {
    const value = toFraction(stated.percent);
    bands = bandsOfInterval(value, value);
  } else if (stated.range !== null) {
    bands = bandsOfInterval(toFraction(stated.range.from), toFraction(stated.range.to));
  }
  if (bands === null || (bands.length === 1 && bands[0] === band)) return;
  const touched = bands;
  found(
    (where) =>
      createFinding(
        M.stated_band_inconsistent,
        { stated: bandLabels(band), computed: bandListLabels(touched) },
        where,
      ),
    { at: [...at, "band"], stated: band, computed: touched.join(" ") },
  );
}

function recomputedGradeFindings(
  stated: PrintedGradeRecord,
  grade: AchievementGrade,
  found: Found,
  memo: RecomputeMemo,
): void {
  // Grades are printed as whole percentages in the grid: judged at units.
  if (stated.percent !== null && !withinHalfUnit(grade.percent, stated.percent, 0)) {
    const percent = stated.percent;
    found(
      (where) =>
        createFinding(
          M.grade_mismatch,
          { stated: percentLabels(memo, percent, 0), computed: percentLabels(memo, grade.percent, 2) },
          where,
        ),
      { at: ["grade", "percent"], stated: percent.toString(), computed: grade.percent.toFixed() },
    );
  }
  const range = stated.range;
  if (
    stated.percent === null &&
    range !== null &&
    (grade.percent.lt(range.from) || grade.percent.gt(range.to))
  ) {
    found(
      (where) =>
        createFinding(
          M.grade_outside_stated_range,
          {
            stated: rangeLabels(memo, range.from, range.to),
            computed: percentLabels(memo, grade.percent, 2),
          },
          where,
        ),
      {
        at: ["grade", "range"],
        stated: `${range.from.toString()} ${range.to.toString()}`,
        computed: grade.percent.toFixed(),
      },
    );
  }
  if (stated.band !== null && stated.band !== grade.band) {
    const band = stated.band;
    found(
      (where) =>
        createFinding(
          M.grade_band_mismatch,
          { stated: bandLabels(band), computed: bandLabels(grade.band) },
          where,
        ),
      { at: ["grade", "band"], stated: band, computed: grade.band },
    );
  }
  if (stated.notApplicable) {
    found(
      (where) =>
        createFinding(
          M.not_applicable_grade_recomputed,
          { computed: percentLabels(memo, grade.percent, 2) },
          where,
        ),
      { at: ["grade", "notApplicable"], stated: "non-applicabile", computed: grade.percent.toFixed() },
    );
  }
}

function actionFindings(
  record: ObjectiveRecord,
  actions: readonly ActionRecord[],
  grade: AchievementGrade,
  weightedGrade: AchievementGrade,
  found: Found,
  memo: RecomputeMemo,
): void {
  if (weightedGrade.band !== grade.band) {
    // Not an arithmetic slip: the grid's formula counts an action as realized even when only partly done, and
    // here that lifts the objective into a better band than its actions' completion supports.
    found(
      (where) =>
        createFinding(
          M.partial_actions_raise_band,
          {
            counted: percentLabels(memo, grade.percent, 2),
            countedBand: bandLabels(grade.band),
            weighted: percentLabels(memo, weightedGrade.percent, 2),
            weightedBand: bandLabels(weightedGrade.band),
          },
          where,
        ),
      { at: ["actions"], stated: grade.band, computed: weightedGrade.band },
    );
  }
  const count = record.statedRealizedCount;
  if (count !== null) {
    let fullyDone = 0;
    for (const action of actions) if (action.completion.eq(100)) fullyDone += 1;
    const planned = actions.length;
    if (count.realized !== fullyDone || count.planned !== planned) {
      found(
        (where) =>
          createFinding(
            M.realized_count_text_mismatch,
            { statedRealized: count.realized, statedPlanned: count.planned, realized: fullyDone, planned },
            where,
          ),
        {
          at: ["statedRealizedCount"],
          stated: `${String(count.realized)}/${String(count.planned)}`,
          computed: `${String(fullyDone)}/${String(planned)}`,
        },
      );
    }
  }
  // Counts stated beside the listed actions.
  const checks = [
    ["plannedActions", record.plannedActions, actions.length],
    ["realizedActions", record.realizedActions, grade.realized],
  ] as const;
  for (const [key, stated, computed] of checks) {
    if (stated === null || stated === computed) continue;
    found((where) => createFinding(M.action_count_mismatch, { field: key, stated, computed }, where), {
      at: [key],
      stated: String(stated),
      computed: String(computed),
    });
  }
}

function statedPercentFindings(
  record: ObjectiveRecord,
  statedPercent: Decimal,
  computed: ResourceCoincidence | null,
  found: Found,
  memo: RecomputeMemo,
): void {
  const at = ["coincidence", "statedPercent"];
  if (computed?.percent != null) {
    const percent = computed.percent;
    if (!withinHalfUnit(percent, statedPercent, 0)) {
      found(
        (where) =>
          createFinding(
            M.coincidence_mismatch,
            { stated: percentLabels(memo, statedPercent, 0), computed: percentLabels(memo, percent, 2) },
            where,
          ),
        { at, stated: statedPercent.toString(), computed: percent.toFixed() },
      );
    }
    return;
  }
  // No amounts for the objective: the stated figure should at least be a mean of the actions' figures.
  const all: Decimal[] = [];
  const realized: Decimal[] = [];
  for (const action of record.actions ?? []) {
    const value = action.statedCoincidencePercent;
    if (value === null || value === "over-100") continue;
    all.push(value);
    if (action.completion.gt(0)) realized.push(value);
  }
  const overAll = mean(all);
  const overRealized = mean(realized);
  const candidates = [overAll, overRealized].filter((value): value is Decimal => value !== null);
  if (candidates.length === 0 || candidates.some((value) => withinHalfUnit(value, statedPercent, 0))) return;
  found(
    (where) =>
      createFinding(
        M.coincidence_not_reproducible,
        {
          stated: percentLabels(memo, statedPercent, 0),
          overAll: overAll === null ? NONE : percentLabels(memo, overAll, 2),
          overRealized: overRealized === null ? NONE : percentLabels(memo, overRealized, 2),
        },
        where,
      ),
    {
      at,
      stated: statedPercent.toString(),
      computed: candidates.map((value) => value.toFixed(2)).join(" | "),
    },
  );
}

function coincidenceFindings(
  record: ObjectiveRecord,
  computed: ResourceCoincidence | null,
  found: Found,
  memo: RecomputeMemo,
): void {
  const stated = record.coincidence;
  if (stated === null) return;
  const statedPercent = stated.statedPercent;
  const statedBand = stated.statedBand ?? (statedPercent === null ? null : bandOfCoincidence(statedPercent));
  if (statedPercent !== null) statedPercentFindings(record, statedPercent, computed, found, memo);

  const actions = record.actions ?? [];
  if (statedBand === "ottimo") {
    actions.forEach((action, index) => {
      if (actionCoincidence(action) === "sottostimato") {
        found((where) => createFinding(M.coincidence_contradicted_by_action, { action: index + 1 }, where), {
          at: ["actions", index],
          stated: "ottimo",
          computed: "sottostimato",
        });
      }
    });
  }

  actions.forEach((action, index) => {
    const percent = action.statedCoincidencePercent;
    if (action.budgeted?.isZero() === true && percent !== null) {
      found((where) => createFinding(M.zero_budget_reported_as_percent, { action: index + 1 }, where), {
        at: ["actions", index, "statedCoincidencePercent"],
        stated: percent.toString(),
        computed: "non-applicabile",
      });
    }
  });

  const notApplicable = stated.budgeted?.isZero() === true;
  if (statedBand === null && !notApplicable && (computed === null || computed.percent === null)) {
    found((where) => createFinding(M.coincidence_not_graded, {}, where), {
      at: ["coincidence"],
      stated: stated.text,
      computed: null,
    });
  }
}

function statedGradeOf(grade: PrintedGradeRecord | null): StatedGrade | null {
  if (grade === null) return null;
  const { text, percent, range, band, notApplicable } = grade;
  return { text, percent, range: range === null ? null : { ...range }, band, notApplicable };
}

function disjoint(a: Figure, b: Figure): boolean {
  return lessThan(a.high, b.low) || lessThan(b.high, a.low);
}

interface Recomputed {
  readonly result: ObjectiveEvaluationResult;
  readonly entry: AchievementEntry;
}

/**
 * One objective recomputed from its record already read: its result and its entry in the plan's mean (its figure,
 * or why it is left out). Linear in the objective's actions and parts.
 * @internal
 */
export function recomputeObjectiveRecord(
  record: ObjectiveRecord,
  partial: PartialActionPolicy,
  prefix: ErrorPath,
  memo: RecomputeMemo = recomputeMemo(),
): Recomputed {
  const findings: Finding[] = [];
  const found: Found = (build, draft) => {
    findings.push(build({ path: [...prefix, ...draft.at], stated: draft.stated, computed: draft.computed }));
  };
  const parts = record.parts.map((part, index) =>
    recomputeObjectiveRecord(part, partial, [...prefix, "parts", index], memo),
  );

  let grade: AchievementGrade | null = null;
  let weightedGrade: AchievementGrade | null = null;
  let figure: Figure | null = null;
  if (record.actions !== null) {
    const completions = record.actions.map((action) => action.completion);
    const gradeParts = fromCompletions(completions, partial);
    grade = memoGradeOf(gradeParts, memo.grades);
    weightedGrade =
      partial === "weight" ? grade : memoGradeOf(fromCompletions(completions, "weight"), memo.grades);
    figure = recomputedFigure(gradeParts, "actions");
    actionFindings(record, record.actions, grade, weightedGrade, found, memo);
  } else if (record.plannedActions !== null && record.realizedActions !== null && record.plannedActions > 0) {
    const gradeParts: GradeParts = {
      planned: record.plannedActions,
      realized: record.realizedActions,
      shareNumerator: BigInt(record.realizedActions),
      shareExponent: 0,
    };
    grade = memoGradeOf(gradeParts, memo.grades);
    figure = recomputedFigure(gradeParts, "counts");
  }

  const stated = record.grade;
  if (stated !== null) {
    statedGradeFindings(stated, found);
    if (grade !== null) recomputedGradeFindings(stated, grade, found, memo);
  }

  const partFigures: Figure[] = [];
  for (const part of parts) if (part.entry.figure !== null) partFigures.push(part.entry.figure);
  const span = hullFigure(partFigures);
  let excluded: ExclusionReason | null = null;
  if (figure === null) {
    const printed = statedFigure(stated);
    if (typeof printed !== "string") figure = printed;
    else if (printed === "not-applicable") excluded = printed;
    else if (span !== null) figure = span;
    else {
      const allNotApplicable =
        parts.length > 0 && parts.every((part) => part.entry.excluded === "not-applicable");
      excluded = allNotApplicable ? "not-applicable" : "no-grade";
    }
  }
  if (figure !== null && span !== null && figure !== span && disjoint(figure, span)) {
    const own = memoFigure(figure, memo.figures);
    const whole = memoFigure(span, memo.figures);
    found(
      (where) =>
        createFinding(
          M.grade_outside_parts,
          { stated: rangeLabels(memo, own.from, own.to), computed: rangeLabels(memo, whole.from, whole.to) },
          where,
        ),
      {
        at: ["grade"],
        stated: `${own.from.toString()} ${own.to.toString()}`,
        computed: `${whole.from.toString()} ${whole.to.toString()}`,
      },
    );
  }
  // A part left out reports it itself; an objective with parts is left out only when all of them are.
  if (excluded === "not-applicable" && parts.length === 0) {
    found((where) => createFinding(M.objective_not_applicable, {}, where), {
      at: ["grade", "notApplicable"],
      stated: "non-applicabile",
      computed: null,
    });
  } else if (excluded === "no-grade" && parts.length === 0) {
    found((where) => createFinding(M.objective_without_grade, {}, where), {
      at: [],
      stated: null,
      computed: null,
    });
  }

  const amounts = record.coincidence;
  const coincidence =
    amounts?.paid != null && amounts.budgeted !== null ? coincidenceOf(amounts.budgeted, amounts.paid) : null;
  coincidenceFindings(record, coincidence, found, memo);
  for (const part of parts) for (const finding of part.result.findings) findings.push(finding);
  return {
    result: {
      code: record.code,
      title: record.title,
      grade,
      weightedGrade,
      statedGrade: statedGradeOf(stated),
      achievement: figure === null ? null : memoFigure(figure, memo.figures),
      excluded,
      coincidence,
      parts: parts.map((part) => part.result),
      findings,
    },
    entry: { figure, excluded },
  };
}

/**
 * Recomputes one objective's ex-post evaluation, on whichever grid the document fills, and lists what the document
 * states that the figures contradict (findings, never exceptions).
 *
 * With the actions listed, the grade and the completion-weighted grade are recomputed and compared with the printed
 * grade (its percent at units, its range, its band); with the action counts only, the grade is recomputed from
 * them. Without either (a grid with grades only), the printed grade is taken as stated: a percent as one value, a
 * range or a band alone as an interval (see {@link GradeFigure}), and its band is checked against its own percent or
 * range. An objective split into parts has each part recomputed the same way; without a grade of its own it spans
 * its parts' figures (no weighting between parts is invented). "Non applicabile" or no grade at all leaves the
 * objective out of the plan's mean (`excluded`, with a finding). The coincidence is recomputed from the amounts when
 * the document gives them.
 *
 * It reads a validated {@link ObjectiveEvaluation}, its input form written with canonical numbers, or its JSON
 * (every number as a canonical decimal; Italian text such as "76,56%" is read by the schema's Italian mode, not
 * here). Findings' messages give numbers and bands in each language ("75,00%" and "buono", "75.00%" and "good").
 *
 * @param record - the objective's evaluation, as stated in the document
 * @param options - partial-action policy (default `"count"`) and a path prefix for the findings
 * @throws {@link PdzError} on a record of the wrong shape: `invalid_type`, `required_field`, `unreadable_field`,
 *   `text_too_long`, `too_many_items`, `invalid_decimal`, `number_out_of_range`, `number_text_too_long`,
 *   `negative_amount`, `percent_out_of_range`, `completion_out_of_range`, `invalid_action_count`,
 *   `realized_exceeds_planned`, `invalid_option` (a band or adequacy level that does not exist),
 *   `grade_range_reversed`, `not_applicable_grade_with_value`, `stated_grade_renamed` (0.1.0's `statedGrade`); and
 *   `invalid_partial_policy` for the option
 * @example
 * ```ts
 * import { recomputeObjectiveEvaluation } from "piano-di-zona";
 * const result = recomputeObjectiveEvaluation({
 *   code: "X",
 *   title: "Esempio",
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: 0 }],
 *   grade: { text: "50% (buono)", percent: 50, band: "buono" },
 * });
 * result.grade?.band //=> "sufficiente"
 * result.findings.map((finding) => finding.code) //=> ["stated_band_inconsistent", "grade_band_mismatch"]
 * result.findings[1]?.message //=> 'Stated band "good" differs from the band of the recomputed grade ("sufficient")'
 * // Busto Arsizio 2021-2024, objective 2: a band's range, no actions (seed 001 L361)
 * const busto = recomputeObjectiveEvaluation({ code: "2", title: "IL LAVORO, CHIAVE PER CONTRASTARE LA POVERTA'", grade: { text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" } });
 * [busto.grade, busto.achievement?.origin, busto.achievement?.from.toString(), busto.achievement?.to.toString()] //=> [null, "stated", "80", "99"]
 * recomputeObjectiveEvaluation(null as never) //=> throws invalid_type
 * ```
 * @category Evaluation
 */
export function recomputeObjectiveEvaluation(
  record: DeepReadonly<ObjectiveEvaluationInput>,
  options: RecomputeObjectiveOptions = {},
): ObjectiveEvaluationResult {
  const optionRecord = readOptions(options, []);
  const partial = readPartialPolicy(optionRecord, []);
  const prefix = readPathOption(optionRecord, []);
  return recomputeObjectiveRecord(readObjectiveRecord(record), partial, prefix).result;
}

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
import { fromCompletions, powerOfTen, type GradeParts } from "./_grade-parts.js";
import { readPathOption } from "./_options.js";
import { gradeOf, type AchievementGrade, type GradeMemo } from "./achievement-grade.js";
import { readObjectiveRecord, type ActionRecord, type ObjectiveRecord } from "./evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";
import { bandOfCoincidence, coincidenceOf, type ResourceCoincidence } from "./resource-coincidence.js";

/**
 * An evaluated objective as recomputed by the library, with what disagrees with the document.
 * @category Evaluation
 */
export interface ObjectiveEvaluationResult {
  readonly code: string;
  readonly title: string;
  /** The grade under the chosen partial-action policy (by default the one the real plans use). */
  readonly grade: AchievementGrade;
  /** The grade with each action weighted by its completion, to show how much partial actions inflate `grade`. */
  readonly weightedGrade: AchievementGrade;
  /** The coincidence recomputed from the objective's amounts, when the document gives both; otherwise `null`. */
  readonly coincidence: ResourceCoincidence | null;
  /** Everything in the record that the recomputation contradicts. */
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

// Where a finding sits (relative to the objective) and the figures it compares.
interface Draft {
  readonly at: ErrorPath;
  readonly stated: string | null;
  readonly computed: string | null;
}
interface Where {
  readonly path: ErrorPath;
  readonly stated: string | null;
  readonly computed: string | null;
}
type Found = (build: (where: Where) => Finding, draft: Draft) => void;

const NONE: Labels = { it: "—", en: "—" };

/**
 * What one recomputation keeps while it runs: grades by their exact parts, and percentages already written in both
 * languages (a plan repeats the same few grades: 100%, 75%, 66,67%…).
 * @internal
 */
export interface RecomputeMemo {
  readonly grades: GradeMemo;
  readonly percents: Map<string, Labels>;
}

/** A fresh {@link RecomputeMemo}. @internal */
export function recomputeMemo(): RecomputeMemo {
  return { grades: new Map(), percents: new Map() };
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

function gradeFindings(
  record: ObjectiveRecord,
  grade: AchievementGrade,
  weightedGrade: AchievementGrade,
  found: Found,
  memo: RecomputeMemo,
): void {
  const stated = record.statedGrade;
  // Grades are printed as whole percentages in the grid: judged at units.
  if (stated !== null && !withinHalfUnit(grade.percent, stated.percent, 0)) {
    found(
      (where) =>
        createFinding(
          M.grade_mismatch,
          { stated: percentLabels(memo, stated.percent, 0), computed: percentLabels(memo, grade.percent, 2) },
          where,
        ),
      {
        at: ["statedGrade", "percent"],
        stated: stated.percent.toString(),
        computed: grade.percent.toFixed(),
      },
    );
  }
  if (stated !== null && stated.band !== grade.band) {
    found(
      (where) =>
        createFinding(
          M.grade_band_mismatch,
          { stated: bandLabels(stated.band), computed: bandLabels(grade.band) },
          where,
        ),
      { at: ["statedGrade", "band"], stated: stated.band, computed: grade.band },
    );
  }
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
    for (const action of record.actions) if (action.completion.eq(100)) fullyDone += 1;
    const planned = record.actions.length;
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
  for (const action of record.actions) {
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

  if (statedBand === "ottimo") {
    record.actions.forEach((action, index) => {
      if (actionCoincidence(action) === "sottostimato") {
        found((where) => createFinding(M.coincidence_contradicted_by_action, { action: index + 1 }, where), {
          at: ["actions", index],
          stated: "ottimo",
          computed: "sottostimato",
        });
      }
    });
  }

  record.actions.forEach((action, index) => {
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

/**
 * One objective recomputed from its record already read: its result and the exact parts of its grade (which the
 * plan's mean reuses). Linear in the objective's actions.
 * @internal
 */
export function recomputeObjectiveRecord(
  record: ObjectiveRecord,
  partial: PartialActionPolicy,
  prefix: ErrorPath,
  memo: RecomputeMemo = recomputeMemo(),
): { readonly result: ObjectiveEvaluationResult; readonly parts: GradeParts } {
  const completions = record.actions.map((action) => action.completion);
  const parts = fromCompletions(completions, partial);
  const grade = gradeOf(parts, memo.grades);
  const weightedGrade =
    partial === "weight" ? grade : gradeOf(fromCompletions(completions, "weight"), memo.grades);
  const amounts = record.coincidence;
  const coincidence =
    amounts?.paid != null && amounts.budgeted !== null ? coincidenceOf(amounts.budgeted, amounts.paid) : null;
  const findings: Finding[] = [];
  const found: Found = (build, draft) => {
    findings.push(build({ path: [...prefix, ...draft.at], stated: draft.stated, computed: draft.computed }));
  };
  gradeFindings(record, grade, weightedGrade, found, memo);
  coincidenceFindings(record, coincidence, found, memo);
  return {
    result: { code: record.code, title: record.title, grade, weightedGrade, coincidence, findings },
    parts,
  };
}

/**
 * Recomputes one objective's ex-post evaluation — grade, completion-weighted grade, coincidence — and lists what
 * the document states that the figures contradict (findings, never exceptions).
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
 *   `no_planned_actions`, `invalid_option` (a band or adequacy level that does not exist); and
 *   `invalid_partial_policy` for the option
 * @example
 * ```ts
 * import { recomputeObjectiveEvaluation } from "piano-di-zona";
 * const result = recomputeObjectiveEvaluation({
 *   code: "X",
 *   title: "Esempio",
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: 0 }],
 *   statedGrade: { percent: 50, band: "buono" },
 * });
 * result.grade.band //=> "sufficiente"
 * result.findings.map((finding) => finding.code) //=> ["grade_band_mismatch"]
 * result.findings[0]?.message //=> 'Stated band "good" differs from the band of the recomputed grade ("sufficient")'
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

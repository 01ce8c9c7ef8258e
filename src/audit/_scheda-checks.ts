// The checks a scheda obiettivo and a LEPS scheda share: answers, template text, transversal areas and key points,
// references to actions, the result targets, the budget. Each reads a draft already validated (`null` is a blank) and
// pushes findings; each is linear in the part it reads.
import { MILESTONE_STAGE_CATALOG, MILESTONE_STAGES } from "../catalog/indicator-kinds.js";
import type { Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/audit.js";
import type { SchedaObiettivoDraft } from "../model/scheda-obiettivo.js";
import {
  compareExact,
  exactOf,
  exactSum,
  exactText,
  toDecimal,
  type ExactDecimal,
} from "../core/decimal-sum.js";
import { templateIn } from "./_template-text.js";

/** A draft's budget. @internal */
export type DraftBudget = NonNullable<SchedaObiettivoDraft["budget"]>;
/** A draft's result target. @internal */
export type DraftTarget = NonNullable<SchedaObiettivoDraft["targets"]>[number];
/** A draft's planned action. @internal */
export type DraftAction = NonNullable<SchedaObiettivoDraft["actions"]>[number];
/** A draft's key point. @internal */
export type DraftKeyPoint = NonNullable<SchedaObiettivoDraft["keyPoints"]>[number];
/** A draft's transversality answer. @internal */
export type DraftTransversal = NonNullable<SchedaObiettivoDraft["transversal"]>;

/** Text quoted from a document into a finding's `stated`: at most 200 characters. @internal */
export function echo(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A box's text is blank: absent, `null`, or white space only. @internal */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}

/** A blank required field. @internal */
export function blank(findings: Finding[], field: Labels, path: ErrorPath, words = false): void {
  findings.push(createFinding(M.required_field_blank, { field, words }, { path }));
}

/** A SI/NO answer without its SI/NO: blank, or words only. @internal */
export function checkAnswer(
  findings: Finding[],
  answer: { readonly answer: string | null; readonly text?: string | undefined } | undefined,
  field: Labels,
  path: ErrorPath,
): void {
  if (answer === undefined || answer.answer !== null) return;
  blank(findings, field, [...path, "answer"], !isBlank(answer.text));
}

/** One box of text that may still hold the form's template. @internal */
export interface TextBox {
  readonly path: ErrorPath;
  readonly field: Labels;
  readonly text: string | null | undefined;
}

/** The boxes that still hold the form's template or guidance. @internal */
export function checkTemplates(findings: Finding[], boxes: readonly TextBox[]): void {
  for (const box of boxes) {
    if (box.text === null || box.text === undefined) continue;
    const template = templateIn(box.text);
    if (template !== null) {
      findings.push(
        createFinding(
          M.template_text_left,
          { field: box.field, template },
          { path: box.path, stated: template },
        ),
      );
    }
  }
}

/**
 * The transversality answer against its areas, the scheda's own areas among them, and the key points against the
 * areas declared (the home areas and the transversal ones; all areas when the scheda says so).
 * @internal
 */
export function checkAreas(
  findings: Finding[],
  home: readonly string[],
  transversal: DraftTransversal | undefined,
  keyPoints: readonly DraftKeyPoint[] | undefined,
): void {
  if (transversal !== undefined) {
    const named = transversal.areas.length > 0 || transversal.allAreas === true;
    if (transversal.answer === "si" && !named) {
      findings.push(createFinding(M.transversal_without_areas, {}, { path: ["transversal", "areas"] }));
    }
    if ((transversal.answer === "no" || transversal.answer === "non-pertinente") && named) {
      findings.push(
        createFinding(
          M.areas_without_transversal,
          {},
          {
            path: ["transversal", "answer"],
            stated: transversal.answer,
          },
        ),
      );
    }
    transversal.areas.forEach((area, index) => {
      if (home.includes(area)) {
        findings.push(
          createFinding(
            M.home_area_listed_as_transversal,
            { area },
            {
              path: ["transversal", "areas", index],
              stated: area,
            },
          ),
        );
      }
    });
  }
  if (keyPoints === undefined) return;
  const all = transversal?.allAreas === true;
  const declared = new Set<string>([...home, ...(transversal?.areas ?? [])]);
  const reported = new Set<string>();
  const lettered = new Set<string>();
  const seen = new Set<string>();
  keyPoints.forEach((point, index) => {
    // The same point twice under the same area (seed 000 L4854/L4856, seed 001 L1733).
    const key = `${point.area ?? ""}|${pointKey(point.point)}`;
    if (pointKey(point.point) !== "" && seen.has(key)) {
      findings.push(
        createFinding(
          M.key_point_repeated,
          { area: point.area, point: point.point },
          { path: ["keyPoints", index, "point"], stated: point.point.slice(0, 200) },
        ),
      );
    }
    seen.add(key);
    if (point.area === null) {
      findings.push(createFinding(M.key_point_without_area, {}, { path: ["keyPoints", index, "area"] }));
      return;
    }
    // A point placed under the scheda's own area by default says nothing of the other areas.
    if (point.areaBasis !== "home-area") lettered.add(point.area);
    if (!all && !declared.has(point.area) && !reported.has(point.area)) {
      reported.add(point.area);
      findings.push(
        createFinding(
          M.key_point_area_undeclared,
          { area: point.area },
          {
            path: ["keyPoints", index, "area"],
            stated: point.area,
          },
        ),
      );
    }
  });
  // Only where the document letters its key points can a transversal area be seen to have none.
  if (lettered.size === 0 || transversal === undefined) return;
  transversal.areas.forEach((area, index) => {
    if (!home.includes(area) && !lettered.has(area)) {
      findings.push(
        createFinding(
          M.transversal_area_without_key_points,
          { area },
          {
            path: ["transversal", "areas", index],
            stated: area,
          },
        ),
      );
    }
  });
}

// A key point in one case and spacing, without markup or end punctuation, to compare two points.
function pointKey(point: string): string {
  return point
    .replace(/<[^>]*>/gu, " ")
    .toLowerCase()
    .replace(/[\s.;,:]+/gu, " ")
    .trim();
}

// "Azione 1", "azione 1)", "1", "1." and "Az. 1" name the same action.
function actionKey(code: string): string {
  let key = code.trim().toLowerCase();
  for (const prefix of ["azioni", "azione", "az."]) {
    if (key.startsWith(prefix)) {
      key = key.slice(prefix.length).trim();
      break;
    }
  }
  let end = key.length;
  while (end > 0 && [")", ".", ":", " "].includes(key.charAt(end - 1))) end -= 1;
  return key.slice(0, end);
}

/** A reference to an action of the scheda, where it sits. @internal */
export interface ActionReference {
  readonly path: ErrorPath;
  readonly action: string;
}

/**
 * References to actions that the scheda does not list ("Azione 3" where there are two). Checked only where the
 * scheda numbers its actions: unnumbered actions cannot be referred to.
 * @internal
 */
export function checkActionReferences(
  findings: Finding[],
  actions: readonly DraftAction[],
  references: readonly ActionReference[],
): void {
  const keys = new Set<string>();
  for (const action of actions)
    if (action.code !== null && action.code !== undefined) keys.add(actionKey(action.code));
  if (keys.size === 0) return;
  for (const reference of references) {
    if (!keys.has(actionKey(reference.action))) {
      findings.push(
        createFinding(
          M.unknown_action_reference,
          { action: reference.action },
          {
            path: reference.path,
            stated: echo(reference.action),
          },
        ),
      );
    }
  }
}

/** The references to actions of the result targets and of the actions' own conditions. @internal */
export function targetActionReferences(targets: readonly DraftTarget[]): ActionReference[] {
  const references: ActionReference[] = [];
  targets.forEach((target, index) => {
    if (target.action !== undefined)
      references.push({ path: ["targets", index, "action"], action: target.action });
  });
  return references;
}

/** Actions without a result target, where the scheda ties targets to its actions. @internal */
export function checkActionsWithoutTargets(
  findings: Finding[],
  actions: readonly DraftAction[],
  targets: readonly DraftTarget[],
): void {
  const measured = new Set<string>();
  for (const target of targets) if (target.action !== undefined) measured.add(actionKey(target.action));
  if (measured.size === 0) return;
  actions.forEach((action, index) => {
    if (action.code !== null && action.code !== undefined && !measured.has(actionKey(action.code))) {
      findings.push(
        createFinding(
          M.action_without_targets,
          { action: action.code },
          {
            path: ["actions", index],
            stated: echo(action.code),
          },
        ),
      );
    }
  });
}

function rangeFinding(findings: Finding[], low: number, high: number, path: ErrorPath): void {
  findings.push(
    createFinding(
      M.target_range_invalid,
      { low, high },
      {
        path,
        stated: `${String(low)}-${String(high)}`,
      },
    ),
  );
}

// The bounds of one target: a range's minimum not above its maximum, a change from a year to a later one, a duration
// with a bound.
function checkTargetBounds(findings: Finding[], target: DraftTarget, at: ErrorPath): void {
  switch (target.kind) {
    case "count-at-least":
      if (target.max !== undefined && target.min > target.max)
        rangeFinding(findings, target.min, target.max, [...at, "max"]);
      if (target.period !== undefined && target.period.from > target.period.to) {
        rangeFinding(findings, target.period.from, target.period.to, [...at, "period"]);
      }
      break;
    case "share-at-least":
      if (target.period !== undefined && target.period.from > target.period.to) {
        rangeFinding(findings, target.period.from, target.period.to, [...at, "period"]);
      }
      break;
    case "change":
      if (target.fromYear !== undefined && target.toYear !== undefined && target.fromYear >= target.toYear) {
        rangeFinding(findings, target.fromYear, target.toYear, [...at, "toYear"]);
      }
      break;
    case "duration":
      if (target.minMonths === undefined && target.maxMonths === undefined) {
        findings.push(createFinding(M.duration_target_unbounded, {}, { path: at }));
      } else if (
        target.minMonths !== undefined &&
        target.maxMonths !== undefined &&
        target.minMonths > target.maxMonths
      ) {
        rangeFinding(findings, target.minMonths, target.maxMonths, [...at, "maxMonths"]);
      }
      break;
    default:
      break;
  }
}

// Conditions that lead back to their own target. Each target has at most one condition, so following conditions from
// every target, and marking what was walked, visits each target a bounded number of times.
function checkConditionCycles(
  findings: Finding[],
  targets: readonly DraftTarget[],
  index: Map<string, number>,
): void {
  const state = new Array<number>(targets.length).fill(0); // 0 unseen, 1 on the current walk, 2 done
  targets.forEach((_, start) => {
    const walk: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      const condition: DraftTarget["condition"] = targets[current]?.condition;
      current = condition === undefined ? undefined : index.get(condition.target);
    }
    if (current !== undefined && state[current] === 1) {
      const id = targets[current]?.id ?? "";
      findings.push(
        createFinding(
          M.target_condition_cycle,
          { id },
          { path: ["targets", current, "condition"], stated: echo(id) },
        ),
      );
    }
    for (const visited of walk) state[visited] = 2;
  });
}

function yearOfDue(due: string | undefined): string | null {
  return due === undefined ? null : due.slice(0, 10);
}

// Targets of the same measure with deadlines: a later deadline's threshold is not lower than an earlier one's
// ("≥ 50%" in 2026, "≥ 75%" in 2027).
function checkThresholdOrder(findings: Finding[], targets: readonly DraftTarget[]): void {
  const last = new Map<string, { due: string; threshold: ExactDecimal; shown: Labels; percent: boolean }>();
  const dated = targets
    .map((target, index) => ({ target, index, due: yearOfDue(target.due) }))
    .filter((entry): entry is { target: DraftTarget; index: number; due: string } => entry.due !== null)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.index - b.index));
  for (const { target, index, due } of dated) {
    let key: string;
    let threshold: ExactDecimal;
    let shown: Labels;
    let percent = false;
    if (target.kind === "share-at-least") {
      key = `share\u0000${target.numerator}\u0000${target.denominator}`;
      threshold = exactOf(target.minPercent);
      shown = numberLabels(target.minPercent, undefined, "percent");
      percent = true;
    } else if (target.kind === "count-at-least") {
      key = `count\u0000${target.unit}\u0000${target.per ?? ""}`;
      threshold = { numerator: BigInt(target.min), places: 0 };
      shown = { it: String(target.min), en: String(target.min) };
    } else {
      continue;
    }
    const previous = last.get(key);
    if (previous !== undefined && previous.due < due && compareExact(threshold, previous.threshold) < 0) {
      findings.push(
        createFinding(
          M.target_threshold_decreasing,
          {
            later: shown,
            laterYear: due.slice(0, 4),
            earlier: previous.shown,
            earlierYear: previous.due.slice(0, 4),
          },
          {
            path: ["targets", index, percent ? "minPercent" : "min"],
            stated: exactText(threshold),
            computed: exactText(previous.threshold),
          },
        ),
      );
    }
    last.set(key, { due, threshold, shown, percent });
  }
}

/**
 * The result targets: unique ids, conditions on existing targets and without circles, bounds in order, thresholds
 * not falling over the years.
 * @internal
 */
export function checkTargets(findings: Finding[], targets: readonly DraftTarget[]): void {
  const index = new Map<string, number>();
  targets.forEach((target, position) => {
    if (index.has(target.id)) {
      findings.push(
        createFinding(
          M.duplicate_target_id,
          { id: target.id },
          {
            path: ["targets", position, "id"],
            stated: echo(target.id),
          },
        ),
      );
    } else {
      index.set(target.id, position);
    }
  });
  targets.forEach((target, position) => {
    const at: ErrorPath = ["targets", position];
    if (target.condition !== undefined && !index.has(target.condition.target)) {
      findings.push(
        createFinding(
          M.unknown_condition_target,
          { id: target.condition.target },
          {
            path: [...at, "condition", "target"],
            stated: echo(target.condition.target),
          },
        ),
      );
    }
    checkTargetBounds(findings, target, at);
  });
  checkConditionCycles(findings, targets, index);
  checkThresholdOrder(findings, targets);
}

/** A yearly target of an indicator, as the checks of its order read it. @internal */
export interface YearlyTarget {
  readonly year: number;
  readonly rule: string;
  readonly thresholdPercent?: Decimal;
  readonly minimum?: number;
  readonly stage?: (typeof MILESTONE_STAGES)[number];
}

/**
 * An indicator's yearly targets over the years: years not going back, ratio thresholds and minimums not falling,
 * milestone stages not regressing.
 * @internal
 */
export function checkYearlyTargets(
  findings: Finding[],
  targets: readonly YearlyTarget[],
  at: ErrorPath,
): void {
  let previousYear: number | undefined;
  let previousRatio: { year: number; value: ExactDecimal; shown: Labels } | undefined;
  let previousCount: { year: number; value: number } | undefined;
  let previousStage: { stage: (typeof MILESTONE_STAGES)[number] } | undefined;
  targets.forEach((target, index) => {
    const path: ErrorPath = [...at, "targets", index];
    if (previousYear !== undefined && target.year < previousYear) {
      findings.push(
        createFinding(
          M.indicator_years_misordered,
          { year: target.year, previous: previousYear },
          {
            path: [...path, "year"],
            stated: String(target.year),
          },
        ),
      );
    }
    previousYear = target.year;
    if (target.thresholdPercent !== undefined) {
      const value = exactOf(target.thresholdPercent);
      const shown = numberLabels(target.thresholdPercent, undefined, "percent");
      if (
        previousRatio !== undefined &&
        previousRatio.year < target.year &&
        compareExact(value, previousRatio.value) < 0
      ) {
        findings.push(
          createFinding(
            M.target_threshold_decreasing,
            {
              later: shown,
              laterYear: String(target.year),
              earlier: previousRatio.shown,
              earlierYear: String(previousRatio.year),
            },
            {
              path: [...path, "thresholdPercent"],
              stated: exactText(value),
              computed: exactText(previousRatio.value),
            },
          ),
        );
      }
      previousRatio = { year: target.year, value, shown };
    }
    if (target.minimum !== undefined) {
      if (
        previousCount !== undefined &&
        previousCount.year < target.year &&
        target.minimum < previousCount.value
      ) {
        findings.push(
          createFinding(
            M.target_threshold_decreasing,
            {
              later: { it: String(target.minimum), en: String(target.minimum) },
              laterYear: String(target.year),
              earlier: { it: String(previousCount.value), en: String(previousCount.value) },
              earlierYear: String(previousCount.year),
            },
            {
              path: [...path, "minimum"],
              stated: String(target.minimum),
              computed: String(previousCount.value),
            },
          ),
        );
      }
      previousCount = { year: target.year, value: target.minimum };
    }
    if (target.stage !== undefined) {
      if (
        previousStage !== undefined &&
        MILESTONE_STAGES.indexOf(target.stage) < MILESTONE_STAGES.indexOf(previousStage.stage)
      ) {
        findings.push(
          createFinding(
            M.target_stage_regression,
            {
              stage: MILESTONE_STAGE_CATALOG[target.stage].labels,
              previous: MILESTONE_STAGE_CATALOG[previousStage.stage].labels,
            },
            { path: [...path, "stage"], stated: target.stage, computed: previousStage.stage },
          ),
        );
      }
      previousStage = { stage: target.stage };
    }
  });
}

function euro(value: ExactDecimal): Labels {
  return numberLabels(toDecimal(value));
}

/**
 * The budget against its total: lines stated for the whole period against the total (or, where some lines have no
 * amount, the known lines not above it), the yearly amounts against the total, each year's lines against the year's
 * amount. Lines stated per year ("annui"), per unit, as a ceiling or for one year are not added to the total. A budget
 * with no amount at all is reported where the form asks for one (`amountAsked`: the D.G.R. XII/2167 form asks for
 * "importo, anche approssimativo"; the resources box of the ASST's PPT cards does not).
 * @internal
 */
export function checkBudget(
  findings: Finding[],
  budget: DraftBudget,
  at: ErrorPath,
  amountAsked = true,
): void {
  const whole: Decimal[] = [];
  let allWhole = budget.lines.length > 0;
  let anyAmount = false;
  const byYear = new Map<number, Decimal[]>();
  for (const line of budget.lines) {
    const amount = line.amount ?? null;
    if (amount !== null) anyAmount = true;
    const forWholePeriod =
      line.year === undefined &&
      line.per !== "year" &&
      line.perUnit === undefined &&
      line.bound === undefined;
    if (amount !== null && forWholePeriod) whole.push(amount);
    else allWhole = false;
    if (
      amount !== null &&
      line.year !== undefined &&
      line.perUnit === undefined &&
      line.bound === undefined
    ) {
      const list = byYear.get(line.year) ?? [];
      list.push(amount);
      byYear.set(line.year, list);
    }
  }
  const total = budget.total ?? null;
  if (total !== null) {
    const stated = exactOf(total);
    if (whole.length > 0) {
      const sum = exactSum(whole);
      const order = compareExact(sum, stated);
      if (allWhole && order !== 0) {
        findings.push(
          createFinding(
            M.budget_lines_total_mismatch,
            { stated: euro(stated), computed: euro(sum) },
            {
              path: [...at, "total"],
              stated: exactText(stated),
              computed: exactText(sum),
            },
          ),
        );
      } else if (!allWhole && order > 0) {
        findings.push(
          createFinding(
            M.budget_lines_exceed_total,
            { stated: euro(stated), computed: euro(sum) },
            {
              path: [...at, "total"],
              stated: exactText(stated),
              computed: exactText(sum),
            },
          ),
        );
      }
    }
    const years = budget.byYear ?? [];
    if (years.length > 0) {
      const sum = exactSum(years.map((year) => year.amount));
      const order = compareExact(sum, stated);
      // Fewer than three years may leave part of the triennium out: only a sum above the total is then wrong.
      if (order > 0 || (order < 0 && years.length >= 3)) {
        findings.push(
          createFinding(
            M.budget_years_total_mismatch,
            { stated: euro(stated), computed: euro(sum) },
            {
              path: [...at, "byYear"],
              stated: exactText(stated),
              computed: exactText(sum),
            },
          ),
        );
      }
    }
  }
  (budget.byYear ?? []).forEach((year, index) => {
    const amounts = byYear.get(year.year);
    if (amounts === undefined) return;
    const stated = exactOf(year.amount);
    const sum = exactSum(amounts);
    if (compareExact(sum, stated) !== 0) {
      findings.push(
        createFinding(
          M.budget_year_lines_mismatch,
          { year: year.year, stated: euro(stated), computed: euro(sum) },
          { path: [...at, "byYear", index, "amount"], stated: exactText(stated), computed: exactText(sum) },
        ),
      );
    }
  });
  if (amountAsked && total === null && !anyAmount && (budget.byYear ?? []).length === 0) {
    findings.push(createFinding(M.budget_amount_not_stated, {}, { path: [...at, "total"] }));
  }
}

import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import {
  compareExact,
  exactOf,
  exactSum,
  exactText,
  toDecimal,
  type ExactDecimal,
} from "../core/decimal-sum.js";
import { pdzError, type ErrorPath, underPath } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { numberLabels } from "../core/format.js";
import { parseItalianDate, type IsoDate } from "../core/italian-date.js";
import type { Labels } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/monitoring.js";
import { readList, readOptions, readRecord, requiredField } from "../core/read-input.js";
import { parseOwnData } from "../core/zod-issues.js";
import {
  resultTargetSchema,
  targetObservationSchema,
  type ResultTarget,
  type ResultTargetInput,
  type TargetObservation,
  type TargetObservationInput,
} from "../model/result-target.js";
import { RESULT_TARGET_KIND_CATALOG, TARGET_PERIOD_CATALOG } from "../model/result-target-kinds.js";
import { INDICATOR_STATUSES, type IndicatorStatus } from "./indicator-status.js";
import type { StatusCounts } from "./evaluate-leps-progress.js";
import {
  monthsSpan,
  periodsOf,
  yearsSpan,
  type Granular,
  type Period,
  type Span,
} from "./_target-calendar.js";
import { readYears } from "./_years.js";

/**
 * One period of a target counted per year, semester, quarter or month, or the one window of any other target.
 * @category Monitoring
 */
export interface TargetPeriodResult {
  /** "2025", "2025-S2", "2025-Q3", "2025-07", or "2025–2027" for the whole window. */
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly status: IndicatorStatus;
  /** What was observed in the period (a sum, a mean, a level, a share in percent), canonical text, or `null`. */
  readonly observed: string | null;
  /** What the target requires in the period, canonical text, or `null`. */
  readonly required: string | null;
  readonly reason: Labels;
}

/**
 * How one result target fares at a date, with its figures and the reason in both languages.
 * @category Monitoring
 */
export interface TargetResult {
  readonly id: string;
  readonly kind: ResultTarget["kind"];
  /** The action it measures, or `null`. */
  readonly action: string | null;
  readonly text: string;
  readonly status: IndicatorStatus;
  /**
   * What was observed, canonical text: a sum, a mean, a level, a share in percent, "true"/"false" for a deliverable,
   * the periods met for a target counted per period; `null` when nothing decides it.
   */
  readonly observed: string | null;
  /** What is required, canonical text (the periods to meet, for a target counted per period), or `null`. */
  readonly required: string | null;
  /** The day by which it is judged (the end of its last period), or `null` for a change without years. */
  readonly due: IsoDate | null;
  /** Its periods (one window for a target that is not counted per period; none for a condition not decided). */
  readonly periods: readonly TargetPeriodResult[];
  readonly reason: Labels;
}

/**
 * The result targets evaluated at a date.
 * @category Monitoring
 */
export interface TargetsEvaluation {
  readonly at: IsoDate;
  /** The programming's years. */
  readonly period: { readonly from: number; readonly to: number };
  /** One result per target, in the order given. */
  readonly targets: readonly TargetResult[];
  readonly counts: StatusCounts;
}

/**
 * Options of {@link evaluateTargets}.
 * @category Monitoring
 */
export interface EvaluateTargetsOptions {
  /** The date of the view: ISO ("2026-12-31") or Italian ("31.12.2026"). */
  readonly at: string;
  /** The programming's years ({ from: 2025, to: 2027 }). */
  readonly period: { readonly from: number; readonly to: number };
}

type Form = "value" | "ratio" | "delivered";

const FORMS: Readonly<Record<Form, Labels>> = {
  value: { it: "valore", en: "a value" },
  ratio: { it: "numeratore e denominatore", en: "a numerator and a denominator" },
  delivered: { it: "realizzato sì/no", en: "done or not" },
};

interface Observed {
  readonly observation: TargetObservation;
  /** The days it refers to, or `null` for the whole programming. */
  readonly span: Span | null;
  readonly path: ErrorPath;
}

interface Context {
  readonly at: IsoDate;
  readonly plan: Span;
  readonly firstYear: number;
  readonly lastYear: number;
}

function formOf(observation: TargetObservation): Form {
  return observation.delivered !== undefined
    ? "delivered"
    : observation.value !== undefined
      ? "value"
      : "ratio";
}

function expectedForm(target: ResultTarget): Form {
  return target.kind === "share-at-least" ? "ratio" : target.kind === "deliverable" ? "delivered" : "value";
}

function spanOf(observation: TargetObservation): Span | null {
  if (observation.date !== undefined) return { from: observation.date, to: observation.date };
  const year = observation.year;
  if (year === undefined) return null;
  if (observation.month !== undefined) return monthsSpan(year, observation.month, observation.month);
  if (observation.quarter !== undefined) {
    const first = (observation.quarter - 1) * 3 + 1;
    return monthsSpan(year, first, first + 2);
  }
  if (observation.semester !== undefined) {
    const first = (observation.semester - 1) * 6 + 1;
    return monthsSpan(year, first, first + 5);
  }
  return yearsSpan(year, year);
}

const inside = (inner: Span, outer: Span): boolean => inner.from >= outer.from && inner.to <= outer.to;
const overlaps = (a: Span, b: Span): boolean => a.from <= b.to && b.from <= a.to;

const labelsOf = (value: Decimal): Labels => numberLabels(value);
const percentLabels = (value: Decimal): Labels => numberLabels(value, 2, "percent");
const textOf = (value: Decimal): string => value.toFixed();

/** The years a target counts over: its own span, or the programming, from `fromYear` when stated. */
function windowOf(target: ResultTarget, context: Context): Period {
  let from = context.firstYear;
  let to = context.lastYear;
  if ("period" in target && target.period !== undefined) {
    from = target.period.from;
    to = target.period.to;
  }
  if ("fromYear" in target && target.fromYear !== undefined && target.kind !== "change") {
    from = Math.max(from, target.fromYear);
  }
  const span = yearsSpan(from, Math.max(from, to));
  return { ...span, label: from === to ? String(from) : `${String(from)}–${String(to)}` };
}

function granularOf(target: ResultTarget): Granular | null {
  if (target.kind !== "count-at-least" && target.kind !== "share-at-least") return null;
  const per = target.per ?? null;
  return per === null || per === "triennium" ? null : per;
}

// The observations of a target that fall in a period and are known at the date of the view. An observation covering
// more than one period of a target counted per period cannot be split: refused.
function observationsIn(
  observed: readonly Observed[],
  period: Span,
  context: Context,
  granular: Granular | null,
): TargetObservation[] {
  const found: TargetObservation[] = [];
  for (const item of observed) {
    const span = item.span;
    if (span !== null && span.from > context.at) continue;
    if (granular === null) {
      if (span === null || inside(span, period)) found.push(item.observation);
      continue;
    }
    if (span === null) {
      throw pdzError(M.observation_time_missing, { per: TARGET_PERIOD_CATALOG[granular].labels }, item.path);
    }
    if (inside(span, period)) found.push(item.observation);
    else if (overlaps(span, period)) {
      throw pdzError(M.observation_too_coarse, { per: TARGET_PERIOD_CATALOG[granular].labels }, item.path);
    }
  }
  return found;
}

interface Threshold {
  readonly min: Decimal;
  readonly max: Decimal | null;
  readonly unit: string;
  readonly mean: boolean;
}

// A quantity (count, amount) in one period: met as soon as the minimum is reached (and not above the maximum).
function judgeQuantity(period: Period, values: readonly Decimal[], threshold: Threshold, context: Context) {
  const ended = period.to <= context.at;
  const sum = exactSum(values);
  const observedValue = threshold.mean && values.length > 0 ? meanOf(sum, values.length) : toDecimal(sum);
  const observedExact = threshold.mean && values.length > 0 ? null : sum;
  const required = textOf(threshold.min);
  const reached =
    values.length > 0 &&
    (observedExact === null
      ? observedValue.gte(threshold.min)
      : compareExact(observedExact, exactOf(threshold.min)) >= 0);
  const observed =
    values.length === 0 ? null : observedExact === null ? textOf(observedValue) : exactText(sum);
  if (threshold.max !== null && values.length > 0 && observedValue.gt(threshold.max)) {
    return result(
      period,
      "not-met",
      observed,
      required,
      M.reason_target_above_maximum.render({
        period: period.label,
        observed: labelsOf(observedValue),
        maximum: labelsOf(threshold.max),
        unit: threshold.unit,
      }),
    );
  }
  if (reached || (ended && values.length > 0)) {
    return result(
      period,
      reached ? "met" : "not-met",
      observed,
      required,
      M.reason_target_quantity.render({
        period: period.label,
        observed: labelsOf(observedValue),
        required: labelsOf(threshold.min),
        unit: threshold.unit,
        met: reached,
        mean: threshold.mean,
      }),
    );
  }
  if (!ended) {
    return result(
      period,
      "not-due",
      observed,
      required,
      M.reason_target_so_far.render({
        period: period.label,
        observed: labelsOf(observedValue),
        required: labelsOf(threshold.min),
        due: period.to,
      }),
    );
  }
  return result(
    period,
    "missing-data",
    null,
    required,
    M.reason_target_no_observation.render({
      period: period.label,
      due: period.to,
    }),
  );
}

function meanOf(sum: ExactDecimal, count: number): Decimal {
  return exactQuotient(sum.numerator, 10n ** BigInt(sum.places) * BigInt(count));
}

function result(
  period: Period,
  status: IndicatorStatus,
  observed: string | null,
  required: string | null,
  reason: Labels,
): TargetPeriodResult {
  return { label: period.label, from: period.from, to: period.to, status, observed, required, reason };
}

// A share in one period, judged when the period has ended, on the exact ratio of the summed counts.
function judgeShare(
  period: Period,
  observations: readonly TargetObservation[],
  minPercent: Decimal,
  context: Context,
) {
  const required = textOf(minPercent);
  let numerator = 0;
  let denominator = 0;
  for (const observation of observations) {
    numerator += observation.numerator ?? 0;
    denominator += observation.denominator ?? 0;
  }
  const ended = period.to <= context.at;
  if (observations.length === 0) {
    return ended
      ? result(
          period,
          "missing-data",
          null,
          required,
          M.reason_target_no_observation.render({
            period: period.label,
            due: period.to,
          }),
        )
      : result(
          period,
          "not-due",
          null,
          required,
          M.reason_target_pending.render({
            what: `≥ ${minPercent.toFixed()}%`,
            due: period.to,
          }),
        );
  }
  if (denominator === 0) {
    return result(
      period,
      ended ? "missing-data" : "not-due",
      null,
      required,
      M.reason_target_zero_denominator.render({ period: period.label }),
    );
  }
  // n × 100 / d ≥ p ⟺ n × 100 ≥ p × d, on exact decimals.
  const value = exactQuotient(BigInt(numerator) * 100n, BigInt(denominator));
  const met =
    compareExact(exactOf(minPercent.times(denominator)), {
      numerator: BigInt(numerator) * 100n,
      places: 0,
    }) <= 0;
  const reason = M.reason_target_share.render({
    period: period.label,
    numerator: String(numerator),
    denominator: String(denominator),
    value: percentLabels(value),
    met,
    threshold: percentLabels(minPercent),
  });
  return result(period, ended ? (met ? "met" : "not-met") : "not-due", textOf(value), required, reason);
}

// The periods' statuses combined: one failed period fails the target; then missing data; all met is met.
function combine(periods: readonly TargetPeriodResult[]): IndicatorStatus {
  const has = (status: IndicatorStatus) => periods.some((period) => period.status === status);
  if (has("not-met")) return "not-met";
  if (has("missing-data")) return "missing-data";
  if (periods.length > 0 && periods.every((period) => period.status === "met")) return "met";
  return "not-due";
}

function values(observations: readonly TargetObservation[]): Decimal[] {
  return observations.flatMap((observation) => (observation.value === undefined ? [] : [observation.value]));
}

function base(target: ResultTarget) {
  return { id: target.id, kind: target.kind, action: target.action ?? null, text: target.text };
}

function fromPeriods(
  target: ResultTarget,
  periods: readonly TargetPeriodResult[],
  granular: boolean,
): TargetResult {
  const last = periods.at(-1);
  if (!granular && last !== undefined) {
    return {
      ...base(target),
      status: last.status,
      observed: last.observed,
      required: last.required,
      due: last.to,
      periods,
      reason: last.reason,
    };
  }
  const met = periods.filter((period) => period.status === "met").length;
  const failed = periods.filter((period) => period.status === "not-met").length;
  const missing = periods.filter((period) => period.status === "missing-data").length;
  const due = periods.filter((period) => period.status !== "not-due").length;
  return {
    ...base(target),
    status: combine(periods),
    observed: String(met),
    required: String(periods.length),
    due: last?.to ?? null,
    periods,
    reason: M.reason_target_periods.render({ met, due, total: periods.length, failed, missing }),
  };
}

// A window target's deadline: its `due`, or the end of its window.
function dueWindow(target: ResultTarget, window: Period): Period {
  return target.due === undefined ? window : { ...window, to: target.due };
}

function evaluateCounted(
  target: Extract<ResultTarget, { kind: "count-at-least" | "share-at-least" | "amount-at-least" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  const window = windowOf(target, context);
  const granular = granularOf(target);
  const periods =
    granular === null
      ? [dueWindow(target, window)]
      : periodsOf(granular, Number(window.from.slice(0, 4)), Number(window.to.slice(0, 4)));
  const judged = periods.map((period) => {
    const found = observationsIn(observed, granular === null ? window : period, context, granular);
    if (target.kind === "share-at-least") return judgeShare(period, found, target.minPercent, context);
    const threshold: Threshold =
      target.kind === "amount-at-least"
        ? { min: target.min, max: null, unit: "euro", mean: false }
        : {
            min: toDecimal({ numerator: BigInt(target.min), places: 0 }),
            max: target.max === undefined ? null : toDecimal({ numerator: BigInt(target.max), places: 0 }),
            unit: target.unit,
            mean: target.aggregate === "mean",
          };
    return judgeQuantity(period, values(found), threshold, context);
  });
  return fromPeriods(target, judged, granular !== null);
}

function evaluateCoverage(
  target: Extract<ResultTarget, { kind: "coverage-at-least" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  const window = dueWindow(target, windowOf(target, context));
  const found = values(observationsIn(observed, windowOf(target, context), context, null));
  const level = found.reduce<Decimal | null>(
    (best, value) => (best === null || value.gt(best) ? value : best),
    null,
  );
  // The level reached is the highest observed, not a sum: three observations of 2 comuni cover 2 comuni.
  const threshold: Threshold = {
    min: toDecimal({ numerator: BigInt(target.min), places: 0 }),
    max: null,
    unit: target.unit,
    mean: false,
  };
  return fromPeriods(
    target,
    [judgeQuantity(window, level === null ? [] : [level], threshold, context)],
    false,
  );
}

function evaluateDeliverable(
  target: Extract<ResultTarget, { kind: "deliverable" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  const window = dueWindow(target, windowOf(target, context));
  const found = observationsIn(observed, windowOf(target, context), context, null);
  const what = target.deliverable;
  let period: TargetPeriodResult;
  if (found.some((observation) => observation.delivered === true)) {
    period = result(window, "met", "true", "true", M.reason_target_delivered.render({ what }));
  } else if (window.to > context.at) {
    period = result(
      window,
      "not-due",
      found.length === 0 ? null : "false",
      "true",
      M.reason_target_pending.render({ what, due: window.to }),
    );
  } else if (found.length > 0) {
    period = result(
      window,
      "not-met",
      "false",
      "true",
      M.reason_target_not_delivered.render({ what, due: window.to }),
    );
  } else {
    period = result(
      window,
      "missing-data",
      null,
      "true",
      M.reason_target_no_observation.render({ period: window.label, due: window.to }),
    );
  }
  return fromPeriods(target, [period], false);
}

// The value of a year: the last observation of it (a level, such as the dwellings available).
function valueOfYear(observed: readonly Observed[], year: number, context: Context): Decimal | undefined {
  let value: Decimal | undefined;
  const span = yearsSpan(year, year);
  for (const observation of observationsIn(observed, span, context, null)) {
    if (observation.value !== undefined) value = observation.value;
  }
  return value;
}

function evaluateChange(
  target: Extract<ResultTarget, { kind: "change" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  const fromYear = target.fromYear ?? context.firstYear;
  const toYear = target.toYear ?? context.lastYear;
  const window: Period = { ...yearsSpan(fromYear, toYear), label: `${String(fromYear)}–${String(toYear)}` };
  const due = target.due ?? window.to;
  const judged = (status: IndicatorStatus, observedText: string | null, reason: Labels) =>
    fromPeriods(target, [result({ ...window, to: due }, status, observedText, null, reason)], false);
  if (due > context.at) {
    return judged("not-due", null, M.reason_target_change_pending.render({ toYear, due }));
  }
  const previous = valueOfYear(observed, fromYear, context);
  const value = valueOfYear(observed, toYear, context);
  if (previous === undefined || value === undefined) {
    return judged(
      "missing-data",
      value === undefined ? null : textOf(value),
      M.reason_target_change_missing.render({ year: previous === undefined ? fromYear : toYear }),
    );
  }
  const increase = target.direction === "increase";
  const met = increase ? value.gt(previous) : value.lt(previous);
  const sign = value.gt(previous) ? ">" : value.lt(previous) ? "<" : "=";
  return judged(
    met ? "met" : "not-met",
    textOf(value),
    M.reason_target_change.render({
      value: labelsOf(value),
      toYear,
      sign,
      previous: labelsOf(previous),
      fromYear,
      increase,
    }),
  );
}

function evaluateBaseline(
  target: Extract<ResultTarget, { kind: "baseline" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  // T0 is measured in the programming's first year, unless a deadline says otherwise.
  const first: Period = {
    ...yearsSpan(context.firstYear, context.firstYear),
    label: String(context.firstYear),
  };
  const window = target.due === undefined ? first : { ...first, to: target.due };
  const found = values(observationsIn(observed, context.plan, context, null));
  const value = found[0];
  let period: TargetPeriodResult;
  if (value !== undefined) {
    period = result(
      window,
      "met",
      textOf(value),
      null,
      M.reason_target_baseline.render({ value: labelsOf(value) }),
    );
  } else if (window.to > context.at) {
    period = result(
      window,
      "not-due",
      null,
      null,
      M.reason_target_pending.render({ what: target.measure, due: window.to }),
    );
  } else {
    period = result(
      window,
      "missing-data",
      null,
      null,
      M.reason_target_no_observation.render({ period: window.label, due: window.to }),
    );
  }
  return fromPeriods(target, [period], false);
}

function evaluateDuration(
  target: Extract<ResultTarget, { kind: "duration" }>,
  observed: readonly Observed[],
  context: Context,
): TargetResult {
  const window = dueWindow(target, windowOf(target, context));
  const found = values(observationsIn(observed, windowOf(target, context), context, null));
  const min = target.minMonths;
  const max = target.maxMonths;
  const outside = found.filter(
    (months) => (min !== undefined && months.lt(min)) || (max !== undefined && months.gt(max)),
  );
  const bounds: Labels = {
    it: `${min === undefined ? "" : `almeno ${String(min)} mesi`}${min !== undefined && max !== undefined ? " e " : ""}${max === undefined ? "" : `al più ${String(max)} mesi`}`,
    en: `${min === undefined ? "" : `at least ${String(min)} months`}${min !== undefined && max !== undefined ? " and " : ""}${max === undefined ? "" : `at most ${String(max)} months`}`,
  };
  const required = `${min === undefined ? "" : String(min)}–${max === undefined ? "" : String(max)}`;
  let period: TargetPeriodResult;
  if (found.length === 0) {
    period =
      window.to > context.at
        ? result(
            window,
            "not-due",
            null,
            required,
            M.reason_target_pending.render({ what: bounds.it, due: window.to }),
          )
        : result(
            window,
            "missing-data",
            null,
            required,
            M.reason_target_no_observation.render({ period: window.label, due: window.to }),
          );
  } else {
    const reason = M.reason_target_duration.render({ count: found.length, outside: outside.length, bounds });
    period = result(
      window,
      outside.length > 0 ? "not-met" : "met",
      String(found.length - outside.length),
      required,
      reason,
    );
  }
  return fromPeriods(target, [period], false);
}

function evaluateOne(target: ResultTarget, observed: readonly Observed[], context: Context): TargetResult {
  switch (target.kind) {
    case "count-at-least":
    case "share-at-least":
    case "amount-at-least":
      return evaluateCounted(target, observed, context);
    case "coverage-at-least":
      return evaluateCoverage(target, observed, context);
    case "deliverable":
      return evaluateDeliverable(target, observed, context);
    case "change":
      return evaluateChange(target, observed, context);
    case "baseline":
      return evaluateBaseline(target, observed, context);
    default:
      return evaluateDuration(target, observed, context);
  }
}

function readContext(options: unknown): Context {
  const record = readOptions(options);
  const atValue = requiredField(record, "at");
  if (typeof atValue !== "string") throw pdzError(C.invalid_date, {}, ["at"]);
  const at = parseItalianDate(atValue, ["at"]);
  const period = readRecord(requiredField(record, "period"), ["period"]);
  const [from] = readYears([requiredField(period, "from", ["period"])], ["period", "from"]);
  const [to] = readYears([requiredField(period, "to", ["period"])], ["period", "to"]);
  if (from === undefined || to === undefined) throw pdzError(C.invalid_date, {}, ["period"]);
  if (to < from) throw pdzError(M.plan_period_reversed, {}, ["period", "to"]);
  return { at, plan: yearsSpan(from, to), firstYear: from, lastYear: to };
}

// Targets in an order where each comes after the target its condition names.
function conditionOrder(targets: readonly ResultTarget[]): ResultTarget[] {
  const byId = new Map(targets.map((target) => [target.id, target]));
  const ordered: ResultTarget[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (target: ResultTarget, index: number): void => {
    const seen = state.get(target.id);
    if (seen === "done") return;
    if (seen === "visiting")
      throw pdzError(M.condition_cycle, { id: target.id }, ["targets", index, "condition"]);
    state.set(target.id, "visiting");
    const condition = target.condition;
    if (condition !== undefined) {
      const depends = byId.get(condition.target);
      if (depends === undefined) {
        throw pdzError(M.unknown_condition, { id: condition.target }, [
          "targets",
          index,
          "condition",
          "target",
        ]);
      }
      visit(depends, targets.indexOf(depends));
    }
    state.set(target.id, "done");
    ordered.push(target);
  };
  targets.forEach(visit);
  return ordered;
}

function applyCondition(
  target: ResultTarget,
  decided: ReadonlyMap<string, TargetResult>,
): TargetResult | null {
  const condition = target.condition;
  if (condition === undefined) return null;
  const depends = decided.get(condition.target);
  const status = depends?.status ?? "not-due";
  const answer = (next: IndicatorStatus, reason: Labels): TargetResult => ({
    ...base(target),
    status: next,
    observed: null,
    required: null,
    due: target.due ?? null,
    periods: [],
    reason,
  });
  if (status === "met" || status === "not-met" || status === "not-applicable") {
    return status === condition.when
      ? null
      : answer(
          "not-applicable",
          M.reason_target_condition_false.render({ id: condition.target, when: condition.when }),
        );
  }
  const missing = status === "missing-data";
  return answer(
    missing ? "missing-data" : "not-due",
    M.reason_target_condition_open.render({ id: condition.target, missing }),
  );
}

/**
 * Evaluates a scheda's result targets ({@link ResultTargetSchema}) at a date, from what was observed
 * ({@link TargetObservationSchema}). Each target ends in one of the monitoring statuses:
 *
 * - `met`, `not-met`;
 * - `not-due`: its deadline (or its period's end) has not come and it is not reached yet;
 * - `missing-data`: its deadline has passed without an observation (a share whose denominator is 0 included; missing
 *   data is never a pass);
 * - `not-applicable`: a conditional target whose condition is false ("se lo studio avrà esito positivo …" when it
 *   is not).
 *
 * Period semantics: a target over the programming ("nella triennalità", or no period printed) adds up the observations
 * of its years (its own `period`, from `fromYear`) and is judged at its `due` date or at the end of those years, but is
 * met as soon as the minimum is reached; a target per year, semester, quarter or month is judged in every such period
 * from `fromYear` (or the programming's start) to the programming's end, each when it has ended (met early when its
 * minimum is reached), and fails if one period fails. A share adds up numerators and denominators and is decided on
 * the exact ratio when its period has ended; a coverage takes the highest level observed; a change compares the last
 * value of its two years when the second has ended; a baseline (T0) is met when a value is recorded; a duration is met
 * when every path observed lasts within its bounds; a range's maximum ("3/4 per annualità") fails above it.
 * Observations dated after the view are ignored. The mid-term view of 2025-2027 is `at: "2026-12-31"`, the final
 * view `at: "2027-12-31"`: two calls.
 *
 * @param targets - the targets of a scheda (ids unique)
 * @param observations - what was observed, each naming its target, in the form its kind is observed in
 * @param options - the date of the view and the programming's years
 * @throws {@link PdzError} `validation_failed` (a target or an observation that its schema refuses),
 *   `target_id_repeated`, `unknown_condition`, `condition_cycle`, `unknown_observed_target`,
 *   `target_observation_mismatch`, `observation_time_missing` (a target counted per period observed without a time),
 *   `observation_too_coarse` (a year observed for a target per semester), `plan_period_reversed`, `invalid_date`,
 *   `year_out_of_range`, `invalid_type`
 * @example
 * ```ts
 * import { evaluateTargets } from "piano-di-zona";
 * const targets = [
 *   { id: "A2-1", text: "almeno 9 incontri nella triennalità", kind: "count-at-least", min: 9, unit: "incontri", per: "triennium" },
 *   { id: "A2-2", text: "1 incontro semestrale", kind: "count-at-least", min: 1, unit: "incontri", per: "semester" },
 * ] as const;
 * const observations = [
 *   { target: "A2-1", value: 4, year: 2025 },
 *   { target: "A2-1", value: 3, year: 2026 },
 *   { target: "A2-2", value: 1, year: 2025, semester: 1 },
 *   { target: "A2-2", value: 1, year: 2025, semester: 2 },
 *   { target: "A2-2", value: 1, date: "2026-03-12" },
 * ];
 * const midTerm = evaluateTargets(targets, observations, { at: "2026-12-31", period: { from: 2025, to: 2027 } });
 * midTerm.targets.map((target) => target.status) //=> ["not-due", "missing-data"]
 * midTerm.targets[0]?.reason.en //=> "2025–2027: 7 so far of 9, due by 2027-12-31"
 * midTerm.targets[1]?.observed //=> "3"
 * ```
 * @category Monitoring
 */
export function evaluateTargets(
  targets: readonly DeepReadonly<ResultTargetInput>[],
  observations: readonly DeepReadonly<TargetObservationInput>[],
  options: EvaluateTargetsOptions,
): TargetsEvaluation {
  const context = readContext(options);
  const read = readList(targets, ["targets"]).map((item, index) =>
    underPath(["targets", index], () => parseOwnData(resultTargetSchema("canonical"), item)),
  );
  const byId = new Map<string, ResultTarget>();
  read.forEach((target, index) => {
    if (byId.has(target.id))
      throw pdzError(M.target_id_repeated, { id: target.id }, ["targets", index, "id"]);
    byId.set(target.id, target);
  });
  const observedBy = new Map<string, Observed[]>();
  readList(observations, ["observations"]).forEach((item, index) => {
    const path: ErrorPath = ["observations", index];
    const observation = underPath(path, () => parseOwnData(targetObservationSchema("canonical"), item));
    const target = byId.get(observation.target);
    if (target === undefined) {
      throw pdzError(M.unknown_observed_target, { id: observation.target }, [...path, "target"]);
    }
    const expected = expectedForm(target);
    const actual = formOf(observation);
    if (expected !== actual) {
      throw pdzError(
        M.target_observation_mismatch,
        {
          kind: RESULT_TARGET_KIND_CATALOG[target.kind].labels,
          expected: FORMS[expected],
          actual: FORMS[actual],
        },
        path,
      );
    }
    const list = observedBy.get(target.id) ?? [];
    list.push({ observation, span: spanOf(observation), path });
    observedBy.set(target.id, list);
  });
  const decided = new Map<string, TargetResult>();
  for (const target of conditionOrder(read)) {
    decided.set(
      target.id,
      applyCondition(target, decided) ?? evaluateOne(target, observedBy.get(target.id) ?? [], context),
    );
  }
  const results = read.map((target) => decided.get(target.id) as TargetResult);
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((status) => [status, 0])) as Record<
    IndicatorStatus,
    number
  >;
  for (const item of results) counts[item.status] += 1;
  return {
    at: context.at,
    period: { from: context.firstYear, to: context.lastYear },
    targets: results,
    counts,
  };
}

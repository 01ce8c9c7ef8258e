import { underPath } from "../core/error.js";
import type { LepsId } from "../catalog/leps.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient, toFraction } from "../core/exact-quotient.js";
import { numberLabels } from "../core/format.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/monitoring.js";
import { ownField, readOptions } from "../core/read-input.js";
import {
  MILESTONE_STAGE_CATALOG,
  MILESTONE_STAGES,
  type MilestoneStage,
} from "../catalog/indicator-kinds.js";
import {
  type Indicator,
  type IndicatorInput,
  type IndicatorObservation,
  type IndicatorObservationInput,
  type IndicatorTarget,
} from "../model/indicator.js";
import { readIndicator, readObservations } from "./_indicator-input.js";
import { defaultYears, readYears } from "./_years.js";
import type { IndicatorStatus } from "./indicator-status.js";

/**
 * How an indicator fared in one year, with the numbers that decided it and the reason in both languages. A figure
 * that does not apply to the year (no target, no observation, another form of indicator) is `null`.
 * @category Monitoring
 */
export interface IndicatorYearResult {
  readonly year: number;
  readonly status: IndicatorStatus;
  /** The year's target, or `null` when none is due. */
  readonly target: IndicatorTarget | null;
  /**
   * The observed value: a ratio in percent (numerator × 100 / denominator, correctly rounded to 40 digits; the
   * decision is taken on the exact ratio), a count or a measure.
   */
  readonly value: Decimal | null;
  /** The previous year's value, for a year-on-year target. */
  readonly previousValue: Decimal | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The milestone stage reached. */
  readonly stage: MilestoneStage | null;
  /** Why, in plain words, numbers written in each language. */
  readonly reason: Labels;
}

/**
 * An indicator's results, one per year evaluated.
 * @category Monitoring
 */
export interface IndicatorResult {
  readonly indicatorId: string;
  readonly labels: Labels;
  /** The LEPS the indicator monitors, or `null`. */
  readonly leps: LepsId | null;
  readonly years: readonly IndicatorYearResult[];
}

/**
 * Options of {@link evaluateIndicator}.
 * @category Monitoring
 */
export interface EvaluateIndicatorOptions {
  /**
   * The years to report, in any order (reported once each, in increasing order; 1900–2199). By default every year
   * from the baseline (or the first target) to the last target.
   */
  readonly years?: readonly number[];
}

type Observed = ReadonlyMap<number, IndicatorObservation>;

const NOTHING = {
  target: null,
  value: null,
  previousValue: null,
  numerator: null,
  denominator: null,
  stage: null,
} as const;

const percentLabels = (value: Decimal): Labels => numberLabels(value, 2, "percent");
const valueLabels = (value: Decimal): Labels => numberLabels(value);

function evaluateRatio(
  year: number,
  target: Extract<IndicatorTarget, { rule: "ratio-at-least" }>,
  observation: IndicatorObservation | undefined,
): IndicatorYearResult {
  const numerator = observation?.numerator;
  const denominator = observation?.denominator;
  if (numerator === undefined || denominator === undefined) {
    return {
      ...NOTHING,
      year,
      status: "missing-data",
      target,
      reason: M.reason_missing_observation.render({ year }),
    };
  }
  if (denominator === 0) {
    return {
      ...NOTHING,
      year,
      status: "missing-data",
      target,
      numerator,
      denominator,
      reason: M.reason_zero_denominator.render({ year }),
    };
  }
  // Decided on the exact ratio: n × 100 / d ≥ t / 10^k ⟺ n × 100 × 10^k ≥ t × d.
  const threshold = toFraction(target.thresholdPercent);
  const scaled = BigInt(numerator) * 100n;
  const met = scaled * threshold.denominator >= threshold.numerator * BigInt(denominator);
  const value = exactQuotient(scaled, BigInt(denominator));
  return {
    ...NOTHING,
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    numerator,
    denominator,
    reason: M.reason_ratio.render({
      numerator,
      denominator,
      value: percentLabels(value),
      met,
      threshold: percentLabels(target.thresholdPercent),
    }),
  };
}

function evaluateCount(
  year: number,
  target: Extract<IndicatorTarget, { rule: "count-at-least" }>,
  observation: IndicatorObservation | undefined,
): IndicatorYearResult {
  const value = observation?.value;
  if (value === undefined) {
    return {
      ...NOTHING,
      year,
      status: "missing-data",
      target,
      reason: M.reason_missing_value.render({ year }),
    };
  }
  const met = value.gte(target.minimum);
  return {
    ...NOTHING,
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    reason: M.reason_count.render({ value: valueLabels(value), met, minimum: target.minimum }),
  };
}

function evaluateTrend(
  year: number,
  target: Extract<IndicatorTarget, { rule: "greater-than-previous" | "less-than-previous" }>,
  observed: Observed,
): IndicatorYearResult {
  const value = observed.get(year)?.value;
  const previousValue = observed.get(year - 1)?.value;
  if (value === undefined || previousValue === undefined) {
    return {
      ...NOTHING,
      year,
      status: "missing-data",
      target,
      value: value ?? null,
      reason: M.reason_missing_value.render({ year: value === undefined ? year : year - 1 }),
    };
  }
  const increase = target.rule === "greater-than-previous";
  const met = increase ? value.gt(previousValue) : value.lt(previousValue);
  const sign = value.gt(previousValue) ? ">" : value.lt(previousValue) ? "<" : "=";
  return {
    ...NOTHING,
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    previousValue,
    reason: M.reason_trend.render({
      value: valueLabels(value),
      year,
      sign,
      previous: valueLabels(previousValue),
      increase,
    }),
  };
}

function evaluateStage(
  year: number,
  target: Extract<IndicatorTarget, { rule: "stage-reached" }>,
  observation: IndicatorObservation | undefined,
): IndicatorYearResult {
  const stage = observation?.stage;
  if (stage === undefined) {
    return {
      ...NOTHING,
      year,
      status: "missing-data",
      target,
      reason: M.reason_missing_stage.render({ year }),
    };
  }
  const met = MILESTONE_STAGES.indexOf(stage) >= MILESTONE_STAGES.indexOf(target.stage);
  return {
    ...NOTHING,
    year,
    status: met ? "met" : "not-met",
    target,
    stage,
    reason: M.reason_stage.render({
      reached: MILESTONE_STAGE_CATALOG[stage].labels,
      required: MILESTONE_STAGE_CATALOG[target.stage].labels,
    }),
  };
}

function evaluateYear(
  year: number,
  target: IndicatorTarget | undefined,
  observed: Observed,
  baselineYear: number | undefined,
): IndicatorYearResult {
  if (target === undefined) {
    return {
      ...NOTHING,
      year,
      status: "not-due",
      value: observed.get(year)?.value ?? null,
      reason:
        year === baselineYear ? M.reason_baseline_year.render({ year }) : M.reason_no_target.render({ year }),
    };
  }
  switch (target.rule) {
    case "ratio-at-least":
      return evaluateRatio(year, target, observed.get(year));
    case "count-at-least":
      return evaluateCount(year, target, observed.get(year));
    case "stage-reached":
      return evaluateStage(year, target, observed.get(year));
    default:
      return evaluateTrend(year, target, observed);
  }
}

/**
 * An indicator already read, evaluated over the given years (or its own, by default). Linear in the years.
 * @internal
 */
export function evaluateReadIndicator(
  indicator: Indicator,
  observed: Observed,
  years: readonly number[] | null,
): IndicatorResult {
  // Each target goes into the result as a plain record of its own (the indicator read holds own-fields copies).
  const targets = new Map(indicator.targets.map((target) => [target.year, { ...target }]));
  return {
    indicatorId: indicator.id,
    labels: { it: indicator.labels.it, en: indicator.labels.en },
    leps: indicator.leps ?? null,
    years: (years ?? defaultYears(indicator)).map((year) =>
      evaluateYear(year, targets.get(year), observed, indicator.baselineYear),
    ),
  };
}

/**
 * Evaluates an indicator year by year against its targets (D.G.R. XII/2167 "range di raggiungimento"):
 *
 * - a ratio target is met when `numerator × 100 / denominator ≥ threshold`, decided on the exact ratio (49,99…% is
 *   not 50%); a zero denominator is missing data;
 * - a count target is met when the value is ≥ the minimum;
 * - a year-on-year target compares the year's value with the previous calendar year's (strictly greater, or
 *   strictly less for waiting times); without either value the year is missing data, never a pass;
 * - a milestone target is met when the stage reached is at least the stage required ("attivazione" satisfies
 *   "definizione");
 * - a year without a target (the T0 baseline, a blank cell of the table) is not due.
 *
 * The indicator and each observation are validated with their schemas ({@link IndicatorSchema},
 * {@link IndicatorObservationSchema}); a failure throws one `validation_failed` carrying every issue, its path
 * under `["indicator"]` or `["observations", index]`.
 *
 * @param indicator - the indicator's definition
 * @param observations - at most one per year, in the form the kind requires (counts for a ratio, a stage for a
 *   milestone, a value otherwise)
 * @param options - the years to report
 * @throws {@link PdzError} `validation_failed` (an indicator or observation that its schema refuses: the issues
 *   carry `target_years_out_of_order`, `invalid_observation_form`, …), `duplicate_observation_year`,
 *   `observation_form_mismatch`, `numerator_exceeds_denominator`, `invalid_year`, `year_out_of_range`,
 *   `invalid_type` (observations or years that are not lists, options that are not an object), `too_many_items`,
 *   `unreadable_field`
 * @example
 * ```ts
 * import { evaluateIndicator } from "piano-di-zona";
 * const result = evaluateIndicator(
 *   {
 *     id: "eemm",
 *     labels: { it: "Incremento numero EEMM attivate", en: "more multidisciplinary teams" },
 *     kind: "increase",
 *     targets: [
 *       { year: 2025, rule: "count-at-least", minimum: 1 },
 *       { year: 2026, rule: "greater-than-previous" },
 *       { year: 2027, rule: "greater-than-previous" },
 *     ],
 *   },
 *   [{ year: 2025, value: 2 }, { year: 2026, value: 2 }],
 * );
 * result.years.map((year) => year.status) //=> ["met", "not-met", "missing-data"]
 * result.years[1]?.reason.en //=> "2 (2026) = 2 (2025); an increase is required"
 * evaluateIndicator(null as never, []) //=> throws validation_failed
 * ```
 * @category Monitoring
 */
export function evaluateIndicator(
  indicator: DeepReadonly<IndicatorInput>,
  observations: readonly DeepReadonly<IndicatorObservationInput>[],
  options: EvaluateIndicatorOptions = {},
): IndicatorResult {
  const read = underPath(["indicator"], () => readIndicator(indicator));
  const observed = underPath(["observations"], () => readObservations(observations, read));
  const years = ownField(readOptions(options), "years");
  return evaluateReadIndicator(read, observed, years === undefined ? null : readYears(years, ["years"]));
}

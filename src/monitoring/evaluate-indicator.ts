import { Dec, type Decimal } from "../core/decimal.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { formatNumber, formatPercent } from "../core/format.js";
import type { Labels } from "../core/labels.js";
import {
  MILESTONE_STAGE_LABELS,
  MILESTONE_STAGES,
  type Indicator,
  type IndicatorInput,
  type IndicatorObservation,
  type IndicatorObservationInput,
  type IndicatorTarget,
} from "../model/indicator.js";
import { invalid, readIndicatorInput } from "./_internal.js";
import type { IndicatorStatus } from "./indicator-status.js";

/**
 * How an indicator fared in one year, with the numbers that decided it and the reason in both languages.
 * @category Monitoring
 */
export interface IndicatorYearResult {
  readonly year: number;
  readonly status: IndicatorStatus;
  /** The year's target; absent when none is due. */
  readonly target?: IndicatorTarget;
  /** The observed value: a ratio in percent (numerator × 100 / denominator), a count or a measure. */
  readonly value?: Decimal;
  /** The previous year's value, for a year-on-year target. */
  readonly previousValue?: Decimal;
  readonly numerator?: number;
  readonly denominator?: number;
  /** The milestone stage reached. */
  readonly stage?: IndicatorObservation["stage"];
  /** Why, in plain words. */
  readonly reason: Labels;
}

/**
 * An indicator's results, one per year evaluated.
 * @category Monitoring
 */
export interface IndicatorResult {
  readonly indicatorId: string;
  readonly labels: Labels;
  readonly leps?: Indicator["leps"];
  readonly years: readonly IndicatorYearResult[];
}

/**
 * Options of {@link evaluateIndicator}.
 * @category Monitoring
 */
export interface EvaluateIndicatorOptions {
  /**
   * The years to report, in any order (reported in increasing order). By default every year from the baseline (or
   * the first target) to the last target.
   */
  readonly years?: readonly number[];
}

function valueOf(observation: IndicatorObservation | undefined): Decimal | undefined {
  return observation?.value;
}

const missing = (year: number, what: Labels): Labels => ({
  it: `Manca ${what.it} per il ${String(year)}`,
  en: `No ${what.en} for ${String(year)}`,
});

const pct = (value: Decimal): Labels => ({
  it: formatPercent(value, { decimals: 2 }),
  en: `${value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)}%`,
});

const num = (value: Decimal): Labels => ({
  it: formatNumber(value, { decimals: value.decimalPlaces() }),
  en: value.toString(),
});

function evaluateRatio(
  year: number,
  target: Extract<IndicatorTarget, { rule: "ratio-at-least" }>,
  observation: IndicatorObservation | undefined,
): IndicatorYearResult {
  const { numerator, denominator } = observation ?? {};
  if (numerator === undefined || denominator === undefined) {
    return {
      year,
      status: "missing-data",
      target,
      reason: missing(year, { it: "la rilevazione", en: "observation" }),
    };
  }
  if (denominator === 0) {
    return {
      year,
      status: "missing-data",
      target,
      numerator,
      denominator,
      reason: {
        it: `Il denominatore del ${String(year)} è 0: il rapporto non esiste`,
        en: `The ${String(year)} denominator is 0: the ratio does not exist`,
      },
    };
  }
  const value = new Dec(numerator).times(100).div(denominator);
  const met = value.gte(target.thresholdPercent);
  const shown = pct(value);
  const threshold = pct(target.thresholdPercent);
  return {
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    numerator,
    denominator,
    reason: {
      it: `${String(numerator)} / ${String(denominator)} = ${shown.it} ${met ? "≥" : "<"} ${threshold.it}`,
      en: `${String(numerator)} / ${String(denominator)} = ${shown.en} ${met ? "≥" : "<"} ${threshold.en}`,
    },
  };
}

function evaluateCount(
  year: number,
  target: Extract<IndicatorTarget, { rule: "count-at-least" }>,
  observation: IndicatorObservation | undefined,
): IndicatorYearResult {
  const value = valueOf(observation);
  if (value === undefined) {
    return { year, status: "missing-data", target, reason: missing(year, { it: "il valore", en: "value" }) };
  }
  const met = value.gte(target.minimum);
  const shown = num(value);
  return {
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    reason: {
      it: `${shown.it} ${met ? "≥" : "<"} ${String(target.minimum)}`,
      en: `${shown.en} ${met ? "≥" : "<"} ${String(target.minimum)}`,
    },
  };
}

function evaluateTrend(
  year: number,
  target: Extract<IndicatorTarget, { rule: "greater-than-previous" | "less-than-previous" }>,
  byYear: ReadonlyMap<number, IndicatorObservation>,
): IndicatorYearResult {
  const value = valueOf(byYear.get(year));
  const previousValue = valueOf(byYear.get(year - 1));
  if (value === undefined || previousValue === undefined) {
    const absent = value === undefined ? year : year - 1;
    return {
      year,
      status: "missing-data",
      target,
      ...(value === undefined ? {} : { value }),
      reason: missing(absent, { it: "il valore", en: "value" }),
    };
  }
  const increase = target.rule === "greater-than-previous";
  const met = increase ? value.gt(previousValue) : value.lt(previousValue);
  const sign = value.gt(previousValue) ? ">" : value.lt(previousValue) ? "<" : "=";
  const [now, before] = [num(value), num(previousValue)];
  return {
    year,
    status: met ? "met" : "not-met",
    target,
    value,
    previousValue,
    reason: {
      it: `${now.it} (${String(year)}) ${sign} ${before.it} (${String(year - 1)}); ${increase ? "richiesto un aumento" : "richiesta una riduzione"}`,
      en: `${now.en} (${String(year)}) ${sign} ${before.en} (${String(year - 1)}); ${increase ? "an increase" : "a decrease"} is required`,
    },
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
      year,
      status: "missing-data",
      target,
      reason: missing(year, { it: "la fase raggiunta", en: "stage reached" }),
    };
  }
  const met = MILESTONE_STAGES.indexOf(stage) >= MILESTONE_STAGES.indexOf(target.stage);
  const [reached, required] = [MILESTONE_STAGE_LABELS[stage], MILESTONE_STAGE_LABELS[target.stage]];
  return {
    year,
    status: met ? "met" : "not-met",
    target,
    stage,
    reason: {
      it: `Fase raggiunta: ${reached.it}; richiesta: ${required.it}`,
      en: `Stage reached: ${reached.en}; required: ${required.en}`,
    },
  };
}

function evaluateYear(
  year: number,
  target: IndicatorTarget | undefined,
  byYear: ReadonlyMap<number, IndicatorObservation>,
  baselineYear: number | undefined,
): IndicatorYearResult {
  if (target === undefined) {
    const observation = byYear.get(year);
    const isBaseline = year === baselineYear;
    return {
      year,
      status: "not-due",
      ...(observation?.value === undefined ? {} : { value: observation.value }),
      reason: isBaseline
        ? {
            it: `${String(year)}: anno di riferimento (T0), senza target`,
            en: `${String(year)}: baseline year (T0), no target`,
          }
        : { it: `Nessun target per il ${String(year)}`, en: `No target for ${String(year)}` },
    };
  }
  switch (target.rule) {
    case "ratio-at-least":
      return evaluateRatio(year, target, byYear.get(year));
    case "count-at-least":
      return evaluateCount(year, target, byYear.get(year));
    case "stage-reached":
      return evaluateStage(year, target, byYear.get(year));
    default:
      return evaluateTrend(year, target, byYear);
  }
}

function yearsToReport(indicator: Indicator, years: readonly number[] | undefined): number[] {
  if (years !== undefined) {
    years.forEach((year, index) => {
      if (!Number.isSafeInteger(year)) {
        throw invalid(
          "invalid_year",
          "A year must be a whole number",
          "Un anno deve essere un numero intero",
          ["years", index],
        );
      }
    });
    return [...new Set(years)].sort((a, b) => a - b);
  }
  const targetYears = indicator.targets.map((target) => target.year);
  const first = Math.min(indicator.baselineYear ?? Number.POSITIVE_INFINITY, ...targetYears);
  const last = Math.max(...targetYears);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/**
 * Evaluates an indicator year by year against its targets (D.G.R. XII/2167 "range di raggiungimento"):
 *
 * - a ratio target is met when `numerator × 100 / denominator ≥ threshold`, computed exactly (no rounding, so
 *   49,99…% is not 50%); a zero denominator is missing data;
 * - a count target is met when the value is ≥ the minimum;
 * - a year-on-year target compares the year's value with the previous calendar year's (strictly greater, or
 *   strictly less for waiting times); without either value the year is missing data, never a pass;
 * - a milestone target is met when the stage reached is at least the stage required ("attivazione" satisfies
 *   "definizione");
 * - a year without a target (the T0 baseline, a blank cell of the table) is not due.
 *
 * @param indicator - the indicator (validated again here: unordered years or incompatible rules throw)
 * @param observations - at most one per year, in the form the kind requires (counts for a ratio, a stage for a
 *   milestone, a value otherwise)
 * @param options - the years to report
 * @throws {@link PdzError} the schema's codes (`years_out_of_order`, `invalid_observation_form`, …),
 *   `duplicate_observation_year`, `observation_form_mismatch`, `numerator_exceeds_denominator`, `invalid_year`
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
 * ```
 * @category Monitoring
 */
export function evaluateIndicator(
  indicator: DeepReadonly<IndicatorInput>,
  observations: readonly DeepReadonly<IndicatorObservationInput>[],
  options: EvaluateIndicatorOptions = {},
): IndicatorResult {
  const read = readIndicatorInput(indicator, observations);
  const targets = new Map(read.indicator.targets.map((target) => [target.year, target]));
  return {
    indicatorId: read.indicator.id,
    labels: read.indicator.labels,
    ...(read.indicator.leps === undefined ? {} : { leps: read.indicator.leps }),
    years: yearsToReport(read.indicator, options.years).map((year) =>
      evaluateYear(year, targets.get(year), read.byYear, read.indicator.baselineYear),
    ),
  };
}

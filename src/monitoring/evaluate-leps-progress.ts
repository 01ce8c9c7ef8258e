import type { LepsId } from "../catalog/leps.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { PdzError } from "../core/error.js";
import type { IndicatorInput, IndicatorObservationInput } from "../model/indicator.js";
import { evaluateIndicator, type IndicatorResult } from "./evaluate-indicator.js";
import { INDICATOR_STATUSES, type IndicatorStatus } from "./indicator-status.js";

/**
 * What {@link evaluateLepsProgress} needs of a plan: its LEPS schede, each with the LEPS and its indicators. A parsed
 * `PianoDiZona` satisfies it, and so does `{ lepsSchede: [{ leps, indicators }] }` built by hand (for instance from
 * {@link PRIORITY_LEPS_INDICATORS}).
 * @category Monitoring
 */
export interface LepsMonitoringPlan {
  readonly lepsSchede: readonly {
    readonly leps: LepsId;
    readonly indicators: readonly DeepReadonly<IndicatorInput>[];
  }[];
}

/** How many indicator-years ended in each status. @category Monitoring */
export type StatusCounts = Readonly<Record<IndicatorStatus, number>>;

/** One LEPS's indicators and their counts. @category Monitoring */
export interface LepsProgressEntry {
  readonly leps: LepsId;
  readonly indicators: readonly IndicatorResult[];
  readonly counts: StatusCounts;
}

/** The monitoring of a plan's LEPS over the years evaluated. @category Monitoring */
export interface LepsProgress {
  readonly years: readonly number[];
  readonly byLeps: readonly LepsProgressEntry[];
  readonly counts: StatusCounts;
}

/** Observations keyed by indicator id: a Map, or a plain object (own keys only are read). @category Monitoring */
export type ObservationsByIndicator =
  | ReadonlyMap<string, readonly DeepReadonly<IndicatorObservationInput>[]>
  | Readonly<Record<string, readonly DeepReadonly<IndicatorObservationInput>[]>>;

function observationsFor(
  all: ObservationsByIndicator,
  id: string,
): readonly DeepReadonly<IndicatorObservationInput>[] {
  if (all instanceof Map)
    return (all as ReadonlyMap<string, readonly DeepReadonly<IndicatorObservationInput>[]>).get(id) ?? [];
  const record = all as Readonly<Record<string, readonly DeepReadonly<IndicatorObservationInput>[]>>;
  return Object.hasOwn(record, id) ? (record[id] ?? []) : [];
}

function count(results: readonly IndicatorResult[]): StatusCounts {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((status) => [status, 0])) as Record<
    IndicatorStatus,
    number
  >;
  for (const result of results) for (const year of result.years) counts[year.status] += 1;
  return counts;
}

/**
 * Evaluates every indicator of a plan's LEPS schede over the monitoring years (2025-2027 by default), with
 * {@link evaluateIndicator}'s rules: each indicator gets one result per year (met, not met, not due, missing data)
 * and each LEPS the counts of its indicator-years. An indicator with no observations at all is reported as missing
 * data in every year that has a target.
 *
 * @param plan - the LEPS schede (see {@link LepsMonitoringPlan})
 * @param observations - each indicator's yearly observations, keyed by indicator id
 * @param options - `years` to evaluate (default 2025, 2026, 2027)
 * @throws {@link PdzError} `duplicate_indicator_id` when two indicators of the plan share an id, and the errors of
 *   {@link evaluateIndicator}
 * @example
 * ```ts
 * import { evaluateLepsProgress, PRIORITY_LEPS_INDICATORS } from "piano-di-zona";
 * const sad = PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.leps === "incremento-sad");
 * const progress = evaluateLepsProgress(
 *   { lepsSchede: [{ leps: "incremento-sad", indicators: sad }] },
 *   { "sad-progetti-integrati": [{ year: 2025, numerator: 11, denominator: 20 }] },
 * );
 * progress.byLeps[0]?.indicators[0]?.years.map((year) => year.status) //=> ["met", "missing-data", "missing-data"]
 * progress.counts //=> { met: 1, "not-met": 0, "not-due": 2, "missing-data": 6 }
 * ```
 * @category Monitoring
 */
export function evaluateLepsProgress(
  plan: LepsMonitoringPlan,
  observations: ObservationsByIndicator,
  options: { readonly years?: readonly number[] } = {},
): LepsProgress {
  const years = options.years ?? [2025, 2026, 2027];
  const seen = new Set<string>();
  const byLeps = plan.lepsSchede.map((scheda, schedaIndex): LepsProgressEntry => {
    const indicators = scheda.indicators.map((indicator, index) => {
      if (seen.has(indicator.id)) {
        throw new PdzError({
          code: "duplicate_indicator_id",
          message: `Two indicators of the plan have the id "${indicator.id}"`,
          messageIt: `Due indicatori del piano hanno l'identificativo «${indicator.id}»`,
          path: ["lepsSchede", schedaIndex, "indicators", index, "id"],
        });
      }
      seen.add(indicator.id);
      return evaluateIndicator(indicator, observationsFor(observations, indicator.id), { years });
    });
    return { leps: scheda.leps, indicators, counts: count(indicators) };
  });
  return {
    years: [...new Set(years)].sort((a, b) => a - b),
    byLeps,
    counts: count(byLeps.flatMap((entry) => entry.indicators)),
  };
}

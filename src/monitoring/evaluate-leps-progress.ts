import { LEPS_IDS, type LepsId } from "../catalog/leps.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { pdzError, type ErrorPath, underPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/monitoring.js";
import {
  ownField,
  readKeyed,
  readList,
  readOption,
  readOptions,
  readRecord,
  requiredField,
} from "../core/read-input.js";
import type { IndicatorInput, IndicatorObservationInput } from "../model/indicator.js";
import type { LepsSchedaIndicatorInput } from "../model/leps-scheda.js";
import { readIndicator, readObservations } from "./_indicator-input.js";
import { readYears } from "./_years.js";
import { evaluateReadIndicator, type IndicatorResult } from "./evaluate-indicator.js";
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
    readonly indicators: readonly DeepReadonly<IndicatorInput | LepsSchedaIndicatorInput>[];
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

/**
 * Options of {@link evaluateLepsProgress}.
 * @category Monitoring
 */
export interface LepsProgressOptions {
  /** The years to evaluate (default 2025, 2026, 2027), reported once each in increasing order. */
  readonly years?: readonly number[];
}

const DEFAULT_YEARS: readonly number[] = [2025, 2026, 2027];

const OBSERVATIONS: Labels = {
  it: "le rilevazioni per indicatore (una Map o un oggetto)",
  en: "the observations by indicator (a Map or an object)",
};

// What a LEPS scheda's indicator adds to an indicator definition: its printed text (the definition's wording), its data
// source and lines, and the text printed for each year. The monitoring reads the definition without them; a scheda's
// indicator without an id or labels, with a baseline row or with two rules in one year is refused as before
// (`validation_failed`): such indicators are monitored through the scheda's result targets (`evaluateTargets`).
const PRINTED_ONLY = ["text", "dataSource", "lines"] as const;

function withoutPrintedText(value: unknown, path: ErrorPath): unknown {
  if (typeof value !== "object" || value === null || ownField(value, "text", path) === undefined)
    return value;
  const copy: Record<string, unknown> = {};
  for (const key of ownKeys(value, path)) if (key !== "text") copy[key] = ownField(value, key, path);
  return copy;
}

function ownKeys(value: object, path: ErrorPath): string[] {
  try {
    return Object.keys(value);
  } catch {
    throw pdzError(C.unreadable_field, {}, path);
  }
}

function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    // Only a revoked proxy makes Array.isArray throw.
    throw pdzError(C.unreadable_field, {}, ["targets"]);
  }
}

function monitoringView(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const record = readRecord(value);
  const printed = PRINTED_ONLY.some((key) => ownField(record, key) !== undefined);
  const targets = ownField(record, "targets");
  const targetList = isArray(targets) ? readList(targets, ["targets"]) : null;
  const printedTargets = targetList?.some(
    (target, index) => withoutPrintedText(target, ["targets", index]) !== target,
  );
  if (!printed && printedTargets !== true) return value;
  const view: Record<string, unknown> = {};
  for (const key of ownKeys(record, [])) {
    if (!(PRINTED_ONLY as readonly string[]).includes(key)) view[key] = ownField(record, key);
  }
  const text = ownField(record, "text");
  if (view["wording"] === undefined && text !== undefined) view["wording"] = text;
  if (targetList !== null)
    view["targets"] = targetList.map((target, index) => withoutPrintedText(target, ["targets", index]));
  return view;
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
 * data in every year that has a target. Linear in the indicators and their observations.
 *
 * @param plan - the LEPS schede (see {@link LepsMonitoringPlan})
 * @param observations - each indicator's yearly observations, keyed by indicator id
 * @param options - `years` to evaluate (default 2025, 2026, 2027)
 * @throws {@link PdzError} `duplicate_indicator_id` when two indicators of the plan share an id; `invalid_option`
 *   for a LEPS that does not exist; the errors of {@link evaluateIndicator}, an indicator's under
 *   `["lepsSchede", s, "indicators", i]` and its observations' under `["observations", id]`; `invalid_type`,
 *   `required_field`, `too_many_items`, `unreadable_field` on input of the wrong shape
 * @example
 * ```ts
 * import { evaluateLepsProgress, PRIORITY_LEPS_INDICATORS } from "piano-di-zona";
 * const sad = PRIORITY_LEPS_INDICATORS.filter((indicator) => indicator.leps === "incremento-sad");
 * const progress = evaluateLepsProgress(
 *   { lepsSchede: [{ leps: "incremento-sad", indicators: sad }] },
 *   { "sad-progetti-integrati": [{ year: 2025, numerator: 11, denominator: 20 }] },
 * );
 * progress.byLeps[0]?.indicators[0]?.years.map((year) => year.status) //=> ["met", "missing-data", "missing-data"]
 * progress.counts //=> { met: 1, "not-met": 0, "not-due": 2, "missing-data": 6, "not-applicable": 0 }
 * evaluateLepsProgress({ lepsSchede: [{ leps: "sad", indicators: [] }] } as never, {}) //=> throws invalid_option
 * ```
 * @category Monitoring
 */
export function evaluateLepsProgress(
  plan: LepsMonitoringPlan,
  observations: ObservationsByIndicator,
  options: LepsProgressOptions = {},
): LepsProgress {
  const schede = readList(requiredField(readRecord(plan), "lepsSchede"), ["lepsSchede"]);
  // The observations of one indicator: from a Map through Map.prototype.get, from an object as an own field;
  // `undefined` or `null` is no observation.
  const observationsOf = readKeyed(observations, ["observations"], OBSERVATIONS);
  const yearsOption = ownField(readOptions(options), "years");
  const years = yearsOption === undefined ? DEFAULT_YEARS : readYears(yearsOption, ["years"]);
  const seen = new Set<string>();
  const byLeps = schede.map((value, schedaIndex): LepsProgressEntry => {
    const at: ErrorPath = ["lepsSchede", schedaIndex];
    const scheda = readRecord(value, at);
    const leps = readOption(requiredField(scheda, "leps", at), LEPS_IDS, [...at, "leps"]);
    const list = readList(requiredField(scheda, "indicators", at), [...at, "indicators"]);
    const indicators = list.map((input, index) => {
      const indicator = underPath([...at, "indicators", index], () => readIndicator(monitoringView(input)));
      if (seen.has(indicator.id)) {
        throw pdzError(M.duplicate_indicator_id, { id: indicator.id.slice(0, 200) }, [
          ...at,
          "indicators",
          index,
          "id",
        ]);
      }
      seen.add(indicator.id);
      const observed = underPath(["observations", indicator.id], () =>
        readObservations(observationsOf(indicator.id) ?? [], indicator),
      );
      return evaluateReadIndicator(indicator, observed, years);
    });
    return { leps, indicators, counts: count(indicators) };
  });
  const all: IndicatorResult[] = [];
  for (const entry of byLeps) for (const indicator of entry.indicators) all.push(indicator);
  return { years: [...years], byLeps, counts: count(all) };
}

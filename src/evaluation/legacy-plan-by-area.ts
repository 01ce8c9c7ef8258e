import { MACRO_AREA_CATALOG, MACRO_AREA_CODES, type MacroAreaCode } from "../catalog/macro-areas.js";
import { PdzError, withPathPrefix } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { ownField, readList, readOption, readRecord, readText, requiredField } from "../core/read-input.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { LegacyPlanInput } from "../model/legacy-plan.js";

/**
 * A general objective of a 2015-2017 plan, as {@link legacyPlanByArea} lists it.
 * @category Evaluation
 */
export interface LegacyObjectiveSummary {
  readonly code: string;
  readonly title: string;
  /** How many specific objectives (table rows) it has. */
  readonly specificObjectives: number;
  /** Why it maps to the area (the record's `mapsTo.reason`), or `null` for an unmapped objective. */
  readonly reason: string | null;
}

/**
 * The general objectives of a 2015-2017 plan grouped by today's macro-area.
 * @category Evaluation
 */
export interface LegacyPlanByArea {
  /** One entry per macro-area that has objectives, in the catalogue's order (A, B, D, …, L). */
  readonly areas: readonly {
    readonly area: MacroAreaCode;
    /** The macro-area's labels. */
    readonly labels: Labels;
    readonly objectives: readonly LegacyObjectiveSummary[];
  }[];
  /** The objectives that map to no single macro-area, in the plan's order. */
  readonly unmapped: readonly LegacyObjectiveSummary[];
}

function readObjective(value: unknown): { area: MacroAreaCode | null; summary: LegacyObjectiveSummary } {
  const record = readRecord(value);
  const code = readText(requiredField(record, "code"), ["code"]);
  const title = readText(requiredField(record, "title"), ["title"]);
  const rows = readList(requiredField(record, "specificObjectives"), ["specificObjectives"]).length;
  const mapsTo = ownField(record, "mapsTo");
  if (mapsTo === undefined || mapsTo === null) {
    return { area: null, summary: { code, title, specificObjectives: rows, reason: null } };
  }
  const mapping = readRecord(mapsTo, ["mapsTo"]);
  const area = readOption(requiredField(mapping, "area", ["mapsTo"]), MACRO_AREA_CODES, ["mapsTo", "area"]);
  const reason = readText(requiredField(mapping, "reason", ["mapsTo"]), ["mapsTo", "reason"]);
  return { area, summary: { code, title, specificObjectives: rows, reason } };
}

/**
 * Groups the general objectives of a 2015-2017 plan (a {@link LegacyPlan}) by the macro-area of today's catalogue
 * they map to (`mapsTo`), so that an Ambito can set each of today's schede beside its history: the 2025-2027 scheda
 * of area D beside the 2015-2017 objectives of area D. Objectives without a mapping (no single area fits) are listed
 * apart; nothing is guessed. How each column of the old tables carries into today's scheda is in
 * {@link LEGACY_PLAN_COLUMN_CATALOG}. Linear in the objectives.
 *
 * @param plan - a {@link LegacyPlan} or its input form (only `generalObjectives` is read)
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `text_too_long`,
 *   `too_many_items`, `invalid_option` (an area that is not a macro-area of today), with the objective's path
 * @example
 * ```ts
 * import { legacyPlanByArea } from "piano-di-zona";
 * const row = { title: "…", actions: [], outcomeIndicators: [], tools: [], resources: { financial: null, professional: null, text: "…" }, timing: null };
 * const byArea = legacyPlanByArea({
 *   generalObjectives: [
 *     { code: "1", title: "Rafforzamento dei percorsi di integrazione socio sanitaria", specificObjectives: [row], mapsTo: { area: "D", reason: "assistenza domiciliare" } },
 *     { code: "7", title: "Tavoli tra soggetti istituzionali", specificObjectives: [row] },
 *   ],
 * } as never);
 * byArea.areas.map((entry) => entry.area) //=> ["D"]
 * byArea.unmapped.map((objective) => objective.code) //=> ["7"]
 * legacyPlanByArea({ generalObjectives: [{ code: "1", title: "x", specificObjectives: [], mapsTo: { area: "C", reason: "" } }] } as never) //=> throws invalid_option
 * ```
 * @category Evaluation
 */
export function legacyPlanByArea(
  plan: DeepReadonly<Pick<LegacyPlanInput, "generalObjectives">>,
): LegacyPlanByArea {
  const record = readRecord(plan);
  const list = readList(requiredField(record, "generalObjectives"), ["generalObjectives"]);
  const byArea = new Map<MacroAreaCode, LegacyObjectiveSummary[]>();
  const unmapped: LegacyObjectiveSummary[] = [];
  list.forEach((item, index) => {
    let read: ReturnType<typeof readObjective>;
    try {
      read = readObjective(item);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, ["generalObjectives", index]) : error;
    }
    if (read.area === null) {
      unmapped.push(read.summary);
      return;
    }
    const objectives = byArea.get(read.area) ?? [];
    objectives.push(read.summary);
    byArea.set(read.area, objectives);
  });
  const areas = MACRO_AREA_CODES.flatMap((area) => {
    const objectives = byArea.get(area);
    return objectives === undefined ? [] : [{ area, labels: MACRO_AREA_CATALOG[area].labels, objectives }];
  });
  return { areas, unmapped };
}

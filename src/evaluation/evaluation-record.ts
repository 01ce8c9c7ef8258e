// Reading an ex-post evaluation (a validated PlanEvaluation, its input form with canonical numbers, or its JSON) from
// untrusted input, once, into the figures the recomputation and the report use. Own properties only; an optional
// field that is absent, `undefined` or `null` is absent.
import {
  EVALUATION_GRIDS,
  NARRATIVE_OUTCOMES,
  type EvaluationGrid,
  type NarrativeOutcome,
} from "../catalog/evaluation-grids.js";
import {
  ADEQUACY_LEVELS,
  COINCIDENCE_BANDS,
  type AdequacyLevel,
  type CoincidenceBand,
} from "../catalog/evaluation-scales.js";
import { readDecimal, toNonNegativeDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, withPathPrefix } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { LIMITS } from "../core/limits.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/evaluation.js";
import * as MM from "../core/messages/model.js";
import {
  ownField,
  readList,
  readOption,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import { optionalField, readPrintedGrade, type PrintedGradeRecord } from "./_printed-grade.js";

/** What the document states of an action. @internal */
export interface ActionRecord {
  readonly completion: Decimal;
  readonly budgeted: Decimal | null;
  readonly paid: Decimal | null;
  readonly statedCoincidencePercent: Decimal | "over-100" | null;
}

/** The objective's stated coincidence. @internal */
export interface StatedCoincidence {
  readonly budgeted: Decimal | null;
  readonly paid: Decimal | null;
  readonly statedPercent: Decimal | null;
  readonly statedBand: CoincidenceBand | null;
  readonly text: string | null;
}

/** One evaluated objective (or one of its parts), read. @internal */
export interface ObjectiveRecord {
  readonly code: string;
  readonly title: string;
  /** The actions with their completion, or `null` where the document does not list them. */
  readonly actions: readonly ActionRecord[] | null;
  readonly plannedActions: number | null;
  readonly realizedActions: number | null;
  readonly grade: PrintedGradeRecord | null;
  readonly statedRealizedCount: { readonly realized: number; readonly planned: number } | null;
  readonly coincidence: StatedCoincidence | null;
  readonly adequacy: AdequacyLevel | "non-pertinente" | null;
  /** The parts graded one by one (none for a part). */
  readonly parts: readonly ObjectiveRecord[];
}

/** A theme of a narrative evaluation, read. @internal */
export interface ThemeRecord {
  readonly title: string;
  readonly outcome: NarrativeOutcome;
  readonly lines: readonly [number, number] | null;
  readonly outcomeLines: readonly [number, number] | null;
}

/** A whole evaluation, read. @internal */
export interface PlanRecord {
  readonly period: { readonly from: number; readonly to: number };
  /** The grid as stated, or as read from the objectives where the record does not state it. */
  readonly grid: EvaluationGrid;
  readonly objectives: readonly ObjectiveRecord[];
  readonly narrative: readonly ThemeRecord[] | null;
  readonly statedOverallGrade: PrintedGradeRecord | null;
}

const A_YEAR: Labels = { it: "un anno (un numero intero)", en: "a year (a whole number)" };
const A_LINE_RANGE: Labels = {
  it: "un intervallo di righe [prima, ultima]",
  en: "a line range [first, last]",
};
const ADEQUACY_OPTIONS = [...ADEQUACY_LEVELS, "non-pertinente"] as const;

function optionalAmount(record: InputRecord, key: string): Decimal | null {
  const value = optionalField(record, key);
  return value === undefined ? null : toNonNegativeDecimal(value, [key]);
}

function optionalText(record: InputRecord, key: string): string | null {
  const value = optionalField(record, key);
  return value === undefined ? null : readText(value, [key]);
}

// Reads a nested value, the errors of its fields placed under its key.
function nested<T>(record: InputRecord, key: string, read: (inner: unknown) => T): T | null {
  const value = optionalField(record, key);
  if (value === undefined) return null;
  try {
    return read(value);
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, [key]) : error;
  }
}

// Reads the items of a list, the errors of each placed under its key and index.
function items<T>(value: unknown, key: string, read: (item: unknown) => T): T[] {
  return readList(value, [key]).map((item, index) => {
    try {
      return read(item);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, [key, index]) : error;
    }
  });
}

function readCount(record: InputRecord, key: string): number {
  const value = requiredField(record, key);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw pdzError(M.invalid_action_count, {}, [key]);
  }
  return value;
}

function optionalCount(record: InputRecord, key: string): number | null {
  return optionalField(record, key) === undefined ? null : readCount(record, key);
}

function readAction(value: unknown): ActionRecord {
  const record = readRecord(value);
  const completion = readDecimal(requiredField(record, "completion"), ["completion"]);
  if (completion.isNegative() || completion.gt(100)) {
    throw pdzError(M.completion_out_of_range, {}, ["completion"]);
  }
  const stated = optionalField(record, "statedCoincidencePercent");
  return {
    completion,
    budgeted: optionalAmount(record, "budgeted"),
    paid: optionalAmount(record, "paid"),
    statedCoincidencePercent:
      stated === undefined
        ? null
        : stated === "over-100"
          ? "over-100"
          : toNonNegativeDecimal(stated, ["statedCoincidencePercent"]),
  };
}

function readCoincidence(value: unknown): StatedCoincidence {
  const record = readRecord(value);
  const band = optionalField(record, "statedBand");
  return {
    budgeted: optionalAmount(record, "budgeted"),
    paid: optionalAmount(record, "paid"),
    statedPercent: optionalAmount(record, "statedPercent"),
    statedBand: band === undefined ? null : readOption(band, COINCIDENCE_BANDS, ["statedBand"]),
    text: optionalText(record, "text"),
  };
}

// One objective, or one part of it (`parts` read only at the top).
function readObjective(value: unknown, withParts: boolean): ObjectiveRecord {
  const record = readRecord(value);
  // 0.1.0 named the printed grade `statedGrade` ({ percent, band }): refused by name, never silently ignored.
  if (ownField(record, "statedGrade") !== undefined)
    throw pdzError(M.stated_grade_renamed, {}, ["statedGrade"]);
  const code = readText(requiredField(record, "code"), ["code"]);
  const title = readText(requiredField(record, "title"), ["title"]);
  const actionsValue = optionalField(record, "actions");
  const actions = actionsValue === undefined ? null : items(actionsValue, "actions", readAction);
  const plannedActions = optionalCount(record, "plannedActions");
  const realizedActions = optionalCount(record, "realizedActions");
  if (plannedActions !== null && realizedActions !== null && realizedActions > plannedActions) {
    throw pdzError(M.realized_exceeds_planned, {}, ["realizedActions"]);
  }
  const partsValue = withParts ? optionalField(record, "parts") : undefined;
  return {
    code,
    title,
    actions,
    plannedActions,
    realizedActions,
    grade: nested(record, "grade", (grade) => readPrintedGrade(grade, true)),
    statedRealizedCount: nested(record, "statedRealizedCount", (inner) => {
      const counts = readRecord(inner);
      return { realized: readCount(counts, "realized"), planned: readCount(counts, "planned") };
    }),
    coincidence: nested(record, "coincidence", readCoincidence),
    adequacy:
      nested(record, "adequacy", (inner) => {
        const level = optionalField(readRecord(inner), "level");
        return level === undefined ? null : readOption(level, ADEQUACY_OPTIONS, ["level"]);
      }) ?? null,
    parts: partsValue === undefined ? [] : items(partsValue, "parts", (part) => readObjective(part, false)),
  };
}

/**
 * Reads one evaluated objective ({@link ObjectiveEvaluation} or its input form with canonical numbers).
 * @internal
 */
export function readObjectiveRecord(value: unknown): ObjectiveRecord {
  return readObjective(value, true);
}

function readYear(record: InputRecord, key: string): number {
  const value = requiredField(record, key);
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw pdzError(C.invalid_type, { expected: A_YEAR }, [key]);
  }
  if (value < LIMITS.minYear || value > LIMITS.maxYear) {
    throw pdzError(C.year_out_of_range, { min: LIMITS.minYear, max: LIMITS.maxYear }, [key]);
  }
  return value;
}

function readLines(value: unknown): readonly [number, number] {
  const list = readList(value, [], 2);
  const [first, last] = list;
  const valid = (line: unknown): line is number =>
    typeof line === "number" && Number.isSafeInteger(line) && line > 0;
  if (list.length !== 2 || !valid(first) || !valid(last)) {
    throw pdzError(C.invalid_type, { expected: A_LINE_RANGE }, []);
  }
  if (last < first) throw pdzError(MM.line_range_reversed, {}, []);
  return [first, last];
}

function readTheme(value: unknown): ThemeRecord {
  const record = readRecord(value);
  return {
    title: readText(requiredField(record, "title"), ["title"]),
    outcome: readOption(requiredField(record, "outcome"), NARRATIVE_OUTCOMES, ["outcome"]),
    lines: nested(record, "lines", readLines),
    outcomeLines: nested(record, "outcomeLines", readLines),
  };
}

// Where the record does not state its grid: prose when it has themes and no objectives, the grid with actions when
// every objective (or each of its parts) lists its actions, the grid with grades only otherwise.
function gridOf(
  objectives: readonly ObjectiveRecord[],
  narrative: readonly ThemeRecord[] | null,
): EvaluationGrid {
  if (objectives.length === 0) return narrative === null ? "dgr-2167-bands" : "narrative";
  const listed = objectives.every(
    (objective) =>
      objective.actions !== null ||
      (objective.parts.length > 0 && objective.parts.every((part) => part.actions !== null)),
  );
  return listed ? "dgr-2167-actions" : "dgr-2167-bands";
}

/**
 * Reads a whole ex-post evaluation ({@link PlanEvaluation} or its input form with canonical numbers).
 * @internal
 */
export function readPlanRecord(value: unknown): PlanRecord {
  const record = readRecord(value);
  const period = nested(record, "period", (periodValue) => {
    const inner = readRecord(periodValue);
    const from = readYear(inner, "from");
    const to = readYear(inner, "to");
    if (to < from) throw pdzError(M.evaluation_period_reversed, {}, ["to"]);
    return { from, to };
  });
  if (period === null) throw pdzError(C.required_field, {}, ["period"]);
  const gridValue = optionalField(record, "grid");
  const stated = gridValue === undefined ? null : readOption(gridValue, EVALUATION_GRIDS, ["grid"]);
  const objectives = items(requiredField(record, "objectives"), "objectives", readObjectiveRecord);
  const narrative = nested(record, "narrative", (narrativeValue) =>
    items(requiredField(readRecord(narrativeValue), "themes"), "themes", readTheme),
  );
  const grid = stated ?? gridOf(objectives, narrative);
  // A plan with no objectives has no grade, except a narrative evaluation, which grades none one by one.
  if (objectives.length === 0 && grid !== "narrative") throw pdzError(M.no_objectives, {}, ["objectives"]);
  return {
    period,
    grid,
    objectives,
    narrative,
    statedOverallGrade: nested(record, "statedOverallGrade", (grade) => readPrintedGrade(grade, true)),
  };
}

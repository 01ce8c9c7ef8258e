// Reading an ex-post evaluation (a validated PlanEvaluation, its input form with canonical numbers, or its JSON) from
// untrusted input, once, into the figures the recomputation and the report use. Own properties only; an optional
// field that is absent, `undefined` or `null` is absent.
import {
  ACHIEVEMENT_BANDS,
  ADEQUACY_LEVELS,
  COINCIDENCE_BANDS,
  type AchievementBand,
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
import { printedDecimals } from "../core/printed-precision.js";
import {
  ownField,
  readList,
  readOption,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";

/** What the document states of an action. @internal */
export interface ActionRecord {
  readonly completion: Decimal;
  readonly budgeted: Decimal | null;
  readonly paid: Decimal | null;
  readonly statedCoincidencePercent: Decimal | "over-100" | null;
}

/** A percent and band as the document prints them; `decimals` is the precision printed ("76.56" → 2). @internal */
export interface StatedGrade {
  readonly percent: Decimal;
  readonly decimals: number;
  readonly band: AchievementBand;
}

/** The objective's stated coincidence. @internal */
export interface StatedCoincidence {
  readonly budgeted: Decimal | null;
  readonly paid: Decimal | null;
  readonly statedPercent: Decimal | null;
  readonly statedBand: CoincidenceBand | null;
  readonly text: string | null;
}

/** One evaluated objective, read. @internal */
export interface ObjectiveRecord {
  readonly code: string;
  readonly title: string;
  readonly actions: readonly ActionRecord[];
  readonly statedGrade: StatedGrade | null;
  readonly statedRealizedCount: { readonly realized: number; readonly planned: number } | null;
  readonly coincidence: StatedCoincidence | null;
  readonly adequacy: AdequacyLevel | "non-pertinente" | null;
}

/** A whole evaluation, read. @internal */
export interface PlanRecord {
  readonly period: { readonly from: number; readonly to: number };
  readonly objectives: readonly ObjectiveRecord[];
  readonly statedOverallGrade: StatedGrade | null;
}

const A_YEAR: Labels = { it: "un anno (un numero intero)", en: "a year (a whole number)" };
const ADEQUACY_OPTIONS = [...ADEQUACY_LEVELS, "non-pertinente"] as const;

function optional(record: InputRecord, key: string): unknown {
  const value = ownField(record, key);
  return value === null ? undefined : value;
}

function optionalAmount(record: InputRecord, key: string): Decimal | null {
  const value = optional(record, key);
  return value === undefined ? null : toNonNegativeDecimal(value, [key]);
}

function optionalText(record: InputRecord, key: string): string | null {
  const value = optional(record, key);
  return value === undefined ? null : readText(value, [key]);
}

// Reads a nested record, the errors of its fields placed under its key.
function nested<T>(record: InputRecord, key: string, read: (inner: InputRecord) => T): T | null {
  const value = optional(record, key);
  if (value === undefined) return null;
  try {
    return read(readRecord(value));
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, [key]) : error;
  }
}

function readPercent(record: InputRecord): { percent: Decimal; decimals: number } {
  const value = requiredField(record, "percent");
  const percent = readDecimal(value, ["percent"]);
  if (percent.isNegative() || percent.gt(100)) throw pdzError(C.percent_out_of_range, {}, ["percent"]);
  // The precision printed: a string's digits after the point ("76.50" → 2), else the value's own decimals.
  const decimals = typeof value === "string" ? printedDecimals(value) : Math.min(20, percent.decimalPlaces());
  return { percent, decimals };
}

function readStatedGrade(record: InputRecord): StatedGrade {
  const { percent, decimals } = readPercent(record);
  return { percent, decimals, band: readOption(requiredField(record, "band"), ACHIEVEMENT_BANDS, ["band"]) };
}

function readCount(record: InputRecord, key: string): number {
  const value = requiredField(record, key);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw pdzError(M.invalid_action_count, {}, [key]);
  }
  return value;
}

function readAction(value: unknown): ActionRecord {
  const record = readRecord(value);
  const completion = readDecimal(requiredField(record, "completion"), ["completion"]);
  if (completion.isNegative() || completion.gt(100)) {
    throw pdzError(M.completion_out_of_range, {}, ["completion"]);
  }
  const stated = optional(record, "statedCoincidencePercent");
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

function readCoincidence(record: InputRecord): StatedCoincidence {
  const band = optional(record, "statedBand");
  return {
    budgeted: optionalAmount(record, "budgeted"),
    paid: optionalAmount(record, "paid"),
    statedPercent: optionalAmount(record, "statedPercent"),
    statedBand: band === undefined ? null : readOption(band, COINCIDENCE_BANDS, ["statedBand"]),
    text: optionalText(record, "text"),
  };
}

/**
 * Reads one evaluated objective ({@link ObjectiveEvaluation} or its input form with canonical numbers).
 * @internal
 */
export function readObjectiveRecord(value: unknown): ObjectiveRecord {
  const record = readRecord(value);
  const code = readText(requiredField(record, "code"), ["code"]);
  const title = readText(requiredField(record, "title"), ["title"]);
  const actions = readList(requiredField(record, "actions"), ["actions"]).map((action, index) => {
    try {
      return readAction(action);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, ["actions", index]) : error;
    }
  });
  const adequacy = nested(record, "adequacy", (inner) =>
    readOption(requiredField(inner, "level"), ADEQUACY_OPTIONS, ["level"]),
  );
  return {
    code,
    title,
    actions,
    statedGrade: nested(record, "statedGrade", readStatedGrade),
    statedRealizedCount: nested(record, "statedRealizedCount", (inner) => ({
      realized: readCount(inner, "realized"),
      planned: readCount(inner, "planned"),
    })),
    coincidence: nested(record, "coincidence", readCoincidence),
    adequacy,
  };
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

/**
 * Reads a whole ex-post evaluation ({@link PlanEvaluation} or its input form with canonical numbers).
 * @internal
 */
export function readPlanRecord(value: unknown): PlanRecord {
  const record = readRecord(value);
  const period = nested(record, "period", (inner) => {
    const from = readYear(inner, "from");
    const to = readYear(inner, "to");
    if (to < from) throw pdzError(M.evaluation_period_reversed, {}, ["to"]);
    return { from, to };
  });
  if (period === null) throw pdzError(C.required_field, {}, ["period"]);
  const list = readList(requiredField(record, "objectives"), ["objectives"]);
  if (list.length === 0) throw pdzError(M.no_objectives, {}, ["objectives"]);
  const objectives = list.map((objective, index) => {
    try {
      return readObjectiveRecord(objective);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, ["objectives", index]) : error;
    }
  });
  return { period, objectives, statedOverallGrade: nested(record, "statedOverallGrade", readStatedGrade) };
}

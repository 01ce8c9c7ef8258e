// Reading what an achievement grade is computed from — two counts, or actions with their completion — into its
// exact parts. Each grade is `share × 100 / planned`, where `share` (the actions realized, in full-action
// equivalents) is a decimal read exactly as an integer over a power of ten.
import { readDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, withPathPrefix, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/evaluation.js";
import { ownField, readList, readRecord, requiredField, type InputRecord } from "../core/read-input.js";
import type { Fraction } from "./_fraction-sum.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";

/** The exact parts of one grade. @internal */
export interface GradeParts {
  /** Actions planned (> 0). */
  readonly planned: number;
  /** Actions counted as realized, a whole number (under `"weight"`: the actions with any completion). */
  readonly realized: number;
  /** Actions realized in full-action equivalents: `shareNumerator / 10^shareExponent`. */
  readonly shareNumerator: bigint;
  readonly shareExponent: number;
}

/** 10^n as a bigint (n ≥ 0). @internal */
export function powerOfTen(exponent: number): bigint {
  return exponent === 0 ? 1n : 10n ** BigInt(exponent);
}

/** The grade as an exact fraction of percent points: share × 100 / planned. @internal */
export function percentFraction(parts: GradeParts): Fraction {
  const planned = BigInt(parts.planned);
  return parts.shareExponent >= 2
    ? { numerator: parts.shareNumerator, denominator: powerOfTen(parts.shareExponent - 2) * planned }
    : { numerator: parts.shareNumerator * powerOfTen(2 - parts.shareExponent), denominator: planned };
}

function readActionCount(record: InputRecord, key: "planned" | "realized"): number {
  const value = requiredField(record, key);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw pdzError(M.invalid_action_count, {}, [key]);
  }
  return value;
}

function fromCounts(record: InputRecord): GradeParts {
  const planned = readActionCount(record, "planned");
  const realized = readActionCount(record, "realized");
  if (planned === 0) throw pdzError(M.no_planned_actions, {}, ["planned"]);
  if (realized > planned) throw pdzError(M.realized_exceeds_planned, {}, ["realized"]);
  return { planned, realized, shareNumerator: BigInt(realized), shareExponent: 0 };
}

// A completion in percent: a whole number 0–100 as it is (the common case, read without a Decimal), anything else
// read exactly.
function readCompletion(action: unknown): number | Decimal {
  const record = readRecord(action);
  const value = requiredField(record, "completion");
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100) return value + 0;
  const completion = readDecimal(value, ["completion"]);
  if (completion.isNegative() || completion.gt(100)) {
    throw pdzError(M.completion_out_of_range, {}, ["completion"]);
  }
  return completion;
}

// The completions summed exactly — whole numbers in a plain number (at most 100 × 10^7), decimals as an integer over
// 10^exponent — and divided by 100 (completions are percentages): the share's numerator and exponent.
function weightedShare(completions: readonly (number | Decimal)[]): {
  shareNumerator: bigint;
  shareExponent: number;
} {
  let whole = 0;
  let fraction = 0n;
  let exponent = 0;
  for (const completion of completions) {
    if (typeof completion === "number") {
      whole += completion;
      continue;
    }
    const places = completion.decimalPlaces();
    const digits = BigInt(completion.toFixed(places).replace(".", ""));
    if (places > exponent) {
      fraction *= powerOfTen(places - exponent);
      exponent = places;
    }
    fraction += digits * powerOfTen(exponent - places);
  }
  return { shareNumerator: BigInt(whole) * powerOfTen(exponent) + fraction, shareExponent: exponent + 2 };
}

function isPositive(completion: number | Decimal): boolean {
  return typeof completion === "number" ? completion > 0 : completion.gt(0);
}

function isFull(completion: number | Decimal): boolean {
  return typeof completion === "number" ? completion === 100 : completion.eq(100);
}

/**
 * The parts of a grade computed from the actions' completions (already read, each 0–100) under a policy.
 * @internal
 */
export function fromCompletions(
  completions: readonly (number | Decimal)[],
  policy: PartialActionPolicy,
): GradeParts {
  const planned = completions.length;
  let realized = 0;
  for (const completion of completions) {
    if (policy === "ignore" ? isFull(completion) : isPositive(completion)) realized += 1;
  }
  if (policy !== "weight") return { planned, realized, shareNumerator: BigInt(realized), shareExponent: 0 };
  return { planned, realized, ...weightedShare(completions) };
}

/**
 * The parts of a grade computed from a list of actions with their completion, under a policy. `path` locates the
 * list in the caller's input.
 * @internal
 */
export function fromActions(
  items: readonly unknown[],
  policy: PartialActionPolicy,
  path: ErrorPath,
): GradeParts {
  if (items.length === 0) throw pdzError(M.no_planned_actions, {}, path);
  const completions = new Array<number | Decimal>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    try {
      completions[index] = readCompletion(items[index]);
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, [...path, index]) : error;
    }
  }
  return fromCompletions(completions, policy);
}

/**
 * Reads what {@link achievementGrade} accepts: `{ planned, realized }` or `{ actions, partial }` (the actions form
 * wins when both are given).
 * @internal
 */
export function readAchievementInput(value: unknown): GradeParts {
  const record = readRecord(value);
  const actions = ownField(record, "actions");
  if (actions === undefined) return fromCounts(record);
  const policy = readPartialPolicy(record, []);
  return fromActions(readList(actions, ["actions"]), policy, ["actions"]);
}

import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError, pdzError, type ErrorPath, type ValidationIssue } from "../core/error.js";
import type { Finding, FindingSeverity } from "../core/finding.js";
import { isIsoDate, parseItalianDate, type IsoDate } from "../core/italian-date.js";
import * as C from "../core/messages/core.js";
import { ownField, readOptions, readText } from "../core/read-input.js";
import type { PlanEvaluationResult } from "../evaluation/recompute-plan-evaluation.js";
import { evaluateLepsProgress, type LepsProgress } from "../monitoring/evaluate-leps-progress.js";
import { evaluateTargets, type TargetsEvaluation } from "../monitoring/evaluate-targets.js";
import type { NumberMode } from "../model/number-mode.js";
import { safeParsePianoDiZona } from "../model/piano-di-zona.js";
import type { SchedaObiettivoDraft } from "../model/scheda-obiettivo.js";
import { auditPlanParts, readPlanAuditSettings, type PlanParts } from "./check-piano-di-zona.js";
import { isRaw } from "./_plan-reader.js";

/**
 * Options of `reviewPlan`.
 * @category Audit
 */
export interface ReviewPlanOptions {
  /** The date of the review: ISO ("2026-12-31") or Italian ("31.12.2026"). Targets and indicators are judged at it. */
  readonly at: string;
  /** How amounts written as text are read: `"canonical"` (default) or `"italian"`. */
  readonly numbers?: NumberMode;
  /** `true` when the plan is an excerpt or a draft: schede are validated as printed, coverage checks are skipped. */
  readonly partial?: boolean;
}

/** The result targets of one objective evaluated at the review's date. @category Audit */
export interface ObjectiveTargetsReview {
  /** The objective's index in the plan and its code. */
  readonly index: number;
  readonly code: string;
  /** The evaluation, or `null` when the targets cannot be evaluated (see `error`). */
  readonly evaluation: TargetsEvaluation | null;
  /** Why the targets cannot be evaluated (a `PdzError` code), or `null`. */
  readonly error: string | null;
}

/** Counts of the findings of a review. @category Audit */
export interface ReviewFindingCounts {
  readonly total: number;
  readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
  /** Codes in order of first appearance. */
  readonly byCode: Readonly<Record<string, number>>;
  /** By the macro-area of the scheda the finding sits in; `"plan"` for the rest (evaluation, plan-level checks). */
  readonly byMacroArea: Readonly<Record<string, number>>;
}

/** The budgets stated by the plan's schede, canonical decimal text. @category Audit */
export interface ReviewBudget {
  /** Each scheda's total (stated, or else the sum of its lines with an amount), summed. */
  readonly total: string;
  /** By the home macro-area of the scheda (`"none"` when it names none). */
  readonly byMacroArea: Readonly<Record<string, string>>;
  /** By fund, summing the lines with an amount (a yearly amount counts once per year of the plan). */
  readonly byFund: Readonly<Record<string, string>>;
}

/**
 * The review of a plan: its validation, the previous plan's evaluation recomputed, targets and LEPS indicators at a
 * date, the audit's findings and the summary. Plain data: `JSON.stringify` keeps all of it (decimals as text).
 * @category Audit
 */
export interface PlanReview {
  readonly at: IsoDate;
  readonly title: string | null;
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly validation: { readonly success: boolean; readonly issues: readonly ValidationIssue[] };
  readonly previousEvaluation: PlanEvaluationResult | null;
  readonly targets: readonly ObjectiveTargetsReview[];
  /** The LEPS schede's indicators over the plan's years up to the review's; `null` when they cannot be evaluated. */
  readonly leps: LepsProgress | null;
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly objectives: number;
    readonly lepsSchede: number;
    readonly findings: ReviewFindingCounts;
    readonly budget: ReviewBudget;
  };
}

function readAt(options: unknown): IsoDate {
  const at = ownField(readOptions(options), "at", []);
  if (at === undefined) throw pdzError(C.required_field, {}, ["at"]);
  const text = readText(at, ["at"]);
  return isIsoDate(text) ? text : parseItalianDate(text, ["at"]);
}

function validate(input: unknown, numbers: NumberMode, partial: boolean): PlanReview["validation"] {
  // An excerpt or a draft: the plan's own fields are validated; its schede, as printed, by the audit.
  const value = partial && isRaw(input) ? { ...input, objectives: [], lepsSchede: [] } : input;
  const result = safeParsePianoDiZona(value, { numbers });
  return { success: result.success, issues: result.success ? [] : result.issues };
}

function targetsOf(parts: PlanParts, at: IsoDate): ObjectiveTargetsReview[] {
  const period = parts.period;
  if (period === null) return [];
  const reviews: ObjectiveTargetsReview[] = [];
  parts.objectives.forEach((scheda, index) => {
    const targets = scheda?.targets ?? [];
    if (scheda === null || targets.length === 0) return;
    try {
      const evaluation = evaluateTargets(targets, [], { at, period });
      reviews.push({ index, code: scheda.code, evaluation, error: null });
    } catch (caught) {
      const code = caught instanceof PdzError ? caught.code : "unreadable_field";
      reviews.push({ index, code: scheda.code, evaluation: null, error: code });
    }
  });
  return reviews;
}

function lepsOf(parts: PlanParts, at: IsoDate): LepsProgress | null {
  const period = parts.period;
  const last = Math.min(period?.to ?? 0, Number(at.slice(0, 4)));
  if (period === null || last < period.from) return null;
  const years = Array.from({ length: last - period.from + 1 }, (_, offset) => period.from + offset);
  const lepsSchede = parts.lepsSchede.flatMap((scheda) =>
    scheda === null ? [] : [{ leps: scheda.leps, indicators: scheda.indicators }],
  );
  try {
    return evaluateLepsProgress({ lepsSchede }, {}, { years });
  } catch {
    return null;
  }
}

function areaOf(parts: PlanParts, path: ErrorPath): string {
  const [part, index] = path;
  if (typeof index !== "number") return "plan";
  if (part === "objectives") return parts.objectives[index]?.policyArea ?? "none";
  if (part === "lepsSchede") return parts.lepsSchede[index]?.policyAreas[0] ?? "none";
  return "plan";
}

function countFindings(parts: PlanParts): ReviewFindingCounts {
  const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  const byMacroArea: Record<string, number> = {};
  for (const finding of parts.findings) {
    bySeverity[finding.severity] += 1;
    byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
    const area = areaOf(parts, finding.path);
    byMacroArea[area] = (byMacroArea[area] ?? 0) + 1;
  }
  return { total: parts.findings.length, bySeverity, byCode, byMacroArea };
}

type DraftBudget = NonNullable<SchedaObiettivoDraft["budget"]>;

function add(totals: Map<string, Decimal>, key: string, amount: Decimal): void {
  totals.set(key, (totals.get(key) ?? new Dec(0)).plus(amount));
}

function budgetOf(parts: PlanParts): ReviewBudget {
  const years = parts.period === null ? 1 : parts.period.to - parts.period.from + 1;
  const byArea = new Map<string, Decimal>();
  const byFund = new Map<string, Decimal>();
  let total = new Dec(0);
  const count = (budget: DraftBudget | null | undefined, area: string): void => {
    if (budget === null || budget === undefined) return;
    let lines = new Dec(0);
    for (const line of budget.lines) {
      if (line.amount === null || line.amount === undefined || line.perUnit !== undefined) continue;
      const amount = line.per === "year" && line.year === undefined ? line.amount.times(years) : line.amount;
      lines = lines.plus(amount);
      add(byFund, line.fund, amount);
    }
    const scheda = budget.total ?? lines;
    total = total.plus(scheda);
    add(byArea, area, scheda);
  };
  for (const scheda of parts.objectives) count(scheda?.budget, scheda?.policyArea ?? "none");
  for (const scheda of parts.lepsSchede) count(scheda?.budget, scheda?.policyAreas[0] ?? "none");
  const text = (totals: Map<string, Decimal>) =>
    Object.fromEntries([...totals].map(([key, value]) => [key, value.toFixed()]));
  return { total: total.toFixed(), byMacroArea: text(byArea), byFund: text(byFund) };
}

/**
 * Reviews a Piano di Zona in one call: validates it (`safeParsePianoDiZona`, with `numbers: "italian"` where the
 * plan prints its amounts in the Italian way), recomputes the previous plan's evaluation, evaluates each objective's
 * result targets (`evaluateTargets`) and the LEPS schede's indicators (`evaluateLepsProgress`) at the date
 * `at` (without observations: what is due is missing data, what is not yet due is not due), audits the whole plan
 * (`checkPianoDiZona`) and summarises: findings by severity, by code and by macro-area, budgets by macro-area
 * and by fund. With `partial: true` the plan may be an excerpt or a draft: its own fields are validated, its schede
 * are read as printed, and the coverage checks of a whole plan are skipped.
 *
 * The review is plain data (decimals as canonical text or `Decimal`s, which print as text): it survives
 * `JSON.stringify`. Whatever the plan holds, it is reviewed rather than refused: what cannot be read is in
 * `validation.issues` and in the findings. Only options that are not as documented throw.
 *
 * @param input - a Piano di Zona, strict or with draft schede, as input (Italian numbers with `numbers: "italian"`)
 * @param options - `at` (required), `numbers`, `partial`
 * @throws `PdzError` `required_field` (no `at`), `invalid_type`, `invalid_date`, `invalid_option` for options
 *   that are not as documented
 * @example
 * ```ts
 * import { reviewPlan } from "piano-di-zona/audit";
 * import { GALLARATE_AMBITO, GALLARATE_SCHEDA_OBIETTIVO_L, GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * const plan = {
 *   title: "Piano di Zona 2025-2027", ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 },
 *   approvals: [{ by: "Assemblea dei Sindaci", date: "02.12.2024" }],
 *   objectives: [GALLARATE_SCHEDA_OBIETTIVO_L], lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
 * };
 * const review = reviewPlan(plan, { at: "31.12.2026", partial: true });
 * review.validation.success //=> true
 * review.summary.findings.bySeverity //=> { error: 0, warning: 0, info: 1 }
 * review.leps?.years //=> [2025, 2026]
 * reviewPlan(plan, {} as never) //=> throws required_field
 * ```
 * @category Audit
 */
export function reviewPlan(input: unknown, options: ReviewPlanOptions): PlanReview {
  const at = readAt(options);
  const settings = readPlanAuditSettings(options);
  const validation = validate(input, settings.numbers, settings.partial);
  let parts: PlanParts;
  try {
    parts = auditPlanParts(input, settings);
  } catch {
    parts = auditPlanParts(null, settings);
  }
  const title = isRaw(input) && typeof input["title"] === "string" ? input["title"] : null;
  return {
    at,
    title,
    period: parts.period,
    validation,
    previousEvaluation: parts.evaluation,
    targets: targetsOf(parts, at),
    leps: lepsOf(parts, at),
    findings: parts.findings,
    summary: {
      objectives: parts.objectives.length,
      lepsSchede: parts.lepsSchede.length,
      findings: countFindings(parts),
      budget: budgetOf(parts),
    },
  };
}

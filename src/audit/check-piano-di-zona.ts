import type { ErrorPath } from "../core/error.js";
import { PdzError } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import { ownData } from "../core/own-snapshot.js";
import * as M from "../core/messages/audit.js";
import { readBoolean, readOption, readOptions, ownField } from "../core/read-input.js";
import {
  recomputePlanEvaluation,
  type PlanEvaluationResult,
} from "../evaluation/recompute-plan-evaluation.js";
import { safeParseLepsSchedaDraft, type LepsSchedaDraft } from "../model/leps-scheda.js";
import { NUMBER_MODES, type NumberMode } from "../model/number-mode.js";
import { safeParsePlanEvaluation } from "../model/objective-evaluation.js";
import { safeParseSchedaObiettivoDraft, type SchedaObiettivoDraft } from "../model/scheda-obiettivo.js";
import { checkLepsDraft } from "./check-leps-scheda.js";
import { checkSchedaDraft } from "./check-scheda-obiettivo.js";
import {
  checkApprovals,
  checkPriorityLeps,
  checkRepeatedObjectives,
  checkRetiredArea,
  checkYears,
  withoutAreaC,
  type PlanPeriod,
} from "./_plan-checks.js";
import { isRaw, list, own, under, year } from "./_plan-reader.js";
import { unreadable } from "./_unreadable.js";

/**
 * Options of `checkPianoDiZona`.
 * @category Audit
 */
export interface CheckPianoDiZonaOptions {
  /** How amounts written as text are read: `"canonical"` (default) or `"italian"` ("1.234,56"), as the plans print them. */
  readonly numbers?: NumberMode;
  /**
   * `true` when the plan is an excerpt (some schede only): the checks of what a whole plan must contain (a scheda for
   * every priority LEPS) are skipped. Default `false`.
   */
  readonly partial?: boolean;
}

/** A plan's parts as the audit read them, for the review. @internal */
export interface PlanParts {
  readonly period: PlanPeriod | null;
  /** Each objective as a draft, or `null` where it cannot be read even as printed. */
  readonly objectives: readonly (SchedaObiettivoDraft | null)[];
  readonly lepsSchede: readonly (LepsSchedaDraft | null)[];
  /** The previous plan's evaluation recomputed; `null` when absent or unreadable. */
  readonly evaluation: PlanEvaluationResult | null;
  readonly findings: readonly Finding[];
}

/** The options read. @internal */
export interface PlanAuditSettings {
  readonly numbers: NumberMode;
  readonly partial: boolean;
}

/** Reads the options of the plan's audit and review. @internal */
export function readPlanAuditSettings(options: unknown): PlanAuditSettings {
  const record = readOptions(options);
  const numbers = ownField(record, "numbers", []);
  const partial = ownField(record, "partial", []);
  return {
    numbers: numbers === undefined ? "canonical" : readOption(numbers, NUMBER_MODES, ["numbers"]),
    partial: partial === undefined ? false : readBoolean(partial, ["partial"]),
  };
}

function readPeriod(plan: unknown): PlanPeriod | null {
  const period = own(plan, "period");
  const from = year(own(period, "from"));
  const to = year(own(period, "to"));
  return from === null || to === null || to < from ? null : { from, to };
}

function evaluationOf(raw: unknown, numbers: NumberMode, findings: Finding[]): PlanEvaluationResult | null {
  if (raw === undefined) return null;
  const prefix: ErrorPath = ["previousEvaluation"];
  const parsed = safeParsePlanEvaluation(raw, { numbers });
  if (!parsed.success) {
    findings.push(
      ...parsed.issues.map((issue) =>
        createFinding(
          M.evaluation_unreadable,
          { issue: { en: issue.message, it: issue.messageIt } },
          { path: [...prefix, ...issue.path] },
        ),
      ),
    );
    return null;
  }
  try {
    const result = recomputePlanEvaluation(ownData(parsed.data));
    findings.push(...under(prefix, result.findings));
    return result;
  } catch (caught) {
    const issue =
      caught instanceof PdzError
        ? { en: caught.message, it: caught.messageIt }
        : { en: "reading was interrupted", it: "lettura interrotta" };
    const path = caught instanceof PdzError ? caught.path : [];
    findings.push(createFinding(M.evaluation_unreadable, { issue }, { path: [...prefix, ...path] }));
    return null;
  }
}

/** Every check of a plan, and the parts as read. Never throws on the plan. @internal */
export function auditPlanParts(plan: unknown, settings: PlanAuditSettings): PlanParts {
  if (!isRaw(plan)) {
    return {
      period: null,
      objectives: [],
      lepsSchede: [],
      evaluation: null,
      findings: [createFinding(M.plan_unreadable, {}, { path: [] })],
    };
  }
  const findings: Finding[] = [];
  const period = readPeriod(plan);
  const current = period === null || period.from >= 2025;
  const options = { numbers: settings.numbers };
  const evaluation = evaluationOf(own(plan, "previousEvaluation"), settings.numbers, findings);
  const rawObjectives = list(own(plan, "objectives"));
  const objectives = rawObjectives.map((raw, index) => {
    const prefix: ErrorPath = ["objectives", index];
    const { scheda, found } = withoutAreaC(raw);
    if (current) checkRetiredArea(findings, prefix, found);
    const parsed = safeParseSchedaObiettivoDraft(scheda, options);
    if (!parsed.success) {
      findings.push(...under(prefix, unreadable(parsed.issues)));
      return null;
    }
    const data = ownData(parsed.data);
    findings.push(...under(prefix, checkSchedaDraft(data)));
    return data;
  });
  const lepsSchede = list(own(plan, "lepsSchede")).map((raw, index) => {
    const prefix: ErrorPath = ["lepsSchede", index];
    const { scheda, found } = withoutAreaC(raw);
    if (current) checkRetiredArea(findings, prefix, found);
    const parsed = safeParseLepsSchedaDraft(scheda, options);
    if (!parsed.success) {
      findings.push(...under(prefix, unreadable(parsed.issues)));
      return null;
    }
    const data = ownData(parsed.data);
    findings.push(...under(prefix, checkLepsDraft(data)));
    return data;
  });
  checkRepeatedObjectives(findings, rawObjectives);
  checkApprovals(findings, plan);
  if (current) checkPriorityLeps(findings, objectives, lepsSchede, settings.partial);
  if (period !== null) checkYears(findings, period, objectives, lepsSchede);
  return { period, objectives, lepsSchede, evaluation, findings };
}

/**
 * Audits a whole Piano di Zona, as typed by a user or as printed (its schede may be drafts, with their blanks), and
 * returns one finding per problem. It runs every check of the plan's parts and adds those that need the whole plan:
 *
 * - the previous plan's evaluation recomputed (`recomputePlanEvaluation`): stated grades, bands and means
 *   against recomputation at the printed precision (its findings under `previousEvaluation`; an evaluation that
 *   cannot be recomputed gives `evaluation_unreadable`);
 * - every scheda obiettivo (`checkSchedaObiettivo`) and LEPS scheda (`checkLepsScheda`): blank or
 *   template boxes, areas and key points, a scheda listing its own area as transversal, indicators naming a missing
 *   action, premial projects without continuity, targets out of order, budget lines and years against their totals
 *   (their findings under `objectives[i]` and `lepsSchede[i]`);
 * - the retired area C in a 2025-2027 plan (`retired_area_used`; the scheda is then checked with C read as A, the
 *   area it was merged into);
 * - the five priority LEPS: each served by a LEPS scheda or an objective (`priority_leps_without_scheda`, skipped
 *   with `partial: true`), the ASST involved where the DGR integrates the LEPS with it (`priority_leps_without_asst`);
 * - objectives repeated by code or by title (`objective_code_repeated`, `objective_title_repeated`);
 * - no approval act (`approval_act_missing`);
 * - years of targets, of LEPS indicators' yearly targets and of budget lines outside the plan's period, which cannot
 *   be reached or judged within it (`year_outside_period`).
 *
 * Every finding carries its path into the plan, what is stated and what is computed (or `null`), a severity and its
 * messages in Italian and English (codes in docs/errors.md). A value that is not an object gives one
 * `plan_unreadable` finding; a scheda that cannot be read even as printed gives `scheda_unreadable` findings; options
 * that are not as documented give one `options_unreadable` finding (nothing else is checked). Never throws, whatever
 * the plan and the options hold; linear in the plan's size.
 *
 * @param plan - a Piano di Zona (`PianoDiZonaSchema`), strict or with draft schede, parsed or as input
 * @param options - `numbers` (`"canonical"` or `"italian"`), `partial` (the plan is an excerpt)
 * @example
 * ```ts
 * import { checkPianoDiZona } from "piano-di-zona/audit";
 * import { GALLARATE_AMBITO, GALLARATE_SCHEDA_OBIETTIVO_L, GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * const plan = {
 *   title: "Piano di Zona 2025-2027", ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 },
 *   approvals: [{ by: "Assemblea dei Sindaci", date: "02.12.2024" }],
 *   objectives: [GALLARATE_SCHEDA_OBIETTIVO_L], lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
 * };
 * checkPianoDiZona(plan, { partial: true }).map((finding) => finding.code) //=> ["budget_amount_not_stated"]
 * checkPianoDiZona({ ...plan, approvals: [] }, { partial: true }).map((finding) => finding.code) //=> ["budget_amount_not_stated", "approval_act_missing"]
 * checkPianoDiZona(plan).filter((finding) => finding.code === "priority_leps_without_scheda").length //=> 4
 * checkPianoDiZona(null)[0]?.code //=> "plan_unreadable"
 * checkPianoDiZona(plan, { numbers: "french" } as never)[0]?.code //=> "options_unreadable"
 * ```
 * @category Audit
 */
export function checkPianoDiZona(plan: unknown, options: CheckPianoDiZonaOptions = {}): Finding[] {
  let settings: PlanAuditSettings;
  try {
    settings = readPlanAuditSettings(options);
  } catch (caught) {
    // A check never throws: options that are not as documented are reported, with what is wrong in them.
    const issue =
      caught instanceof PdzError
        ? { en: caught.message, it: caught.messageIt }
        : { en: "reading them raised an error", it: "la lettura ha generato un errore" };
    const path = caught instanceof PdzError ? caught.path : [];
    return [createFinding(M.options_unreadable, { issue }, { path })];
  }
  try {
    return [...auditPlanParts(plan, settings).findings];
  } catch {
    // Nothing above throws on a plan; should it, the plan is reported, not the exception.
    return [createFinding(M.plan_unreadable, {}, { path: [] })];
  }
}

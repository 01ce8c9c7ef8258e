import type { DeepReadonly } from "../core/deep-freeze.js";
import { pdzError } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as M from "../core/messages/evaluation.js";
import {
  ownField,
  readKeyed,
  readList,
  readOptions,
  readRecord,
  readText,
  requiredField,
} from "../core/read-input.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import type { TargetsEvaluation } from "../monitoring/evaluate-targets.js";
import { readPlanRecord } from "./evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "./partial-action-policy.js";
import { readWeighting, type PlanWeighting } from "./plan-weighting.js";
import { recomputePlanRecord, type PlanEvaluationResult } from "./recompute-plan-evaluation.js";

/**
 * What {@link gradePlanFromTargets} reads of a scheda obiettivo (strict or draft): its code, title, actions and
 * result targets. A {@link SchedaObiettivo} is one.
 * @category Evaluation
 */
export interface GradableScheda {
  readonly code: string;
  readonly title?: string | null | undefined;
  readonly priority?: boolean | null | undefined;
  readonly actions?:
    readonly { readonly code?: string | null | undefined; readonly title: string }[] | null | undefined;
  readonly targets?:
    readonly { readonly id: string; readonly action?: string | undefined }[] | null | undefined;
}

/**
 * Options of {@link gradePlanFromTargets}.
 * @category Evaluation
 */
export interface GradePlanFromTargetsOptions {
  /** How an action with some of its targets met counts (default `"count"`: as realized, as the real plans do). */
  readonly partial?: PartialActionPolicy;
  /** How objectives are combined into the plan's grade (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

/**
 * The ex-post grid built from the targets' statuses, and its grades.
 * @category Evaluation
 */
export interface PlanFromTargets {
  /** The grid, ready to print or to store: each graded action with its completion (share of its targets met). */
  readonly evaluation: PlanEvaluationInput;
  /** The grid's grades: per objective and for the plan, under the partial-action policy and weighting chosen. */
  readonly result: PlanEvaluationResult;
  /** Actions and schede left out of the count, because no target of theirs applies. */
  readonly findings: readonly Finding[];
}

/** The title of the extra action that gathers a scheda's targets tied to no action. */
const OBJECTIVE_RESULTS = "Risultati dell'obiettivo";

type Statuses = ReadonlyMap<string, string>;

function readStatuses(value: unknown, code: string): Statuses {
  if (value === undefined) throw pdzError(M.scheda_targets_not_evaluated, { scheda: code }, [code]);
  const record = readRecord(value, [code]);
  const statuses = new Map<string, string>();
  readList(requiredField(record, "targets", [code]), [code, "targets"]).forEach((item, index) => {
    const target = readRecord(item, [code, "targets", index]);
    const id = readText(requiredField(target, "id", [code, "targets", index]), [
      code,
      "targets",
      index,
      "id",
    ]);
    const status = readText(requiredField(target, "status", [code, "targets", index]), [
      code,
      "targets",
      index,
      "status",
    ]);
    statuses.set(id, status);
  });
  return statuses;
}

interface SchedaRead {
  readonly code: string;
  readonly title: string | null;
  readonly priority: boolean | null;
  readonly actions: readonly { readonly code: string | null; readonly title: string }[];
  readonly targets: readonly { readonly id: string; readonly action: string | undefined }[];
}

function optionalText(record: object, key: string, path: readonly (string | number)[]): string | null {
  const value = ownField(record, key, path);
  return value === undefined || value === null ? null : readText(value, [...path, key]);
}

function optionalList(record: object, key: string, path: readonly (string | number)[]): unknown[] {
  const value = ownField(record, key, path);
  return value === undefined || value === null ? [] : readList(value, [...path, key]);
}

// A scheda read field by field (own fields only), so that any other value is a PdzError, never a TypeError.
function readScheda(item: unknown, index: number): SchedaRead {
  const path = ["schede", index] as const;
  const record = readRecord(item, path);
  const code = readText(requiredField(record, "code", path), [...path, "code"]);
  const priority = ownField(record, "priority", path);
  const actions = optionalList(record, "actions", path).map((action, actionIndex) => {
    const actionPath = [...path, "actions", actionIndex];
    const actionRecord = readRecord(action, actionPath);
    return {
      code: optionalText(actionRecord, "code", actionPath),
      title: readText(requiredField(actionRecord, "title", actionPath), [...actionPath, "title"]),
    };
  });
  const targets = optionalList(record, "targets", path).map((target, targetIndex) => {
    const targetPath = [...path, "targets", targetIndex];
    const targetRecord = readRecord(target, targetPath);
    return {
      id: readText(requiredField(targetRecord, "id", targetPath), [...targetPath, "id"]),
      action: optionalText(targetRecord, "action", targetPath) ?? undefined,
    };
  });
  return {
    code,
    title: optionalText(record, "title", path),
    priority: typeof priority === "boolean" ? priority : null,
    actions,
    targets,
  };
}

function readPeriod(value: unknown, code: string): { from: number; to: number } {
  const period = readRecord(requiredField(readRecord(value, [code]), "period", [code]), [code, "period"]);
  return { from: Number(ownField(period, "from")), to: Number(ownField(period, "to")) };
}

// One action of the grid: its completion is the share of its targets met, among those that apply.
function gradedAction(title: string, ids: readonly string[], statuses: Statuses) {
  const applying = ids.filter((id) => statuses.get(id) !== "not-applicable");
  if (applying.length === 0) return null;
  const met = applying.filter((id) => statuses.get(id) === "met").length;
  const completion = exactQuotient(BigInt(met) * 100n, BigInt(applying.length)).toFixed();
  return { title, completion, note: `${String(met)}/${String(applying.length)}` };
}

/**
 * From the schede to the ex-post grid (D.G.R. XII/2167, "grado di raggiungimento"): the grid's actions, their counts,
 * each objective's grade and band and the plan's come out of the result targets' statuses, so that the 2028
 * evaluation of 2025-2027 is computed from the monitoring, not retyped.
 *
 * Each scheda becomes an objective; each of its actions an evaluated action whose completion is the share of its
 * targets met (0–100%, exact), among the targets that apply (a target whose condition is false is left out; one not
 * yet due or without data counts as not met). Targets tied to no action (or to an action the scheda does not list)
 * form one more action, "Risultati dell'obiettivo" (or the action's code). An action without a target that applies is
 * reported (`action_not_graded`) and left out of the count; a scheda without any, likewise (`objective_not_graded`).
 * The partial-action policy then decides how an action with some targets met counts: by default `"count"` — as
 * realized, the way the DGR grid is applied in the seeds (it reproduces Gallarate's 16 grades of 2021-2023);
 * `"ignore"` counts only actions with every target met, `"weight"` counts each by its share. The grades are those of
 * {@link recomputePlanEvaluation} on the grid built.
 *
 * The statuses are those of {@link evaluateTargets} at the date of the evaluation (the final view of 2025-2027 is
 * `at: "2027-12-31"`), one evaluation per scheda under its code; the grid's period is theirs.
 *
 * @param schede - the schede obiettivo of the plan (strict or draft)
 * @param evaluations - per scheda code, the result of {@link evaluateTargets} on its targets
 * @param options - the partial-action policy and the weighting
 * @throws {@link PdzError} `scheda_targets_not_evaluated`, `no_objectives` (no scheda has a target that applies),
 *   `invalid_partial_policy`, `invalid_weighting`, `invalid_type` (a scheda, action or target that is not an object,
 *   a code, title or id that is not text), `required_field` (a scheda without code, an action without title, a target
 *   without id), `text_too_long`, `too_many_items`, `unreadable_field`
 * @example
 * ```ts
 * import { evaluateTargets, gradePlanFromTargets } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L as scheda } from "piano-di-zona/datasets";
 * const observations = [
 *   { target: "A1-1", value: 1, year: 2025 }, { target: "A1-1", value: 1, year: 2026 }, { target: "A1-1", value: 2, year: 2027 },
 * ];
 * const final = evaluateTargets(scheda.targets ?? [], observations, { at: "2027-12-31", period: { from: 2025, to: 2027 } });
 * const { evaluation, result } = gradePlanFromTargets([scheda], { L: final });
 * evaluation.objectives[0]?.actions?.map((action) => action.completion) //=> ["50", "0"]
 * result.objectives[0]?.grade?.percent.toString() //=> "50"
 * ```
 * @category Evaluation
 */
export function gradePlanFromTargets(
  schede: readonly DeepReadonly<GradableScheda>[],
  evaluations:
    | ReadonlyMap<string, DeepReadonly<Pick<TargetsEvaluation, "targets" | "period">>>
    | Readonly<Record<string, DeepReadonly<Pick<TargetsEvaluation, "targets" | "period">>>>,
  options: GradePlanFromTargetsOptions = {},
): PlanFromTargets {
  const optionRecord = readOptions(options, []);
  const partial = readPartialPolicy(optionRecord, []);
  const weighting = readWeighting(optionRecord, []);
  // Read at the first lookup, as before: a plan without schede does not look at its evaluations.
  let lookupIn: ((code: string) => unknown) | undefined;
  const lookup = (code: string): unknown => (lookupIn ??= readKeyed(evaluations, ["evaluations"]))(code);
  const findings: Finding[] = [];
  const objectives: PlanEvaluationInput["objectives"][number][] = [];
  let period: { from: number; to: number } | null = null;
  for (const [index, item] of readList(schede, ["schede"]).entries()) {
    const scheda = readScheda(item, index);
    const evaluation = lookup(scheda.code);
    const statuses = readStatuses(evaluation, scheda.code);
    period ??= readPeriod(evaluation, scheda.code);
    const { targets, actions } = scheda;
    const codes = new Set(actions.flatMap((action) => (action.code === null ? [] : [action.code])));
    const graded: { title: string; completion: string; note: string }[] = [];
    actions.forEach((action, actionIndex) => {
      const ids = targets.filter((target) => target.action !== undefined && target.action === action.code);
      const grid = gradedAction(
        action.title,
        ids.map((target) => target.id),
        statuses,
      );
      if (grid === null) {
        findings.push(
          createFinding(
            M.action_not_graded,
            { scheda: scheda.code, action: action.code ?? action.title },
            { path: ["schede", index, "actions", actionIndex] },
          ),
        );
      } else graded.push(grid);
    });
    const others = new Map<string, string[]>();
    for (const target of targets) {
      if (target.action !== undefined && codes.has(target.action)) continue;
      const title = target.action ?? OBJECTIVE_RESULTS;
      others.set(title, [...(others.get(title) ?? []), target.id]);
    }
    for (const [title, ids] of others) {
      const grid = gradedAction(title, ids, statuses);
      if (grid !== null) graded.push(grid);
    }
    if (graded.length === 0) {
      findings.push(
        createFinding(M.objective_not_graded, { scheda: scheda.code }, { path: ["schede", index] }),
      );
      continue;
    }
    objectives.push({
      code: scheda.code,
      title: scheda.title ?? scheda.code,
      ...(scheda.priority === null ? {} : { priority: scheda.priority }),
      actions: graded,
    });
  }
  if (period === null || objectives.length === 0) throw pdzError(M.no_objectives, {}, ["schede"]);
  const evaluation: PlanEvaluationInput = { period, objectives };
  return {
    evaluation,
    result: recomputePlanRecord(readPlanRecord(evaluation), partial, weighting),
    findings,
  };
}

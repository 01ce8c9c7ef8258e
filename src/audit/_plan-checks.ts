// The checks that need the whole plan, not one scheda: the retired area C, the priority LEPS and the ASST, repeated
// objectives, the approval acts, years outside the plan's period. Each reads parts already validated as drafts (a
// part that is not even a draft is `null`) and pushes findings; each is linear in the plan.
import { LEPS_CATALOG, PRIORITY_LEPS_IDS } from "../catalog/leps.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as M from "../core/messages/audit.js";
import type { LepsSchedaDraft } from "../model/leps-scheda.js";
import type { SchedaObiettivoDraft } from "../model/scheda-obiettivo.js";
import { isRaw, list, own, type Raw } from "./_plan-reader.js";

/** The plan's years. @internal */
export interface PlanPeriod {
  readonly from: number;
  readonly to: number;
}

// ─── The retired area C ───────────────────────────────────────────────────────────────────────────────────────────

function area(value: unknown, path: ErrorPath, found: ErrorPath[]): unknown {
  if (value !== "C") return value;
  found.push(path);
  return "A";
}

/**
 * A copy of a scheda with the retired area C read as A, the area it was merged into (a transversal C where A is
 * already named is dropped), and the paths where C was found. The scheda itself is not changed.
 * @internal
 */
export function withoutAreaC(raw: unknown): {
  readonly scheda: unknown;
  readonly found: readonly ErrorPath[];
} {
  const found: ErrorPath[] = [];
  if (!isRaw(raw)) return { scheda: raw, found };
  try {
    const copy: Record<string, unknown> = { ...raw };
    if ("policyArea" in copy) copy["policyArea"] = area(copy["policyArea"], ["policyArea"], found);
    if (Array.isArray(copy["policyAreas"])) {
      copy["policyAreas"] = list(copy["policyAreas"]).map((item, index) =>
        area(item, ["policyAreas", index], found),
      );
    }
    const transversal = own(copy, "transversal");
    const areas = own(transversal, "areas");
    if (isRaw(transversal) && Array.isArray(areas)) {
      const home = copy["policyArea"];
      const kept: unknown[] = [];
      list(areas).forEach((item, index) => {
        const read = area(item, ["transversal", "areas", index], found);
        if (read !== item && (read === home || kept.includes(read) || list(areas).includes(read))) return;
        kept.push(read);
      });
      copy["transversal"] = { ...transversal, areas: kept };
    }
    if (Array.isArray(copy["keyPoints"])) {
      copy["keyPoints"] = list(copy["keyPoints"]).map((point, index) =>
        isRaw(point) && own(point, "area") === "C"
          ? { ...point, area: area("C", ["keyPoints", index, "area"], found) }
          : point,
      );
    }
    return { scheda: copy, found };
  } catch {
    return { scheda: raw, found: [] };
  }
}

/** Where a 2025-2027 plan still uses area C. @internal */
export function checkRetiredArea(findings: Finding[], prefix: ErrorPath, found: readonly ErrorPath[]): void {
  for (const path of found) {
    findings.push(
      createFinding(M.retired_area_used, {}, { path: [...prefix, ...path], stated: "C", computed: "A" }),
    );
  }
}

// ─── Priority LEPS ────────────────────────────────────────────────────────────────────────────────────────────────

const involved = (answer: { readonly answer: string | null } | undefined): boolean | null =>
  answer === undefined || answer.answer === null ? null : answer.answer === "si";

// The ASST takes part when either answer says so; it is left out when the answers given all say no.
function leavesOutAsst(
  analysis: { readonly answer: string | null } | undefined,
  delivery: { readonly answer: string | null } | undefined,
): boolean {
  const answers = [involved(analysis), involved(delivery)].filter((value) => value !== null);
  return answers.length > 0 && !answers.includes(true);
}

/**
 * The five priority LEPS: each served by a LEPS scheda or an objective (unless the plan is an excerpt), and, where the
 * DGR integrates it with the ASST, the ASST involved.
 * @internal
 */
export function checkPriorityLeps(
  findings: Finding[],
  objectives: readonly (SchedaObiettivoDraft | null)[],
  lepsSchede: readonly (LepsSchedaDraft | null)[],
  partial: boolean,
): void {
  const served = new Set<string>();
  lepsSchede.forEach((scheda, index) => {
    if (scheda === null) return;
    served.add(scheda.leps);
    const priority = LEPS_CATALOG[scheda.leps].priority;
    if (
      priority !== null &&
      scheda.author !== "asst" &&
      leavesOutAsst(scheda.asstInAnalysis, scheda.asstInDelivery)
    ) {
      const path: ErrorPath = ["lepsSchede", index, "asstInDelivery", "answer"];
      findings.push(
        createFinding(
          M.priority_leps_without_asst,
          { leps: LEPS_CATALOG[scheda.leps].labels },
          { path, stated: "no" },
        ),
      );
    }
  });
  objectives.forEach((scheda, index) => {
    for (const leps of scheda?.leps ?? []) {
      served.add(leps);
      if (
        LEPS_CATALOG[leps].priority !== null &&
        scheda?.form !== "ppt-dgr-2089" &&
        leavesOutAsst(scheda?.asstInAnalysis, scheda?.asstInDelivery)
      ) {
        const path: ErrorPath = ["objectives", index, "asstInDelivery", "answer"];
        findings.push(
          createFinding(
            M.priority_leps_without_asst,
            { leps: LEPS_CATALOG[leps].labels },
            { path, stated: "no" },
          ),
        );
      }
    }
  });
  if (partial) return;
  for (const leps of PRIORITY_LEPS_IDS) {
    if (!served.has(leps)) {
      findings.push(
        createFinding(
          M.priority_leps_without_scheda,
          { leps: LEPS_CATALOG[leps].labels },
          { path: ["lepsSchede"], stated: leps },
        ),
      );
    }
  }
}

// ─── Objectives repeated ──────────────────────────────────────────────────────────────────────────────────────────

const MAX_KEY = 400;

// A title compared without case, accents kept, every run of spaces and punctuation one space; cut to 400 characters.
function titleKey(title: string): string {
  let key = "";
  let gap = false;
  for (const char of title.slice(0, MAX_KEY * 2).toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      if (gap && key !== "") key += " ";
      key += char;
      gap = false;
    } else gap = true;
    if (key.length >= MAX_KEY) break;
  }
  return key;
}

/** Two objectives with one code, or with one title. @internal */
export function checkRepeatedObjectives(findings: Finding[], raw: readonly unknown[]): void {
  const codes = new Map<string, number>();
  const titles = new Map<string, number>();
  raw.forEach((objective, index) => {
    const code = own(objective, "code");
    if (typeof code === "string" && code.trim() !== "") {
      const first = codes.get(code.trim());
      if (first === undefined) codes.set(code.trim(), index);
      else {
        const path: ErrorPath = ["objectives", index, "code"];
        findings.push(
          createFinding(M.objective_code_repeated, { code, first }, { path, stated: code.slice(0, 200) }),
        );
      }
    }
    const title = own(objective, "title");
    if (typeof title === "string") {
      const key = titleKey(title);
      if (key === "") return;
      const first = titles.get(key);
      if (first === undefined) titles.set(key, index);
      else {
        const path: ErrorPath = ["objectives", index, "title"];
        findings.push(
          createFinding(M.objective_title_repeated, { title, first }, { path, stated: title.slice(0, 200) }),
        );
      }
    }
  });
}

// ─── Approvals ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A plan without any approval act. @internal */
export function checkApprovals(findings: Finding[], plan: Raw): void {
  const approvals = own(plan, "approvals");
  if (approvals === undefined || approvals === null || (Array.isArray(approvals) && approvals.length === 0)) {
    findings.push(createFinding(M.approval_act_missing, {}, { path: ["approvals"] }));
  }
}

// ─── Years outside the period ─────────────────────────────────────────────────────────────────────────────────────

function outside(findings: Finding[], period: PlanPeriod, value: number | undefined, path: ErrorPath): void {
  if (value === undefined || (value >= period.from && value <= period.to)) return;
  findings.push(
    createFinding(
      M.year_outside_period,
      { year: value, from: period.from, to: period.to },
      { path, stated: String(value), computed: `${String(period.from)}-${String(period.to)}` },
    ),
  );
}

type DraftTargets = NonNullable<SchedaObiettivoDraft["targets"]>;
type DraftBudget = NonNullable<SchedaObiettivoDraft["budget"]>;

function checkTargetYears(
  findings: Finding[],
  period: PlanPeriod,
  targets: DraftTargets,
  prefix: ErrorPath,
): void {
  targets.forEach((target, index) => {
    const path: ErrorPath = [...prefix, "targets", index];
    if ("fromYear" in target) outside(findings, period, target.fromYear, [...path, "fromYear"]);
    if ("toYear" in target) outside(findings, period, target.toYear, [...path, "toYear"]);
    if ("period" in target && target.period !== undefined) {
      outside(findings, period, target.period.from, [...path, "period", "from"]);
      outside(findings, period, target.period.to, [...path, "period", "to"]);
    }
  });
}

function checkBudgetYears(
  findings: Finding[],
  period: PlanPeriod,
  budget: DraftBudget,
  prefix: ErrorPath,
): void {
  budget.byYear?.forEach((entry, index) => {
    outside(findings, period, entry.year, [...prefix, "budget", "byYear", index, "year"]);
  });
  budget.lines.forEach((line, index) => {
    outside(findings, period, line.year, [...prefix, "budget", "lines", index, "year"]);
  });
}

/**
 * Years of targets, of LEPS indicators' yearly targets and of budget lines outside the plan's period: a target due
 * after the period ends cannot be judged within it. A LEPS indicator's baseline year (T0) may precede the period.
 * @internal
 */
export function checkYears(
  findings: Finding[],
  period: PlanPeriod,
  objectives: readonly (SchedaObiettivoDraft | null)[],
  lepsSchede: readonly (LepsSchedaDraft | null)[],
): void {
  objectives.forEach((scheda, index) => {
    if (scheda === null) return;
    const prefix: ErrorPath = ["objectives", index];
    checkTargetYears(findings, period, scheda.targets ?? [], prefix);
    if (scheda.budget !== null && scheda.budget !== undefined)
      checkBudgetYears(findings, period, scheda.budget, prefix);
  });
  lepsSchede.forEach((scheda, index) => {
    if (scheda === null) return;
    const prefix: ErrorPath = ["lepsSchede", index];
    checkTargetYears(findings, period, scheda.targets ?? [], prefix);
    if (scheda.budget !== null) checkBudgetYears(findings, period, scheda.budget, prefix);
    scheda.indicators.forEach((indicator, i) => {
      indicator.targets.forEach((target, t) => {
        if (target.rule === "baseline") return;
        outside(findings, period, target.year, [...prefix, "indicators", i, "targets", t, "year"]);
      });
    });
  });
}

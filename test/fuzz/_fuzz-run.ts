// The parent side of the fuzz suite: which functions, with which seeds and budgets, run in isolated children; and
// the report that comes back.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exportedFunctions } from "../support/exports.js";
import { ENTRY_NAMESPACES } from "./_entries.js";
import { runIsolated, type TaskOutcome } from "../support/isolated-runner.js";
import { loadMessageCodes } from "../support/messages.js";
import { documentedCodes, readFunctionDocs } from "../support/tsdoc.js";
import type { CheckName, FunctionInfo } from "./_checks.js";
import { KILL_CPU_MS, callBudget, functionSeed, fuzzSettings, type FuzzSettings } from "./_config.js";
import type { FunctionReport, FuzzTask, ViolationReport } from "./_fuzz.js";
import { TARGETS, mustNeverThrow } from "./_targets.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SRC_ROOT = fileURLToPath(new URL("../../src/", import.meta.url));
export const CHILD_ENTRY = fileURLToPath(new URL("./_child.ts", import.meta.url));

/** Every exported function's name, sorted. */
export function functionNames(): string[] {
  return [...exportedFunctions(ENTRY_NAMESPACES).keys()].sort();
}

/** What the suite knows of each function from its TSDoc and its name. */
export function functionInfos(): Map<string, FunctionInfo> {
  const docs = readFunctionDocs(SRC_ROOT);
  const infos = new Map<string, FunctionInfo>();
  for (const name of functionNames()) {
    const doc = docs.get(name);
    const byName = mustNeverThrow(name, doc?.typeGuard === true);
    infos.set(name, {
      name,
      neverThrows: doc?.neverThrows === true ? "its TSDoc says it never throws" : (byName ?? null),
      documentedCodes: doc === undefined ? null : [...documentedCodes(docs, name)],
    });
  }
  return infos;
}

export interface FuzzRun {
  readonly settings: FuzzSettings;
  readonly reports: ReadonlyMap<string, FunctionReport>;
  readonly calls: number;
  readonly runs: number;
  /** The runs planned (the budget of the selected functions). */
  readonly planned: number;
  readonly seconds: number;
}

/** A function's report, from the reports of its segments and the aborts between them. */
function mergeReports(
  task: FuzzTask,
  segments: readonly FunctionReport[],
  aborts: readonly {
    readonly task: FuzzTask;
    readonly outcome: Extract<TaskOutcome, { ok: false }>;
    readonly counterexample: string;
  }[],
): FunctionReport {
  const merged: FunctionReport = {
    name: task.name,
    seed: task.seed,
    runs: 0,
    calls: 0,
    returned: 0,
    pdzErrors: {},
    otherThrows: {},
    violations: {},
    undocumentedCodes: [],
    maxCpuMs: 0,
    slowestRun: 0,
    totalCpuMs: 0,
    seconds: 0,
    cpuSeconds: 0,
    shrinkSeconds: 0,
    aborted: null,
  };
  const add = (check: CheckName, violation: ViolationReport, count: number): void => {
    const existing = merged.violations[check];
    if (existing === undefined) merged.violations[check] = { ...violation, count };
    else existing.count += count;
  };
  const undocumented = new Set<string>();
  for (const segment of segments) {
    merged.runs += segment.runs;
    merged.calls += segment.calls;
    merged.returned += segment.returned;
    for (const [code, count] of Object.entries(segment.pdzErrors))
      merged.pdzErrors[code] = (merged.pdzErrors[code] ?? 0) + count;
    for (const [name, count] of Object.entries(segment.otherThrows))
      merged.otherThrows[name] = (merged.otherThrows[name] ?? 0) + count;
    if (segment.maxCpuMs > merged.maxCpuMs) {
      merged.maxCpuMs = segment.maxCpuMs;
      merged.slowestRun = segment.slowestRun;
    }
    merged.totalCpuMs += segment.totalCpuMs;
    merged.seconds += segment.seconds;
    merged.cpuSeconds += segment.cpuSeconds;
    merged.shrinkSeconds += segment.shrinkSeconds;
    for (const code of segment.undocumentedCodes) undocumented.add(code);
    for (const [check, violation] of Object.entries(segment.violations) as [CheckName, ViolationReport][])
      add(check, violation, violation.count);
  }
  for (const { task: segment, outcome, counterexample } of aborts) {
    const run = outcome.progress?.run ?? segment.from;
    merged.runs += run - segment.from + 1;
    merged.calls += run - segment.from + 1;
    for (const event of outcome.events) {
      const { check, ...violation } = event as ViolationReport & { check: CheckName };
      add(check, violation, 1);
    }
    const check = outcome.aborted === "hang" ? "hang" : "crash";
    // Call -1 is the building of the arguments: a library builder named in the counterexample (call(…)) hung.
    const during: Readonly<Record<number, string>> = {
      [-1]: ", while its arguments were built by the library function the counterexample calls",
      1: ", in the comparison call with the host's decimal.js reconfigured",
      2: ", in the comparison call with the function's field names planted on Object.prototype",
      3: ", in the repeated call",
      4: ", while the suite checked the result",
    };
    const detail = `${outcome.detail}${during[outcome.progress?.call ?? 0] ?? ""}`;
    add(check, { count: 1, firstRun: run, detail, counterexample, shrunk: false }, 1);
    merged.aborted ??= { check, run, detail };
  }
  merged.undocumentedCodes = [...undocumented].sort();
  return merged;
}

/** A function is given up after this many hangs or crashes (each costs seconds). */
const MAX_ABORTS = 3;

/** Runs the fuzz suite over every exported function (or FUZZ_ONLY's). */
export async function runFuzz(settings: FuzzSettings = fuzzSettings()): Promise<FuzzRun> {
  const started = Date.now();
  const names = functionNames();
  const infos = functionInfos();
  const codes = await loadMessageCodes(SRC_ROOT);
  const knownCodes = [...codes.errors, ...codes.findings.keys()];
  // The budget is computed over every function, so that FUZZ_ONLY replays the very same runs.
  const budget = callBudget(new Map(names.map((name) => [name, TARGETS[name]?.weight ?? 1])), settings.scale);
  const selected = settings.only === null ? names : names.filter((name) => settings.only?.includes(name));
  const tasks: FuzzTask[] = selected.map((name) => ({
    name,
    seed: functionSeed(settings.seed, name),
    runs: budget.get(name) ?? 1,
    info: infos.get(name) as FunctionInfo,
    knownCodes,
    shrinkMs: settings.shrinkMs,
    from: 0,
  }));
  const pool = {
    entry: CHILD_ENTRY,
    cwd: REPO_ROOT,
    workers: settings.workers,
    killCpuMs: KILL_CPU_MS,
    maxOldSpaceMb: 2048,
  };
  const log = (task: FuzzTask, outcome: TaskOutcome): void => {
    if (!settings.verbose) return;
    const report = outcome.ok ? (outcome.value as FunctionReport) : null;
    const what =
      report === null
        ? outcome.ok
          ? ""
          : `${outcome.aborted} at run ${String(outcome.progress?.run ?? "?")}: ${outcome.detail.slice(0, 600)}`
        : `${String(report.runs)} runs in ${report.seconds.toFixed(1)} s (${report.cpuSeconds.toFixed(1)} s CPU; +${report.shrinkSeconds.toFixed(1)} s shrinking), ${String(Object.keys(report.violations).length)} failing checks`;
    process.stderr.write(
      `fuzz ${String(Math.round((Date.now() - started) / 1000))}s ${task.name}: ${what}\n`,
    );
  };
  // Each pass runs what is left; a function stopped at a run resumes after it, up to MAX_ABORTS times.
  const segments = new Map<string, FunctionReport[]>();
  const aborts = new Map<string, { task: FuzzTask; outcome: Extract<TaskOutcome, { ok: false }> }[]>();
  let pending = tasks;
  while (pending.length > 0) {
    const current = pending;
    const outcomes = await runIsolated(
      current.map((task) => ({ type: "fuzz", task })),
      {
        ...pool,
        onOutcome: (index, outcome) => {
          log(current[index] as FuzzTask, outcome);
        },
      },
    );
    pending = [];
    outcomes.forEach((outcome, index) => {
      const task = current[index] as FuzzTask;
      if (outcome.ok) {
        segments.set(task.name, [...(segments.get(task.name) ?? []), outcome.value as FunctionReport]);
        return;
      }
      const stopped = [...(aborts.get(task.name) ?? []), { task, outcome }];
      aborts.set(task.name, stopped);
      const run = outcome.progress?.run;
      if (
        outcome.aborted !== "error" &&
        run !== undefined &&
        stopped.length < MAX_ABORTS &&
        run + 1 < task.runs
      ) {
        pending.push({ ...task, from: run + 1 });
      }
    });
  }
  // The runs a watchdog stopped are replayed without calling the function, to print their arguments.
  const stoppedRuns = [...aborts.values()].flat();
  const descriptions = await runIsolated(
    stoppedRuns.map(({ task, outcome }) => ({
      type: "describe",
      name: task.name,
      seed: task.seed,
      runs: task.runs,
      run: outcome.progress?.run ?? 0,
    })),
    pool,
  );
  const reports = new Map<string, FunctionReport>();
  for (const task of tasks) {
    const stopped = (aborts.get(task.name) ?? []).map((abort) => {
      const description = descriptions[stoppedRuns.indexOf(abort)];
      return {
        ...abort,
        counterexample: description?.ok === true ? String(description.value) : "(could not be replayed)",
      };
    });
    reports.set(task.name, mergeReports(task, segments.get(task.name) ?? [], stopped));
  }
  let calls = 0;
  let runs = 0;
  for (const report of reports.values()) {
    calls += report.calls;
    runs += report.runs;
  }
  const planned = tasks.reduce((sum, task) => sum + task.runs, 0);
  const run: FuzzRun = { settings, reports, calls, runs, planned, seconds: (Date.now() - started) / 1000 };
  if (settings.report !== null) {
    writeFileSync(settings.report, JSON.stringify({ ...run, reports: Object.fromEntries(reports) }, null, 2));
  }
  return run;
}

/** How to replay one function's calls of this run. */
export function reproduceCommand(settings: FuzzSettings, name: string): string {
  const scale = settings.scale === 1 ? "" : ` FUZZ_SCALE=${String(settings.scale)}`;
  return `FUZZ_SEED=${String(settings.seed)}${scale} FUZZ_ONLY=${name} npx vitest run test/fuzz/exports.test-prop.ts`;
}

/** A failing function's report, as the message of its test. */
export function describeFailures(report: FunctionReport, settings: FuzzSettings): string {
  const lines = [
    `${report.name}: ${String(Object.keys(report.violations).length)} failing checks (seed ${String(report.seed)})`,
  ];
  for (const [check, violation] of Object.entries(report.violations) as [CheckName, ViolationReport][]) {
    lines.push(
      `- ${check} (${String(violation.count)}× in ${String(report.runs)} runs; first at run ${String(violation.firstRun)}): ${violation.detail}`,
      `    ${violation.shrunk ? "minimal" : "first"} counterexample: ${report.name}(...${violation.counterexample})`,
    );
  }
  lines.push(`  reproduce: ${reproduceCommand(settings, report.name)}`);
  return lines.join("\n");
}

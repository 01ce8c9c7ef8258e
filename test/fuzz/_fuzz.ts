// Fuzzing one function, in a child process: every generated call is checked, the first occurrence of each failing
// check is kept, then shrunk to a minimal counterexample by replaying its run (fast-check's `path`).
import { types } from "node:util";
import fc from "fast-check";
import { isPdzError } from "../../src/core/error.js";
import { build } from "../support/hostile.js";
import { checkedCall, type CheckName, type FunctionInfo, type CallRecord } from "./_checks.js";
import { EXTRA_EVERY, SLOW_CPU_MS } from "./_config.js";
import type { FuzzContext } from "./_context.js";

export interface ViolationReport {
  count: number;
  /** The run (0-based) where it first happened: `path` for fast-check. */
  firstRun: number;
  detail: string;
  /** The counterexample, as replayable text: minimal when `shrunk`. */
  counterexample: string;
  shrunk: boolean;
}

export interface FunctionReport {
  name: string;
  seed: number;
  runs: number;
  calls: number;
  returned: number;
  pdzErrors: Record<string, number>;
  otherThrows: Record<string, number>;
  violations: Partial<Record<CheckName, ViolationReport>>;
  undocumentedCodes: string[];
  maxCpuMs: number;
  /** The run that took the most CPU time. */
  slowestRun: number;
  totalCpuMs: number;
  /** Wall-clock seconds spent calling, and shrinking; CPU seconds of the whole process while calling. */
  seconds: number;
  cpuSeconds: number;
  shrinkSeconds: number;
  /** Set when the run was cut short by the watchdog (hang) or by the death of the process (crash). */
  aborted: null | { check: "hang" | "crash"; run: number; detail: string };
}

export interface FuzzTask {
  readonly name: string;
  readonly seed: number;
  readonly runs: number;
  readonly info: FunctionInfo;
  readonly knownCodes: readonly string[];
  readonly shrinkMs: number;
  /** The first run to call (the runs before it were made by a process that a hang or a crash stopped). */
  readonly from: number;
}

export interface Signals {
  /** Before every call: the run and which call of the run. */
  progress(run: number, call: number): void;
  /** A check failed for the first time (kept if the process dies later). */
  firstViolation(check: CheckName, report: ViolationReport): void;
}

const MAX_TEXT = 1_500;

function printable(spec: unknown): string {
  const text = fc.stringify(spec);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${String(text.length)} characters)` : text;
}

/** The argument tuple a spec builds, as an array. */
function argsOf(spec: unknown, context: FuzzContext): unknown[] {
  const built = build(spec, context.build);
  return Array.isArray(built) ? built : [built];
}

export function fuzzFunction(task: FuzzTask, context: FuzzContext, signals: Signals): FunctionReport {
  const fn = context.functions.get(task.name);
  if (fn === undefined) throw new Error(`${task.name} is not an exported function`);
  const knownCodes = new Set(task.knownCodes);
  let currentRun = 0;
  const environment = {
    isPdzError: (value: unknown) => !types.isProxy(value) && isPdzError(value),
    knownCodes,
    plantedFields: context.plantedFields(task.name),
    slowCpuMs: SLOW_CPU_MS,
    beforeCall: (call: number) => {
      signals.progress(currentRun, call);
    },
  };
  const report: FunctionReport = {
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
  const started = Date.now();
  const startedCpu = process.cpuUsage();
  const undocumented = new Set<string>();
  const arbitrary = context.argsArbitrary(task.name);

  const record = (result: CallRecord, run: number, spec: unknown): void => {
    report.runs += 1;
    report.calls += result.calls;
    if (result.cpuMs > report.maxCpuMs) {
      report.maxCpuMs = result.cpuMs;
      report.slowestRun = run;
    }
    report.totalCpuMs += result.cpuMs;
    if (result.outcome === "returned") report.returned += 1;
    else if (result.outcome === "pdz-error")
      report.pdzErrors[result.code ?? "?"] = (report.pdzErrors[result.code ?? "?"] ?? 0) + 1;
    else report.otherThrows[result.code ?? "?"] = (report.otherThrows[result.code ?? "?"] ?? 0) + 1;
    if (result.undocumentedCode !== null) undocumented.add(result.undocumentedCode);
    for (const violation of result.violations) {
      const existing = report.violations[violation.check];
      if (existing !== undefined) {
        existing.count += 1;
        continue;
      }
      const first: ViolationReport = {
        count: 1,
        firstRun: run,
        detail: violation.detail,
        counterexample: printable(spec),
        shrunk: false,
      };
      report.violations[violation.check] = first;
      signals.firstViolation(violation.check, first);
    }
  };

  let run = 0;
  const main = fc.check(
    fc.property(arbitrary, (spec) => {
      if (run < task.from) {
        run += 1;
        return true;
      }
      currentRun = run;
      const result = checkedCall(
        fn,
        () => argsOf(spec, context),
        task.info,
        environment,
        run % EXTRA_EVERY === 0,
      );
      record(result, run, spec);
      run += 1;
      return true;
    }),
    { seed: task.seed, numRuns: task.runs, endOnFailure: true },
  );
  // The property never fails: a failure is an error of the suite itself (an arbitrary or a check that threw).
  if (main.failed) {
    throw new Error(
      `the fuzz harness failed on ${task.name} at run ${String(run)}: ${String(main.errorInstance)}`,
      { cause: main.errorInstance },
    );
  }
  report.undocumentedCodes = [...undocumented].sort();
  report.seconds = (Date.now() - started) / 1000;
  const usedCpu = process.cpuUsage(startedCpu);
  report.cpuSeconds = (usedCpu.user + usedCpu.system) / 1e6;

  // Shrink each failing check from its first run. Timing checks are not shrunk: each step would cost seconds.
  for (const [check, violation] of Object.entries(report.violations) as [CheckName, ViolationReport][]) {
    if (check === "slow" || task.shrinkMs <= 0) continue;
    const extra =
      check === "nondeterministic" ||
      check === "depends-on-decimal-config" ||
      check === "reads-inherited-fields";
    currentRun = violation.firstRun;
    const details = fc.check(
      fc.property(arbitrary, (spec) => {
        const result = checkedCall(fn, () => argsOf(spec, context), task.info, environment, extra);
        return !result.violations.some((found) => found.check === check);
      }),
      {
        seed: task.seed,
        path: String(violation.firstRun),
        numRuns: task.runs,
        skipAllAfterTimeLimit: task.shrinkMs,
      },
    );
    if (details.failed && details.counterexample !== null) {
      violation.counterexample = printable(details.counterexample[0]);
      violation.shrunk = true;
    }
  }
  report.shrinkSeconds = (Date.now() - started) / 1000 - report.seconds;
  return report;
}

/** The argument spec of one run, without calling the function (to report the run a watchdog stopped). */
export function describeRun(
  name: string,
  seed: number,
  runs: number,
  wanted: number,
  context: FuzzContext,
): string {
  let text: string | undefined;
  fc.check(
    fc.property(context.argsArbitrary(name), (spec) => {
      text ??= printable(spec);
      return true;
    }),
    { seed, path: String(wanted), numRuns: Math.min(1, runs) },
  );
  return text ?? "(not replayed)";
}

// Running one function's bad-input table, in a child process (see _child.ts): every row is one checked call (the
// same checks as the fuzz suite), then its expectation: the exact code, or what a never-throwing function returns.
import { types } from "node:util";
import * as audit from "../../src/audit/index.js";
import * as datasets from "../../src/datasets/index.js";
import { isPdzError } from "../../src/core/error.js";
import * as library from "../../src/index.js";
import * as ingest from "../../src/ingest/index.js";
import * as report from "../../src/report/index.js";
import { applyMutation, build, type BuildContext } from "../support/hostile.js";
import { checkedCall, type CallRecord, type CheckEnvironment } from "./_checks.js";
import { SLOW_CPU_MS } from "./_config.js";
import { freshCopy, seedContext } from "./_context.js";
import { isContractTable, matrixTable, neverThrowsReason, rowArguments, type MatrixCase } from "./_matrix.js";
import { fullMatrix, knownGap } from "./_matrix-gaps.js";

export interface RowResult {
  readonly index: number;
  readonly label: string;
  readonly passed: boolean;
  readonly problems: readonly string[];
  /** What happened: "returned", or the code of the PdzError, or the name of another error; "not run" for a known
   * gap that hangs, outside `npm run test:matrix`. */
  readonly outcome: string;
  readonly cpuMs: number;
}

export interface TableResult {
  readonly name: string;
  readonly rows: readonly RowResult[];
  /** Set when the table itself could not be built or run. */
  readonly error: string | null;
}

const lib = { ...library, ...audit, ...ingest, ...report } as unknown as Readonly<Record<string, unknown>>;
const ds = datasets as unknown as Readonly<Record<string, unknown>>;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function outcomeOf(record: CallRecord): string {
  return record.outcome === "returned" ? "returned" : (record.code ?? "?");
}

function timeOf(fn: (...args: unknown[]) => unknown, args: unknown[]): number {
  const start = cpuMs();
  try {
    fn(...args);
  } catch {
    // only the time matters here
  }
  return cpuMs() - start;
}

/** Best of a few runs: quick calls are repeated to see past the noise, slow ones are not. */
function bestTime(fn: (...args: unknown[]) => unknown, args: () => unknown[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    best = Math.min(best, timeOf(fn, args()));
    if (best > 200) break;
  }
  return best;
}

/** Runs the rows of a table from `from` on; `progress` is called before each (with the CPU it may use). */
export function runMatrixTable(
  name: string,
  knownCodes: ReadonlySet<string>,
  progress: (index: number, budgetMs: number) => void,
  from = 0,
  onRow: (row: RowResult) => void = () => undefined,
): TableResult {
  const c = seedContext();
  let rows: readonly MatrixCase[];
  let bases: readonly (readonly unknown[])[];
  try {
    const table = matrixTable(name, c);
    rows = table.cases;
    bases = table.bases(c);
  } catch (error) {
    return { name, rows: [], error: `the table could not be built: ${String(error)}` };
  }
  const fn = lib[name] ?? ds[name];
  if (typeof fn !== "function" && !isContractTable(name)) {
    return { name, rows: [], error: `${name} is not exported` };
  }
  const context: BuildContext = { lib, ds, seeds: new Map() };
  const neverThrows = isContractTable(name) ? null : neverThrowsReason(name);
  const results: RowResult[] = [];
  const record = (result: RowResult): void => {
    results.push(result);
    onRow(result);
  };
  const full = fullMatrix();
  for (let index = from; index < rows.length; index += 1) {
    const row = rows[index] as MatrixCase;
    const hangs = knownGap(name, row.label)?.hangs === true;
    if (!full && (hangs || row.fullOnly === true)) {
      record({
        index,
        label: row.label,
        passed: hangs ? false : true,
        problems: [
          `not run: ${hangs ? "a known gap that hangs" : "a minute of CPU"} (npm run test:matrix runs it)`,
        ],
        outcome: "not run",
        cpuMs: 0,
      });
      continue;
    }
    const budget = row.cpuMs ?? SLOW_CPU_MS;
    progress(index, Math.max(budget * 2, 6_000));
    const problems: string[] = [];
    if (row.expect.kind === "linear") {
      const { at, sizes } = row.expect;
      const target = fn as (...args: unknown[]) => unknown;
      const small = bestTime(target, () => at(sizes[0]));
      const large = bestTime(target, () => at(sizes[1]));
      // Doubling the input may double the work, not quadruple it. Quick calls (under 20 ms) are not judged: noise.
      if (large > 20 && large > 3 * small) {
        problems.push(
          `${String(sizes[0])} characters took ${small.toFixed(0)} ms, ${String(sizes[1])} took ${large.toFixed(0)} ms of CPU time: not linear`,
        );
      }
      if (large > budget)
        problems.push(`${String(sizes[1])} characters took ${(large / 1000).toFixed(1)} s of CPU time`);
      record({
        index,
        label: row.label,
        passed: problems.length === 0,
        problems,
        outcome: "measured",
        cpuMs: large,
      });
      continue;
    }
    const buildArgs = (): unknown[] => {
      if ("spec" in row.args) return build(row.args.spec, context) as unknown[];
      let args: unknown = freshCopy(bases[row.args.base] ?? []);
      for (const mutation of row.args.mutations) args = applyMutation(args, mutation, context);
      return Array.isArray(args) ? args : [args];
    };
    const environment: CheckEnvironment = {
      isPdzError: (value) => !types.isProxy(value) && isPdzError(value),
      knownCodes,
      plantedFields: new Map(),
      slowCpuMs: budget,
      beforeCall: () => undefined,
    };
    const target =
      row.run === undefined
        ? (fn as (...args: unknown[]) => unknown)
        : () => (row.run as (context: typeof c) => unknown)(c);
    let call: CallRecord;
    try {
      call = checkedCall(
        target,
        row.run === undefined ? buildArgs : () => [],
        { name, neverThrows, documentedCodes: null },
        environment,
        row.comparisons ?? true,
      );
    } catch (error) {
      record({
        index,
        label: row.label,
        passed: false,
        problems: [`the row could not be run: ${String(error)} (${rowArguments(row)})`],
        outcome: "error",
        cpuMs: 0,
      });
      continue;
    }
    for (const violation of call.violations) problems.push(`${violation.check}: ${violation.detail}`);
    const outcome = outcomeOf(call);
    if (row.expect.kind === "throws") {
      if (outcome !== row.expect.code)
        problems.push(
          `expected PdzError ${row.expect.code}, got ${outcome === "returned" ? "a result" : outcome}`,
        );
    } else if (call.outcome !== "returned") {
      problems.push(`expected ${row.expect.what}, but it threw ${outcome}`);
    } else {
      const problem = row.expect.check?.(call.value, c) ?? null;
      if (problem !== null) problems.push(`expected ${row.expect.what}: ${problem}`);
    }
    record({ index, label: row.label, passed: problems.length === 0, problems, outcome, cpuMs: call.cpuMs });
  }
  return { name, rows: results, error: null };
}

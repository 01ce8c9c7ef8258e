// The parent side of the bad-input matrix: every table runs in isolated children; a row that hangs or crashes its
// child is recorded as failed and the table resumes after it in a fresh child.
import * as datasets from "../../src/datasets/index.js";
import * as library from "../../src/index.js";
import * as audit from "../../src/audit/index.js";
import * as ingest from "../../src/ingest/index.js";
import * as report from "../../src/report/index.js";
import { runIsolated, type TaskOutcome } from "../support/isolated-runner.js";
import { loadMessageCodes } from "../support/messages.js";
import { KILL_CPU_MS, fuzzSettings } from "./_config.js";
import { seedContext } from "./_context.js";
import { CHILD_ENTRY, REPO_ROOT, SRC_ROOT } from "./_fuzz-run.js";
import { matrixTable, matrixTableNames, type MatrixCase } from "./_matrix.js";
import type { RowResult, TableResult } from "./_matrix-run.js";

/** A table is given up after this many rows hang or crash (each costs seconds). */
const MAX_ABORTS = 3;

export interface MatrixRun {
  readonly tables: ReadonlyMap<string, TableResult>;
  readonly seconds: number;
}

/** The rows of every table, built in this process (for counts and labels; nothing is called). */
export function matrixRows(): Map<string, readonly MatrixCase[] | string> {
  const c = seedContext();
  const rows = new Map<string, readonly MatrixCase[] | string>();
  for (const name of matrixTableNames()) {
    try {
      rows.set(name, matrixTable(name, c).cases);
    } catch (error) {
      rows.set(name, `the table could not be built: ${String(error)}`);
    }
  }
  return rows;
}

/** Whether a function is exported by an entry point. */
export function isExported(name: string): boolean {
  return name in library || name in audit || name in datasets || name in ingest || name in report;
}

export async function runMatrix(only: readonly string[] | null = fuzzSettings().only): Promise<MatrixRun> {
  const started = Date.now();
  const codes = await loadMessageCodes(SRC_ROOT);
  const knownCodes = [...codes.errors, ...codes.findings.keys()];
  const names = matrixTableNames().filter((name) => only === null || only.includes(name));
  const results = new Map<string, RowResult[]>();
  const errors = new Map<string, string>();
  const abortCounts = new Map<string, number>();
  let pending = names.map((name) => ({ name, from: 0 }));
  const verbose = fuzzSettings().verbose;
  const pool = {
    entry: CHILD_ENTRY,
    cwd: REPO_ROOT,
    workers: fuzzSettings().workers,
    killCpuMs: KILL_CPU_MS,
    maxOldSpaceMb: 4096,
  };
  // Each pass runs what is left; a table stopped at a row resumes after it in the next pass.
  for (let pass = 0; pending.length > 0 && pass < 200; pass += 1) {
    const current = pending;
    const outcomes: TaskOutcome[] = await runIsolated(
      current.map(({ name, from }) => ({ type: "matrix", name, knownCodes, from })),
      {
        ...pool,
        onOutcome: (index, outcome) => {
          if (!verbose) return;
          const { name } = current[index] as { name: string };
          const failed = outcome.events.filter((row) => !(row as RowResult).passed).length;
          const how = outcome.ok
            ? "done"
            : `${outcome.aborted} at row ${String(outcome.progress?.run ?? "?")}`;
          process.stderr.write(
            `matrix ${String(Math.round((Date.now() - started) / 1000))}s ${name}: ${String(outcome.events.length)} rows, ${String(failed)} failing, ${how}\n`,
          );
        },
      },
    );
    const next: { name: string; from: number }[] = [];
    outcomes.forEach((outcome, index) => {
      const { name } = current[index] as { name: string; from: number };
      const rows = results.get(name) ?? [];
      results.set(name, rows);
      rows.push(...(outcome.events as RowResult[]));
      if (outcome.ok) {
        const table = outcome.value as { error: string | null };
        if (table.error !== null) errors.set(name, table.error);
        return;
      }
      const stopped = outcome.progress?.run ?? 0;
      rows.push({
        index: stopped,
        label: `row ${String(stopped)}`,
        passed: false,
        problems: [`${outcome.aborted}: ${outcome.detail}`],
        outcome: outcome.aborted,
        cpuMs: 0,
      });
      const aborted = (abortCounts.get(name) ?? 0) + 1;
      abortCounts.set(name, aborted);
      if (outcome.progress === null) return;
      if (aborted < MAX_ABORTS) next.push({ name, from: stopped + 1 });
      else
        errors.set(
          name,
          `stopped after ${String(aborted)} rows hung or crashed; the rows after row ${String(stopped)} did not run`,
        );
    });
    pending = next;
  }
  const tables = new Map<string, TableResult>();
  for (const name of names) {
    tables.set(name, {
      name,
      rows: (results.get(name) ?? []).sort((a, b) => a.index - b.index),
      error: errors.get(name) ?? null,
    });
  }
  return { tables, seconds: (Date.now() - started) / 1000 };
}

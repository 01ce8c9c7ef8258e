// Issue 9 §6: the bad-input matrix, one table per exported function (and per function the redesign adds), each row
// a hand-picked bad input and the exact code it must raise, or what a never-throwing function must return. Rows run
// in child processes with the fuzz suite's checks and hang guard; the count of cases tried per function is printed,
// and docs/robustness.md summarises the tables (scripts/robustness-doc.ts writes it).
//
// Every row must pass, except the known gaps of the library listed in _matrix-gaps.ts (reported, not failed).
// `npm run test:matrix` (PDZ_MATRIX=1) runs this file alone, with the rows that hang or take a minute, and prints
// each function on its own line.
import { beforeAll, describe, expect, it } from "vitest";
import { fuzzSettings } from "./_config.js";
import { isContractTable, matrixTableNames } from "./_matrix.js";
import { KNOWN_GAPS, fullMatrix, knownGap } from "./_matrix-gaps.js";
import type { RowResult } from "./_matrix-run.js";
import { isExported, matrixRows, runMatrix, type MatrixRun } from "./_matrix-tables.js";

const only = fuzzSettings().only;
const verbose = fullMatrix() || fuzzSettings().verbose;
const names = matrixTableNames().filter((name) => only === null || only.includes(name));
const rows = matrixRows();
let run: MatrixRun;

const tried = (row: RowResult): boolean => row.outcome !== "not run";

/** The known gap of a row; a row that hung its process comes back labelled by its index only. */
function gapOf(name: string, row: RowResult): ReturnType<typeof knownGap> {
  const table = rows.get(name);
  const label = Array.isArray(table) ? (table[row.index]?.label ?? row.label) : row.label;
  return knownGap(name, label);
}

/** The counts of cases tried per function, several to a line (one to a line in the verbose mode). */
function summary(run: MatrixRun): string {
  const entries: string[] = [];
  let total = 0;
  let gaps = 0;
  let failing = 0;
  let notRun = 0;
  for (const name of names) {
    const table = run.tables.get(name);
    const results = table?.rows ?? [];
    const count = results.filter(tried).length;
    const gapRows = results.filter((row) => !row.passed && gapOf(name, row) !== null).length;
    const failed = results.filter((row) => !row.passed && gapOf(name, row) === null).length;
    total += count;
    gaps += gapRows;
    failing += failed;
    notRun += results.length - count;
    const notes = [
      ...(gapRows > 0 ? [`${String(gapRows)} known gap${gapRows === 1 ? "" : "s"}`] : []),
      ...(failed > 0 ? [`${String(failed)} FAILING`] : []),
      ...(table?.error === null || table === undefined ? [] : [table.error]),
    ];
    entries.push(
      verbose
        ? `  ${name.padEnd(34)} ${String(count).padStart(4)} cases tried${notes.length > 0 ? `, ${notes.join(", ")}` : ""}`
        : `${name} ${String(count)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`,
    );
  }
  const head = `bad-input matrix: ${String(total)} cases tried over ${String(names.length)} tables in ${run.seconds.toFixed(1)} s; ${String(gaps)} known gaps${notRun > 0 ? `; ${String(notRun)} not run here (they hang or take a minute: npm run test:matrix runs them)` : ""}, ${String(failing)} failing`;
  if (verbose) return `${head}\n${entries.join("\n")}`;
  const lines: string[] = [];
  for (let start = 0; start < entries.length; start += 6)
    lines.push(`  ${entries.slice(start, start + 6).join(" · ")}`);
  return `${head}\ncases tried per function:\n${lines.join("\n")}`;
}

describe("bad-input matrix (issue 9 §6)", () => {
  beforeAll(async () => {
    run = await runMatrix(only);
    console.log(summary(run));
    const fixed = names.flatMap((name) =>
      (run.tables.get(name)?.rows ?? [])
        .filter((row) => row.passed && gapOf(name, row) !== null)
        .map((row) => `  ${name}: ${row.label}`),
    );
    if (fixed.length > 0)
      console.log(
        `known gaps that pass now (remove them from test/fuzz/_matrix-gaps.ts):\n${fixed.join("\n")}`,
      );
  }, 1_800_000);

  it("lists known gaps of rows that exist", () => {
    const stale = Object.entries(KNOWN_GAPS).flatMap(([name, gaps]) => {
      const table = rows.get(name);
      const labels = new Set(Array.isArray(table) ? table.map((row) => row.label) : []);
      return Object.keys(gaps)
        .filter((label) => !labels.has(label))
        .map((label) => `${name}: ${label}`);
    });
    expect(stale, "known gaps that name no row").toEqual([]);
  });

  it.each(names)("%s", (name) => {
    const table = run.tables.get(name);
    const expected = rows.get(name);
    if (!isContractTable(name) && !isExported(name)) {
      expect.fail(
        `${name} is not exported: the table is written for the redesign (docs/architecture.md) and waits for it`,
      );
    }
    expect(typeof expected, typeof expected === "string" ? expected : "").not.toBe("string");
    expect(table?.error ?? null, table?.error ?? "").toBeNull();
    const failures = (table?.rows ?? []).filter((row) => !row.passed && gapOf(name, row) === null);
    const labelOf = (index: number, fallback: string): string =>
      Array.isArray(expected) ? (expected[index]?.label ?? fallback) : fallback;
    const message = failures
      .map((row) => `- ${labelOf(row.index, row.label)}: ${row.problems.join("; ")}`)
      .join("\n");
    expect(
      failures.length,
      `${name}: ${String(failures.length)} of ${String(table?.rows.length ?? 0)} cases fail (known gaps aside)\n${message}`,
    ).toBe(0);
    expect(table?.rows.length, "every row ran").toBe(Array.isArray(expected) ? expected.length : 0);
  });
});

// Executes docs/notebooks/*.ipynb headlessly on Deno's Jupyter kernel, against the built package, and fails if a
// cell errors or a display it expects is missing. Each code cell lists the MIME types it must display in its
// metadata (`piano_di_zona.expect`). Needs `npm run build` first, Deno (the `deno` devDependency) and Jupyter's
// nbconvert (Debian: jupyter-nbconvert, python3-nbclient, jupyter-client; .ci/run installs them).
//
// Deno's kernel sometimes publishes a cell's output after its "idle" status, and nbconvert, which stops listening
// at "idle", then records the cell without it. So the notebook is executed up to five times: a cell passes when
// some run recorded every display it expects, and no run recorded an error for it.
//
// Writes reports/notebook.json ({ passed, failed, attempts, cells }) for the CI's summary line.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const notebooks = join(root, "docs", "notebooks");
const out = join(root, "reports", "notebooks");
const deno = join(root, "node_modules", ".bin", "deno");
const MAX_ATTEMPTS = 5;
const env = { ...process.env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", NO_COLOR: "1" };

function write(result) {
  mkdirSync(join(root, "reports"), { recursive: true });
  writeFileSync(join(root, "reports", "notebook.json"), `${JSON.stringify(result, null, 2)}\n`);
}

function fail(reason) {
  console.error(`test:notebook: ${reason}`);
  write({ suite: "notebook", passed: 0, failed: 1, attempts: 0, error: reason, cells: [] });
  process.exit(1);
}

if (!existsSync(join(root, "dist", "report", "index.js")))
  fail("the package is not built: run `npm run build` first");
if (!existsSync(deno)) fail("deno is not installed: run `npm ci` (the `deno` devDependency)");
if (spawnSync("jupyter", ["nbconvert", "--version"], { env }).status !== 0) {
  fail(
    "jupyter nbconvert is not installed (Debian: apt-get install jupyter-nbconvert python3-nbclient jupyter-client)",
  );
}

const started = Date.now();
// --force: the kernelspec is (re)written to point at this checkout's deno.
execFileSync(deno, ["jupyter", "--install", "--force"], { env, stdio: "inherit" });
mkdirSync(out, { recursive: true });

const cells = new Map();
const files = readdirSync(notebooks).filter((name) => name.endsWith(".ipynb"));
let attempts = 0;
for (const file of files) {
  const source = JSON.parse(readFileSync(join(notebooks, file), "utf8"));
  for (const cell of source.cells) {
    if (cell.cell_type !== "code") continue;
    const expect = cell.metadata?.piano_di_zona?.expect ?? [];
    cells.set(`${file}#${cell.id}`, { file, id: cell.id, expect, seen: [], errors: [], passed: false });
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    attempts++;
    const run = spawnSync(
      "jupyter",
      [
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--ExecutePreprocessor.kernel_name=deno",
        "--ExecutePreprocessor.timeout=300",
        "--output-dir",
        out,
        join(notebooks, file),
      ],
      { env, encoding: "utf8", cwd: notebooks },
    );
    if (run.status !== 0) {
      // nbconvert stops at a cell that raised: its error is in stderr.
      console.error(run.stderr);
      fail(`${file}: a cell raised an error (attempt ${String(attempt)})`);
    }
    const executed = JSON.parse(readFileSync(join(out, file), "utf8"));
    for (const cell of executed.cells) {
      const entry = cells.get(`${file}#${cell.id}`);
      if (entry === undefined) continue;
      const types = new Set();
      for (const output of cell.outputs ?? []) {
        if (output.output_type === "error") entry.errors.push(`${output.ename}: ${output.evalue}`);
        for (const type of Object.keys(output.data ?? {})) types.add(type);
        if (output.output_type === "stream") types.add(`stream:${output.name}`);
      }
      entry.seen = [...new Set([...entry.seen, ...types])];
      if (entry.expect.every((type) => types.has(type))) entry.passed = entry.errors.length === 0;
      if (entry.errors.length > 0) entry.passed = false;
    }
    const pending = [...cells.values()].filter((entry) => entry.file === file && !entry.passed);
    if (pending.length === 0 || pending.some((entry) => entry.errors.length > 0)) break;
    console.log(
      `test:notebook: ${file}, run ${String(attempt)}: ${String(pending.length)} cell(s) without their display ` +
        `(${pending.map((entry) => entry.id).join(", ")}); running again`,
    );
  }
}

const results = [...cells.values()];
for (const entry of results) {
  const mark = entry.passed ? "✓" : "✗";
  const problem =
    entry.errors.length > 0
      ? ` — error: ${entry.errors.join("; ")}`
      : entry.passed
        ? ""
        : ` — saw ${entry.seen.join(", ") || "nothing"}`;
  console.log(`${mark} ${entry.file} ${entry.id}: ${entry.expect.join(", ") || "(runs)"}${problem}`);
}
const passed = results.filter((entry) => entry.passed).length;
const failed = results.length - passed;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
write({ suite: "notebook", passed, failed, attempts, seconds: Number(seconds), cells: results });
console.log(
  `test:notebook: ${String(passed)} cell(s) passed, ${String(failed)} failed, in ${String(files.length)} notebook(s), ` +
    `${String(attempts)} run(s), ${seconds} s`,
);
process.exit(failed === 0 ? 0 : 1);

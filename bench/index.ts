/**
 * Runs every `bench/*.bench.ts` file in turn. Usage: `npm run bench` (all, then docs/performance.md is rewritten
 * with every goal and this run's figures) or `npm run bench -- matching` (the files whose name contains "matching";
 * the doc is left alone).
 */
import { readdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { recordedGoals } from "./harness.js";

const filter = process.argv[2] ?? "";
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith(".bench.ts") && name.includes(filter))
  .sort();
for (const file of files) {
  console.log(`\n# ${file}`);
  await import(pathToFileURL(join(import.meta.dirname, file)).href);
}
if (files.length === 0) console.log(`no benchmark matches "${filter}"`);

if (filter === "" && files.length > 0) {
  const cell = (text: string): string => text.replaceAll("|", "\\|");
  const lines = [
    "# Performance",
    "",
    "<!-- Written by `npm run bench` (all benchmarks): the goals of the library and the figures of that run. -->",
    "",
    "Every timing is a ratio against a baseline measured in the same process (variants interleaved, CPU time,",
    "medians of several rounds: bench/harness.ts), so that a busy machine slows both alike; sizes are brotli bytes",
    "of what a consumer's bundler ships. Timings are reported here and never asserted in tests; size budgets fail",
    "`npm test`.",
    "",
    `Run of ${new Date().toISOString().slice(0, 10)} on ${platform()} ${arch()}, ${String(cpus().length)} CPUs, Node ${process.version}.`,
    "",
    "| goal | measured | met | how to reproduce |",
    "|---|---|---|---|",
    ...recordedGoals().map(
      (row) =>
        `| ${cell(row.goal)} | ${cell(row.measured)} | ${row.met === null ? "reported" : row.met ? "yes" : "**no**"} | \`${row.reproduce}\` |`,
    ),
    "",
  ];
  writeFileSync(join(import.meta.dirname, "..", "docs", "performance.md"), lines.join("\n"));
  console.log("\nwrote docs/performance.md");
}

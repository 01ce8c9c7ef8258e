// The long run of the fuzz suite: 100,000 generated calls over every export (FUZZ_SCALE=20 times the 5,000 calls
// that `npm test` makes), with the same fixed seed and checks (test/fuzz). It needs nothing beyond Node, but takes
// minutes, so `npm test` makes the short run and .ci/run makes this one after it.
// Usage: node scripts/test-fuzz.mjs   (FUZZ_SCALE, FUZZ_SEED and the other FUZZ_* settings of test/fuzz/_config.ts
// apply; FUZZ_SCALE defaults to 20). Writes reports/fuzz.json ({ passed, failed }) for the CI's summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const vitestReport = join(root, "reports", "fuzz-vitest.json");
const summary = join(root, "reports", "fuzz.json");
mkdirSync(join(root, "reports"), { recursive: true });
rmSync(vitestReport, { force: true });

const run = spawnSync(
  join(root, "node_modules", ".bin", "vitest"),
  ["run", "test/fuzz/exports.test-prop.ts", "--typecheck.enabled=false"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FUZZ_SCALE: process.env.FUZZ_SCALE ?? "20", PDZ_VITEST_REPORT: vitestReport },
  },
);

let passed = 0;
let failed = 1;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
}
if (run.status !== 0 && failed === 0) failed = 1;
writeFileSync(summary, `${JSON.stringify({ suite: "fuzz", passed, failed }, null, 2)}\n`);
console.log(`test:fuzz: ${String(passed)} passed, ${String(failed)} failed`);
process.exit(failed === 0 ? 0 : 1);

// Prints the plain "N passed, N failed" line (the CI reads only this line): vitest's JSON report, plus the
// notebook and browser suites' reports when they ran (reports/notebook.json, reports/browser.json).
// Usage: node scripts/test-summary.mjs [vitest.json] [--require-suites]
// With --require-suites, a suite that wrote no report counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--")) ?? "reports/vitest.json";
const requireSuites = args.includes("--require-suites");

let passed = 0;
let failed = 0;
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
for (const suite of ["notebook", "browser"]) {
  const path = `reports/${suite}.json`;
  if (existsSync(path)) {
    const report = JSON.parse(readFileSync(path, "utf8"));
    passed += report.passed;
    failed += report.failed;
  } else if (requireSuites) {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);

// Prints the plain "N passed, N failed" line (the CI reads only this line): vitest's JSON report, plus the long
// fuzz run's and the notebook and browser suites' reports (reports/fuzz.json, reports/notebook.json,
// reports/browser.json).
// Usage: node scripts/test-summary.mjs [vitest.json] [--require=fuzz,notebook,browser] [--not-run=suite:reason]…
//        [--npm-test-status=N]
// - a suite named in --require that wrote no report counts as one failure;
// - a suite given with --not-run is named as not run (with its reason) and counts neither way;
// - with a non-zero --npm-test-status, a failure of `npm test` outside vitest (typecheck, lint, build, package
//   checks, sizes, docs) counts as one failure when vitest's report shows none, and a missing vitest report too.
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--")) ?? "reports/vitest.json";
const option = (name) =>
  args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
const required = option("require")
  .flatMap((list) => list.split(","))
  .filter(Boolean);
const notRun = option("not-run");
const npmTestStatus = Number(option("npm-test-status")[0] ?? "0");

let passed = 0;
let failed = 0;
let vitestFailed = 0;
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  vitestFailed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  failed += vitestFailed;
} else if (npmTestStatus !== 0) {
  console.log(`npm test stopped before vitest wrote ${file}: counted as 1 failure`);
  failed += 1;
}
if (npmTestStatus !== 0 && existsSync(file) && vitestFailed === 0) {
  console.log("npm test failed in a step outside vitest (see its output): counted as 1 failure");
  failed += 1;
}
for (const suite of ["fuzz", "notebook", "browser"]) {
  const path = `reports/${suite}.json`;
  const skipped = notRun.find((entry) => entry.split(":")[0] === suite);
  if (skipped !== undefined) {
    console.log(
      `not run: test:${suite} (${skipped.slice(suite.length + 1) || "its system software is missing"})`,
    );
  } else if (existsSync(path)) {
    const report = JSON.parse(readFileSync(path, "utf8"));
    passed += report.passed;
    failed += report.failed;
  } else if (required.includes(suite)) {
    console.log(`test:${suite} wrote no report: counted as 1 failure`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);

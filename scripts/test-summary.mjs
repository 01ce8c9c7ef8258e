// Prints the plain "N passed, N failed" line from vitest's JSON report (the CI reads only this line).
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "reports/vitest.json";
if (!existsSync(file)) {
  console.log("0 passed, 0 failed");
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);

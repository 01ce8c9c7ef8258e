// Issue 9 §6: a fuzz suite over every exported function of both entry points. Each function is called with generated
// values of every kind (null, NaN, 1 MB strings, holes, throwing getters, proxies, Decimals, …) and with inputs
// shaped like its real input (its TSDoc examples and the datasets, mutated field by field), in child processes that
// a hang or a crash cannot take down. Every call is checked against issue 9 §2–§5 (see _checks.ts).
//
// The seed is fixed (deterministic CI) and printed; FUZZ_SEED, FUZZ_ONLY, FUZZ_SCALE replay or widen a run
// (_config.ts). docs/robustness.md explains how to reproduce a failure.
import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS, type CheckName } from "./_checks.js";
import { fuzzSettings } from "./_config.js";
import { describeFailures, functionNames, runFuzz, type FuzzRun } from "./_fuzz-run.js";

const settings = fuzzSettings();
const names = functionNames().filter((name) => settings.only === null || settings.only.includes(name));
let run: FuzzRun;

function summary(result: FuzzRun): string {
  const failing = [...result.reports.values()].filter((report) => Object.keys(report.violations).length > 0);
  const byCheck = new Map<CheckName, string[]>();
  for (const report of failing) {
    for (const check of Object.keys(report.violations) as CheckName[])
      byCheck.set(check, [...(byCheck.get(check) ?? []), report.name]);
  }
  const lines = [
    `fuzz: seed ${String(result.settings.seed)} (FUZZ_SEED to replay), ${String(result.runs)} of ${String(result.planned)} generated calls` +
      ` (${String(result.calls)} with the comparison calls) over ${String(result.reports.size)} functions in` +
      ` ${result.seconds.toFixed(1)} s; ${String(failing.length)} functions fail`,
  ];
  for (const [check, functions] of [...byCheck].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${check} (${CHECKS[check]}): ${functions.join(", ")}`);
  }
  lines.push("codes raised per function (PdzError code × calls):");
  for (const report of result.reports.values()) {
    const codes = Object.entries(report.pdzErrors)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => `${code}×${String(count)}`);
    const undocumented =
      report.undocumentedCodes.length === 0
        ? ""
        : `; not in its TSDoc: ${report.undocumentedCodes.join(", ")}`;
    lines.push(`  ${report.name}: ${codes.length === 0 ? "none" : codes.join(", ")}${undocumented}`);
  }
  return lines.join("\n");
}

describe("every exported function, any input (issue 9 §6)", () => {
  beforeAll(async () => {
    run = await runFuzz(settings);
    console.log(summary(run));
  }, 1_800_000);

  it("makes at least 100,000 generated calls per run", () => {
    if (settings.only !== null || settings.scale < 1) return;
    expect(run.planned).toBeGreaterThanOrEqual(100_000);
    // A function stopped by hangs or crashes makes fewer calls; it fails its own test below.
    const stopped = [...run.reports.values()].some((report) => report.aborted !== null);
    if (!stopped) expect(run.runs).toBeGreaterThanOrEqual(100_000);
  });

  it.each(names)("%s", (name) => {
    const report = run.reports.get(name);
    expect(report, `${name} was not fuzzed`).toBeDefined();
    if (report === undefined) return;
    const failing = Object.keys(report.violations).length > 0;
    expect(failing, failing ? describeFailures(report, settings) : "").toBe(false);
  });
});

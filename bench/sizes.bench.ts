/**
 * What a consumer ships (scripts/check-size.mjs, which `npm test` runs with its budgets), reported in the same
 * table as the timings. Needs the build.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { recordGoal } from "./harness.js";

const ROOT = join(import.meta.dirname, "..");
if (!existsSync(join(ROOT, "dist", "index.js"))) {
  console.log("\n## sizes\nskipped: run `npm run build` first");
} else {
  let out: string;
  try {
    out = execFileSync(process.execPath, ["scripts/check-size.mjs", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
  } catch (error) {
    // The script exits 1 when a budget is exceeded; its JSON is still on stdout.
    out = (error as { stdout?: string }).stdout ?? "";
  }
  const rows = JSON.parse(out.slice(out.indexOf("["), out.lastIndexOf("]") + 1)) as Record<string, string>[];
  console.log("\n## sizes (brotli, minified, tree-shaken, browser platform)");
  console.table(rows);
  for (const row of rows) {
    const goal = row["goal"] ?? "—";
    if (goal !== "—" && goal.split(":")[0] !== row["budget"]) {
      // A single function whose 2 kB goal is not yet its budget: the goal on its own line, beside the ceiling.
      recordGoal({
        goal: `bundle of ${row["import"] ?? "?"}: ${goal.split(":")[0] ?? goal}, only decimal.js as a dependency`,
        measured: `${row["own code"] ?? "?"} own code`,
        met: goal.endsWith("met"),
        reproduce: "npm run build && npm run size",
      });
    }
    recordGoal({
      goal: `bundle of ${row["import"] ?? "?"}: ${row["budget"] ?? "?"}${row["import"]?.endsWith("alone") ? ", only decimal.js as a dependency" : ""}`,
      measured: `${row["own code"] ?? "?"} own code, ${row["with dependencies"] ?? "?"} with ${row["dependencies"] ?? "?"}`,
      met: row["status"] === "ok",
      reproduce: "npm run build && npm run size",
    });
  }
}

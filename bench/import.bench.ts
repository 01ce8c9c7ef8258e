/**
 * The cost of a cold import, in fresh Node processes: `import("piano-di-zona")` (and its datasets subpath) against
 * `import("zod")` alone, which any consumer of the schemas pays anyway. The processes alternate (zod, library,
 * datasets, zod, …), each measures the CPU time of its own import, and the medians of ≥ 20 runs are compared.
 * Needs the build (`npm run build`): it imports the package the way users do.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { recordGoal } from "./harness.js";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env["IMPORT_RUNS"] ?? "21");

if (!existsSync(join(ROOT, "dist", "index.js"))) {
  console.log("\n## cold import\nskipped: run `npm run build` first");
} else {
  const probe = (specifier: string): number => {
    const script = `const t=process.cpuUsage();await import(${JSON.stringify(specifier)});const u=process.cpuUsage(t);console.log((u.user+u.system)/1000);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return Number(out.trim());
  };
  const targets = { zod: "zod", library: "piano-di-zona", datasets: "piano-di-zona/datasets" } as const;
  const samples: Record<keyof typeof targets, number[]> = { zod: [], library: [], datasets: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, specifier] of Object.entries(targets) as [keyof typeof targets, string][]) {
      samples[name].push(probe(specifier));
    }
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const zod = median(samples.zod);
  // The spread of the ratio: each run's import against the zod import just before it, lower and upper quartile.
  const quartiles = (name: keyof typeof targets): string => {
    const ratios = samples[name].map((ms, run) => ms / (samples.zod[run] ?? ms)).sort((a, b) => a - b);
    const at = (share: number) => (ratios[Math.floor((ratios.length - 1) * share)] ?? 0).toFixed(2);
    return `${at(0.25)}–${at(0.75)}`;
  };
  console.log(`\n## cold import, CPU time in a fresh process (median of ${String(RUNS)} interleaved runs)`);
  console.table(
    (Object.keys(targets) as (keyof typeof targets)[]).map((name) => ({
      import: targets[name],
      "median ms": median(samples[name]).toFixed(1),
      "× zod": (median(samples[name]) / zod).toFixed(2),
      "run by run (quartiles)": name === "zod" ? "—" : quartiles(name),
      goal: name === "library" ? "≤ 1.30" : name === "datasets" ? "reported" : "baseline",
    })),
  );
  const ratio = median(samples.library) / zod;
  recordGoal({
    goal: 'cold import("piano-di-zona") in a fresh Node process: ≤ 1.3× import("zod") alone',
    measured: `${ratio.toFixed(2)}× (CPU time, median of ${String(RUNS)} interleaved runs; run by run ${quartiles("library")})`,
    met: ratio <= 1.3,
    reproduce: "npm run build && npm run bench -- import",
  });
  recordGoal({
    goal: 'cold import("piano-di-zona/datasets"): reported',
    measured: `${(median(samples.datasets) / zod).toFixed(2)}× import("zod")`,
    met: null,
    reproduce: "npm run build && npm run bench -- import",
  });
}

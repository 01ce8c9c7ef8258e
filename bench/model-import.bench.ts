/**
 * What building the zod schemas costs at import (issue 11 §2). The model's entry is bundled once with esbuild (zod,
 * decimal.js and date-fns left external, as a consumer's bundle would load them), then three scripts run in fresh
 * Node processes, interleaved (A B C A B C …), 21 rounds: importing zod alone (the baseline), importing the model
 * (schemas are built on first use: nothing is built), and importing the model and building every top-level model's
 * schema in both number modes (what an eager import would cost). Medians of wall time per process, with the spread.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
// Inside the checkout's node_modules, so that the bundle and the scripts resolve zod as a consumer's code would.
const dir = mkdtempSync(join(root, "node_modules", ".pdz-model-import-"));
const bundle = join(dir, "model.mjs");
await build({
  entryPoints: [join(root, "src", "model", "index.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: bundle,
  external: ["zod", "decimal.js", "date-fns", "date-fns/*"],
  logLevel: "error",
});
const scripts = {
  "import zod (baseline)": `await import("zod");`,
  "import the model (lazy)": `await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
  "import the model and build every schema": `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
for (const numbers of ["canonical", "italian"]) for (const parse of [m.safeParsePianoDiZona, m.safeParseAccordoDiProgramma, m.safeParseAmbito]) parse({}, { numbers });`,
};
const files = Object.entries(scripts).map(([name, body], index) => {
  const file = join(dir, `script-${String(index)}.mjs`);
  writeFileSync(
    file,
    `const start = performance.now();\n${body}\nprocess.stdout.write(String(performance.now() - start));\n`,
  );
  return { name, file, samples: [] as number[] };
});
for (let round = 0; round < 21; round++) {
  for (const variant of files) {
    variant.samples.push(
      Number(execFileSync(process.execPath, [variant.file], { cwd: root, encoding: "utf8" })),
    );
  }
}
rmSync(dir, { recursive: true, force: true });
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const baseline = median(files[0]?.samples ?? []);
console.log("\n## cold import of the model, fresh processes (wall time, median of 21)");
console.table(
  files.map(({ name, samples }) => ({
    variant: name,
    "median/process": `${median(samples).toFixed(1)} ms`,
    "× baseline": (median(samples) / baseline).toFixed(2),
    "spread (× baseline)": `${(Math.min(...samples) / baseline).toFixed(2)}–${(Math.max(...samples) / baseline).toFixed(2)}`,
  })),
);

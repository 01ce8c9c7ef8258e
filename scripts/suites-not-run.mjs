// The last step of `npm test`: names the suites `npm test` does not run, because they need programs from outside
// the npm registry, and whether this machine has what they need. .ci/run installs those programs and runs them.
// Usage: node scripts/suites-not-run.mjs            (prints one line per suite)
//        node scripts/suites-not-run.mjs --can-run test:browser   (exit 0 if this machine can run it, else 1)
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const has = (command, args) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const suites = [
  {
    name: "test:notebook",
    what: "executes docs/notebooks on Deno's Jupyter kernel",
    needs: "jupyter nbconvert (Debian: jupyter-nbconvert python3-nbclient jupyter-client)",
    ready: () => has("jupyter", ["nbconvert", "--version"]),
  },
  {
    name: "test:browser",
    what: "loads the built package in headless Chromium",
    needs: `Chromium at ${chromium} (Debian: chromium)`,
    ready: () => existsSync(chromium),
  },
];

const asked = process.argv.indexOf("--can-run");
if (asked !== -1) {
  const suite = suites.find((candidate) => candidate.name === process.argv[asked + 1]);
  if (suite === undefined) {
    console.error(
      `unknown suite: ${String(process.argv[asked + 1])} (known: ${suites.map((s) => s.name).join(", ")})`,
    );
    process.exit(2);
  }
  if (suite.ready()) process.exit(0);
  console.log(`this machine lacks ${suite.needs}`);
  process.exit(1);
}
console.log(
  "not run by npm test: npm run test:fuzz (the long fuzz run, 100,000 generated calls; npm test makes 5,000) — " +
    "needs only Node, takes minutes; .ci/run runs it",
);
for (const suite of suites) {
  console.log(
    `not run by npm test: npm run ${suite.name} (${suite.what}) — ` +
      (suite.ready() ? "this machine can run it" : `this machine lacks ${suite.needs}; .ci/run installs it`),
  );
}

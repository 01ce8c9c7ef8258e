// The import graph of src/, checked on every `npm test`:
// - no cycle between files (type-only imports excepted: they vanish at run time);
// - a module imports at run time only the modules it may depend on (docs/architecture.md, "Module map"); type-only
//   imports may point anywhere but into private files;
// - a private `_` file is imported only from inside its own module.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const SRC = resolve(new URL("..", import.meta.url).pathname, "src");

// Which modules each module may import (besides itself). The root index.ts may import every module but the
// subpaths of package.json "exports": what they hold is paid for only by those who import them.
const SUBPATHS = ["audit", "datasets", "ingest", "report"];
const ALLOWED = {
  core: [],
  catalog: ["core"],
  model: ["core", "catalog"],
  governance: ["core", "catalog", "model"],
  evaluation: ["core", "catalog", "model"],
  monitoring: ["core", "catalog", "model", "evaluation"],
  demography: ["core", "catalog", "model"],
  finance: ["core", "catalog", "model"],
  audit: ["core", "catalog", "model", "governance", "evaluation", "monitoring", "demography", "finance"],
  report: [
    "core",
    "catalog",
    "model",
    "governance",
    "evaluation",
    "monitoring",
    "demography",
    "finance",
    "audit",
  ],
  ingest: [
    "core",
    "catalog",
    "model",
    "governance",
    "evaluation",
    "monitoring",
    "demography",
    "finance",
    "audit",
  ],
  datasets: ["core", "catalog", "model", "governance", "evaluation", "monitoring", "demography", "finance"],
};

const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join(SRC, name));

const moduleOf = (file) => {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? "(root)" : parts[0];
};
const isPrivate = (file) => file.split(sep).at(-1).startsWith("_");

// `import … from "x"`, `export … from "x"`, `import "x"`, and whether the statement is type-only.
const STATEMENT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;

const problems = [];
const edges = new Map();
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const targets = [];
  for (const [, , typeOnly, specifier] of text.matchAll(STATEMENT)) {
    if (!specifier.startsWith(".")) continue;
    const target = resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
    const from = moduleOf(file);
    const to = moduleOf(target);
    const where = `${relative(SRC, file)} → ${relative(SRC, target)}`;
    if (from !== to && isPrivate(target)) problems.push(`private file of another module: ${where}`);
    // A type-only import vanishes at run time: a catalogue may be typed with a model's input type.
    if (!typeOnly && from !== "(root)" && from !== to && !(ALLOWED[from] ?? []).includes(to)) {
      problems.push(`${from}/ may not import ${to}/: ${where}`);
    }
    if (!typeOnly && from === "(root)" && SUBPATHS.includes(to)) {
      problems.push(`the root entry may not import the subpath ${to}/: ${where}`);
    }
    if (!typeOnly) targets.push(target);
  }
  edges.set(file, targets);
}

// Cycles: depth-first search with colours.
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, "open");
  stack.push(file);
  for (const next of edges.get(file) ?? []) {
    if (state.get(next) === "open") {
      const cycle = stack
        .slice(stack.indexOf(next))
        .concat(next)
        .map((f) => relative(SRC, f));
      problems.push(`import cycle: ${cycle.join(" → ")}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, "done");
}
for (const file of files) if (!state.has(file)) visit(file);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} import problem(s)`);
  process.exit(1);
}
console.log(
  `import graph of ${files.length} files: no cycle, every arrow allowed, no private file crosses a module`,
);

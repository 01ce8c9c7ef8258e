// docs/errors.md, generated from the table of messages (src/core/messages/*.ts): every code, its meaning (the TSDoc
// line above its entry), both messages (with their parameters as {placeholders}), and the public functions that
// raise it (found by reading which source files use the entry and which public functions reach those files).
// `npm run docs:errors` writes the file; test/core/message-tables.test.ts fails when it is out of date.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const TABLES = join(SRC, "core", "messages");

/** One entry of a message table. */
export interface TableEntry {
  readonly table: string;
  readonly exportName: string;
  readonly code: string | null;
  readonly severity: string | null;
  readonly meaning: string;
  readonly en: string;
  readonly it: string;
}

// Parameters rendered as {name}: a value that prints as "{name}", whose `it` and `en` (labelled parameters) print the
// same placeholder, and whose other properties are placeholders too ({part.name}).
function placeholder(path: string): unknown {
  const text = `{${path}}`;
  return new Proxy(Object.create(null) as object, {
    get(_target, key) {
      if (key === Symbol.toPrimitive) return () => text;
      if (key === "toString" || key === "valueOf") return () => text;
      if (key === "it" || key === "en") return text;
      if (typeof key !== "string") return undefined;
      return placeholder(path === "" ? key : `${path}.${key}`);
    },
  });
}

function placeholders(): unknown {
  return placeholder("");
}

function meanings(source: string): Map<string, string> {
  const found = new Map<string, string>();
  // A doc comment is the last /** … */ before the export, and holds no "*/" of its own.
  for (const match of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const (\w+)/g)) {
    const text = (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\*\s?/, "").trim())
      .filter((line) => line !== "" && !line.startsWith("@"))
      .join(" ");
    found.set(match[2] ?? "", text);
  }
  return found;
}

/** Every entry of every table, in file order. */
export async function readTables(): Promise<TableEntry[]> {
  const entries: TableEntry[] = [];
  for (const file of readdirSync(TABLES)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    const table = file.replace(/\.ts$/, "");
    const path = join(TABLES, file);
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const source = readFileSync(path, "utf8");
    const meaningOf = meanings(source);
    // In the order of the file (a module namespace lists its exports alphabetically).
    const order = [...source.matchAll(/^export const (\w+)/gm)].map((match) => match[1] ?? "");
    for (const exportName of order) {
      const value = module[exportName];
      const entry = value as { code?: unknown; severity?: unknown; render?: unknown };
      if (typeof entry.render !== "function") continue;
      let text: { it: string; en: string } | undefined;
      try {
        text = (entry.render as (params: unknown) => { it: string; en: string } | undefined)(placeholders());
      } catch {
        text = undefined;
      }
      // A message whose wording depends on a parameter's value (which problem, which kind) has no single text.
      const varies = `(the text depends on the case: see src/core/messages/${table}.ts)`;
      entries.push({
        table,
        exportName,
        code: typeof entry.code === "string" ? entry.code : null,
        severity: typeof entry.severity === "string" ? entry.severity : null,
        meaning: meaningOf.get(exportName) ?? "",
        en: text === undefined ? varies : text.en,
        it: text === undefined ? varies : text.it,
      });
    }
  }
  return entries;
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(SRC, name));
}

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;
const TABLE_IMPORT = /import\s+\*\s+as\s+(\w+)\s+from\s+["']([^"']*messages\/(\w+)\.js)["']/g;

/** For each "table.export" entry, the source files (outside the tables) that use it. */
export function usesOfEntries(): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const file of sourceFiles()) {
    if (file.startsWith(TABLES + sep)) continue;
    const text = readFileSync(file, "utf8");
    for (const [, alias, , table] of text.matchAll(TABLE_IMPORT)) {
      for (const [, name] of text.matchAll(new RegExp(`\\b${alias ?? ""}\\.(\\w+)`, "g"))) {
        const key = `${table ?? ""}.${name ?? ""}`;
        const set = uses.get(key) ?? new Set<string>();
        set.add(file);
        uses.set(key, set);
      }
    }
  }
  return uses;
}

// Which public functions may raise what a file raises: its own public functions and, transitively, those of the
// files that import it (an over-approximation: a caller may avoid the path that raises).
function publicReach(publicNames: ReadonlySet<string>): (file: string) => Set<string> {
  const importers = new Map<string, Set<string>>();
  const exported = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const text = readFileSync(file, "utf8");
    exported.set(
      file,
      [...text.matchAll(/^export (?:async )?function (\w+)/gm)]
        .map((match) => match[1] ?? "")
        .filter((name) => publicNames.has(name)),
    );
    for (const [, specifier] of text.matchAll(IMPORT)) {
      if (specifier === undefined || !specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
      const set = importers.get(target) ?? new Set<string>();
      set.add(file);
      importers.set(target, set);
    }
  }
  return (start) => {
    const found = new Set<string>();
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift() ?? "";
      const own = file.endsWith(`${sep}index.ts`) ? [] : (exported.get(file) ?? []);
      for (const name of own) found.add(name);
      for (const importer of importers.get(file) ?? []) {
        if (!seen.has(importer) && !importer.endsWith(`${sep}index.ts`)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return found;
  };
}

const MAX_LISTED = 10;

function escape(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** The text of docs/errors.md. */
export async function errorsDoc(): Promise<string> {
  const entries = await readTables();
  // The public functions: the root's and those of the subpath entries (piano-di-zona/audit, /ingest, /report).
  const names = new Set<string>();
  for (const entry of [
    "index.ts",
    join("audit", "index.ts"),
    join("ingest", "index.ts"),
    join("report", "index.ts"),
  ]) {
    const exported = (await import(pathToFileURL(join(SRC, entry)).href)) as Record<string, unknown>;
    for (const name of Object.keys(exported)) names.add(name);
  }
  const reach = publicReach(names);
  const uses = usesOfEntries();
  const lines: string[] = [
    "# Error and finding codes",
    "",
    "<!-- Generated by `npm run docs:errors` from src/core/messages/*.ts: edit the tables, not this file. -->",
    "",
    "Every `PdzError`, validation issue and finding of the library carries one of these codes. Codes are stable,",
    "snake_case and part of the API; messages are for people and may improve. `{name}` stands for a parameter",
    "filled in when the message is built. Findings have a fixed severity; errors have none.",
    "",
  ];
  const codes = entries.filter((entry) => entry.code !== null);
  lines.push(
    `${String(codes.length)} codes in ${String(new Set(codes.map((e) => e.table)).size)} tables.`,
    "",
  );
  for (const table of [...new Set(codes.map((entry) => entry.table))]) {
    lines.push(
      `## ${table}`,
      "",
      "| code | kind | meaning | English | Italian | may be raised by |",
      "|---|---|---|---|---|---|",
    );
    for (const entry of codes.filter((e) => e.table === table)) {
      const functions = new Set<string>();
      for (const file of uses.get(`${entry.table}.${entry.exportName}`) ?? []) {
        for (const name of reach(file)) functions.add(name);
      }
      const sorted = [...functions].sort();
      const shown =
        sorted.length > MAX_LISTED
          ? `${sorted
              .slice(0, MAX_LISTED)
              .map((n) => `\`${n}\``)
              .join(", ")} and ${String(sorted.length - MAX_LISTED)} more`
          : sorted.map((n) => `\`${n}\``).join(", ");
      lines.push(
        `| \`${entry.code ?? ""}\` | ${entry.severity === null ? "error" : `finding (${entry.severity})`} | ${escape(entry.meaning)} | ${escape(entry.en)} | ${escape(entry.it)} | ${shown || "—"} |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

export const ERRORS_DOC = join(ROOT, "docs", "errors.md");

// Run as a script: write the file.
if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(ERRORS_DOC, await errorsDoc());
  console.log(`wrote ${relative(ROOT, ERRORS_DOC)}`);
}

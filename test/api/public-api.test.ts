/**
 * The public API is a decision, not a side effect: every name each entry point exports, with its kind, is compared
 * with the committed list in public-api.txt. Adding or removing a name fails this test until the list is updated
 * (`npx vitest run test/api -u`) and the change is recorded in the CHANGELOG.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const ENTRIES = {
  "piano-di-zona": "src/index.ts",
  "piano-di-zona/audit": "src/audit/index.ts",
  "piano-di-zona/datasets": "src/datasets/index.ts",
  "piano-di-zona/ingest": "src/ingest/index.ts",
  "piano-di-zona/report": "src/report/index.ts",
} as const;

function kindOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const flags = target.flags;
  const kinds: string[] = [];
  if (flags & ts.SymbolFlags.Function) kinds.push("function");
  if (flags & ts.SymbolFlags.Class) kinds.push("class");
  if (flags & (ts.SymbolFlags.BlockScopedVariable | ts.SymbolFlags.FunctionScopedVariable))
    kinds.push("const");
  if (flags & ts.SymbolFlags.Interface) kinds.push("interface");
  if (flags & ts.SymbolFlags.TypeAlias) kinds.push("type");
  if (flags & ts.SymbolFlags.Enum) kinds.push("enum");
  if (flags & ts.SymbolFlags.Namespace) kinds.push("namespace");
  return kinds.join("+") || "other";
}

function publicApi(): string {
  const files = Object.values(ENTRIES).map((file) => join(ROOT, file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(join(ROOT, file));
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`cannot read ${file}`);
    const exports = checker.getExportsOfModule(symbol).map((s) => `${kindOf(s, checker)} ${s.getName()}`);
    lines.push(
      `# ${entry} (${String(exports.length)} names)`,
      ...exports.sort((a, b) => {
        const [, nameA = ""] = a.split(" ");
        const [, nameB = ""] = b.split(" ");
        return nameA.localeCompare(nameB, "en");
      }),
      "",
    );
  }
  return lines.join("\n");
}

describe("public API", () => {
  // Building a TypeScript program of the whole library takes a few seconds, more on a loaded machine.
  it("names exactly the committed list of exports, with their kinds", { timeout: 120_000 }, async () => {
    await expect(publicApi()).toMatchFileSnapshot("public-api.txt");
  });
});

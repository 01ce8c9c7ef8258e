// What the TSDoc of each exported function promises about errors: "never throws", and the codes of `@throws` and of
// its examples (`//=> throws code`). Read from the sources with plain text scanning: fast, and independent of the
// compiler's view of types.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface FunctionDoc {
  readonly name: string;
  readonly file: string;
  /** The TSDoc says "never throws" (any case). */
  readonly neverThrows: boolean;
  /** Codes named in backquotes in `@throws` tags, and after `//=> throws` in examples. */
  readonly codes: readonly string[];
  /** Functions whose codes a `@throws … as {@link other}` tag inherits. */
  readonly inherits: readonly string[];
  /** The function is a type guard (its return type is `x is T`). */
  readonly typeGuard: boolean;
}

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files;
}

// A TSDoc block immediately followed by an exported function or const (arrow functions are functions too).
const DOCUMENTED_EXPORT =
  /\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*export\s+(?:async\s+)?(?:function\*?\s+|const\s+)([A-Za-z_$][\w$]*)([^{;]*)/g;

/** Every documented export of the sources under `srcRoot`, by name. */
export function readFunctionDocs(srcRoot: string): Map<string, FunctionDoc> {
  const docs = new Map<string, FunctionDoc>();
  for (const file of sourceFiles(srcRoot)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(DOCUMENTED_EXPORT)) {
      const body = match[1] ?? "";
      const name = match[2] ?? "";
      const codes = new Set<string>();
      const inherits: string[] = [];
      // Each @throws tag runs until the next tag.
      for (const tag of body.matchAll(/@throws([\s\S]*?)(?=\n\s*\*\s*@|$)/g)) {
        const tagText = tag[1] ?? "";
        for (const code of tagText.matchAll(/`([a-z][a-z0-9_-]*)`/g)) codes.add(code[1] ?? "");
        for (const other of tagText.matchAll(/\bas\s+\{@link\s+([A-Za-z_$][\w$]*)\}/g))
          inherits.push(other[1] ?? "");
      }
      for (const example of body.matchAll(/\/\/=>\s*throws\s+([a-z][a-z0-9_-]*)/g))
        codes.add(example[1] ?? "");
      docs.set(name, {
        name,
        file,
        neverThrows: /never throws/i.test(body),
        codes: [...codes],
        inherits,
        typeGuard: /\)\s*:\s*[A-Za-z_$][\w$]*\s+is\s/.test(match[3] ?? ""),
      });
    }
  }
  return docs;
}

/** The codes a function documents, following `as {@link other}` references. */
export function documentedCodes(
  docs: ReadonlyMap<string, FunctionDoc>,
  name: string,
  seen = new Set<string>(),
): Set<string> {
  const codes = new Set<string>();
  const doc = docs.get(name);
  if (doc === undefined || seen.has(name)) return codes;
  seen.add(name);
  for (const code of doc.codes) codes.add(code);
  for (const other of doc.inherits) for (const code of documentedCodes(docs, other, seen)) codes.add(code);
  return codes;
}

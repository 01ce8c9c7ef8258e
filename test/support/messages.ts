// The codes of the library's message tables (src/core/messages/*.ts), loaded from the files themselves so that a
// table added by a module is picked up without touching the tests.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface MessageCodes {
  /** Codes of errors (entries without a severity). */
  readonly errors: ReadonlySet<string>;
  /** Codes of findings, with their severity. */
  readonly findings: ReadonlyMap<string, string>;
}

export async function loadMessageCodes(srcRoot: string): Promise<MessageCodes> {
  const directory = join(srcRoot, "core", "messages");
  const errors = new Set<string>();
  const findings = new Map<string, string>();
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    const table = (await import(pathToFileURL(join(directory, file)).href)) as Record<string, unknown>;
    for (const entry of Object.values(table)) {
      if (typeof entry !== "object" || entry === null) continue;
      const { code, render, severity } = entry as { code?: unknown; render?: unknown; severity?: unknown };
      if (typeof code !== "string" || typeof render !== "function") continue;
      if (typeof severity === "string") findings.set(code, severity);
      else errors.add(code);
    }
  }
  return { errors, findings };
}

/**
 * The table of messages is the one source of truth for codes: every entry is well formed and raised somewhere,
 * codes are unique and snake_case, no error is built outside it, and docs/errors.md is the table's current rendering.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ERRORS_DOC, ROOT, errorsDoc, readTables, usesOfEntries } from "../../scripts/errors-doc.js";

const entries = await readTables();
const codes = entries.filter((entry) => entry.code !== null);

describe("message tables", () => {
  it("name each entry after its code, in snake_case, once across all tables", () => {
    for (const entry of codes) {
      expect(entry.code).toBe(entry.exportName);
      expect(entry.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
    }
    expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
  });

  it("give every entry a meaning and a message in both languages", () => {
    for (const entry of entries) {
      expect(entry.en.trim(), `${entry.table}.${entry.exportName} en`).not.toBe("");
      expect(entry.it.trim(), `${entry.table}.${entry.exportName} it`).not.toBe("");
      if (entry.code !== null) expect(entry.meaning, `${entry.table}.${entry.exportName}`).not.toBe("");
    }
  });

  it("give findings a severity among error, warning and info", () => {
    for (const entry of codes) {
      if (entry.severity !== null) expect(["error", "warning", "info"]).toContain(entry.severity);
    }
  });

  it("have every entry used by the library (a code in the table is raised somewhere)", () => {
    const uses = usesOfEntries();
    const unused = entries
      .map((entry) => `${entry.table}.${entry.exportName}`)
      .filter((key) => (uses.get(key)?.size ?? 0) === 0);
    expect(unused).toEqual([]);
  });

  it("are the only place errors are made: no PdzError is built from a literal code outside the core", () => {
    const src = join(ROOT, "src");
    const offenders = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !name.startsWith("core"))
      .filter((name) => /new PdzError\(\s*\{\s*code:\s*["']/.test(readFileSync(join(src, name), "utf8")))
      .map((name) => relative(ROOT, join(src, name)));
    expect(offenders).toEqual([]);
  });

  it(
    "are rendered in docs/errors.md as they are now (run `npm run docs:errors` after a change)",
    { timeout: 120_000 },
    async () => {
      expect(readFileSync(ERRORS_DOC, "utf8")).toBe(await errorsDoc());
    },
  );
});

/**
 * Runs every `@example` of the public TSDoc as a test, so that the documentation cannot drift from the code.
 *
 * Conventions inside an example's ```ts block:
 * - `expression //=> literal` asserts that the expression deep-equals the JavaScript literal;
 * - `expression //=> throws some_code` asserts that it throws a PdzError with that code;
 * - imports from "piano-di-zona" and its subpaths resolve to the sources.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runDocCode } from "../support/doc-code.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

interface Example {
  readonly file: string;
  readonly symbol: string;
  readonly code: string;
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(SRC, name))
    .sort();
}

const DOC_COMMENT =
  /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type)?\s*([A-Za-z0-9_$]*)/g;

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const found: Example[] = [];
  for (const match of text.matchAll(DOC_COMMENT)) {
    const body = (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    for (const block of body.matchAll(/@example\s*\n```ts\n([\s\S]*?)```/g)) {
      found.push({ file: relative(SRC, file), symbol: match[2] ?? "?", code: block[1] ?? "" });
    }
  }
  return found;
}

function run(example: Example): void {
  runDocCode(example.code, "examples");
}

const all = sourceFiles().flatMap(examplesOf);

describe("TSDoc examples", () => {
  it("exist", () => {
    expect(all.length).toBeGreaterThan(10);
  });
  for (const example of all) {
    it(`${example.file} › ${example.symbol}`, () => {
      expect(example.code).toContain("//=>");
      run(example);
    });
  }
});

describe("TSDoc coverage", () => {
  it("every exported function and class has an @example", () => {
    const missing: string[] = [];
    // Internal helpers (files starting with "_", and functions documented @internal) are not public API.
    for (const file of sourceFiles().filter((name) => !/[/\\]_[^/\\]*$/.test(name))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/^export (?:function|class) ([A-Za-z0-9_]+)/gm)) {
        const before = text.slice(0, match.index);
        const doc = before.slice(before.lastIndexOf("/**"));
        const internal = before.trimEnd().endsWith("*/") && doc.includes("@internal");
        const documented = before.trimEnd().endsWith("*/") && doc.includes("@example");
        if (internal) continue;
        if (!documented) missing.push(`${relative(SRC, file)} › ${match[1] ?? "?"}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/**
 * Runs docs/guide-ingest.md: its ```ts blocks, in order, as one program (each `expression; //=> literal` asserts that
 * the expression deep-equals the literal, as in the TSDoc examples), and checks that the terminal view it shows is
 * what `formatIngestResult` prints. Imports from "piano-di-zona" and its subpaths resolve to the sources.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDocCode, type DocCodeRun } from "../support/doc-code.js";

const GUIDE = readFileSync(join(import.meta.dirname, "..", "..", "docs", "guide-ingest.md"), "utf8");

function blocks(language: string): string[] {
  return [...GUIDE.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map(
    (match) => match[1] ?? "",
  );
}

function run(code: string): DocCodeRun {
  return runDocCode(code, "the guide");
}

describe("docs/guide-ingest.md", () => {
  it("runs every ts block, and every value it shows is what the library returns", () => {
    const code = blocks("ts");
    expect(code.length).toBeGreaterThanOrEqual(6);
    const { checked } = run(code.join("\n"));
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("shows the terminal view formatIngestResult prints", () => {
    const { printed } = run(blocks("ts").join("\n"));
    const [shown] = blocks("text");
    const lines = (shown ?? "").split("\n").filter((line) => line !== "" && line !== "…");
    const output = (printed[0] ?? "").split("\n").filter((line) => line !== "");
    expect(lines.length).toBeGreaterThan(5);
    expect(output.slice(0, lines.length)).toEqual(lines);
  });

  it("quotes the seed it cites, line for line", () => {
    // The excerpt is seed 004 L982-1004 (tests read the seeds from ../shared/seeds when they are there).
    const seed = join(import.meta.dirname, "..", "..", "..", "shared", "seeds", "004_2ecec35424157ec7.txt");
    let text: string;
    try {
      text = readFileSync(
        process.env["PDZ_SEEDS"] ? join(process.env["PDZ_SEEDS"], "004_2ecec35424157ec7.txt") : seed,
        "utf8",
      );
    } catch {
      return;
    }
    const excerpt = text.split("\n").slice(981, 1004);
    const [first] = blocks("ts");
    const quoted = [...(first ?? "").matchAll(/^ {2}(".*"),$/gm)].map(
      (match) => JSON.parse(match[1] ?? "") as string,
    );
    expect(quoted).toEqual(excerpt);
  });
});

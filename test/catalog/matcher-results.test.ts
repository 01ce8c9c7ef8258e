// The matchers keep, line for line, what they returned in 0.1.0 on the five seeds (warning codes aside, now
// snake_case): the fixture holds a hash of every line's results per seed and matcher, and a sample of lines with
// their full results, which is checked even where the seeds are not beside the checkout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalResults,
  MATCHERS,
  readSeeds,
  warningMessages,
  type Sample,
} from "./fixtures/matcher-results.js";

interface Header {
  readonly recordedAt: string;
  readonly seeds: readonly {
    readonly name: string;
    readonly lines: number;
    readonly hashes: Readonly<Record<string, string>>;
  }[];
  readonly warningMessages: Readonly<Record<string, readonly [string, string]>>;
}

const [headerLine = "", ...sampleLines] = readFileSync(
  join(import.meta.dirname, "fixtures", "matchers-0.1.0.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line !== "");
const header = JSON.parse(headerLine) as Header;
const samples = sampleLines.map((line) => JSON.parse(line) as Sample);
const seeds = readSeeds();

describe("the matchers' results on the seeds, as in 0.1.0", () => {
  it("keep every sampled line's results", () => {
    expect(samples.length).toBeGreaterThan(300);
    for (const sample of samples) {
      for (const { name, run } of MATCHERS) {
        expect([sample.seed, sample.line, name, run(sample.text)]).toEqual([
          sample.seed,
          sample.line,
          name,
          sample.results[name],
        ]);
      }
    }
  });

  it("keep the warnings' messages", () => {
    expect(warningMessages()).toEqual(header.warningMessages);
  });

  it.skipIf(seeds === null).each(header.seeds.map((seed) => [seed.name, seed] as const))(
    "keep the results of every line of %s",
    (name, recorded) => {
      const seed = seeds?.find((candidate) => candidate.name === name);
      expect(seed?.lines.length).toBe(recorded.lines);
      const hashes = Object.fromEntries(
        MATCHERS.map((matcher) => [matcher.name, canonicalResults(matcher.name, seed?.lines ?? [])]),
      );
      expect(hashes).toEqual(recorded.hashes);
    },
  );
});

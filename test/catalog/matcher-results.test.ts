// The matchers keep, line for line, what they returned in 0.1.0 on the five seeds (warning codes aside, now
// snake_case): the fixture holds a hash of every line's results per seed and matcher, and a sample of lines with
// their full results, which is checked even where the seeds are not beside the checkout. The only results that
// differ are those of the funds added since (changes-since-0.1.0.ts): each is checked as it is now, then hashed as
// it was recorded.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGES_SINCE_0_1_0 } from "./fixtures/changes-since-0.1.0.js";
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

function changeAt(seed: string, line: number, matcher: string) {
  return CHANGES_SINCE_0_1_0.find(
    (change) => change.seed === seed && change.line === line && change.matcher === matcher,
  );
}

describe("the matchers' results on the seeds, as in 0.1.0", () => {
  it("keep every sampled line's results", () => {
    expect(samples.length).toBeGreaterThan(300);
    for (const sample of samples) {
      for (const { name, run } of MATCHERS) {
        const change = changeAt(sample.seed, sample.line, name);
        expect([sample.seed, sample.line, name, run(sample.text)]).toEqual([
          sample.seed,
          sample.line,
          name,
          change === undefined ? sample.results[name] : change.after,
        ]);
      }
    }
  });

  it("differ only where a fund added since is named", () => {
    expect(CHANGES_SINCE_0_1_0.map((change) => `${change.seed}:${String(change.line)}`)).toHaveLength(10);
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
        MATCHERS.map((matcher) => [
          matcher.name,
          canonicalResults(matcher.name, seed?.lines ?? [], (line, result) => {
            const change = changeAt(name, line, matcher.name);
            if (change === undefined) return result;
            expect(result).toEqual(change.after);
            return change.before;
          }),
        ]),
      );
      expect(hashes).toEqual(recorded.hashes);
    },
  );
});

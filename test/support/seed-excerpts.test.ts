// The excerpts of the seeds that the tests of issue 12 use, checked against the seeds themselves: every printed grade,
// theme, criterion and general objective is found verbatim at the lines it cites (± 2 lines, spaces collapsed, as the
// PDF-to-text edition breaks lines). Skipped, saying so, where the seeds are not beside the checkout.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_EVALUATION_EXCERPT,
  ALTO_MILANESE_SCORED_SYSTEM_EXCERPT,
  BUSTO_ARSIZIO_EVALUATION_EXCERPT,
  LEGACY_PLAN_EXCERPT,
  SEBINO_EVALUATION_EXCERPT,
} from "./seed-excerpts.js";

const folder = process.env["PDZ_SEEDS"] ?? join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const present = existsSync(folder);

function seed(prefix: string): readonly string[] {
  const name = readdirSync(folder).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(folder, name), "utf8").split("\n");
}

const collapse = (text: string): string =>
  text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The text's verbatim pieces (split at " … ", where the encoders abridged) are all in the lines ± 2. */
function foundAt(lines: readonly string[], text: string, [first, last]: readonly [number, number]): boolean {
  const passage = collapse(lines.slice(Math.max(0, first - 3), last + 2).join(" "));
  return text.split(" … ").every((piece) => passage.includes(collapse(piece)));
}

describe.skipIf(!present)("the seed excerpts of issue 12 (seeds beside the checkout)", () => {
  it.each([
    ["001", BUSTO_ARSIZIO_EVALUATION_EXCERPT],
    ["004", ALTO_MILANESE_EVALUATION_EXCERPT],
  ] as const)("print every grade of seed %s where they say", (prefix, excerpt) => {
    const lines = seed(prefix);
    const grades = excerpt.objectives.flatMap((objective) => [
      ...("grade" in objective ? [objective.grade] : []),
      ...("parts" in objective ? objective.parts.map((part) => part.grade) : []),
    ]);
    expect(grades.length).toBeGreaterThan(0);
    for (const grade of grades) expect(foundAt(lines, grade.text, grade.lines), grade.text).toBe(true);
    for (const objective of excerpt.objectives) {
      expect(foundAt(lines, objective.title, objective.source.lines), objective.title).toBe(true);
    }
  });

  it("print Sebino's themes and verdict where they say (seed 002)", () => {
    const lines = seed("002");
    for (const theme of SEBINO_EVALUATION_EXCERPT.narrative.themes) {
      expect(foundAt(lines, theme.title, theme.lines), theme.title).toBe(true);
      expect(foundAt(lines, theme.outcomeText, theme.outcomeLines), theme.outcomeText).toBe(true);
    }
    const verdict = SEBINO_EVALUATION_EXCERPT.statedOverallGrade;
    expect(foundAt(lines, verdict.text, verdict.lines)).toBe(true);
  });

  it("print Alto Milanese's criteria where they say (seed 004)", () => {
    const lines = seed("004");
    for (const criterion of ALTO_MILANESE_SCORED_SYSTEM_EXCERPT.criteria) {
      expect(foundAt(lines, criterion.title, criterion.lines), criterion.title).toBe(true);
    }
  });

  it("print the 2015-2017 plan's period and objectives where they say (seed 003)", () => {
    const lines = seed("003");
    expect(foundAt(lines, LEGACY_PLAN_EXCERPT.period.text, [3, 3])).toBe(true);
    for (const objective of LEGACY_PLAN_EXCERPT.generalObjectives) {
      expect(foundAt(lines, objective.title, objective.lines), objective.title).toBe(true);
    }
  });
});

describe.runIf(!present)("the seed excerpts of issue 12 (no seeds)", () => {
  it("are not checked: the seeds are not beside the checkout (set PDZ_SEEDS)", () => {
    expect(present).toBe(false);
  });
});

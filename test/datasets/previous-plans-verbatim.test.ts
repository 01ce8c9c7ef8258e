// The evaluations of the previous plans, the scored system and the 2015-2017 plan in the datasets, checked against the
// seeds themselves: every printed grade, title, theme, criterion and general objective is found verbatim at the lines
// it cites (± 2 lines, spaces collapsed, as the
// PDF-to-text edition breaks lines). Skipped, saying so, where the seeds are not beside the checkout.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_EVALUATION_2021_2023,
  ALTO_MILANESE_SCORED_EVALUATION_SYSTEM,
  BUSTO_ARSIZIO_EVALUATION_2021_2024,
  MEDIO_OLONA_PLAN_2015_2017,
  SEBINO_EVALUATION_2021_2023,
} from "../../src/datasets/index.js";

const folder = process.env["PDZ_SEEDS"] ?? join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const present = existsSync(folder);

function seed(prefix: string): readonly string[] {
  const name = readdirSync(folder).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(folder, name), "utf8").split("\n");
}

const collapse = (text: string): string =>
  text
    .replace(/<\/?[a-z][^>]*>/gi, " ") // HTML tags, not "<100%"
    .replace(/\s+/g, " ")
    .trim();

/** The text's verbatim pieces (split at " … ", where the text is abridged) are all in the lines ± 2. */
function foundAt(lines: readonly string[], text: string, range: readonly number[]): boolean {
  const [first = 0, last = first] = range;
  const passage = collapse(lines.slice(Math.max(0, first - 3), last + 2).join(" "));
  return text.split(" … ").every((piece) => passage.includes(collapse(piece)));
}

describe.skipIf(!present)("the previous plans in the datasets (seeds beside the checkout)", () => {
  it.each([
    ["001", BUSTO_ARSIZIO_EVALUATION_2021_2024, 9],
    ["004", ALTO_MILANESE_EVALUATION_2021_2023, 9],
  ] as const)("print every grade of seed %s where they say", (prefix, evaluation, count) => {
    const lines = seed(prefix);
    const grades = evaluation.objectives.flatMap((objective) => [
      ...(objective.grade === undefined ? [] : [objective.grade]),
      ...(objective.parts ?? []).flatMap((part) => (part.grade === undefined ? [] : [part.grade])),
    ]);
    expect(grades).toHaveLength(count);
    for (const grade of grades) expect(foundAt(lines, grade.text, grade.lines!), grade.text).toBe(true);
    for (const objective of evaluation.objectives) {
      expect(foundAt(lines, objective.title, objective.source!.lines), objective.title).toBe(true);
      for (const text of [
        objective.criticalIssues,
        objective.usersEvaluation,
        objective.adequacy?.text,
        objective.coincidence?.text,
        objective.positiveChange?.motivation,
        objective.continuityWithPrevious?.motivation,
        objective.reproposed?.motivation,
      ]) {
        if (text !== undefined) expect(foundAt(lines, text, objective.source!.lines), text).toBe(true);
      }
    }
  });

  it("print Sebino's themes and verdict where they say (seed 002)", () => {
    const lines = seed("002");
    const themes = SEBINO_EVALUATION_2021_2023.narrative?.themes ?? [];
    expect(themes).toHaveLength(4);
    for (const theme of themes) {
      expect(foundAt(lines, theme.title, theme.lines!), theme.title).toBe(true);
      expect(foundAt(lines, theme.text, theme.lines!), theme.title).toBe(true);
      expect(foundAt(lines, theme.outcomeText!, theme.outcomeLines!), theme.outcomeText).toBe(true);
    }
    const verdict = SEBINO_EVALUATION_2021_2023.statedOverallGrade!;
    expect(foundAt(lines, verdict.text, verdict.lines!)).toBe(true);
  });

  it("print Alto Milanese's criteria where they say (seed 004)", () => {
    const lines = seed("004");
    for (const criterion of ALTO_MILANESE_SCORED_EVALUATION_SYSTEM.criteria) {
      expect(foundAt(lines, criterion.title, criterion.lines!), criterion.title).toBe(true);
    }
  });

  it("print the 2015-2017 plan's period and objectives where they say (seed 003)", () => {
    const lines = seed("003");
    expect(foundAt(lines, MEDIO_OLONA_PLAN_2015_2017.period.text!, [3, 3])).toBe(true);
    for (const objective of MEDIO_OLONA_PLAN_2015_2017.generalObjectives) {
      expect(foundAt(lines, objective.title, objective.lines!), objective.title).toBe(true);
      for (const row of objective.specificObjectives) {
        expect(foundAt(lines, row.title, row.lines!), row.title).toBe(true);
      }
    }
  });
});

describe.runIf(!present)("the previous plans in the datasets (no seeds)", () => {
  it("are not checked: the seeds are not beside the checkout (set PDZ_SEEDS)", () => {
    expect(present).toBe(false);
  });
});

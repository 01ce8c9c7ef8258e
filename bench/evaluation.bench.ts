/**
 * The evaluation grid at scale: planAchievement and recomputePlanEvaluation from 10 to 1,000,000 objectives.
 *
 * Each size is measured on its own, its variants interleaved, against a plain float loop that averages the same
 * grades (the baseline of that size). Then the cost per objective of each variant is compared across sizes: a
 * function linear in its input keeps the same cost per objective from 10 to 1,000,000 (ratio ≈ 1; below 1 where
 * a fixed cost is spread over more objectives). Beside them, a floor copies each objective's record during the
 * call: what it costs more per record at 1,000,000 than at 1,000 is the garbage collector's, not an algorithm's; the goal
 * of linearity is read from 100,000 to 1,000,000, past that step.
 *
 * The objectives are Gallarate's 16 (seed 000 L1123-2941) repeated: realistic actions, completions and stated
 * figures, with the document's 14 slips in every 16 objectives. Usage: `npm run bench -- evaluation`.
 */
import { GALLARATE_EVALUATION_2021_2023 as gallarate } from "../src/datasets/index.js";
import { planAchievement, recomputePlanEvaluation } from "../src/index.js";
import { compare, type Measure, recordGoal } from "./harness.js";

const SIZES = [10, 1_000, 100_000, 1_000_000] as const;

interface Row {
  readonly size: number;
  readonly measures: readonly Measure[];
}

const rows: Row[] = [];
for (const size of SIZES) {
  const objectives = Array.from({ length: size }, (_, index) => gallarate.objectives[index % 16]!);
  const evaluation = { period: gallarate.period, objectives };
  const counts = objectives.map((objective) => ({
    planned: objective.actions?.length ?? 0,
    realized: objective.actions?.filter((action) => action.completion.gt(0)).length ?? 0,
  }));
  const actions = objectives.map((objective) => ({ actions: objective.actions ?? [] }));
  // A grid with grades only (Busto Arsizio, Alto Milanese): each objective a printed range or a bare percentage.
  const printed = objectives.map((_objective, index) =>
    index % 3 === 0 ? { grade: { percent: 50 } } : { grade: { range: { from: 80, to: 99 } } },
  );
  const large = size >= 100_000;
  const measures = compare(
    `${size.toLocaleString("en")} objectives`,
    [
      {
        name: "plain float mean of the grades (baseline)",
        run: () => {
          let sum = 0;
          for (const { planned, realized } of counts) sum += (realized * 100) / planned;
          return sum / counts.length;
        },
      },
      {
        // What any function that reads each objective's record as its own copy pays at least: past the young
        // generation, a million small copies alive during the call cost the garbage collector more per copy than
        // a thousand, whatever the algorithm. The copies die when the call returns, as the library's do.
        name: "floor: each record copied during the call",
        run: () => counts.map(({ planned, realized }) => ({ planned, realized })).length,
      },
      { name: "planAchievement, counts", run: () => planAchievement(counts).percent },
      { name: "planAchievement, actions", run: () => planAchievement(actions).percent },
      { name: "planAchievement, printed grades (interval)", run: () => planAchievement(printed).interval },
      // Only the plan's grade is kept between calls: a result of a million objectives holds about 2 GB.
      { name: "recomputePlanEvaluation", run: () => recomputePlanEvaluation(evaluation).achievement.percent },
    ],
    large ? { rounds: 3, roundMs: 1 } : { rounds: 9, roundMs: 60 },
  );
  rows.push({ size, measures });
}

// Cost per objective at each size, and its ratio to the cost per objective at 10 objectives.
const first = rows[0]!;
console.log("\n## cost per objective, and its ratio to the cost per objective at 10 objectives");
console.table(
  first.measures.map((measure, index) => {
    const row: Record<string, string> = { variant: measure.name };
    const base = measure.ns / first.size;
    for (const { size, measures } of rows) {
      const perItem = (measures[index]?.ns ?? 0) / size;
      // Keys that are not array indices, so that the columns keep the order of the sizes.
      row[`n = ${size.toLocaleString("en")}`] = `${perItem.toFixed(0)} ns (${(perItem / base).toFixed(2)}×)`;
    }
    return row;
  }),
);

// Linear means a flat cost per objective: the goal is judged on the largest size against the 1,000-objective run.
// Linear means a flat cost per objective at scale. From 1,000 to 100,000 objectives every variant, the floor too, steps
// up once: a thousand records and their copies live in the young generation, a hundred thousand do not. The goal is
// read past that step, from 100,000 to 1,000,000 (a quadratic algorithm would cost 10× more per objective there),
// and the growth from 1,000 is printed beside it.
const perObjective = (size: number, name: string): number => {
  const row = rows.find((candidate) => candidate.size === size);
  const column = first.measures.findIndex((measure) => measure.name === name);
  return (row?.measures[column]?.ns ?? 0) / size;
};
const FLOOR = "floor: each record copied during the call";
for (const name of ["planAchievement, counts", "recomputePlanEvaluation"]) {
  const growth = perObjective(1_000_000, name) / perObjective(100_000, name);
  const fromThousand = perObjective(1_000_000, name) / perObjective(1_000, name);
  const floorFromThousand = perObjective(1_000_000, FLOOR) / perObjective(1_000, FLOOR);
  recordGoal({
    goal: `${name}: linear in the number of objectives (cost per objective at 1,000,000 against 100,000)`,
    measured:
      `${growth.toFixed(2)}× (from 1,000: ${fromThousand.toFixed(2)}×, where the floor of copying as many records ` +
      `grows ${floorFromThousand.toFixed(2)}×)`,
    met: growth <= 2,
    reproduce: "npm run bench -- evaluation",
  });
}

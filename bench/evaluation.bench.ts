/**
 * The evaluation grid at scale: planAchievement and recomputePlanEvaluation from 10 to 1,000,000 objectives.
 *
 * Each size is measured on its own, its variants interleaved, against a plain float loop that averages the same
 * grades (the baseline of that size). Then the cost per objective of each variant is compared across sizes: a
 * function linear in its input keeps the same cost per objective from 10 to 1,000,000 (ratio ≈ 1; below 1 where
 * a fixed cost is spread over more objectives). Beside them, a floor copies each objective's record and keeps the
 * copies: what it costs more per record at 1,000,000 than at 1,000 is the garbage collector's, not an algorithm's, and
 * the goal of linearity allows for it (as the finance benchmark does).
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
        // What any function that reads each objective's record as its own copy and hands back one entry per
        // objective pays at least: past the young generation, keeping a million small records alive costs the
        // garbage collector more per record than keeping a thousand, whatever the algorithm.
        name: "floor: each record copied and kept",
        run: () => counts.map(({ planned, realized }) => ({ planned, realized })),
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
const at1000 = rows.find((row) => row.size === 1_000);
const largest = rows[rows.length - 1];
if (at1000 !== undefined && largest !== undefined) {
  const growthOf = (name: string): number => {
    const column = first.measures.findIndex((measure) => measure.name === name);
    return (
      (largest.measures[column]?.ns ?? 0) / largest.size / ((at1000.measures[column]?.ns ?? 1) / at1000.size)
    );
  };
  const floorGrowth = growthOf("floor: each record copied and kept");
  for (const name of ["planAchievement, counts", "recomputePlanEvaluation"]) {
    const growth = growthOf(name);
    recordGoal({
      goal: `${name}: linear in the number of objectives (cost per objective at ${largest.size.toLocaleString("en")} against 1,000)`,
      measured: `${growth.toFixed(2)}× the cost per objective at 1,000 (the floor of copying and keeping as many records grows ${floorGrowth.toFixed(2)}×)`,
      met: growth <= 2 * Math.max(1, floorGrowth),
      reproduce: "npm run bench -- evaluation",
    });
  }
}

/**
 * Finance: the exact splits against float arithmetic on a real case, and the cost per item of `allocate`,
 * `percentShares` and `checkFundTable` from 10 to 1,000,000 items — each size measured interleaved with the others in
 * one `compare()`, then printed per item against the 1,000-item run of the same function. Linear means that ratio
 * stays near 1 (0.1.0: `allocate`'s cost per part grew 3.7× from 1,000 to 100,000 parts, and it overflowed the stack
 * from about 125,000). Each size is measured beside a floor, building as many Decimals from text and keeping them:
 * what grows in the floor from 1,000 to 1,000,000 items is the garbage collector's cost of keeping a large result
 * alive, not the algorithm; "per item ÷ floor" staying flat is the algorithm's linearity.
 *
 * Usage: `npm run bench -- finance` (add `--expose-gc` to node to measure with collections between runs).
 */
import { Dec, Decimal } from "../src/core/decimal.js";
import { allocate, checkFundTable, percentShares, socialWorkerLeps, type FundTable } from "../src/index.js";
import { compare, type Measure, recordGoal } from "./harness.js";

// Splitting 1.000.000 € among the 22 comuni of the Alto Milanese by population (seed 004 L247-265): exact
// integer-cent largest remainder against a float split rounded per comune (which does not even sum to the total).
const populations = [
  6824, 2941, 4680, 14042, 12565, 10860, 15031, 8079, 6384, 8444, 60443, 9508, 16902, 644, 28161, 14246, 4795,
  6740, 8341, 7106, 5349, 6222,
];
const sum = populations.reduce((a, b) => a + b, 0);
compare("split 1.000.000 € among 22 comuni by population", [
  {
    name: "float quota rounded to the cent (baseline)",
    run: () => populations.map((p) => Math.round((1_000_000 * p * 100) / sum) / 100),
  },
  { name: "allocate (exact, sums to the total)", run: () => allocate("1000000", populations) },
  { name: "percentShares, 2 decimals (read every share)", run: () => readShares(percentShares(populations)) },
]);

compare("social-worker LEPS of one Ambito", [
  {
    name: "float formula (baseline)",
    run: () => {
      const t65 = 258307 / 6500;
      const t50 = 258307 / 5000;
      const t40 = 258307 / 4000;
      const fte = 60.5;
      return (
        40000 * Math.min(Math.max(fte - t65, 0), t50 - t65) +
        20000 * Math.min(Math.max(fte - t50, 0), t40 - t50)
      );
    },
  },
  {
    name: "socialWorkerLeps (exact fractions, rounded once)",
    run: () => socialWorkerLeps({ population: 258307, fte: "60.5" }),
  },
]);

// Shares build their Decimals when read: reading them all is the fair comparison with a plain loop.
function readShares(shares: readonly { exact: Decimal; rounded: Decimal }[]): number {
  let digits = 0;
  for (const share of shares) digits += share.exact.e + share.rounded.e;
  return digits;
}

const SIZES = [10, 100, 1_000, 10_000, 100_000, 1_000_000];

// Distinct, population-like weights: no two neighbours equal, so no result is shared between parts.
function weightsOf(count: number): number[] {
  return Array.from({ length: count }, (_, index) => ((index * 7919) % 100_000) + 1);
}

// A validated table of `count` amounts: 10 columns (one for 10 amounts), amounts in cents as Decimals, every total
// printed and one column total wrong by its year.
function tableOf(count: number): FundTable {
  const width = Math.min(10, count);
  const columns = Array.from({ length: width }, (_, index) => String(2015 + index));
  const rows = Array.from({ length: count / width }, (_, row) => {
    const amounts = columns.map((_, column) =>
      new Decimal((row * 7919 + column * 104729) % 10_000_000).div(100),
    );
    return { label: `row ${String(row)}`, amounts, statedTotal: amounts.reduce((a, b) => a.plus(b)) };
  });
  const statedColumnTotals = columns.map((_, column) =>
    rows.reduce((total, row) => total.plus(row.amounts[column] ?? 0), new Decimal(0)),
  );
  statedColumnTotals[0] = (statedColumnTotals[0] ?? new Decimal(0)).plus(2015);
  return { columns, rows, statedColumnTotals };
}

// The floor of any function that returns `count` Decimals: building them from text with the library's constructor, as
// the library does, and keeping them in an array. Past the young generation, keeping a million Decimals alive costs
// the garbage collector more per Decimal than keeping a thousand, whatever the algorithm that computes them.
function decimalsFloor(count: number): () => unknown {
  return () => {
    const values = new Array<Decimal>(count);
    for (let index = 0; index < count; index += 1) {
      values[index] = new Dec(`${String((index * 7919) % 100_000_000)}e-2`);
    }
    return values;
  };
}

function perItem(title: string, make: (count: number) => () => unknown, floorPerItem: number): void {
  const variants = SIZES.flatMap((count) => [
    { name: `${count.toLocaleString("en")} items`, run: make(count) },
    {
      name: `floor: ${count.toLocaleString("en")} × ${String(floorPerItem)} Decimals kept`,
      run: decimalsFloor(count * floorPerItem),
    },
  ]);
  const measures = compare(`${title}: one call per size, interleaved with the floor`, variants, {
    rounds: 5,
    roundMs: 150,
  });
  const at = (count: number, floor: boolean): Measure | undefined =>
    measures[SIZES.indexOf(count) * 2 + (floor ? 1 : 0)];
  const reference = (at(1_000, false)?.ns ?? 0) / 1_000;
  const floorReference = (at(1_000, true)?.ns ?? 0) / 1_000;
  const biggest = SIZES[SIZES.length - 1] ?? 1_000;
  const growth = (at(biggest, false)?.ns ?? 0) / biggest / reference;
  const floorGrowth = (at(biggest, true)?.ns ?? 0) / biggest / floorReference;
  recordGoal({
    goal: `${title}: linear in its input (cost per item at ${biggest.toLocaleString("en")} against 1,000)`,
    measured: `${growth.toFixed(2)}× (the floor of keeping as many Decimals grows ${floorGrowth.toFixed(2)}×)`,
    met: growth <= 2 * Math.max(1, floorGrowth),
    reproduce: "npm run bench -- finance",
  });
  console.log(`\n### ${title}: cost per item`);
  console.table(
    SIZES.map((count) => {
      const measure = at(count, false);
      const each = (measure?.ns ?? 0) / count;
      const floor = (at(count, true)?.ns ?? 0) / count;
      return {
        items: count.toLocaleString("en"),
        "per item": `${each.toFixed(0)} ns`,
        "× per item at 1,000": (each / reference).toFixed(2),
        spread: `${((measure?.low ?? 0) / count / reference).toFixed(2)}–${((measure?.high ?? 0) / count / reference).toFixed(2)}`,
        "floor × per item at 1,000": (floor / floorReference).toFixed(2),
        "per item ÷ floor": (each / floor).toFixed(2),
      };
    }),
  );
}

perItem(
  "allocate",
  (count) => {
    const weights = weightsOf(count);
    return () => allocate("98765432.07", weights);
  },
  1,
);

perItem(
  "percentShares (every share read)",
  (count) => {
    const parts = weightsOf(count);
    return () => readShares(percentShares(parts));
  },
  2,
);

// The result is a few findings; the floor is reading the table's Decimals again, as the check must (any value).
perItem(
  "checkFundTable",
  (count) => {
    const table = tableOf(count);
    return () => checkFundTable(table);
  },
  1,
);

import { allocate, percentShares, socialWorkerLeps } from "../src/index.js";
import { nsPerCall, report } from "./harness.js";

// Splitting 1.000.000 € among the 22 comuni of the Alto Milanese by population: exact integer-cent largest
// remainder against a float split rounded per comune (which does not even sum to the total).
const populations = [
  6824, 2941, 4680, 14042, 12565, 10860, 15031, 8079, 6384, 8444, 60443, 9508, 16902, 644, 28161, 14246, 4795,
  6740, 8341, 7106, 5349, 6222,
];
const sum = populations.reduce((a, b) => a + b, 0);
report("split 1.000.000 € among 22 comuni by population", [
  {
    name: "float quota rounded to the cent (baseline)",
    ns: nsPerCall(() => populations.map((p) => Math.round((1_000_000 * p * 100) / sum) / 100)),
  },
  { name: "allocate (exact, sums to the total)", ns: nsPerCall(() => allocate("1000000", populations)) },
  { name: "percentShares, 2 decimals", ns: nsPerCall(() => percentShares(populations)) },
]);

report("social-worker LEPS of one Ambito", [
  {
    name: "float formula (baseline)",
    ns: nsPerCall(() => {
      const t65 = 258307 / 6500;
      const t50 = 258307 / 5000;
      const t40 = 258307 / 4000;
      const fte = 60.5;
      return (
        40000 * Math.min(Math.max(fte - t65, 0), t50 - t65) +
        20000 * Math.min(Math.max(fte - t50, 0), t40 - t50)
      );
    }),
  },
  {
    name: "socialWorkerLeps (exact)",
    ns: nsPerCall(() => socialWorkerLeps({ population: 258307, fte: "60.5" })),
  },
]);

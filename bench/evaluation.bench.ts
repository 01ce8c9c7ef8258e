import { achievementGrade } from "../src/index.js";
import { compare } from "./harness.js";

// Grading one objective of 5 actions: the exact Decimal grade against a plain float computation of the same ratio.
const actions = [100, 100, 50, 80, 0].map((completion) => ({ completion }));
compare("achievement grade of a 5-action objective", [
  {
    name: "plain float ratio (baseline)",
    run: () => (actions.filter((a) => a.completion > 0).length * 100) / actions.length,
  },
  { name: "achievementGrade (exact)", run: () => achievementGrade({ actions }) },
]);

import { achievementGrade } from "../src/index.js";
import { nsPerCall, report } from "./harness.js";

// Grading one objective of 5 actions: the exact Decimal grade against a plain float computation of the same ratio.
const actions = [100, 100, 50, 80, 0].map((completion) => ({ completion }));
report("achievement grade of a 5-action objective", [
  {
    name: "plain float ratio (baseline)",
    ns: nsPerCall(() => (actions.filter((a) => a.completion > 0).length * 100) / actions.length),
  },
  { name: "achievementGrade (exact)", ns: nsPerCall(() => achievementGrade({ actions })) },
]);

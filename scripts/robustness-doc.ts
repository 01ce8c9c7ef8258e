// Writes docs/robustness.md from the fuzz suite and the bad-input matrix (test/fuzz/). Run after changing either:
//   npm run docs:robustness
import { writeFileSync } from "node:fs";
import { ROBUSTNESS_DOC, robustnessDoc } from "../test/fuzz/_robustness-doc.js";

writeFileSync(ROBUSTNESS_DOC, await robustnessDoc());
console.log(`wrote ${ROBUSTNESS_DOC}`);

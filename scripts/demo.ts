/**
 * The main job: the report of a real plan embedded in the library — the ex-post evaluation of the Piano di Zona
 * 2021-2023 of the Ambito di Gallarate, recomputed, with every inconsistency of the document.
 *
 * Usage: npm run demo            (Italian)
 *        npm run demo -- --en    (English)
 */
import { GALLARATE_EVALUATION_2021_2023 } from "../src/datasets/index.js";
import { renderEvaluationReport } from "../src/index.js";

const language = process.argv.includes("--en") ? "en" : "it";
const title =
  language === "it"
    ? "Ambito di Gallarate — valutazione ex post degli obiettivi 2021-2023"
    : "Ambito di Gallarate — ex-post evaluation of the 2021-2023 objectives";
console.log(renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language, title }));

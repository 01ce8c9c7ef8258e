// Imports the built package the way users do, once as ESM and once as CommonJS, and grades an objective with each.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const esm = await import("piano-di-zona");
const cjs = require("piano-di-zona");
const esmDatasets = await import("piano-di-zona/datasets");
const cjsDatasets = require("piano-di-zona/datasets");
const esmAudit = await import("piano-di-zona/audit");
const cjsAudit = require("piano-di-zona/audit");
const esmIngest = await import("piano-di-zona/ingest");
const cjsIngest = require("piano-di-zona/ingest");
const esmReport = await import("piano-di-zona/report");
const cjsReport = require("piano-di-zona/report");

const results = [esm, cjs].map((lib) => lib.achievementGrade({ planned: 4, realized: 3 }).percent.toString());
const datasets = [esmDatasets, cjsDatasets].map(
  (lib) => lib.GALLARATE_EVALUATION_2021_2023.objectives.length,
);
const PLAN =
  "TITOLO INTERVENTO Prova\nQUALI OBIETTIVI VUOLE RAGGIUNGERE Aiutare.\nAZIONI PROGRAMMATE\n1. Una.\nTARGET Famiglie";
const ingested = [esmIngest, cjsIngest].map((lib) => lib.ingestPlanText(PLAN).schede.length);
const reports = [
  [esmReport, esmDatasets],
  [cjsReport, cjsDatasets],
].map(([report, data]) =>
  report.renderSvg(report.pyramidChart(data.SEBINO_AMBITO_AGE_STRUCTURE_2024)).includes(">6.800<"),
);
const audits = [esmAudit, cjsAudit].map((lib) => lib.checkSchedaObiettivo({ title: "" }).length > 0);
const rootHasNoRenderer = !("renderMarkdown" in esm) && !("renderEvaluationReport" in cjs);
const rootHasNoAudit = !("reviewPlan" in esm) && !("checkPianoDiZona" in cjs);
if (
  results.join() !== "75,75" ||
  datasets.join() !== "16,16" ||
  ingested.join() !== "1,1" ||
  reports.join() !== "true,true" ||
  audits.join() !== "true,true" ||
  !rootHasNoRenderer ||
  !rootHasNoAudit
) {
  console.error(
    `built package misbehaves: grades ${results.join()} objectives ${datasets.join()} schede ${ingested.join()} ` +
      `report ${reports.join()} audit ${audits.join()} root without renderers ${String(rootHasNoRenderer)} ` +
      `root without audit ${String(rootHasNoAudit)}`,
  );
  process.exit(1);
}
// A value built by one entry point is a value of the other: the entries share one copy of each class.
const indices = [
  [esm, esmDatasets],
  [cjs, cjsDatasets],
].map(([lib, data]) => lib.oldAgeIndex(data.SEBINO_AMBITO_AGE_STRUCTURE_2024).toFixed(2));
if (indices.join() !== "182.62,182.62") {
  console.error(`an age structure of the datasets entry is not read by the root entry: ${indices.join()}`);
  process.exit(1);
}
// What a cold import of the root in Node reads (dist/node/index.js and the chunks beside it): ASCII (one character outside Latin-1 makes V8
// hold the whole file as a two-byte string, slower to decode and to scan) and reads no date-fns file of its own.
const nodeBuild = new URL("../dist/node/", import.meta.url);
for (const file of readdirSync(nodeBuild).filter((name) => String(name).endsWith(".js"))) {
  const text = readFileSync(new URL(String(file), nodeBuild), "utf8");
  const problem = /[^\t\n\r\x20-\x7e]/.test(text)
    ? "holds a character outside ASCII (write it as \\u escape in the source)"
    : /from\s*["']date-fns/.test(text)
      ? "imports date-fns instead of bundling it"
      : null;
  if (problem !== null) {
    console.error(`dist/node/${String(file)} ${problem}`);
    process.exit(1);
  }
}
console.log(
  "ESM and CommonJS builds load and grade: 75% both ways; datasets: 16 objectives, Sebino's old-age index 182.62 " +
    "both ways; ingest: 1 scheda both ways; report: the SVG pyramid both ways; audit: a blank scheda reported both " +
    "ways; the root exports no renderer and no audit",
);

// The main job: the review of the real plans embedded in the library — the Piani di Zona 2025-2027 of the Ambiti of
// Gallarate, Busto Arsizio, Sebino and Alto Milanese — run from the built package as a user would import it:
// validation, the previous plan's evaluation recomputed, targets and LEPS indicators at today's date (Europe/Rome),
// every finding of the audit, the Ambiti side by side; then Gallarate's review as an HTML page and two SVG charts.
//
// Usage: npm run demo                 (Italian)
//        npm run demo -- --en         (English)
//        npm run demo -- --ingest FILE   (read a plan's plain text, show what was read, and review it)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(`${ROOT}dist/node/index.js`)) {
  console.log("dist/ is missing: building the package first (npm run build)…");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}
// The package by its own name: Node resolves it through package.json "exports" to dist/, as in an app.
const lib = await import("piano-di-zona");
const audit = await import("piano-di-zona/audit");
const data = await import("piano-di-zona/datasets");
const report = await import("piano-di-zona/report");

const args = process.argv.slice(2);
const en = args.includes("--en");
const language = en ? "en" : "it";
const say = (it, english) => (en ? english : it);
const WIDTH = 120;
const fit = (line) => (line.length <= WIDTH ? line : `${line.slice(0, WIDTH - 1)}…`);
const print = (...lines) =>
  console.log(
    lines
      .flatMap((line) => line.split("\n"))
      .map(fit)
      .join("\n"),
  );
// Items joined with " · " on as many lines of at most WIDTH characters as they need, each line indented.
const wrap = (indent, items) => {
  const lines = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + item.length <= WIDTH)
      lines[lines.length - 1] = `${last} · ${item}`;
    else lines.push(`${indent}${item}`);
  }
  return lines;
};
// Italian figures as the plans print them (1.234,56 €); English ones as English readers expect (€1,234.56).
const grouped = (value, decimals) => {
  const [whole, fraction] = new lib.Decimal(String(value)).toFixed(decimals).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
};
const euro = (amount) => (en ? `€${grouped(amount, 2)}` : lib.formatEuro(amount));
const percent = (value) => (en ? `${grouped(value, 2)}%` : lib.formatPercent(value));

// Today in Rome, whatever the machine's time zone: the date at which targets fall due.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(new Date());

const PERIOD = { from: 2025, to: 2027 };
const AMBITI = [
  {
    name: "Gallarate",
    plan: {
      title: "Piano di Zona 2025-2027",
      ambito: data.GALLARATE_AMBITO,
      period: PERIOD,
      approvals: [],
      previousEvaluation: data.GALLARATE_EVALUATION_2021_2023,
      objectives: data.GALLARATE_SCHEDE_OBIETTIVO_2025_2027,
      lepsSchede: data.GALLARATE_LEPS_SCHEDE_2025_2027,
    },
    accordo: data.GALLARATE_ACCORDO,
  },
  {
    name: "Busto Arsizio",
    plan: {
      title: "Piano di Zona 2025-2027",
      ambito: data.BUSTO_ARSIZIO_AMBITO,
      period: PERIOD,
      approvals: [],
      previousEvaluation: data.BUSTO_ARSIZIO_EVALUATION_2021_2024,
      objectives: data.BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027,
      lepsSchede: [],
    },
    accordo: data.BUSTO_ARSIZIO_ACCORDO,
  },
  {
    name: "Sebino",
    plan: {
      title: "Piano di Zona 2025-2027",
      ambito: data.SEBINO_AMBITO,
      period: PERIOD,
      approvals: [],
      previousEvaluation: data.SEBINO_EVALUATION_2021_2023,
      objectives: data.SEBINO_SCHEDE_OBIETTIVO_2025_2027,
      lepsSchede: [],
    },
    accordo: data.SEBINO_ACCORDO,
  },
  {
    name: "Alto Milanese",
    plan: {
      title: "Piano di Zona 2025-2027",
      ambito: data.ALTO_MILANESE_AMBITO,
      period: PERIOD,
      approvals: [],
      previousEvaluation: data.ALTO_MILANESE_EVALUATION_2021_2023,
      objectives: data.ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027,
      lepsSchede: [],
    },
    accordo: data.ALTO_MILANESE_ACCORDO,
  },
];

const SEVERITY = {
  error: say("errori", "errors"),
  warning: say("avvisi", "warnings"),
  info: say("note", "notes"),
};
const STATUS = lib.INDICATOR_STATUS_CATALOG;

function planGrade(evaluation) {
  if (evaluation === null) return say("non riportata", "not given");
  const { achievement } = evaluation;
  const band = achievement.labels === null ? "" : ` ${achievement.labels[language]}`;
  if (achievement.percent !== null) return `${percent(achievement.percent)}${band}`;
  if (achievement.interval !== null) {
    const { from, to } = achievement.interval;
    return `${say("tra", "between")} ${percent(from)} ${say("e", "and")} ${percent(to)}${band}`;
  }
  return say("non calcolabile (valutazione narrativa)", "not computable (narrative evaluation)");
}

function statusLine(counts) {
  return lib.INDICATOR_STATUSES.filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${STATUS[status].labels[language]} ${counts[status]}`)
    .join(" · ");
}

function reviewSection({ name, plan, accordo }) {
  const review = audit.reviewPlan(plan, { at: today, partial: true });
  const accordoFindings = lib.checkAccordoDiProgramma(accordo, { period: PERIOD });
  const { summary } = review;
  const targets = {};
  for (const objective of review.targets) {
    for (const [status, count] of Object.entries(objective.evaluation?.counts ?? {})) {
      targets[status] = (targets[status] ?? 0) + count;
    }
  }
  const areas = Object.entries(summary.budget.byMacroArea)
    .filter(([, amount]) => amount !== "0")
    .map(([area, amount]) => `${area === "none" ? say("senza area", "no area") : area} ${euro(amount)}`);
  const findings = [...review.findings, ...accordoFindings];
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity] += 1;
  const byCode = {};
  for (const finding of findings) byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
  const frequent = Object.entries(byCode)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([code, count]) => `${code} ×${count}`);
  const first = findings.filter((finding) => finding.severity === "error").slice(0, 5);
  print(
    "",
    `## Ambito ${name} — ${plan.title}`,
    `  ${say("schede obiettivo", "objective forms")} ${summary.objectives} · ${say("schede LEPS", "LEPS forms")} ` +
      `${summary.lepsSchede} · ${say("conforme al modello (come stampato)", "valid against the model (as printed)")}: ` +
      `${review.validation.success ? say("sì", "yes") : say("no", "no")}`,
    `  ${say("risorse preventivate con importo", "budgeted resources with an amount")}: ${euro(summary.budget.total)}` +
      (areas.length === 0 ? "" : ` ${say("per macro-area", "by policy area")}:`),
    ...wrap("    ", areas),
    `  ${say("programmazione precedente", "previous plan")}: ${planGrade(review.previousEvaluation)}`,
    `  ${say("risultati attesi al", "result targets at")} ${today}: ${statusLine(targets) || "—"}`,
    `  ${say("rilievi (piano e Accordo)", "findings (plan and Accordo)")}: ` +
      ["error", "warning", "info"]
        .map((severity) => `${bySeverity[severity]} ${SEVERITY[severity]}`)
        .join(" · "),
    ...(frequent.length === 0
      ? []
      : wrap("    ", [`${say("i più frequenti", "most frequent")}: ${frequent.join(", ")}`])),
    ...first.map((finding) => `    ✗ ${finding.path.join(".")}: ${en ? finding.message : finding.messageIt}`),
  );
  return review;
}

function comparison() {
  const { rows } = lib.compareAmbiti(AMBITI.map(({ plan, accordo }) => ({ ambito: plan.ambito, accordo })));
  const figure = (value) => (value.available ? String(value.value) : say("non stampato", "not printed"));
  print(
    "",
    `## ${say("Gli Ambiti a confronto", "The Ambiti side by side")}`,
    `  ${"Ambito".padEnd(16)}${say("comuni", "comuni").padEnd(10)}${say("popolazione", "population").padEnd(16)}` +
      `${say("firmatari", "signatories").padEnd(14)}${say("organi", "organs")}`,
    ...rows.map(
      (row, index) =>
        `  ${AMBITI[index].name.padEnd(16)}${figure(row.figures.comuni).padEnd(10)}` +
        `${figure(row.figures.population).padEnd(16)}${figure(row.figures.signatories).padEnd(14)}` +
        figure(row.figures.organs),
    ),
  );
}

function writeFiles(gallarate) {
  const folder = `${ROOT}demo-output`;
  mkdirSync(folder, { recursive: true });
  const html = report.renderHtml(report.reviewDocument(gallarate, { language }));
  const grades = report.renderSvg(report.gradeChart(data.GALLARATE_EVALUATION_2021_2023, { language }));
  // Gallarate's plan prints its population by index tables, not by age band: the pyramid is Sebino's (Table 1).
  const pyramid = report.renderSvg(report.pyramidChart(data.SEBINO_AMBITO_AGE_STRUCTURE_2024, { language }));
  writeFileSync(`${folder}/gallarate-review.html`, html);
  writeFileSync(`${folder}/gallarate-grades-2021-2023.svg`, grades);
  writeFileSync(`${folder}/sebino-pyramid-2024.svg`, pyramid);
  print(
    "",
    `${say("Scritti in", "Written to")} ${folder}:`,
    `  gallarate-review.html (${say("la revisione di Gallarate", "Gallarate's review")}), ` +
      `gallarate-grades-2021-2023.svg, sebino-pyramid-2024.svg`,
  );
}

async function ingest(file) {
  const { ingestPlanText, formatIngestResult, ingestedPlanDraft } = await import("piano-di-zona/ingest");
  const text = readFileSync(file, "utf8");
  const result = ingestPlanText(text, { document: file });
  print(formatIngestResult(result, { language, maxFindings: 20 }));
  // The schede read, in the models' draft forms: what the audit checks. The boxes the reader could not read are
  // absent from the drafts and listed apart: they are not slips of the plan.
  const { objectives, lepsSchede, unread } = ingestedPlanDraft(result);
  const review = audit.reviewPlan(
    { title: file, ambito: null, period: PERIOD, approvals: [], objectives, lepsSchede },
    { at: today, partial: true },
  );
  const shown = (finding) => `${finding.path.join(".")}: ${en ? finding.message : finding.messageIt}`;
  const slips = review.findings.filter(
    (finding) => finding.path[0] === "objectives" || finding.path[0] === "lepsSchede",
  );
  print(
    "",
    `${say("Campi non letti", "Fields not read")} (${unread.length}): ` +
      say(
        "mancano nelle bozze, da compilare a mano; non sono rilievi",
        "absent from the drafts, to fill by hand; not slips",
      ),
    ...unread.slice(0, 10).map((finding) => `    ? ${shown(finding)}`),
    ...(unread.length > 10 ? [`    … ${unread.length - 10} ${say("altri", "more")}`] : []),
    "",
    `${say("Revisione delle schede lette", "Review of the schede read")}: ${review.summary.objectives} ` +
      `${say("schede", "schede")}, ` +
      ["error", "warning", "info"]
        .map((severity) => `${review.summary.findings.bySeverity[severity]} ${SEVERITY[severity]}`)
        .join(" · "),
    ...slips.slice(0, 20).map((finding) => `    ✗ ${shown(finding)}`),
    ...(slips.length > 20 ? [`    … ${slips.length - 20} ${say("altri", "more")}`] : []),
  );
}

const ingestAt = args.indexOf("--ingest");
if (ingestAt >= 0) {
  const file = args[ingestAt + 1];
  if (file === undefined) {
    console.error("usage: npm run demo -- --ingest FILE");
    process.exit(2);
  }
  await ingest(file);
} else {
  print(
    `# ${say("Revisione dei Piani di Zona 2025-2027 di quattro Ambiti", "Review of four Ambiti's Piani di Zona 2025-2027")}`,
    say(
      `Data della revisione: ${today} (Europe/Rome). Dati dal pacchetto costruito (dist/), come li importa un'app.`,
      `Review date: ${today} (Europe/Rome). Data from the built package (dist/), as an app imports it.`,
    ),
  );
  const reviews = AMBITI.map(reviewSection);
  comparison();
  writeFiles(reviews[0]);
}

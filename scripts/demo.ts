/**
 * The main job: the report of a real plan embedded in the library — the Piano di Zona 2025-2027 of the Ambito di
 * Gallarate — recomputed from its own figures, with every inconsistency of the document.
 *
 * Usage: npm run demo            (Italian)
 *        npm run demo -- --en    (English)
 */
import {
  GALLARATE_ACCORDO,
  GALLARATE_AMBITO,
  GALLARATE_DEMOGRAPHY,
  GALLARATE_EVALUATION_2021_2023,
  GALLARATE_SPENDING_BY_CHANNEL_2022,
  GALLARATE_TEXT_SHARES_2022,
} from "../src/datasets/index.js";
import {
  checkFundTable,
  checkIndexIdentities,
  checkOrganComposition,
  checkStatedShares,
  formatEuro,
  fundTableTotals,
  isInForce,
  missingSignatories,
  parseItalianNumber,
  perCapita,
  type Finding,
} from "../src/index.js";
import { renderEvaluationReport } from "../src/report/index.js";

const en = process.argv.includes("--en");
const say = (it: string, english: string): string => (en ? english : it);
const listFindings = (findings: readonly Finding[]): string[] =>
  findings.length === 0
    ? [say("Nessuna incongruenza.", "No inconsistency.")]
    : findings.map(
        (finding) =>
          `- ${en ? finding.message : finding.messageIt} (${say("dichiarato", "stated")} ${finding.stated ?? "—"}, ` +
          `${say("ricalcolato", "recomputed")} ${finding.computed ?? "—"}) \`${finding.code}\``,
      );

// 1. The Accordo di Programma.
const accordo = GALLARATE_ACCORDO;
const missing = missingSignatories(accordo, GALLARATE_AMBITO);
const composition = checkOrganComposition(accordo, GALLARATE_AMBITO);
const today = new Date().toISOString().slice(0, 10);
const accordoSection = [
  say("## Accordo di Programma", "## Accordo di Programma (programme agreement)"),
  "",
  `- ${say("Validità", "Validity")}: ${accordo.period.from} → ${accordo.period.to}; ` +
    `${say("in vigore oggi", "in force today")} (${today}): ` +
    (isInForce(accordo, today) ? say("sì", "yes") : say("no", "no")),
  `- ${say("Articoli", "Articles")}: ${accordo.articles.length}; ${say("sottoscrittori", "signatories")}: ` +
    `${accordo.signatories.length} (${GALLARATE_AMBITO.comuni.length} ${say("comuni", "comuni")} + ATS + ASST); ` +
    `${say("firme mancanti", "missing signatures")}: ${missing.length === 0 ? say("nessuna", "none") : missing.length}`,
  `- ${say("Organi", "Organs")}: ${accordo.organs.length}; ${say("verifica della composizione", "composition check")}:`,
  ...listFindings(composition).map((line) => `  ${line}`),
];

// 2. The ex-post evaluation of 2021-2023.
const evaluation = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, {
  language: en ? "en" : "it",
  title: say(
    "Valutazione ex post degli obiettivi 2021-2023",
    "Ex-post evaluation of the 2021-2023 objectives",
  ),
}).replace(/^# /, "## ");

// 3. The demographic tables: identities between the printed indices.
const columns = [...GALLARATE_DEMOGRAPHY.table21, ...GALLARATE_DEMOGRAPHY.table22.slice(1)];
const demographyFindings = columns.flatMap((column) =>
  checkIndexIdentities(column.indices, [`${column.area} ${column.year}`]),
);
const demographySection = [
  say("## Indici demografici (Tabelle 2.1 e 2.2)", "## Demographic indices (Tables 2.1 and 2.2)"),
  "",
  say(
    `${columns.length} colonne di indici stampati, verificate con le identità tra indici (IDS = IDA + IDG, IV = IDA / IDG × 100, % 65+ = IDA × 100 / (100 + IDS), tassi):`,
    `${columns.length} columns of printed indices, checked through the identities between indices (IDS = IDA + IDG, IV = IDA / IDG × 100, % 65+ = IDA × 100 / (100 + IDS), rates):`,
  ),
  "",
  ...demographyFindings.map(
    (finding) => `- ${String(finding.path[0])} — ${en ? finding.message : finding.messageIt}`,
  ),
];

// 4. Social spending 2022.
const totals = fundTableTotals(GALLARATE_SPENDING_BY_CHANNEL_2022);
const population2022 = parseItalianNumber(
  GALLARATE_DEMOGRAPHY.table21[1]?.populationPrinted ?? "0",
).toNumber();
const spendingSection = [
  say("## Spesa sociale 2022 (Tabella 2.4)", "## Social spending 2022 (Table 2.4)"),
  "",
  `- ${say("Totale", "Total")}: ${formatEuro(totals.grandTotal)}; ${say("pro capite", "per inhabitant")} ` +
    `(${population2022.toLocaleString("it-IT")} ${say("abitanti al 31/12/2022", "inhabitants at 31/12/2022")}): ` +
    formatEuro(perCapita(totals.grandTotal, population2022)),
  `- ${say("Totali di riga e di colonna della tabella", "Row and column totals of the table")}:`,
  ...listFindings(checkFundTable(GALLARATE_SPENDING_BY_CHANNEL_2022)).map((line) => `  ${line}`),
  `- ${say("Quote citate nel testo", "Shares quoted in the text")}:`,
  ...listFindings(checkStatedShares(GALLARATE_TEXT_SHARES_2022, totals.grandTotal)).map(
    (line) => `  ${line}`,
  ),
];

console.log(
  [
    say(
      "# Ambito di Gallarate — Piano di Zona 2025-2027, ricalcolato",
      "# Ambito di Gallarate — Piano di Zona 2025-2027, recomputed",
    ),
    "",
    ...accordoSection,
    "",
    evaluation,
    ...demographySection,
    "",
    ...spendingSection,
    "",
  ].join("\n"),
);

import {
  ACHIEVEMENT_BAND_CATALOG,
  ADEQUACY_LEVEL_CATALOG,
  COINCIDENCE_BAND_CATALOG,
} from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import { formatIn } from "../core/format.js";
import { LANGUAGES, type Language } from "../core/labels.js";
import { pdzError } from "../core/error.js";
import * as C from "../core/messages/core.js";
import { ownField, readOptions, readText, type InputRecord } from "../core/read-input.js";
import { readPlanRecord, type ObjectiveRecord } from "../evaluation/evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "../evaluation/partial-action-policy.js";
import { readWeighting, type PlanWeighting } from "../evaluation/plan-weighting.js";
import { recomputePlanRecord } from "../evaluation/recompute-plan-evaluation.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import { BoundedLines } from "./_bounded-text.js";
import { appendMarkdownTable } from "./markdown-table.js";

/**
 * Options of {@link renderEvaluationReport}.
 * @category Report
 */
export interface EvaluationReportOptions {
  /** Language of headers, numbers, bands and messages (default `"it"`). */
  readonly language?: Language;
  /** A title for the report (default: "Valutazione ex post degli obiettivi <from>-<to>" or its English). */
  readonly title?: string;
  /** How partly done actions count (default `"count"`). */
  readonly partial?: PartialActionPolicy;
  /** How objectives are combined into the plan's grade (default `"objectives"`). */
  readonly weighting?: PlanWeighting;
}

const TEXT = {
  it: {
    title: (from: number, to: number) => `Valutazione ex post degli obiettivi ${from}-${to}`,
    columns: [
      "Obiettivo",
      "Titolo",
      "Azioni realizzate",
      "Grado",
      "Fascia",
      "Grado ponderato",
      "Coincidenza",
      "Adeguatezza",
    ],
    plan: "Grado di raggiungimento del piano",
    weighting: {
      objectives: "media semplice degli obiettivi",
      actions: "azioni realizzate su azioni programmate",
    },
    stated: "dichiarato",
    findings: "Incongruenze rilevate",
    none: "Nessuna incongruenza rilevata.",
    weightedNote: "Grado ponderato: ogni azione pesa per la sua percentuale di realizzazione.",
    notApplicable: "n.a.",
    notPertinent: "non pertinente",
  },
  en: {
    title: (from: number, to: number) => `Ex-post evaluation of the objectives ${from}-${to}`,
    columns: [
      "Objective",
      "Title",
      "Actions realized",
      "Grade",
      "Band",
      "Weighted grade",
      "Coincidence",
      "Adequacy",
    ],
    plan: "Plan achievement grade",
    weighting: {
      objectives: "plain mean of the objectives",
      actions: "realized actions over planned actions",
    },
    stated: "stated",
    findings: "Inconsistencies found",
    none: "No inconsistency found.",
    weightedNote: "Weighted grade: each action weighs by its reported completion.",
    notApplicable: "n/a",
    notPertinent: "not pertinent",
  },
} as const;

const ALIGNMENTS = ["left", "left", "right", "right", "left", "right", "left", "left"] as const;

/** The longest title shown in the table. */
const TITLE_LENGTH = 60;

function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = length - 1;
  // Never split a surrogate pair.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

const percent = (language: Language, value: Decimal, decimals = 2): string =>
  formatIn(language, value, "percent", { decimals });

function coincidenceCell(record: ObjectiveRecord, language: Language): string {
  const stated = record.coincidence;
  if (stated === null) return "—";
  if (stated.budgeted?.isZero() === true) return TEXT[language].notApplicable;
  const parts: string[] = [];
  const band = stated.statedBand === null ? null : COINCIDENCE_BAND_CATALOG[stated.statedBand];
  // With no printed percent, the band's official range stands in for it (">100% (sottostimato)").
  if (stated.statedPercent !== null) parts.push(percent(language, stated.statedPercent, 0));
  else if (band !== null) parts.push(band.officialRange);
  if (band !== null) parts.push(`(${band.labels[language]})`);
  return parts.length > 0 ? parts.join(" ") : "—";
}

function adequacyCell(record: ObjectiveRecord, language: Language): string {
  const level = record.adequacy;
  if (level === null) return "—";
  return level === "non-pertinente"
    ? TEXT[language].notPertinent
    : ADEQUACY_LEVEL_CATALOG[level].labels[language];
}

function readLanguage(record: InputRecord): Language {
  const value = ownField(record, "language");
  if (value === undefined) return "it";
  if (typeof value !== "string" || !(LANGUAGES as readonly string[]).includes(value)) {
    throw pdzError(C.invalid_language, {}, ["language"]);
  }
  return value as Language;
}

// A heading or a list item is one line: line breaks become spaces.
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, " ");
}

function readTitle(record: InputRecord): string | null {
  const value = ownField(record, "title");
  return value === undefined ? null : oneLine(readText(value, ["title"]));
}

/**
 * Renders the ex-post evaluation of a programming as a Markdown report: one row per objective (actions realized
 * over planned, exact grade and band, completion-weighted grade, stated coincidence, adequacy), the plan-level
 * grade compared with the one the document states, and every inconsistency found.
 *
 * Everything is written in the language asked for: headers, band and adequacy labels, the findings' messages and
 * the numbers (`76,56%` in Italian, `76.56%` in English). Under English only the document's own words remain
 * Italian: the objectives' codes and titles. Pure: a string out.
 *
 * @param evaluation - the evaluation, as {@link recomputePlanEvaluation} reads it
 * @param options - language (`"it"` or `"en"`), title, partial-action policy, weighting
 * @throws {@link PdzError} every error of {@link recomputePlanEvaluation}; `invalid_language`, `invalid_type` /
 *   `text_too_long` (a title that is not text), `report_too_long` (over 100,000,000 characters)
 * @example
 * ```ts
 * import { renderEvaluationReport } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const report = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023);
 * report.includes("76,56%") //=> true
 * const english = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language: "en" });
 * english.startsWith("# Ex-post evaluation") //=> true
 * english.includes("76.56% (sufficient") //=> true
 * renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language: "fr" as never }) //=> throws invalid_language
 * ```
 * @category Report
 */
export function renderEvaluationReport(
  evaluation: DeepReadonly<PlanEvaluationInput>,
  options: EvaluationReportOptions = {},
): string {
  const optionRecord = readOptions(options, []);
  const language = readLanguage(optionRecord);
  const title = readTitle(optionRecord);
  const partial = readPartialPolicy(optionRecord, []);
  const weighting = readWeighting(optionRecord, []);
  const record = readPlanRecord(evaluation);
  const result = recomputePlanRecord(record, partial, weighting);
  const text = TEXT[language];

  const rows = result.objectives.map((objective, index) => {
    const stated = record.objectives[index];
    const { grade } = objective;
    const equivalent = grade.realizedEquivalent;
    const realized = formatIn(language, equivalent, "plain", {
      decimals: Math.min(20, equivalent.decimalPlaces()),
    });
    return [
      objective.code,
      shorten(objective.title, TITLE_LENGTH),
      `${realized}/${String(grade.planned)}`,
      percent(language, grade.percent),
      grade.labels[language],
      percent(language, objective.weightedGrade.percent),
      stated === undefined ? "—" : coincidenceCell(stated, language),
      stated === undefined ? "—" : adequacyCell(stated, language),
    ];
  });

  const { achievement } = result;
  const statedGrade = record.statedOverallGrade;
  const planLine =
    `**${text.plan}**: ${percent(language, achievement.percent)} (${achievement.labels[language]}; ` +
    `${text.weighting[achievement.weighting]})` +
    (statedGrade === null
      ? ""
      : ` — ${text.stated}: ${percent(language, statedGrade.percent)} ` +
        `(${ACHIEVEMENT_BAND_CATALOG[statedGrade.band].labels[language]})`);

  const lines = new BoundedLines();
  lines.push(`# ${title ?? text.title(result.period.from, result.period.to)}`, "");
  appendMarkdownTable(
    lines,
    text.columns.map((header, index) => ({ header, align: ALIGNMENTS[index] ?? "left" })),
    rows,
  );
  lines.push("", text.weightedNote, "", planLine, "", `## ${text.findings}`, "");
  if (result.findings.length === 0) lines.push(text.none);
  for (const finding of result.findings) {
    const index = finding.path[1];
    const objective = typeof index === "number" ? result.objectives[index] : undefined;
    const where = objective === undefined ? "" : `**${oneLine(objective.code)}** — `;
    const message = language === "it" ? finding.messageIt : finding.message;
    lines.push(`- ${where}${message} \`${finding.code}\``);
  }
  lines.push("");
  return lines.join();
}

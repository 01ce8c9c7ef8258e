import { ACHIEVEMENT_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { formatIn } from "../core/format.js";
import type { Language } from "../core/labels.js";
import { readOptions } from "../core/read-input.js";
import { readPlanRecord } from "../evaluation/evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "../evaluation/partial-action-policy.js";
import { readWeighting, type PlanWeighting } from "../evaluation/plan-weighting.js";
import { recomputePlanRecord } from "../evaluation/recompute-plan-evaluation.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import { BoundedLines } from "./_bounded-text.js";
import {
  adequacyCell,
  ALIGNMENTS,
  coincidenceCell,
  oneLine,
  percent,
  readLanguage,
  readTitle,
  shorten,
  TEXT,
  TITLE_LENGTH,
} from "./_evaluation-parts.js";
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
 * import { renderEvaluationReport } from "piano-di-zona/report";
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

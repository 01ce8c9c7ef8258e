import {
  EVALUATION_GRID_CATALOG,
  NARRATIVE_OUTCOME_CATALOG,
  NARRATIVE_OUTCOMES,
} from "../catalog/evaluation-grids.js";
import { ACHIEVEMENT_BAND_CATALOG, type AchievementBand } from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import { formatIn } from "../core/format.js";
import type { Language } from "../core/labels.js";
import { PdzError, withPathPrefix } from "../core/error.js";
import { toFraction } from "../core/exact-quotient.js";
import type { Finding } from "../core/finding.js";
import {
  ownField,
  readCount,
  readList,
  readOptions,
  readRecord,
  readText,
  requiredField,
} from "../core/read-input.js";
import { checkScoredEvaluationSystem } from "../evaluation/check-scored-evaluation-system.js";
import { bandsOfInterval, type FigureOrigin, type GradeFigure } from "../evaluation/grade-figure.js";
import { readPlanRecord, type ObjectiveRecord } from "../evaluation/evaluation-record.js";
import { readPartialPolicy, type PartialActionPolicy } from "../evaluation/partial-action-policy.js";
import { readWeighting, type PlanWeighting } from "../evaluation/plan-weighting.js";
import type { ObjectiveEvaluationResult, StatedGrade } from "../evaluation/recompute-objective-evaluation.js";
import {
  recomputePlanRecord,
  type NarrativeResult,
  type PlanEvaluationResult,
} from "../evaluation/recompute-plan-evaluation.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import type { ScoredEvaluationSystemInput } from "../model/scored-evaluation-system.js";
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
  /**
   * A scored evaluation system to report after the evaluation, as printed (Alto Milanese's six criteria scored
   * 1/5/10, seed 004 L1778-1803): its criteria, its classes, and what it leaves open.
   */
  readonly scoredSystem?: DeepReadonly<ScoredEvaluationSystemInput>;
}

// A stated figure is written with the decimals it was printed with (at most 2); a recomputed one with 2.
function figureValue(language: Language, value: Decimal, origin: FigureOrigin): string {
  return percent(language, value, origin === "recomputed" ? 2 : Math.min(2, value.decimalPlaces()));
}

function figureCell(figure: GradeFigure, language: Language): string {
  const from = figureValue(language, figure.from, figure.origin);
  return figure.from.eq(figure.to) ? from : `${from} – ${figureValue(language, figure.to, figure.origin)}`;
}

function row(
  objective: ObjectiveEvaluationResult,
  stated: ObjectiveRecord | undefined,
  code: string,
  language: Language,
): string[] {
  const text = TEXT[language];
  const { grade, achievement } = objective;
  let realized = "—";
  if (grade !== null) {
    const equivalent = grade.realizedEquivalent;
    const count = formatIn(language, equivalent, "plain", {
      decimals: Math.min(20, equivalent.decimalPlaces()),
    });
    realized = `${count}/${String(grade.planned)}`;
  }
  const gradeCell =
    achievement === null
      ? objective.excluded === "not-applicable"
        ? text.notApplicableGrade
        : "—"
      : figureCell(achievement, language);
  const origin =
    achievement === null
      ? objective.excluded === null
        ? "—"
        : text.exclusion[objective.excluded]
      : achievement.basis === "parts"
        ? `${text.origin[achievement.origin]} (${text.fromParts})`
        : text.origin[achievement.origin];
  return [
    code,
    shorten(objective.title, TITLE_LENGTH),
    realized,
    gradeCell,
    achievement?.labels?.[language] ?? "—",
    objective.weightedGrade === null ? "—" : percent(language, objective.weightedGrade.percent),
    stated === undefined ? "—" : coincidenceCell(stated, language),
    stated === undefined ? "—" : adequacyCell(stated, language),
    origin,
  ];
}

function bandList(bands: readonly AchievementBand[], language: Language): string {
  return bands.map((band) => ACHIEVEMENT_BAND_CATALOG[band].labels[language]).join(", ");
}

function statedOverallText(stated: StatedGrade, language: Language): string {
  const band = stated.band === null ? null : ACHIEVEMENT_BAND_CATALOG[stated.band].labels[language];
  let figure: string | null = null;
  if (stated.percent !== null) figure = percent(language, stated.percent);
  else if (stated.range !== null) {
    const { from, to } = stated.range;
    figure = `${percent(language, from, Math.min(2, from.decimalPlaces()))} – ${percent(language, to, Math.min(2, to.decimalPlaces()))}`;
  }
  if (figure !== null) return band === null ? figure : `${figure} (${band})`;
  if (band !== null) return band;
  if (stated.notApplicable) return TEXT[language].notApplicableGrade;
  return TEXT[language].statedInWords(oneLine(stated.text ?? ""));
}

function planLine(result: PlanEvaluationResult, language: Language): string {
  const text = TEXT[language];
  const { achievement } = result;
  const interval = achievement.interval;
  let value: string;
  if (interval === null || achievement.origin === null) value = text.noPlanGrade;
  else {
    let band: string;
    if (achievement.labels === null) {
      const bands = bandsOfInterval(toFraction(interval.from), toFraction(interval.to));
      band = text.noBand(bandList(bands, language));
    } else band = achievement.labels[language];
    const figure =
      achievement.percent === null
        ? text.between(percent(language, interval.from), percent(language, interval.to))
        : percent(language, achievement.percent);
    value = `${figure} (${band}; ${text.weighting[achievement.weighting]}; ${text.planOrigin[achievement.origin]})`;
  }
  const stated = result.statedOverallGrade;
  return (
    `**${text.plan}**: ${value}` +
    (stated === null ? "" : ` — ${text.stated}: ${statedOverallText(stated, language)}`)
  );
}

function linesText(lines: readonly [number, number] | null): string {
  if (lines === null) return "—";
  return lines[0] === lines[1] ? String(lines[0]) : `${String(lines[0])}-${String(lines[1])}`;
}

function appendNarrative(lines: BoundedLines, narrative: NarrativeResult, language: Language): void {
  const text = TEXT[language];
  lines.push(`## ${text.narrative}`, "");
  appendMarkdownTable(
    lines,
    text.narrativeColumns.map((header) => ({ header, align: "left" as const })),
    narrative.themes.map((theme) => [
      shorten(theme.title, TITLE_LENGTH),
      theme.labels[language],
      theme.outcomeLines === null
        ? linesText(theme.lines)
        : `${linesText(theme.lines)} (${text.outcomeAt(linesText(theme.outcomeLines))})`,
    ]),
  );
  const counts = NARRATIVE_OUTCOMES.map(
    (outcome) =>
      `${String(narrative.counts[outcome])} ${NARRATIVE_OUTCOME_CATALOG[outcome].labels[language]}`,
  );
  lines.push("", `${text.outcomes}: ${counts.join(", ")}.`, "");
}

interface ScoredSystemView {
  readonly criteria: readonly { readonly title: string; readonly points: readonly number[] }[];
  readonly classes: readonly { readonly label: string; readonly min: number; readonly max: number }[];
}

// What the report shows of a scored system: the criteria's titles with their points, the classes with their points.
function readScoredSystem(value: unknown): ScoredSystemView {
  const record = readRecord(value, ["scoredSystem"]);
  const within = <T>(path: (string | number)[], read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw error instanceof PdzError ? withPathPrefix(error, ["scoredSystem", ...path]) : error;
    }
  };
  const criteria = within([], () => readList(requiredField(record, "criteria"), ["criteria"])).map(
    (item, index) =>
      within(["criteria", index], () => {
        const criterion = readRecord(item);
        const scores = readList(requiredField(criterion, "scores"), ["scores"]);
        return {
          title: readText(requiredField(criterion, "title"), ["title"]),
          points: scores.map((score, position) =>
            readCount(
              requiredField(readRecord(score, ["scores", position]), "points", ["scores", position]),
              ["scores", position, "points"],
            ),
          ),
        };
      }),
  );
  const classes = within([], () => readList(requiredField(record, "classes"), ["classes"])).map(
    (item, index) =>
      within(["classes", index], () => {
        const scoreClass = readRecord(item);
        return {
          label: readText(requiredField(scoreClass, "label"), ["label"]),
          min: readCount(requiredField(scoreClass, "minPoints"), ["minPoints"]),
          max: readCount(requiredField(scoreClass, "maxPoints"), ["maxPoints"]),
        };
      }),
  );
  return { criteria, classes };
}

function appendScoredSystem(lines: BoundedLines, value: unknown, language: Language): void {
  const text = TEXT[language];
  const system = readScoredSystem(value);
  lines.push("", `## ${text.scored}`, "");
  appendMarkdownTable(
    lines,
    text.scoredColumns.map((header) => ({ header, align: "left" as const })),
    system.criteria.map((criterion) => [criterion.title, criterion.points.join(" / ")]),
  );
  lines.push("");
  appendMarkdownTable(
    lines,
    text.classColumns.map((header) => ({ header, align: "left" as const })),
    system.classes.map((scoreClass) => [
      scoreClass.label,
      `${String(scoreClass.min)}-${String(scoreClass.max)}`,
    ]),
  );
  lines.push("");
  for (const finding of checkScoredEvaluationSystem(value as ScoredEvaluationSystemInput)) {
    lines.push(`- ${language === "it" ? finding.messageIt : finding.message} \`${finding.code}\``);
  }
}

function findingLine(finding: Finding, result: PlanEvaluationResult, language: Language): string {
  const message = language === "it" ? finding.messageIt : finding.message;
  return `- ${whereOf(finding, result)}${message} \`${finding.code}\``;
}

function whereOf(finding: Finding, result: PlanEvaluationResult): string {
  const index = finding.path[1];
  const objective = typeof index === "number" ? result.objectives[index] : undefined;
  if (objective === undefined) return "";
  const partIndex = finding.path[2] === "parts" ? finding.path[3] : undefined;
  const part = typeof partIndex === "number" ? objective.parts[partIndex] : undefined;
  const code = part === undefined ? objective.code : `${objective.code} › ${part.code}`;
  return `**${oneLine(code)}** — `;
}

/**
 * Renders the ex-post evaluation of a programming as a Markdown report, on whichever grid the document fills: one row
 * per objective and per graded part (actions realized over planned, grade and band, completion-weighted grade, stated
 * coincidence, adequacy, and where the grade comes from: recomputed, or stated as printed), the plan-level grade —
 * one value, or an exact interval where grades are printed as bands — beside the one the document states, the
 * objectives left out of the mean, the themes of a narrative evaluation, an optional scored evaluation system as
 * printed, and every inconsistency found.
 *
 * Everything is written in the language asked for: headers, band, adequacy and outcome labels, the findings'
 * messages and the numbers (`76,56%` in Italian, `76.56%` in English). Under English only the document's own names
 * remain Italian: the objectives' codes and titles, the themes' titles, the criteria's titles and the classes'
 * names; a verdict stated in words only is quoted in the Italian report and described in the English one. Pure: a
 * string out.
 *
 * @param evaluation - the evaluation, as `recomputePlanEvaluation` reads it
 * @param options - language (`"it"` or `"en"`), title, partial-action policy, weighting, scored system
 * @throws `PdzError` every error of `recomputePlanEvaluation`; `invalid_language`, `invalid_type` /
 *   `text_too_long` (a title that is not text), `required_field` / `invalid_type` / `invalid_count` under
 *   `scoredSystem` (a system that cannot be read), `report_too_long` (over 100,000,000 characters)
 * @example
 * ```ts
 * import { renderEvaluationReport } from "piano-di-zona/report";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const report = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023);
 * report.includes("76,56% (sufficiente; media semplice degli obiettivi; ricalcolato)") //=> true
 * const english = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language: "en" });
 * english.startsWith("# Ex-post evaluation") //=> true
 * english.includes("76.56% (sufficient") //=> true
 * const bands = { period: { from: 2021, to: 2024 }, objectives: [
 *   { code: "1", title: "Uno", grade: { text: "80-99% (buono)", range: { from: 80, to: 99 }, band: "buono" } },
 *   { code: "2", title: "Due", grade: { text: "Non applicabile", notApplicable: true } },
 * ] } as const;
 * renderEvaluationReport(bands, { language: "en" }).includes("| 1 | Uno | — | 80% – 99% | good | — | — | — | stated |") //=> true
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
  const scoredSystem = ownField(optionRecord, "scoredSystem");
  if (scoredSystem !== undefined) readScoredSystem(scoredSystem);
  const record = readPlanRecord(evaluation);
  const result = recomputePlanRecord(record, partial, weighting);
  const text = TEXT[language];

  const rows: string[][] = [];
  result.objectives.forEach((objective, index) => {
    const stated = record.objectives[index];
    rows.push(row(objective, stated, objective.code, language));
    objective.parts.forEach((part, position) => {
      rows.push(row(part, stated?.parts[position], part.code, language));
    });
  });

  const lines = new BoundedLines();
  lines.push(`# ${title ?? text.title(result.period.from, result.period.to)}`, "");
  lines.push(`${text.grid}: ${EVALUATION_GRID_CATALOG[result.grid].labels[language]}.`, "");
  if (rows.length > 0) {
    appendMarkdownTable(
      lines,
      text.columns.map((header, index) => ({ header, align: ALIGNMENTS[index] ?? "left" })),
      rows,
    );
    lines.push("");
    if (result.objectives.some((objective) => objective.weightedGrade !== null))
      lines.push(text.weightedNote, "");
    lines.push(text.originNote, "");
  }
  lines.push(planLine(result, language), "");
  if (result.excluded.length > 0) {
    const excluded = result.excluded.map(
      (objective) => `${oneLine(objective.code)} (${text.exclusion[objective.reason]})`,
    );
    lines.push(`${text.excluded}: ${excluded.join("; ")}.`, "");
  }
  if (result.narrative !== null) appendNarrative(lines, result.narrative, language);
  // Errors and warnings are inconsistencies; notes (severity "info") say what the figures cannot settle.
  const inconsistencies = result.findings.filter((finding) => finding.severity !== "info");
  const limits = result.findings.filter((finding) => finding.severity === "info");
  lines.push(`## ${text.findings}`, "");
  if (inconsistencies.length === 0) lines.push(text.none);
  for (const finding of inconsistencies) lines.push(findingLine(finding, result, language));
  if (limits.length > 0) {
    lines.push("", `## ${text.limits}`, "");
    for (const finding of limits) lines.push(findingLine(finding, result, language));
  }
  if (scoredSystem !== undefined) appendScoredSystem(lines, scoredSystem, language);
  lines.push("");
  return lines.join();
}

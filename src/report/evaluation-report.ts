import { ADEQUACY_LEVEL_CATALOG, COINCIDENCE_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import { formatPercent } from "../core/format.js";
import type { Language } from "../core/labels.js";
import type { PartialActionPolicy } from "../evaluation/achievement-grade.js";
import { evaluatePlan, type PlanEvaluationResult } from "../evaluation/evaluate-plan.js";
import type { PlanWeighting } from "../evaluation/plan-achievement.js";
import type { ObjectiveEvaluation, PlanEvaluation } from "../model/objective-evaluation.js";
import { markdownTable } from "./markdown-table.js";

/**
 * Options of {@link renderEvaluationReport}.
 * @category Report
 */
export interface EvaluationReportOptions {
  /** Language of headers and messages (default `"it"`). */
  readonly language?: Language;
  /** A title for the report (default: "Valutazione ex post <from>-<to>"). */
  readonly title?: string;
  readonly partial?: PartialActionPolicy;
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

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function coincidenceCell(record: ObjectiveEvaluation, language: Language): string {
  const stated = record.coincidence;
  if (stated === undefined) return "—";
  if (stated.budgeted?.isZero() === true) return TEXT[language].notApplicable;
  const parts: string[] = [];
  const band = stated.statedBand === undefined ? undefined : COINCIDENCE_BAND_CATALOG[stated.statedBand];
  // With no printed percent, the band's official range stands in for it (">100% (sottostimato)").
  if (stated.statedPercent !== undefined) parts.push(formatPercent(stated.statedPercent, { decimals: 0 }));
  else if (band !== undefined) parts.push(band.officialRange);
  if (band !== undefined) parts.push(`(${band.labels[language]})`);
  return parts.length > 0 ? parts.join(" ") : "—";
}

function adequacyCell(record: ObjectiveEvaluation, language: Language): string {
  const level = record.adequacy?.level;
  if (level === undefined) return "—";
  return level === "non-pertinente"
    ? TEXT[language].notPertinent
    : ADEQUACY_LEVEL_CATALOG[level].labels[language];
}

/**
 * Renders the ex-post evaluation of a programming as a Markdown report: one row per objective (actions realized
 * over planned, exact grade and band, completion-weighted grade, stated coincidence, adequacy), the plan-level
 * grade compared with the one the document states, and every inconsistency found.
 *
 * @param evaluation - a validated {@link PlanEvaluation}
 * @param options - language, title, partial-action policy, weighting
 * @example
 * ```ts
 * import { renderEvaluationReport } from "piano-di-zona";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const report = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023);
 * report.includes("76,56%") //=> true
 * renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language: "en" }).startsWith("# Ex-post evaluation") //=> true
 * ```
 * @category Report
 */
export function renderEvaluationReport(
  evaluation: PlanEvaluation,
  options: EvaluationReportOptions = {},
): string {
  const language = options.language ?? "it";
  const text = TEXT[language];
  const result: PlanEvaluationResult = evaluatePlan(evaluation, {
    ...(options.partial === undefined ? {} : { partial: options.partial }),
    ...(options.weighting === undefined ? {} : { weighting: options.weighting }),
  });
  const rows = result.objectives.map((objective, index) => {
    const record = evaluation.objectives[index] as ObjectiveEvaluation;
    return [
      objective.code,
      shorten(objective.title, 60),
      `${objective.grade.realized.toString()}/${objective.grade.planned}`,
      formatPercent(objective.grade.percent),
      objective.grade.labels[language],
      formatPercent(objective.weightedGrade.percent),
      coincidenceCell(record, language),
      adequacyCell(record, language),
    ];
  });
  const alignments = ["left", "left", "right", "right", "left", "right", "left", "left"] as const;
  const table = markdownTable(
    text.columns.map((header, index) => ({ header, align: alignments[index] ?? "left" })),
    rows,
  );
  const { achievement } = result;
  const stated = evaluation.statedOverallGrade;
  const planLine =
    `**${text.plan}**: ${formatPercent(achievement.percent)} (${achievement.labels[language]}; ` +
    `${text.weighting[achievement.weighting]})` +
    (stated === undefined ? "" : ` — ${text.stated}: ${formatPercent(stated.percent)} (${stated.band})`);
  const findings =
    result.findings.length === 0
      ? [text.none]
      : result.findings.map((finding) => {
          const objective =
            typeof finding.path[1] === "number" ? result.objectives[finding.path[1]] : undefined;
          const where = objective === undefined ? "" : `**${objective.code}** — `;
          const message = language === "it" ? finding.messageIt : finding.message;
          return `- ${where}${message} \`${finding.code}\``;
        });
  return [
    `# ${options.title ?? text.title(result.period.from, result.period.to)}`,
    "",
    table,
    "",
    text.weightedNote,
    "",
    planLine,
    "",
    `## ${text.findings}`,
    "",
    ...findings,
    "",
  ].join("\n");
}

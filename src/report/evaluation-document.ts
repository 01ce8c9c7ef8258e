import { ACHIEVEMENT_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import type { Finding } from "../core/finding.js";
import type { Language } from "../core/labels.js";
import { readOptions } from "../core/read-input.js";
import { readPlanRecord, type PlanRecord } from "../evaluation/evaluation-record.js";
import { readPartialPolicy } from "../evaluation/partial-action-policy.js";
import { readWeighting } from "../evaluation/plan-weighting.js";
import type { ObjectiveEvaluationResult } from "../evaluation/recompute-objective-evaluation.js";
import { recomputePlanRecord, type PlanEvaluationResult } from "../evaluation/recompute-plan-evaluation.js";
import type { PlanEvaluationInput } from "../model/objective-evaluation.js";
import { canonical } from "./_cells.js";
import {
  adequacyCell,
  coincidenceCell,
  percent,
  readLanguage,
  readTitle,
  TEXT,
} from "./_evaluation-parts.js";
import type {
  BandCell,
  ChartDatum,
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportColumn,
  ReportDocument,
} from "./document.js";
import type { EvaluationReportOptions } from "./evaluation-report.js";

/**
 * Options of {@link evaluationDocument} and {@link gradeChart}: those of {@link renderEvaluationReport}.
 * @category Report
 */
export type EvaluationDocumentOptions = EvaluationReportOptions;

const WORDS = {
  it: {
    planned: "Azioni programmate",
    realized: "Azioni realizzate",
    chartTitle: "Grado di raggiungimento per obiettivo",
    chartDescription: (count: number, plan: string) =>
      `Barre orizzontali: il grado di ciascuno dei ${String(count)} obiettivi che ne hanno uno solo, colorato per fascia, con le soglie della griglia (50%, 80%, 100%); grado del piano ${plan}.`,
    objective: "Obiettivo",
    grade: "Grado (%)",
    rule: (band: string) => band,
    planRule: (value: string) => `piano: ${value}`,
    table: "Esito degli obiettivi",
    findingColumns: ["Obiettivo", "Gravità", "Descrizione", "Codice"],
    severity: { error: "errore", warning: "avviso", info: "informazione" },
  },
  en: {
    planned: "Actions planned",
    realized: "Actions realized",
    chartTitle: "Achievement grade by objective",
    chartDescription: (count: number, plan: string) =>
      `Horizontal bars: the grade of each of the ${String(count)} objectives that have a single one, coloured by band, with the thresholds of the grid (50%, 80%, 100%); plan grade ${plan}.`,
    objective: "Objective",
    grade: "Grade (%)",
    rule: (band: string) => band,
    planRule: (value: string) => `plan: ${value}`,
    table: "Results of the objectives",
    findingColumns: ["Objective", "Severity", "Description", "Code"],
    severity: { error: "error", warning: "warning", info: "info" },
  },
} as const;

interface Evaluated {
  readonly language: Language;
  readonly title: string | null;
  readonly record: PlanRecord;
  readonly result: PlanEvaluationResult;
}

function evaluate(evaluation: unknown, options: unknown): Evaluated {
  const optionRecord = readOptions(options, []);
  const language = readLanguage(optionRecord);
  const title = readTitle(optionRecord);
  const partial = readPartialPolicy(optionRecord, []);
  const weighting = readWeighting(optionRecord, []);
  const record = readPlanRecord(evaluation);
  return { language, title, record, result: recomputePlanRecord(record, partial, weighting) };
}

// The grade an objective's figure gives when it is one value (recomputed, or a printed percent); `null` for an
// interval (a printed band or range) or no grade.
function singleGrade(objective: ObjectiveEvaluationResult): Decimal | null {
  const figure = objective.achievement;
  return figure !== null && figure.from.equals(figure.to) ? figure.from : null;
}

function gradeCell(objective: ObjectiveEvaluationResult): string | null {
  const grade = singleGrade(objective);
  return grade === null ? null : canonical(grade);
}

function bandCell(objective: ObjectiveEvaluationResult, language: Language): BandCell | null {
  const figure = objective.achievement;
  return figure?.band == null || figure.labels === null
    ? null
    : { code: figure.band, label: figure.labels[language] };
}

// The plan's grade in words: one value, an interval, or none.
function planValue({ language, result }: Evaluated): string {
  const { achievement } = result;
  if (achievement.percent !== null) return percent(language, achievement.percent);
  if (achievement.interval !== null) {
    return TEXT[language].between(
      percent(language, achievement.interval.from),
      percent(language, achievement.interval.to),
    );
  }
  return TEXT[language].noPlanGrade;
}

// Categories of a chart are told apart: a code printed twice gets its position after it.
function distinct(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  return codes.map((code, index) => {
    const name = seen.has(code) ? `${code} (${String(index + 1)})` : code;
    seen.add(name);
    return name;
  });
}

function chartOf(evaluated: Evaluated): ReportChart {
  const { language, result } = evaluated;
  const words = WORDS[language];
  const graded = result.objectives.filter((objective) => singleGrade(objective) !== null);
  const categories = distinct(graded.map((objective) => objective.code));
  const data: ChartDatum[] = graded.map((objective, index) => ({
    category: categories[index] ?? objective.code,
    series: null,
    value: gradeCell(objective),
    target: null,
    band: bandCell(objective, language),
  }));
  const plan = planValue(evaluated);
  const planPercent = result.achievement.percent;
  return {
    kind: "chart",
    id: "grades",
    chart: "bars",
    language,
    title: words.chartTitle,
    description: words.chartDescription(categories.length, plan),
    valueType: "percent",
    axes: { category: words.objective, value: words.grade, series: null },
    categories,
    series: [],
    data,
    rules: [
      { value: "50", label: `50%: ${ACHIEVEMENT_BAND_CATALOG.sufficiente.labels[language]}` },
      { value: "80", label: `80%: ${ACHIEVEMENT_BAND_CATALOG.buono.labels[language]}` },
      { value: "100", label: `100%: ${ACHIEVEMENT_BAND_CATALOG.ottimo.labels[language]}` },
      ...(planPercent === null ? [] : [{ value: canonical(planPercent), label: words.planRule(plan) }]),
    ],
  };
}

function findingRows(
  findings: readonly Finding[],
  result: PlanEvaluationResult,
  language: Language,
): ReportCell[][] {
  const words = WORDS[language];
  return findings.map((finding) => {
    const index = finding.path[1];
    const objective = typeof index === "number" ? result.objectives[index] : undefined;
    return [
      objective?.code ?? null,
      words.severity[finding.severity],
      language === "it" ? finding.messageIt : finding.message,
      finding.code,
    ];
  });
}

/**
 * Builds the report of an ex-post evaluation as a {@link ReportDocument}: the table of the objectives (actions
 * planned and realized, exact grade and band, completion-weighted grade, stated coincidence, adequacy), the plan's
 * grade against the one the document states, the bar chart of the grades ({@link gradeChart}) and the table of
 * every inconsistency found. Every word the library writes is in the language asked for; the objectives' codes and
 * titles stay as the document prints them. Render it with {@link renderMarkdown}, {@link renderHtml},
 * {@link renderCsv} or display it with {@link show}. Pure: plain data out.
 *
 * @param evaluation - the evaluation, as `recomputePlanEvaluation` reads it
 * @param options - language (`"it"` or `"en"`), title, partial-action policy, weighting
 * @throws `PdzError` the errors of {@link renderEvaluationReport} (but `report_too_long`)
 * @example
 * ```ts
 * import { evaluationDocument, tableRows } from "piano-di-zona/report";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const report = evaluationDocument(GALLARATE_EVALUATION_2021_2023, { language: "en" });
 * report.title //=> "Ex-post evaluation of the objectives 2021-2023"
 * tableRows(report).objectives?.length //=> 16
 * tableRows(report).objectives?.[1]?.band //=> "sufficient"
 * evaluationDocument(GALLARATE_EVALUATION_2021_2023, { language: "de" as never }) //=> throws invalid_language
 * ```
 * @category Report
 */
export function evaluationDocument(
  evaluation: DeepReadonly<PlanEvaluationInput>,
  options: EvaluationDocumentOptions = {},
): ReportDocument {
  const evaluated = evaluate(evaluation, options);
  const { language, record, result } = evaluated;
  const text = TEXT[language];
  const words = WORDS[language];
  const [code, title, , grade, band, weighted, coincidence, adequacy, origin] = text.columns;
  const realizedDecimals = Math.min(
    2,
    result.objectives.reduce(
      (most, objective) => Math.max(most, objective.grade?.realizedEquivalent.decimalPlaces() ?? 0),
      0,
    ),
  );
  const columns: ReportColumn[] = [
    { key: "code", header: code, type: "text" },
    { key: "title", header: title, type: "text" },
    { key: "planned", header: words.planned, type: "count" },
    { key: "realized", header: words.realized, type: "index", decimals: realizedDecimals },
    { key: "grade", header: grade, type: "percent" },
    { key: "band", header: band, type: "band" },
    { key: "weightedGrade", header: weighted, type: "percent" },
    { key: "coincidence", header: coincidence, type: "text" },
    { key: "adequacy", header: adequacy, type: "text" },
    { key: "origin", header: origin, type: "text" },
  ];
  const rows = result.objectives.map((objective, index): ReportCell[] => {
    const stated = record.objectives[index];
    return [
      objective.code,
      objective.title,
      objective.grade?.planned ?? null,
      objective.grade === null ? null : canonical(objective.grade.realizedEquivalent),
      gradeCell(objective),
      bandCell(objective, language),
      objective.weightedGrade === null ? null : canonical(objective.weightedGrade.percent),
      stated === undefined ? null : coincidenceCell(stated, language),
      stated === undefined ? null : adequacyCell(stated, language),
      objective.achievement === null ? null : text.origin[objective.achievement.origin],
    ];
  });
  const { achievement } = result;
  const statedGrade = record.statedOverallGrade;
  const statedValue =
    statedGrade === null
      ? null
      : statedGrade.percent !== null
        ? percent(language, statedGrade.percent)
        : statedGrade.range !== null
          ? text.between(percent(language, statedGrade.range.from), percent(language, statedGrade.range.to))
          : (statedGrade.text ?? "—");
  const statedBand =
    statedGrade?.band == null ? "" : ` (${ACHIEVEMENT_BAND_CATALOG[statedGrade.band].labels[language]})`;
  const planLine =
    `${text.plan}: ${planValue(evaluated)} (` +
    [achievement.labels?.[language], text.weighting[achievement.weighting]]
      .filter((part) => part !== undefined)
      .join("; ") +
    ")" +
    (statedValue === null ? "" : ` — ${text.stated}: ${statedValue}${statedBand}`);
  const findings: ReportBlock =
    result.findings.length === 0
      ? { kind: "note", text: text.none }
      : {
          kind: "table",
          id: "findings",
          title: text.findings,
          columns: words.findingColumns.map((header, index) => ({
            key: ["objective", "severity", "message", "code"][index] ?? "column",
            header,
            type: "text" as const,
          })),
          rows: findingRows(result.findings, result, language),
        };
  return {
    kind: "report",
    language,
    title: evaluated.title ?? text.title(result.period.from, result.period.to),
    blocks: [
      { kind: "table", id: "objectives", title: words.table, columns, rows, notes: [text.weightedNote] },
      { kind: "note", text: planLine },
      chartOf(evaluated),
      { kind: "section", title: text.findings, blocks: [findings] },
    ],
  };
}

/**
 * The bar chart of an evaluation's grades: one bar per objective (its recomputed grade, coloured by band), the
 * thresholds of the grid (50%, 80%, 100%) and the plan's grade as dashed lines. Render it with {@link renderSvg}
 * or {@link renderVegaLite}, or display it with {@link show}. Pure: plain data out.
 *
 * @param evaluation - the evaluation, as `recomputePlanEvaluation` reads it
 * @param options - language, partial-action policy, weighting (the title is the chart's own)
 * @throws `PdzError` the errors of {@link evaluationDocument}
 * @example
 * ```ts
 * import { gradeChart } from "piano-di-zona/report";
 * import { GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const chart = gradeChart(GALLARATE_EVALUATION_2021_2023);
 * chart.categories.length //=> 16
 * chart.data[1]?.value //=> "75"
 * chart.rules.at(-1)?.label //=> "piano: 76,56%"
 * ```
 * @category Report
 */
export function gradeChart(
  evaluation: DeepReadonly<PlanEvaluationInput>,
  options: EvaluationDocumentOptions = {},
): ReportChart {
  return chartOf(evaluate(evaluation, options));
}

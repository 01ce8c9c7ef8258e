// The report of a plan's review (reviewPlan): summary, budgets by macro-area and by fund, the previous plan's
// grades, targets and LEPS indicators by status, and every finding. Plain data out; the renderers draw it.
import type { PlanReview } from "../audit/review-plan.js";
import { isFundId, FUND_CATALOG } from "../catalog/funds.js";
import { isMacroAreaCode, MACRO_AREA_CATALOG } from "../catalog/macro-areas.js";
import { ACHIEVEMENT_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import type { Language } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import { INDICATOR_STATUSES, INDICATOR_STATUS_CATALOG } from "../monitoring/indicator-status.js";
import { canonical, displayNumber } from "./_cells.js";
import { readLanguage } from "./_read-document.js";
import type { ReportBlock, ReportCell, ReportColumn, ReportDocument, ReportTable } from "./document.js";
import { budgetChart } from "./fund-document.js";
import { ownData } from "../core/own-snapshot.js";
import { ownField, readOptions } from "../core/read-input.js";

/** Options of {@link reviewDocument}. @category Report */
export interface ReviewDocumentOptions {
  /** `"it"` (default) or `"en"`: every word the library writes. */
  readonly language?: Language;
  /** The document's title; default the plan's title with the review's date. */
  readonly title?: string;
}

const WORDS = {
  it: {
    title: (plan: string, at: string) => `Revisione: ${plan} (al ${at})`,
    untitled: "Piano di Zona senza titolo",
    summary: "Sintesi",
    item: "voce",
    value: "valore",
    period: "periodo",
    objectives: "schede obiettivo",
    lepsSchede: "schede LEPS",
    valid: "conforme al modello",
    yes: "sì",
    no: "no",
    findings: "rilievi",
    severity: { error: "errori", warning: "avvisi", info: "informazioni" },
    severityOne: { error: "errore", warning: "avviso", info: "informazione" },
    budget: "Risorse preventivate",
    byArea: "Risorse per macro-area",
    byFund: "Risorse per fondo",
    area: "macro-area",
    fund: "fondo",
    amount: "importo",
    total: "totale",
    noBudget: "Nessuna risorsa con importo dichiarato.",
    previous: "Valutazione della programmazione precedente",
    noPrevious: "Il piano non riporta la valutazione della programmazione precedente.",
    code: "codice",
    objective: "obiettivo",
    grade: "grado di raggiungimento",
    band: "fascia",
    plan: "Grado del piano",
    between: (from: string, to: string) => `tra ${from} e ${to}`,
    targets: "Risultati attesi per stato",
    noTargets: "Nessuna scheda riporta risultati attesi tipizzati.",
    leps: "Indicatori LEPS per stato",
    noLeps: "Gli indicatori LEPS non sono valutabili.",
    status: "stato",
    count: "numero",
    allFindings: "Rilievi",
    noFindings: "Nessun rilievo.",
    path: "posizione",
    message: "messaggio",
    issues: "Problemi di validazione",
  },
  en: {
    title: (plan: string, at: string) => `Review: ${plan} (at ${at})`,
    untitled: "Untitled Piano di Zona",
    summary: "Summary",
    item: "item",
    value: "value",
    period: "period",
    objectives: "objective forms",
    lepsSchede: "LEPS forms",
    valid: "valid against the model",
    yes: "yes",
    no: "no",
    findings: "findings",
    severity: { error: "errors", warning: "warnings", info: "notes" },
    severityOne: { error: "error", warning: "warning", info: "note" },
    budget: "Budgeted resources",
    byArea: "Resources by policy area",
    byFund: "Resources by fund",
    area: "policy area",
    fund: "fund",
    amount: "amount",
    total: "total",
    noBudget: "No resource with a stated amount.",
    previous: "Evaluation of the previous plan",
    noPrevious: "The plan carries no evaluation of the previous plan.",
    code: "code",
    objective: "objective",
    grade: "achievement grade",
    band: "band",
    plan: "Plan grade",
    between: (from: string, to: string) => `between ${from} and ${to}`,
    targets: "Result targets by status",
    noTargets: "No objective form carries typed result targets.",
    leps: "LEPS indicators by status",
    noLeps: "The LEPS indicators cannot be evaluated.",
    status: "status",
    count: "count",
    allFindings: "Findings",
    noFindings: "No finding.",
    path: "where",
    message: "message",
    issues: "Validation issues",
  },
} as const;

type Words = (typeof WORDS)[Language];

function textColumns(...headers: readonly [string, string][]): ReportColumn[] {
  return headers.map(([key, header]) => ({ key, header, type: "text" as const }));
}

function readReview(review: unknown): PlanReview {
  // A copy of the review's own data: no getter, proxy or inherited field is read past this line.
  const value = ownData(review) as Partial<PlanReview> | null;
  if (
    typeof value !== "object" ||
    value === null ||
    typeof value.at !== "string" ||
    typeof value.summary !== "object" ||
    !Array.isArray(value.findings)
  ) {
    throw pdzError(
      C.invalid_type,
      { expected: { it: "una revisione (reviewPlan)", en: "a review (reviewPlan)" } },
      [],
    );
  }
  return value as PlanReview;
}

function areaLabel(code: string, language: Language): string {
  return isMacroAreaCode(code) ? `${code}. ${MACRO_AREA_CATALOG[code].labels[language]}` : code;
}

function fundLabel(id: string, language: Language): string {
  return isFundId(id) ? FUND_CATALOG[id].labels[language] : id;
}

function budgetBlocks(review: PlanReview, language: Language, words: Words): ReportBlock[] {
  const { budget } = review.summary;
  const areas = Object.entries(budget.byMacroArea);
  const funds = Object.entries(budget.byFund);
  if (areas.length === 0 && funds.length === 0) return [{ kind: "note", text: words.noBudget }];
  const amountTable = (id: string, title: string, key: string, entries: [string, string][]): ReportTable => ({
    kind: "table",
    id,
    title,
    columns: [
      { key, header: key === "area" ? words.area : words.fund, type: "text" },
      { key: "amount", header: words.amount, type: "euro", decimals: 2 },
    ],
    rows: [...entries.map(([label, amount]): ReportCell[] => [label, amount]), [words.total, budget.total]],
  });
  const areaRows = areas.map(([code, amount]): [string, string] => [areaLabel(code, language), amount]);
  return [
    amountTable("budget-by-area", words.byArea, "area", areaRows),
    amountTable(
      "budget-by-fund",
      words.byFund,
      "fund",
      funds.map(([id, amount]) => [fundLabel(id, language), amount]),
    ),
    budgetChart(
      areaRows.map(([label, amount]) => ({ label, amount })),
      { language, title: words.byArea },
    ),
  ];
}

function previousBlocks(review: PlanReview, language: Language, words: Words): ReportBlock[] {
  const previous = review.previousEvaluation;
  if (previous === null) return [{ kind: "note", text: words.noPrevious }];
  const rows = previous.objectives.map((objective): ReportCell[] => [
    objective.code,
    objective.title,
    objective.grade === null ? null : canonical(objective.grade.percent),
    objective.grade === null
      ? null
      : {
          code: objective.grade.band,
          label: ACHIEVEMENT_BAND_CATALOG[objective.grade.band].labels[language],
        },
  ]);
  const { achievement } = previous;
  const percent = (value: Decimal) => displayNumber(language, "percent", value, 2);
  const plan =
    achievement.percent !== null
      ? percent(achievement.percent)
      : achievement.interval !== null
        ? words.between(percent(achievement.interval.from), percent(achievement.interval.to))
        : "—";
  const band =
    achievement.band === null ? "" : ` (${ACHIEVEMENT_BAND_CATALOG[achievement.band].labels[language]})`;
  return [
    {
      kind: "table",
      id: "previous-objectives",
      title: `${words.previous} ${previous.period.from}-${previous.period.to}`,
      columns: [
        { key: "code", header: words.code, type: "text" },
        { key: "title", header: words.objective, type: "text" },
        { key: "grade", header: words.grade, type: "percent" },
        { key: "band", header: words.band, type: "band" },
      ],
      rows,
    },
    { kind: "note", text: `${words.plan}: ${plan}${band}` },
  ];
}

function statusTable(
  id: string,
  title: string,
  counts: Readonly<Record<string, number>>,
  language: Language,
  words: Words,
): ReportTable {
  return {
    kind: "table",
    id,
    title,
    columns: [
      { key: "status", header: words.status, type: "text" },
      { key: "count", header: words.count, type: "count" },
    ],
    rows: INDICATOR_STATUSES.map((status): ReportCell[] => [
      INDICATOR_STATUS_CATALOG[status].labels[language],
      counts[status] ?? 0,
    ]),
  };
}

function targetCounts(review: PlanReview): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const objective of review.targets) {
    for (const [status, count] of Object.entries(objective.evaluation?.counts ?? {})) {
      counts[status] = (counts[status] ?? 0) + count;
    }
  }
  return counts;
}

/**
 * Builds the report of a plan's review (`reviewPlan`) as a {@link ReportDocument}: a summary (period,
 * schede, validation, findings by severity), the budget by macro-area and by fund with its bar chart, the previous
 * plan's grades, the result targets and the LEPS indicators by status, the validation issues and every finding
 * with where it is and both its code and message. Every word the library writes is in the language asked for;
 * titles and codes stay as the plan prints them. Render it with {@link renderMarkdown}, {@link renderHtml} or
 * {@link renderCsv}, or display it with {@link show}. Pure: plain data out.
 *
 * @param review - what `reviewPlan` returned (or its JSON)
 * @param options - language (`"it"` or `"en"`), title
 * @throws `PdzError` `invalid_type` (not a review, or options not an object), `invalid_language`, `unreadable_field`
 *   (a field of the review could not be read), `too_deeply_nested`
 * @example
 * ```ts
 * import { reviewPlan } from "piano-di-zona/audit";
 * import { reviewDocument, tableRows } from "piano-di-zona/report";
 * import { GALLARATE_AMBITO, GALLARATE_EVALUATION_2021_2023, GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const plan = {
 *   title: "Piano di Zona 2025-2027", ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 }, approvals: [],
 *   previousEvaluation: GALLARATE_EVALUATION_2021_2023, objectives: [GALLARATE_SCHEDA_OBIETTIVO_L], lepsSchede: [],
 * };
 * const review = reviewPlan(plan, { at: "2026-06-30", partial: true });
 * const report = reviewDocument(review, { language: "en" });
 * report.title //=> "Review: Piano di Zona 2025-2027 (at 2026-06-30)"
 * tableRows(report)["previous-objectives"]?.length //=> 16
 * reviewDocument({}) //=> throws invalid_type
 * ```
 * @category Report
 */
export function reviewDocument(review: PlanReview, options: ReviewDocumentOptions = {}): ReportDocument {
  const read = readReview(review);
  const language = readLanguage(ownField(readOptions(options), "language", []) ?? "it");
  const words = WORDS[language];
  const { summary } = read;
  const severities = ["error", "warning", "info"] as const;
  const summaryTable: ReportTable = {
    kind: "table",
    id: "summary",
    title: words.summary,
    columns: textColumns(["item", words.item], ["value", words.value]),
    rows: [
      [words.period, read.period === null ? "—" : `${read.period.from}-${read.period.to}`],
      [words.objectives, String(summary.objectives)],
      [words.lepsSchede, String(summary.lepsSchede)],
      [words.valid, read.validation.success ? words.yes : words.no],
      ...severities.map((severity): ReportCell[] => [
        `${words.findings}: ${words.severity[severity]}`,
        String(summary.findings.bySeverity[severity]),
      ]),
    ],
  };
  const issues: ReportBlock[] = read.validation.issues.length
    ? [
        {
          kind: "table",
          id: "validation-issues",
          title: words.issues,
          columns: textColumns(["path", words.path], ["message", words.message], ["code", words.code]),
          rows: read.validation.issues.map((issue): ReportCell[] => [
            issue.path.join("."),
            language === "it" ? issue.messageIt : issue.message,
            issue.code,
          ]),
        },
      ]
    : [];
  const findings: ReportBlock =
    read.findings.length === 0
      ? { kind: "note", text: words.noFindings }
      : {
          kind: "table",
          id: "findings",
          title: words.allFindings,
          columns: textColumns(
            ["severity", words.status],
            ["path", words.path],
            ["message", words.message],
            ["code", words.code],
          ),
          rows: read.findings.map((finding): ReportCell[] => [
            words.severityOne[finding.severity],
            finding.path.join("."),
            language === "it" ? finding.messageIt : finding.message,
            finding.code,
          ]),
        };
  const targets = targetCounts(read);
  return {
    kind: "report",
    language,
    title: options.title ?? words.title(read.title ?? words.untitled, read.at),
    blocks: [
      summaryTable,
      { kind: "section", title: words.budget, blocks: budgetBlocks(read, language, words) },
      { kind: "section", title: words.previous, blocks: previousBlocks(read, language, words) },
      {
        kind: "section",
        title: words.targets,
        blocks:
          read.targets.length === 0
            ? [{ kind: "note", text: words.noTargets }]
            : [statusTable("targets-by-status", words.targets, targets, language, words)],
      },
      {
        kind: "section",
        title: words.leps,
        blocks:
          read.leps === null
            ? [{ kind: "note", text: words.noLeps }]
            : [statusTable("leps-by-status", words.leps, read.leps.counts, language, words)],
      },
      { kind: "section", title: words.allFindings, blocks: [...issues, findings] },
    ],
  };
}

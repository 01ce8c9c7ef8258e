// The audit's recall and false findings, measured on the seeds: the audit functions run over the datasets of each
// seed (as the library ships them), and their findings are matched to the slips listed for that seed
// (test/audit/fixtures/slips-*.ts: the extraction's consolidated list, the slips the hand encoders met, and those the
// audit found that neither lists). docs/audit-recall.md is the rendering of these figures (`npm run docs:audit`).
import { Decimal } from "../../../src/core/decimal.js";
import type { Finding } from "../../../src/core/finding.js";
import { parseItalianNumber } from "../../../src/core/italian-number.js";
import { checkPianoDiZona } from "../../../src/audit/index.js";
import { matchMacroAreaList } from "../../../src/catalog/match-macro-area.js";
import * as D from "../../../src/datasets/index.js";
import {
  birthRate,
  birthsPerThousandWomen,
  checkAgeStructure,
  checkIndexIdentities,
  checkStatedIndices,
  demographicProfile,
  foreignShare,
  populationChangeRate,
  populationDensity,
  readPrintedFigure,
  standardBands,
} from "../../../src/demography/index.js";
import { checkScoredEvaluationSystem } from "../../../src/evaluation/check-scored-evaluation-system.js";
import { checkFundTable } from "../../../src/finance/check-fund-table.js";
import { checkStatedShares } from "../../../src/finance/check-stated-shares.js";
import { checkStatedSum } from "../../../src/finance/check-stated-sum.js";
import { fundTableTotals } from "../../../src/finance/fund-table-totals.js";
import { checkAccordoDiProgramma } from "../../../src/governance/check-accordo-di-programma.js";
import { fourAmbiti } from "../../support/ambiti/index.js";
import { SLIPS_000 } from "../fixtures/slips-000.js";
import { SLIPS_001 } from "../fixtures/slips-001.js";
import { SLIPS_002 } from "../fixtures/slips-002.js";
import { SLIPS_003 } from "../fixtures/slips-003.js";
import { SLIPS_004 } from "../fixtures/slips-004.js";

/** What kind of slip: the first ten a program can check, the last four are out of the audit's scope. */
export type SlipKind =
  | "arithmetic"
  | "total"
  | "share"
  | "index"
  | "grade"
  | "letter-vs-title"
  | "missing-field"
  | "blank-field"
  | "template-text"
  | "structural"
  | "typo"
  | "lost-image"
  | "pdf-artefact"
  | "narrative";

/** A finding that reveals a slip: its code, the dataset record (a prefix: `NAME` or `NAME/code`) and path prefix. */
export interface Expectation {
  readonly record: string;
  readonly code: string;
  /** Prefix of the finding's path joined by "/"; any path when absent. */
  readonly path?: string;
}

/** One slip of a seed. */
export interface Slip {
  /** `X.n`: item n of the extraction's consolidated list; `R…`: met by the hand encoders; `AU…`: found by the audit. */
  readonly id: string;
  /** Seed lines, as "L558" or "L1790, L1937". */
  readonly line: string;
  readonly printed: string;
  readonly kind: SlipKind;
  readonly source: "extraction" | "encoders" | "audit";
  readonly checkable: boolean;
  /** Why it is out of scope; for a checkable slip no finding reveals, why the audit misses it. */
  readonly reason?: string;
  /** The findings that reveal it (any one suffices); empty when no dataset or check can reveal it yet. */
  readonly expect?: readonly Expectation[];
}

/** A finding reviewed against the seed lines and judged wrong: a false finding of the audit. */
export interface WrongFinding extends Expectation {
  readonly reason: string;
}

/** The slips of one seed and the findings judged wrong. */
export interface SeedSlips {
  readonly seed: string;
  readonly ambito: string;
  readonly slips: readonly Slip[];
  readonly wrong: readonly WrongFinding[];
  /** Findings reviewed and judged right that report what could not be checked, not a slip of the plan. */
  readonly notes?: readonly WrongFinding[];
}

/** A finding of the audit, tied to the dataset record it is about. */
export interface AuditFinding {
  readonly record: string;
  readonly code: string;
  readonly severity: string;
  readonly path: string;
  readonly stated: string | null;
  readonly computed: string | null;
  readonly message: string;
}

/** Codes not measured, with the reason: they judge what the datasets do not encode. */
export const NOT_MEASURED: Readonly<Record<string, string>> = {
  approval_act_missing:
    "the datasets hold the plans' parts, not their approval acts, so the plan built from them has none by construction",
};

/** The seeds, in order. */
export const SEEDS: readonly SeedSlips[] = [SLIPS_000, SLIPS_001, SLIPS_002, SLIPS_003, SLIPS_004];

type Labelled = readonly {
  readonly code?: string | null | undefined;
  readonly leps?: unknown;
  readonly author?: unknown;
  readonly source?: { readonly lines?: readonly number[] | undefined } | null | undefined;
}[];

/** `code@Lfirst-line` for a scheda obiettivo (codes repeat in some plans), `leps@author` for a LEPS scheda. */
function labelOf(item: Labelled[number] | undefined, index: number): string {
  if (item === undefined) return String(index);
  if (typeof item.leps === "string" && typeof item.author === "string") return `${item.leps}@${item.author}`;
  const first = item.source?.lines?.[0];
  const code = typeof item.code === "string" && item.code !== "" ? item.code : String(index);
  return typeof first === "number" ? `${code}@L${String(first)}` : code;
}

function tagged(record: string, findings: readonly Finding[]): AuditFinding[] {
  return findings.map((finding) => ({
    record,
    code: finding.code,
    severity: finding.severity,
    path: finding.path.join("/"),
    stated: finding.stated,
    computed: finding.computed,
    message: finding.message,
  }));
}

interface PlanParts {
  readonly objectives?: { readonly name: string; readonly list: Labelled };
  readonly leps?: { readonly name: string; readonly list: Labelled };
  readonly evaluation?: { readonly name: string; readonly value: unknown };
}

/** The whole-plan audit of the seed's parts; each finding is tied to its scheda or to the evaluation. */
function planFindings(parts: PlanParts): AuditFinding[] {
  const plan = {
    title: "Piano di Zona 2025-2027",
    period: { from: 2025, to: 2027 },
    objectives: parts.objectives?.list ?? [],
    lepsSchede: parts.leps?.list ?? [],
    ...(parts.evaluation === undefined ? {} : { previousEvaluation: parts.evaluation.value }),
  };
  return checkPianoDiZona(plan)
    .filter((finding) => !(finding.code in NOT_MEASURED))
    .map((finding) => {
      const [head, index, ...rest] = finding.path;
      let record = "PLAN";
      let path = finding.path;
      if (head === "objectives" && typeof index === "number" && parts.objectives !== undefined) {
        record = `${parts.objectives.name}/${labelOf(parts.objectives.list[index], index)}`;
        path = rest;
      } else if (head === "lepsSchede" && typeof index === "number" && parts.leps !== undefined) {
        record = `${parts.leps.name}/${labelOf(parts.leps.list[index], index)}`;
        path = rest;
      } else if (head === "previousEvaluation" && parts.evaluation !== undefined) {
        record = parts.evaluation.name;
        path = finding.path.slice(1);
      }
      return tagged(record, [{ ...finding, path }])[0]!;
    });
}

/** The letters printed before macro-area titles in an evaluation's objectives, against the titles. */
function areaLetters(
  name: string,
  objectives: readonly { readonly code?: string; readonly area?: unknown }[],
) {
  return objectives.flatMap((objective, index) => {
    if (typeof objective.area !== "string") return [];
    return matchMacroAreaList(objective.area).flatMap((match) =>
      match.warnings.map((warning) => ({
        record: `${name}/${objective.code ?? String(index)}`,
        code: warning.code,
        severity: "warning",
        path: "area",
        stated: objective.area as string,
        computed: match.code,
        message: warning.message,
      })),
    );
  });
}

const value = (text: string): Decimal => parseItalianNumber(text);

/** The Accordo of a seed's Ambito, checked against the Ambito's parties and the triennium 2025-2027. */
function accordoFindings(seed: string): Finding[] {
  const governance = fourAmbiti().find((entry) => entry.seed === seed);
  if (governance === undefined) throw new Error(`no Accordo for seed ${seed}`);
  return checkAccordoDiProgramma(governance.accordo, {
    ambito: governance.ambito,
    period: { from: 2025, to: 2027 },
  });
}

function gallarate(): AuditFinding[] {
  const { table21, table22, text } = D.GALLARATE_DEMOGRAPHY;
  const population = (printed: string): number => value(printed).toNumber();
  const [y2021, y2022, y2023] = table21.map((c) => population(c.populationPrinted));
  const channelTotal = fundTableTotals(D.GALLARATE_SPENDING_BY_CHANNEL_2022).grandTotal.toString();
  const areaParts = D.GALLARATE_SPENDING_BY_AREA_2022.map((row) => row.spending);
  return [
    ...planFindings({
      objectives: {
        name: "GALLARATE_SCHEDE_OBIETTIVO_2025_2027",
        list: D.GALLARATE_SCHEDE_OBIETTIVO_2025_2027,
      },
      leps: { name: "GALLARATE_LEPS_SCHEDE_2025_2027", list: D.GALLARATE_LEPS_SCHEDE_2025_2027 },
      evaluation: { name: "GALLARATE_EVALUATION_2021_2023", value: D.GALLARATE_EVALUATION_2021_2023 },
    }),
    ...areaLetters("GALLARATE_EVALUATION_2021_2023", D.GALLARATE_EVALUATION_2021_2023.objectives),
    ...tagged(
      "GALLARATE_ACCORDO",
      checkAccordoDiProgramma(D.GALLARATE_ACCORDO, {
        ambito: D.GALLARATE_AMBITO,
        period: { from: 2025, to: 2027 },
      }),
    ),
    ...tagged(
      "GALLARATE_DEMOGRAPHY",
      // Tabella 2.2 repeats the Ambito's 2022 column of Tabella 2.1: checked once.
      [...table21, ...table22.slice(1)].flatMap((c) =>
        checkIndexIdentities(c.indices, [c.area, String(c.year)]),
      ),
    ),
    ...tagged(
      "GALLARATE_DEMOGRAPHY",
      checkStatedIndices(
        {
          totalGrowthRate2022: table21[1]?.indices.totalGrowthRate,
          totalGrowthRate2023: table21[2]?.indices.totalGrowthRate,
        },
        {
          totalGrowthRate2022: populationChangeRate({
            populationStart: y2021 ?? 0,
            populationEnd: y2022 ?? 0,
          }),
          totalGrowthRate2023: populationChangeRate({
            populationStart: y2022 ?? 0,
            populationEnd: y2023 ?? 0,
          }),
        },
        ["table21"],
      ),
    ),
    ...tagged(
      "GALLARATE_DEMOGRAPHY",
      checkStatedIndices(
        {
          density: readPrintedFigure(text.densityPrinted),
          foreignShare: readPrintedFigure(text.foreignSharePrinted),
        },
        {
          density: populationDensity({
            population: population(text.populationPrinted),
            areaKm2: value(text.areaPrinted),
          }),
          foreignShare: foreignShare({
            foreigners: population(text.foreignersPrinted),
            total: population(text.populationPrinted),
          }),
        },
        ["text"],
      ),
    ),
    ...tagged("GALLARATE_SPENDING_BY_CHANNEL_2022", checkFundTable(D.GALLARATE_SPENDING_BY_CHANNEL_2022)),
    ...tagged(
      "GALLARATE_FUNDING_SHARES_2022",
      checkStatedShares(D.GALLARATE_FUNDING_SHARES_2022, channelTotal),
    ),
    ...tagged(
      "GALLARATE_TEXT_SHARES_2022",
      checkStatedShares(D.GALLARATE_TEXT_SHARES_2022, channelTotal, ["text"]),
    ),
    ...tagged("GALLARATE_SPENDING_BY_AREA_2022", checkStatedSum(areaParts, "19.827.811,00", ["text"])),
    ...tagged(
      "GALLARATE_SPENDING_BY_AREA_2022",
      checkStatedShares(
        D.GALLARATE_SPENDING_BY_AREA_2022.map((row) => ({
          label: row.area,
          part: value(row.spending),
          statedPercent: row.sharePrinted,
        })),
        "19827811",
      ),
    ),
    // Tabella 4.2 against Tabella 2.4: the two totals of the same 2022 spending.
    ...tagged("GALLARATE_SPENDING_BY_AREA_2022", checkStatedSum(areaParts, channelTotal, ["tabella-2.4"])),
  ];
}

function areaDemography(
  table: typeof D.ATS_INSUBRIA_POPULATION_2024 | typeof D.ASST_VALLE_OLONA_POPULATION_2024,
) {
  const structure = D.printedAreaStructure(table);
  const bands = standardBands(structure);
  const computed = {
    ...demographicProfile(structure).toJSON(),
    birthsPerThousandWomen: birthsPerThousandWomen({
      births: table.births2023.total,
      women15to49: bands.women15to49 ?? 0,
    }),
    birthRate: birthRate({ births: table.births2023.total, population: structure.total }),
  };
  return [
    ...tagged(table.area, checkAgeStructure(structure)),
    ...tagged(table.area, checkStatedIndices(table.printedIndices, computed, ["printedIndices"])),
    { structure, computed },
  ] as const;
}

function bustoArsizio(): AuditFinding[] {
  const spending = D.BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023;
  const ats = D.ATS_INSUBRIA_POPULATION_2024;
  const atsRun = areaDemography(ats);
  const atsComputed = atsRun[atsRun.length - 1] as { computed: object };
  const asstRun = areaDemography(D.ASST_VALLE_OLONA_POPULATION_2024);
  const change = ats.narrative.changeSince2021;
  const comune = D.BUSTO_ARSIZIO_COMUNE_2024;
  return [
    ...planFindings({
      objectives: {
        name: "BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027",
        list: D.BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027,
      },
      evaluation: { name: "BUSTO_ARSIZIO_EVALUATION_2021_2024", value: D.BUSTO_ARSIZIO_EVALUATION_2021_2024 },
    }),
    ...areaLetters("BUSTO_ARSIZIO_EVALUATION_2021_2024", D.BUSTO_ARSIZIO_EVALUATION_2021_2024.objectives),
    ...tagged("BUSTO_ARSIZIO_ACCORDO", accordoFindings("001")),
    ...(atsRun.slice(0, -1) as AuditFinding[]),
    ...(asstRun.slice(0, -1) as AuditFinding[]),
    ...tagged(
      "ATS Insubria",
      checkStatedIndices(
        { ...ats.narrative.shares, ageingShareInText: ats.narrative.ageingShareInText },
        {
          ...(atsComputed.computed as Record<string, unknown>),
          ageingShareInText: (atsComputed.computed as { ageingShare: unknown }).ageingShare,
        },
        ["narrative"],
      ),
    ),
    // L522-524: the changes of the three age groups since 2021 against the total change.
    ...tagged(
      "ATS Insubria",
      checkStatedSum(
        [String(change.aged0to14), String(change.aged15to64), String(change.aged65plus)],
        String(change.total),
        ["narrative", "changeSince2021"],
      ),
    ),
    ...tagged(
      "BUSTO_ARSIZIO_PRINTED_INDICES_2024",
      D.BUSTO_ARSIZIO_PRINTED_INDICES_2024.flatMap((entry) =>
        checkIndexIdentities(entry.indices, [entry.area]),
      ),
    ),
    ...tagged(
      "BUSTO_ARSIZIO_COMUNE_2024",
      checkStatedIndices(
        { density: readPrintedFigure(comune.densityPrinted) },
        { density: populationDensity({ population: comune.population, areaKm2: value(comune.areaPrinted) }) },
      ),
    ),
    ...tagged(
      "BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023",
      checkStatedSum(
        spending.byNature.map((part) => part.printed),
        spending.total.printed,
        ["byNature"],
      ),
    ),
    ...tagged(
      "BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023",
      checkStatedShares(
        spending.byNature.map((part) => ({
          label: part.label,
          part: value(part.printed),
          statedPercent: part.share,
        })),
        value(spending.total.printed),
        ["byNature"],
      ),
    ),
    ...tagged(
      "BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023",
      checkStatedSum(
        spending.remainingAreas.parts.map((part) => part.printed),
        spending.remainingAreas.printed,
        ["remainingAreas"],
      ),
    ),
  ];
}

function sebino(): AuditFinding[] {
  const { comuni, printedTotals } = D.SEBINO_FOREIGNERS_2024;
  return [
    ...planFindings({
      objectives: { name: "SEBINO_SCHEDE_OBIETTIVO_2025_2027", list: D.SEBINO_SCHEDE_OBIETTIVO_2025_2027 },
      evaluation: { name: "SEBINO_EVALUATION_2021_2023", value: D.SEBINO_EVALUATION_2021_2023 },
    }),
    ...tagged("SEBINO_ACCORDO", accordoFindings("002")),
    ...tagged(
      "SEBINO_AGE_STRUCTURES_2024",
      D.SEBINO_AGE_STRUCTURES_2024.flatMap(({ comune, structure }) => checkAgeStructure(structure, [comune])),
    ),
    ...tagged("SEBINO_AMBITO_AGE_STRUCTURE_2024", checkAgeStructure(D.SEBINO_AMBITO_AGE_STRUCTURE_2024)),
    ...tagged(
      "SEBINO_PRINTED_TOTALS_STRUCTURE_2024",
      checkAgeStructure(D.SEBINO_PRINTED_TOTALS_STRUCTURE_2024),
    ),
    ...tagged(
      "SEBINO_FOREIGNERS_2024",
      [...comuni, printedTotals].flatMap((row) =>
        checkStatedIndices(
          { foreignShare: readPrintedFigure(row.sharePrinted) },
          {
            foreignShare: foreignShare({
              foreigners: value(row.foreigners.total).toNumber(),
              total: row.total,
            }),
          },
          [row.comune],
        ),
      ),
    ),
  ];
}

function altoMilanese(): AuditFinding[] {
  const { comuni, printedTotals, foreignersInText } = D.ALTO_MILANESE_COMUNI_2024;
  return [
    ...planFindings({
      objectives: {
        name: "ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027",
        list: D.ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027,
      },
      evaluation: { name: "ALTO_MILANESE_EVALUATION_2021_2023", value: D.ALTO_MILANESE_EVALUATION_2021_2023 },
    }),
    ...tagged("ALTO_MILANESE_ACCORDO", accordoFindings("004")),
    ...tagged(
      "ALTO_MILANESE_SCORED_EVALUATION_SYSTEM",
      checkScoredEvaluationSystem(D.ALTO_MILANESE_SCORED_EVALUATION_SYSTEM),
    ),
    ...tagged(
      "ALTO_MILANESE_COMUNI_2024",
      [...comuni, printedTotals].flatMap((row) =>
        checkStatedIndices(
          { density: readPrintedFigure(row.densityPrinted) },
          { density: populationDensity({ population: row.total, areaKm2: row.areaKm2 }) },
          [row.comune, "density"],
        ),
      ),
    ),
    ...tagged(
      "ALTO_MILANESE_COMUNI_2024",
      [...comuni, printedTotals].flatMap((row) => {
        const foreigners = value(row.foreigners.males).plus(value(row.foreigners.females)).toNumber();
        return [
          ...checkStatedSum([row.foreigners.males, row.foreigners.females], row.foreigners.total, [
            row.comune,
            "foreigners",
          ]),
          ...checkStatedIndices(
            { foreignShare: readPrintedFigure(row.foreigners.share) },
            { foreignShare: foreignShare({ foreigners, total: row.total }) },
            [row.comune],
          ),
        ];
      }),
    ),
    ...tagged(
      "ALTO_MILANESE_COMUNI_2024",
      checkStatedIndices(
        {
          foreigners: readPrintedFigure(foreignersInText.foreigners),
          foreignShare: readPrintedFigure(foreignersInText.share),
        },
        { foreigners: new Decimal(25313), foreignShare: foreignShare({ foreigners: 25313, total: 258307 }) },
        ["foreignersInText"],
      ),
    ),
    ...tagged("ALTO_MILANESE_FUNDS_2022_2024", checkFundTable(D.ALTO_MILANESE_FUNDS_2022_2024)),
  ];
}

/** The 2015-2017 plan: a legacy table (objectives, actions, indicators, deadlines), with nothing the audit recomputes. */
function plan2015(): AuditFinding[] {
  return [];
}

const RUNS: Readonly<Record<string, () => AuditFinding[]>> = {
  "000": gallarate,
  "001": bustoArsizio,
  "002": sebino,
  "003": plan2015,
  "004": altoMilanese,
};

/** Whether a finding is one an expectation describes. */
export function matches(finding: AuditFinding, expectation: Expectation): boolean {
  const recordOk =
    finding.record === expectation.record ||
    finding.record.startsWith(`${expectation.record}/`) ||
    finding.record.startsWith(`${expectation.record}@`);
  const pathOk =
    expectation.path === undefined ||
    finding.path === expectation.path ||
    finding.path.startsWith(`${expectation.path}/`);
  return recordOk && pathOk && finding.code === expectation.code;
}

/** One slip as measured. */
export interface MeasuredSlip extends Slip {
  /** The codes of the findings that reveal it (empty: missed, or out of scope). */
  readonly foundBy: readonly string[];
}

/** The figures of one seed. */
export interface SeedRecall {
  readonly seed: string;
  readonly ambito: string;
  readonly slips: readonly MeasuredSlip[];
  readonly checkable: number;
  readonly found: number;
  readonly outOfScope: number;
  readonly findings: readonly AuditFinding[];
  /** Findings that reveal a slip. */
  readonly right: number;
  /** Findings reviewed and judged wrong, with the reason. */
  readonly wrong: readonly (AuditFinding & { readonly reason: string })[];
  /** Findings that report what could not be checked (right, but not slips), with the reason. */
  readonly notes: readonly (AuditFinding & { readonly reason: string })[];
  /** Findings that match no slip and no review: to be reviewed (the test wants none). */
  readonly unreviewed: readonly AuditFinding[];
}

/** Runs the audit over one seed's datasets and matches its findings to the seed's slips. */
export function measureSeed(seed: SeedSlips): SeedRecall {
  const run = RUNS[seed.seed];
  if (run === undefined) throw new Error(`no run for seed ${seed.seed}`);
  const findings = run();
  const slips = seed.slips.map((slip): MeasuredSlip => {
    const codes = findings
      .filter((finding) => (slip.expect ?? []).some((expectation) => matches(finding, expectation)))
      .map((finding) => finding.code);
    return { ...slip, foundBy: [...new Set(codes)] };
  });
  let right = 0;
  const wrong: (AuditFinding & { reason: string })[] = [];
  const notes: (AuditFinding & { reason: string })[] = [];
  const unreviewed: AuditFinding[] = [];
  for (const finding of findings) {
    if (seed.slips.some((slip) => (slip.expect ?? []).some((expectation) => matches(finding, expectation)))) {
      right += 1;
      continue;
    }
    const note = (seed.notes ?? []).find((entry) => matches(finding, entry));
    if (note !== undefined) {
      notes.push({ ...finding, reason: note.reason });
      continue;
    }
    const review = seed.wrong.find((entry) => matches(finding, entry));
    if (review === undefined) unreviewed.push(finding);
    else wrong.push({ ...finding, reason: review.reason });
  }
  const checkable = slips.filter((slip) => slip.checkable);
  return {
    seed: seed.seed,
    ambito: seed.ambito,
    slips,
    checkable: checkable.length,
    found: checkable.filter((slip) => slip.foundBy.length > 0).length,
    outOfScope: slips.length - checkable.length,
    findings,
    right,
    wrong,
    notes,
    unreviewed,
  };
}

/** Every seed measured. */
export function measureRecall(): SeedRecall[] {
  return SEEDS.map(measureSeed);
}

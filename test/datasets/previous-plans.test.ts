// The evaluations of the previous plans (Busto Arsizio 2021-2024, Sebino 2021-2023, Alto Milanese 2021-2023), Alto
// Milanese's scored system and the 2015-2017 plan: valid in their models, plain JSON, frozen, and recomputed to the
// seeds' own figures.
import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_EVALUATION_2021_2023,
  ALTO_MILANESE_SCORED_EVALUATION_SYSTEM,
  BUSTO_ARSIZIO_EVALUATION_2021_2024,
  MEDIO_OLONA_PLAN_2015_2017,
  SEBINO_EVALUATION_2021_2023,
} from "../../src/datasets/index.js";
import { DOCUMENTS } from "../../src/datasets/_sources.js";
import { checkScoredEvaluationSystem } from "../../src/evaluation/check-scored-evaluation-system.js";
import { legacyPlanByArea } from "../../src/evaluation/legacy-plan-by-area.js";
import { recomputePlanEvaluation } from "../../src/evaluation/recompute-plan-evaluation.js";
import { LegacyPlanSchema, parseLegacyPlan } from "../../src/model/legacy-plan.js";
import { parsePlanEvaluation, PlanEvaluationSchema } from "../../src/model/objective-evaluation.js";
import {
  parseScoredEvaluationSystem,
  ScoredEvaluationSystemSchema,
} from "../../src/model/scored-evaluation-system.js";
import { roundedFraction } from "../support/rational.js";

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the evaluations of the previous plans", () => {
  const evaluations = [
    ["Busto Arsizio 2021-2024", BUSTO_ARSIZIO_EVALUATION_2021_2024, DOCUMENTS.bustoArsizio, [240, 515]],
    ["Sebino 2021-2023", SEBINO_EVALUATION_2021_2023, DOCUMENTS.sebino, [321, 409]],
    ["Alto Milanese 2021-2023", ALTO_MILANESE_EVALUATION_2021_2023, DOCUMENTS.altoMilanese, [97, 229]],
  ] as const;

  it.each(evaluations)("%s is valid, plain JSON, frozen and cited", (_, evaluation, document, lines) => {
    expect(PlanEvaluationSchema.safeParse(evaluation).success).toBe(true);
    expect(json(evaluation)).toEqual(evaluation);
    const parsed = parsePlanEvaluation(evaluation);
    expect(JSON.stringify(parsePlanEvaluation(json(evaluation)))).toBe(JSON.stringify(parsed));
    expect(JSON.stringify(parsePlanEvaluation(json(parsed)))).toBe(JSON.stringify(parsed));
    expect(Object.isFrozen(evaluation)).toBe(true);
    expect(Object.isFrozen(evaluation.objectives)).toBe(true);
    expect(evaluation.source).toEqual({ document, lines });
  });

  it("Busto Arsizio: eight objectives by bands, objective 8 in two parts, mean 76.25%–92.875% (seed 001)", () => {
    const evaluation = BUSTO_ARSIZIO_EVALUATION_2021_2024;
    expect(evaluation.grid).toBe("dgr-2167-bands");
    expect(evaluation.objectives.map((objective) => objective.grade?.text ?? null)).toEqual([
      "80-99% (buono)",
      "80-99% (buono)",
      "80-99% (buono)",
      "80-99% (buono)",
      "80-99% (buono)",
      "50% (sufficiente)", // L450
      "80-99% (buono)",
      null, // L507: graded in its two parts only
    ]);
    const eight = evaluation.objectives[7];
    expect(eight?.parts?.map((part) => [part.code, part.grade?.band, part.lines])).toEqual([
      ["8a", "buono", [507, 507]],
      ["8b", "buono", [507, 507]],
    ]);
    const { achievement, findings } = recomputePlanEvaluation(evaluation);
    // (7 × 80 + 50) / 8 and (7 × 99 + 50) / 8
    expect(achievement.interval?.from.toString()).toBe(roundedFraction(610n, 8n));
    expect(achievement.interval?.to.toString()).toBe(roundedFraction(743n, 8n));
    expect([achievement.interval?.from.toString(), achievement.interval?.to.toString()]).toEqual([
      "76.25",
      "92.875",
    ]);
    expect([achievement.band, achievement.origin, achievement.counted]).toEqual([null, "stated", 8]);
    expect(findings.map((finding) => finding.code)).toEqual([
      "grades_taken_as_printed",
      "plan_band_undetermined",
    ]);
  });

  it("Alto Milanese: nine objectives, bands beside bare percents, mean 610/9–696/9, sufficiente (seed 004)", () => {
    const evaluation = ALTO_MILANESE_EVALUATION_2021_2023;
    expect(evaluation.objectives.map((objective) => objective.grade?.text)).toEqual([
      "80% - 99% (Buono)",
      "80% - 99% (Buono)",
      "50 – 79% (sufficiente)",
      "80% - 99% (Buono)",
      "50%",
      "80%",
      "60%",
      "30%",
      "100%",
    ]);
    const { achievement, excluded, findings } = recomputePlanEvaluation(evaluation);
    expect(achievement.interval?.from.toString()).toBe(roundedFraction(610n, 9n)); // 67,78%
    expect(achievement.interval?.to.toString()).toBe(roundedFraction(696n, 9n)); // 77,33%
    expect([achievement.band, achievement.counted, excluded]).toEqual(["sufficiente", 9, []]);
    expect(findings.map((finding) => finding.code)).toEqual(["grades_taken_as_printed"]);
  });

  it("Sebino: four themes, the first not achieved, the others in part (seed 002 L321-409)", () => {
    const evaluation = SEBINO_EVALUATION_2021_2023;
    expect([evaluation.grid, evaluation.objectives]).toEqual(["narrative", []]);
    expect(evaluation.narrative?.themes.map((theme) => [theme.title, theme.outcome])).toEqual([
      ["Potenziamento della Governance", "non-raggiunti"],
      ["Lo sviluppo della domiciliarità", "in-parte-raggiunti"],
      ["Rete territoriale per minori e famiglie", "in-parte-raggiunti"],
      ["Rete territoriale dei servizi", "in-parte-raggiunti"],
    ]);
    const result = recomputePlanEvaluation(evaluation);
    expect(result.narrative?.counts).toEqual({
      raggiunti: 0,
      "in-parte-raggiunti": 3,
      "non-raggiunti": 1,
      "non-dichiarato": 0,
    });
    expect(result.achievement.interval).toBeNull();
  });
});

describe("Alto Milanese's scored evaluation system (seed 004 L1778-1803)", () => {
  const system = ALTO_MILANESE_SCORED_EVALUATION_SYSTEM;

  it("is valid, plain JSON and frozen", () => {
    expect(ScoredEvaluationSystemSchema.safeParse(system).success).toBe(true);
    expect(json(system)).toEqual(system);
    expect(parseScoredEvaluationSystem(json(system))).toEqual(parseScoredEvaluationSystem(system));
    expect(Object.isFrozen(system.criteria[0]?.scores)).toBe(true);
  });

  it("scores six criteria 1/5/10 into four classes, and states no rule to combine them", () => {
    expect(system.criteria.map((criterion) => criterion.scores.map((score) => score.points))).toEqual(
      Array.from({ length: 6 }, () => [1, 5, 10]),
    );
    expect(system.classes.map((entry) => [entry.label, entry.minPoints, entry.maxPoints])).toEqual([
      ["Eccellente", 9, 10],
      ["Molto buono", 7, 8],
      ["Buono", 5, 6],
      ["Insufficiente", 1, 4],
    ]);
    expect(checkScoredEvaluationSystem(system).map((finding) => [finding.code, finding.severity])).toEqual([
      ["scored_system_without_combining_rule", "info"],
      ["score_classes_leave_gaps", "info"],
    ]);
  });
});

describe("the 2015-2017 plan of the Azienda Speciale Consortile Medio Olona (seed 003)", () => {
  const plan = MEDIO_OLONA_PLAN_2015_2017;

  it("is valid, plain JSON, frozen and cited", () => {
    expect(LegacyPlanSchema.safeParse(plan).success).toBe(true);
    expect(json(plan)).toEqual(plan);
    expect(parseLegacyPlan(json(plan))).toEqual(parseLegacyPlan(plan));
    expect(Object.isFrozen(plan.generalObjectives[8]?.specificObjectives)).toBe(true);
    expect(plan.source).toEqual({ document: DOCUMENTS.medioOlona2015To2017, lines: [1, 1145] });
  });

  it("holds nine general objectives, thirteen rows and their columns as printed", () => {
    const rows = plan.generalObjectives.flatMap((objective) => objective.specificObjectives);
    expect(rows).toHaveLength(13);
    expect(rows.reduce((total, row) => total + row.actions.length, 0)).toBe(29);
    expect(rows.reduce((total, row) => total + row.outcomeIndicators.length, 0)).toBe(22);
    expect(rows.reduce((total, row) => total + row.tools.length, 0)).toBe(47);
    expect(rows.filter((row) => row.resources.financial !== null)).toHaveLength(7);
    expect([plan.ambito.name, plan.ambito.comuniCount, plan.period.from, plan.period.to]).toEqual([
      null, // the document names no Ambito
      7, // "tutti e sette i Comuni" (L49-50)
      "2015-05-01",
      "2017-12-31",
    ]);
    const byArea = legacyPlanByArea(plan);
    expect(
      byArea.areas.map((area) => [area.area, area.objectives.map((objective) => objective.code)]),
    ).toEqual([
      ["A", ["4"]],
      ["D", ["1"]],
      ["K", ["2", "3", "5", "6", "9"]],
    ]);
    expect(byArea.unmapped.map((objective) => objective.code)).toEqual(["7", "8"]);
  });
});

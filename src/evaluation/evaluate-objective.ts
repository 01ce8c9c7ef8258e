import type { CoincidenceBand } from "../catalog/evaluation-scales.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { formatPercent } from "../core/format.js";
import type { ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";
import { agreesWithPrinted } from "../core/printed-precision.js";
import type { EvaluatedAction, ObjectiveEvaluation } from "../model/objective-evaluation.js";
import { achievementGrade, type AchievementGrade, type PartialActionPolicy } from "./achievement-grade.js";
import { coincidenceBand, resourceCoincidence, type ResourceCoincidence } from "./resource-coincidence.js";

/**
 * An evaluated objective as recomputed by the library, with what disagrees with the document.
 * @category Evaluation
 */
export interface ObjectiveEvaluationResult {
  readonly code: string;
  readonly title: string;
  /** The grade under the chosen partial-action policy (by default the one the real plans use). */
  readonly grade: AchievementGrade;
  /** The grade with each action weighted by its completion, to show how much partial actions inflate `grade`. */
  readonly weightedGrade: AchievementGrade;
  /** The coincidence recomputed from the objective's amounts, when the document gives both. */
  readonly coincidence: ResourceCoincidence | null;
  /** Everything in the record that the recomputation contradicts. */
  readonly findings: readonly Finding[];
}

/**
 * Options of {@link evaluateObjective}.
 * @category Evaluation
 */
export interface EvaluateObjectiveOptions {
  /** How partly done actions count (default `"count"`, as the real plans do). */
  readonly partial?: PartialActionPolicy;
  /** Path of the record in a larger document, prefixed to every finding's path. */
  readonly path?: ErrorPath;
}

type FindingInit = Omit<Finding, "path"> & { readonly at: ErrorPath };

function actionCoincidence(action: EvaluatedAction): CoincidenceBand | null {
  if (action.budgeted !== undefined && action.paid !== undefined) {
    return resourceCoincidence({ budgeted: action.budgeted, paid: action.paid }).band;
  }
  if (action.statedCoincidencePercent === "over-100") return "sottostimato";
  if (action.statedCoincidencePercent !== undefined) return coincidenceBand(action.statedCoincidencePercent);
  return null;
}

function gradeFindings(
  record: ObjectiveEvaluation,
  grade: AchievementGrade,
  weightedGrade: AchievementGrade,
): FindingInit[] {
  const found: FindingInit[] = [];
  const stated = record.statedGrade;
  if (stated !== undefined && !agreesWithPrinted(grade.percent, stated.percent, 0)) {
    found.push({
      code: "grade_mismatch",
      severity: "error",
      at: ["statedGrade", "percent"],
      message: `Stated grade ${stated.percent.toString()}% does not follow from the actions (${grade.percent.toFixed(2)}%)`,
      messageIt: `Il grado dichiarato ${formatPercent(stated.percent, { decimals: 0 })} non deriva dalle azioni (${formatPercent(grade.percent)})`,
      stated: stated.percent.toString(),
      computed: grade.percent.toFixed(),
    });
  }
  if (stated !== undefined && stated.band !== grade.band) {
    found.push({
      code: "grade_band_mismatch",
      severity: "error",
      at: ["statedGrade", "band"],
      message: `Stated band "${stated.band}" differs from the band of the recomputed grade ("${grade.band}")`,
      messageIt: `La fascia dichiarata "${stated.band}" differisce da quella del grado ricalcolato ("${grade.band}")`,
      stated: stated.band,
      computed: grade.band,
    });
  }
  if (weightedGrade.band !== grade.band) {
    // Not an arithmetic slip: the grid's formula counts an action as realized even when only partly done, and
    // here that lifts the objective into a better band than its actions' completion supports.
    found.push({
      code: "partial_actions_raise_band",
      severity: "warning",
      at: ["actions"],
      message: `Counting partly done actions as realized gives ${formatPercent(grade.percent)} (${grade.band}); weighting them by completion gives ${formatPercent(weightedGrade.percent)} (${weightedGrade.band})`,
      messageIt: `Contando come realizzate le azioni parziali il grado è ${formatPercent(grade.percent)} (${grade.band}); pesandole per la realizzazione è ${formatPercent(weightedGrade.percent)} (${weightedGrade.band})`,
      stated: grade.band,
      computed: weightedGrade.band,
    });
  }
  const count = record.statedRealizedCount;
  if (count !== undefined) {
    const fullyDone = record.actions.filter((action) => action.completion.eq(100)).length;
    if (count.realized !== fullyDone || count.planned !== record.actions.length) {
      found.push({
        code: "realized_count_text_mismatch",
        severity: "error",
        at: ["statedRealizedCount"],
        message: `The text counts ${count.realized} of ${count.planned} actions fully realized; the actions show ${fullyDone} of ${record.actions.length}`,
        messageIt: `Il testo conta ${count.realized} azioni su ${count.planned} realizzate completamente; le azioni ne mostrano ${fullyDone} su ${record.actions.length}`,
        stated: `${count.realized}/${count.planned}`,
        computed: `${fullyDone}/${record.actions.length}`,
      });
    }
  }
  return found;
}

function mean(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum.plus(value), new Dec(0)).div(values.length);
}

function coincidenceFindings(
  record: ObjectiveEvaluation,
  computed: ResourceCoincidence | null,
): FindingInit[] {
  const found: FindingInit[] = [];
  const stated = record.coincidence;
  if (stated === undefined) return found;
  const statedBand =
    stated.statedBand ?? (stated.statedPercent ? coincidenceBand(stated.statedPercent) : undefined);

  if (computed?.percent != null && stated.statedPercent !== undefined) {
    if (!agreesWithPrinted(computed.percent, stated.statedPercent, 0)) {
      found.push({
        code: "coincidence_mismatch",
        severity: "error",
        at: ["coincidence", "statedPercent"],
        message: `Stated coincidence ${stated.statedPercent.toString()}% differs from paid × 100 / budgeted = ${computed.percent.toFixed(2)}%`,
        messageIt: `La coincidenza dichiarata ${formatPercent(stated.statedPercent, { decimals: 0 })} differisce da pagato × 100 / preventivato = ${formatPercent(computed.percent)}`,
        stated: stated.statedPercent.toString(),
        computed: computed.percent.toFixed(),
      });
    }
  } else if (stated.statedPercent !== undefined) {
    // No amounts for the objective: the stated figure should at least be a mean of the actions' figures.
    const numeric = record.actions.filter(
      (action): action is EvaluatedAction & { statedCoincidencePercent: Decimal } =>
        action.statedCoincidencePercent !== undefined && action.statedCoincidencePercent !== "over-100",
    );
    const overAll = mean(numeric.map((action) => action.statedCoincidencePercent));
    const overRealized = mean(
      numeric.filter((action) => action.completion.gt(0)).map((action) => action.statedCoincidencePercent),
    );
    const candidates = [overAll, overRealized].filter((value): value is Decimal => value !== null);
    const statedPercent = stated.statedPercent;
    if (candidates.length > 0 && !candidates.some((value) => agreesWithPrinted(value, statedPercent, 0))) {
      const show = (value: Decimal | null): string => (value === null ? "—" : formatPercent(value));
      const shown = `all actions ${overAll?.toFixed(2) ?? "—"}%, realized actions ${overRealized?.toFixed(2) ?? "—"}%`;
      const shownIt = `tutte le azioni ${show(overAll)}, azioni realizzate ${show(overRealized)}`;
      found.push({
        code: "coincidence_not_reproducible",
        severity: "error",
        at: ["coincidence", "statedPercent"],
        message: `Stated coincidence ${statedPercent.toString()}% is not the mean of the actions' figures (${shown})`,
        messageIt: `La coincidenza dichiarata ${formatPercent(statedPercent, { decimals: 0 })} non è la media dei valori delle azioni (${shownIt})`,
        stated: statedPercent.toString(),
        computed: candidates.map((value) => value.toFixed(2)).join(" | "),
      });
    }
  }

  if (statedBand === "ottimo") {
    record.actions.forEach((action, index) => {
      if (actionCoincidence(action) === "sottostimato") {
        found.push({
          code: "coincidence_contradicted_by_action",
          severity: "error",
          at: ["actions", index],
          message: `The objective's coincidence is stated as 100% (ottimo) but action ${index + 1} spent more than budgeted (>100%, sottostimato)`,
          messageIt: `La coincidenza dell'obiettivo è dichiarata 100% (ottimo) ma l'azione ${index + 1} ha speso più dello stanziato (>100%, sottostimato)`,
          stated: "ottimo",
          computed: "sottostimato",
        });
      }
    });
  }

  record.actions.forEach((action, index) => {
    if (action.budgeted?.isZero() === true && action.statedCoincidencePercent !== undefined) {
      found.push({
        code: "zero_budget_reported_as_percent",
        severity: "warning",
        at: ["actions", index, "statedCoincidencePercent"],
        message: `Action ${index + 1} had nothing budgeted, so its coincidence is not applicable, yet a percentage is stated`,
        messageIt: `L'azione ${index + 1} non aveva risorse stanziate, quindi la coincidenza non è applicabile, eppure è indicata una percentuale`,
        stated: action.statedCoincidencePercent.toString(),
        computed: "non-applicabile",
      });
    }
  });

  const notApplicable = stated.budgeted?.isZero() === true;
  if (statedBand === undefined && !notApplicable && (computed === null || computed.percent === null)) {
    found.push({
      code: "coincidence_not_graded",
      severity: "warning",
      at: ["coincidence"],
      message: "The coincidence is described in words only: no percentage or band can be read from it",
      messageIt:
        "La coincidenza è descritta solo a parole: non se ne ricava né una percentuale né una fascia",
      ...(stated.text === undefined ? {} : { stated: stated.text }),
    });
  }
  return found;
}

/**
 * Recomputes one objective's ex-post evaluation — grade, completion-weighted grade, coincidence — and lists what
 * the document states that the figures contradict (findings, never exceptions).
 *
 * @param record - a validated {@link ObjectiveEvaluation}
 * @param options - partial-action policy and path prefix
 * @example
 * ```ts
 * import { evaluateObjective, ObjectiveEvaluationSchema } from "piano-di-zona";
 * const record = ObjectiveEvaluationSchema.parse({
 *   code: "X",
 *   title: "Esempio",
 *   actions: [{ title: "Azione 1", completion: 100 }, { title: "Azione 2", completion: 0 }],
 *   statedGrade: { percent: 50, band: "buono" },
 * });
 * const result = evaluateObjective(record);
 * result.grade.band //=> "sufficiente"
 * result.findings.map((finding) => finding.code) //=> ["grade_band_mismatch"]
 * ```
 * @category Evaluation
 */
export function evaluateObjective(
  record: ObjectiveEvaluation,
  options: EvaluateObjectiveOptions = {},
): ObjectiveEvaluationResult {
  const prefix = options.path ?? [];
  const grade = achievementGrade({ actions: record.actions, partial: options.partial ?? "count" });
  const weightedGrade = achievementGrade({ actions: record.actions, partial: "weight" });
  const amounts = record.coincidence;
  const coincidence =
    amounts?.paid !== undefined && amounts.budgeted !== undefined
      ? resourceCoincidence({ budgeted: amounts.budgeted, paid: amounts.paid })
      : null;
  const findings = [
    ...gradeFindings(record, grade, weightedGrade),
    ...coincidenceFindings(record, coincidence),
  ].map(({ at, ...finding }): Finding => ({ ...finding, path: [...prefix, ...at] }));
  return { code: record.code, title: record.title, grade, weightedGrade, coincidence, findings };
}

import type { DeepReadonly } from "../core/deep-freeze.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/audit.js";
import { RULES_BY_KIND } from "../model/indicator.js";
import { LEPS_SCHEDA_LABELS } from "../model/leps-scheda-labels.js";
import {
  safeParseLepsSchedaDraft,
  type LepsSchedaDraft,
  type LepsSchedaDraftInput,
} from "../model/leps-scheda.js";
import { SCHEDA_OBIETTIVO_LABELS } from "../model/scheda-obiettivo-labels.js";
import {
  blank,
  checkActionReferences,
  checkAnswer,
  checkAreas,
  checkBudget,
  checkTargets,
  checkTemplates,
  checkYearlyTargets,
  isBlank,
  targetActionReferences,
  type TextBox,
} from "./_scheda-checks.js";
import { unreadable } from "./_unreadable.js";
import { ownData } from "../core/own-snapshot.js";

type Draft = LepsSchedaDraft;
type Indicator = Draft["indicators"][number];

function label(key: string): Labels {
  return LEPS_SCHEDA_LABELS[key] ?? SCHEDA_OBIETTIVO_LABELS[key] ?? { it: key, en: key };
}

const TITLE = LEPS_SCHEDA_LABELS[">title"] ?? { it: "TITOLO", en: "title" };

function checkBlanks(findings: Finding[], scheda: Draft): void {
  if (scheda.title !== undefined && isBlank(scheda.title)) blank(findings, TITLE, ["title"]);
  if (scheda.goals !== undefined && isBlank(scheda.goals)) blank(findings, label("goals"), ["goals"]);
  // The ASST's forms have no resources field: only the Ambiti's leave it blank.
  if (scheda.budget === null && scheda.author !== "asst") blank(findings, label("budget"), ["budget"]);
  if (scheda.indicators.length === 0) blank(findings, label("indicators"), ["indicators"]);
  checkAnswer(findings, scheda.asstInAnalysis, label("asstInAnalysis"), ["asstInAnalysis"]);
  checkAnswer(findings, scheda.asstInDelivery, label("asstInDelivery"), ["asstInDelivery"]);
  if (scheda.transversal !== undefined && scheda.transversal.answer === null) {
    blank(findings, label("transversal"), ["transversal", "answer"], !isBlank(scheda.transversal.text));
  }
}

function textBoxes(scheda: Draft): TextBox[] {
  const boxes: TextBox[] = [];
  for (const key of ["goals", "target", "staff"] as const)
    boxes.push({ path: [key], field: label(key), text: scheda[key] });
  if (scheda.budget !== null)
    boxes.push({ path: ["budget", "text"], field: label("budget"), text: scheda.budget.text });
  for (const key of ["asstInAnalysis", "asstInDelivery"] as const) {
    boxes.push({ path: [key, "text"], field: label(key), text: scheda[key]?.text });
  }
  boxes.push({ path: ["transversal", "text"], field: label("transversal"), text: scheda.transversal?.text });
  return boxes;
}

function checkIndicator(findings: Finding[], scheda: Draft, indicator: Indicator, at: ErrorPath): void {
  if (indicator.targets.length === 0) {
    findings.push(createFinding(M.indicator_without_targets, {}, { path: [...at, "targets"] }));
  }
  if (indicator.leps !== undefined && indicator.leps !== scheda.leps) {
    findings.push(
      createFinding(
        M.indicator_other_leps,
        { indicator: indicator.leps, scheda: scheda.leps },
        {
          path: [...at, "leps"],
          stated: indicator.leps,
          computed: scheda.leps,
        },
      ),
    );
  }
  const allowed: readonly string[] = RULES_BY_KIND[indicator.kind];
  let first: number | undefined;
  indicator.targets.forEach((target, index) => {
    if (target.rule === "baseline") return;
    first ??= target.year;
    if (!allowed.includes(target.rule)) {
      findings.push(
        createFinding(
          M.indicator_rule_mismatch,
          { rule: target.rule, kind: indicator.kind },
          {
            path: [...at, "targets", index, "rule"],
            stated: target.rule,
          },
        ),
      );
    }
  });
  checkYearlyTargets(findings, indicator.targets, at);
  if (indicator.baselineYear !== undefined && first !== undefined && indicator.baselineYear > first) {
    findings.push(
      createFinding(
        M.target_baseline_after_first,
        { baseline: indicator.baselineYear, first },
        {
          path: [...at, "baselineYear"],
          stated: String(indicator.baselineYear),
        },
      ),
    );
  }
}

/** Every check of a LEPS draft already validated. @internal */
export function checkLepsDraft(scheda: Draft): Finding[] {
  const findings: Finding[] = [];
  checkBlanks(findings, scheda);
  checkTemplates(findings, textBoxes(scheda));
  checkAreas(findings, scheda.policyAreas, scheda.transversal, scheda.keyPoints);
  scheda.indicators.forEach((indicator, index) => {
    checkIndicator(findings, scheda, indicator, ["indicators", index]);
  });
  const targets = scheda.targets ?? [];
  checkActionReferences(findings, scheda.actions, targetActionReferences(targets));
  checkTargets(findings, targets);
  if (scheda.budget !== null) checkBudget(findings, scheda.budget, ["budget"]);
  return findings;
}

/**
 * Checks a LEPS scheda, as typed by a user (strict) or as printed (draft), and returns one finding per problem: the
 * blank boxes (title, goals, the Ambiti's resources, the indicators, the ASST's involvement, the transversality
 * answer), the form's template left in a box, the transversality answer against its areas and the scheda's own areas
 * among them (`home_area_listed_as_transversal`), key points outside the declared areas, indicators without yearly
 * targets, of another LEPS, with a rule that does not fit their kind, with years out of order, thresholds falling or
 * stages regressing over the years, a baseline after the first target, targets naming actions or targets that do not
 * exist, and the budget against its total — the checks of `checkSchedaObiettivo` that apply to the LEPS form.
 *
 * A value that is not a LEPS scheda even as printed gives `scheda_unreadable` findings (one per validation issue).
 * Never throws, whatever the input. Linear in the size of the scheda.
 *
 * @param scheda - a LEPS scheda, strict or draft, parsed or as input
 * @example
 * ```ts
 * import { checkLepsScheda } from "piano-di-zona/audit";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * // The scheda names its funds (FNA B1-B2, FNPS) without an amount.
 * checkLepsScheda(GALLARATE_LEPS_SCHEDA_SAD).map((finding) => finding.code) //=> ["budget_amount_not_stated"]
 * // Seed 000 L10785-10791: the SAD scheda (Area di policy E) lists E among its transversal areas.
 * const scheda = { ...GALLARATE_LEPS_SCHEDA_SAD, transversal: { answer: "si" as const, areas: ["A" as const, "D" as const, "E" as const, "F" as const, "J" as const] } };
 * checkLepsScheda(scheda).map((finding) => [finding.code, finding.stated]) //=> [["home_area_listed_as_transversal", "E"], ["budget_amount_not_stated", null]]
 * checkLepsScheda(null as never)[0]?.code //=> "scheda_unreadable"
 * ```
 * @category Audit
 */
export function checkLepsScheda(scheda: DeepReadonly<LepsSchedaDraftInput>): Finding[] {
  try {
    const parsed = safeParseLepsSchedaDraft(scheda);
    return parsed.success ? checkLepsDraft(ownData(parsed.data)) : unreadable(parsed.issues);
  } catch {
    return unreadable([]);
  }
}

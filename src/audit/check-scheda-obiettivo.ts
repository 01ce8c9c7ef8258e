import type { DeepReadonly } from "../core/deep-freeze.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/audit.js";
import { SCHEDA_OBIETTIVO_LABELS } from "../model/scheda-obiettivo-labels.js";
import {
  safeParseSchedaObiettivoDraft,
  type SchedaObiettivoDraft,
  type SchedaObiettivoDraftInput,
} from "../model/scheda-obiettivo.js";
import {
  blank,
  checkActionReferences,
  checkActionsWithoutTargets,
  checkAnswer,
  checkAreas,
  checkBudget,
  checkTargets,
  checkTemplates,
  echo,
  isBlank,
  targetActionReferences,
  type ActionReference,
  type TextBox,
} from "./_scheda-checks.js";
import { optionsLeftIn } from "./_template-text.js";
import { unreadable } from "./_unreadable.js";
import { ownData } from "../core/own-snapshot.js";

type Draft = SchedaObiettivoDraft;

function label(key: string): Labels {
  return SCHEDA_OBIETTIVO_LABELS[key] ?? { it: key, en: key };
}

const TEXT_FIELDS = ["title", "goals", "target", "staff"] as const;

const ANSWERS = [
  "asstInAnalysis",
  "asstInDelivery",
  "cooperationWithOtherAmbiti",
  "continuity",
  "premialProject",
  "coProgrammed",
  "coDesigned",
  "otherActors",
  "innovation",
  "digitalisation",
] as const;

const GROUPS = ["needs", "processIndicators", "outputIndicators", "outcomeIndicators"] as const;

// The options the form prints for its two choices (fields 13 and 20), as they are found left in the box together.
const CHOICE_OPTIONS = {
  newService: ["servizio già presente", "servizio sostanzialmente rivisto", "nuovo servizio"],
  needKind: ["bisogno consolidato", "nuovo bisogno"],
} as const;

// A choice whose box still prints two or more of the form's options, none chosen (seed 001 L2194).
function checkOptionsLeft(findings: Finding[], scheda: Draft): void {
  for (const key of ["newService", "needKind"] as const) {
    const choice = scheda[key];
    if (choice === undefined || (choice.kind ?? null) !== null || typeof choice.text !== "string") continue;
    const options = optionsLeftIn(choice.text, CHOICE_OPTIONS[key]);
    if (options !== null) {
      findings.push(
        createFinding(
          M.template_text_left,
          { field: label(key), template: options },
          { path: [key, "text"], stated: options },
        ),
      );
    }
  }
}

// The boxes of the D.G.R. XII/2167 form that a scheda must fill: a box is blank where the draft has `null` (or an
// empty list, or an answer without its SI/NO); a box the draft omits is not on the document's own form. The ASST's
// PPT cards (D.G.R. XII/2089) have only the title, the goals and the target among them.
function checkBlanks(findings: Finding[], scheda: Draft): void {
  for (const key of TEXT_FIELDS) {
    if (scheda.form === "ppt-dgr-2089" && key === "staff") continue;
    const value = scheda[key];
    if (value !== undefined && isBlank(value)) blank(findings, label(key), [key]);
  }
  if (scheda.form === "ppt-dgr-2089") return;
  if (scheda.policyArea === null) blank(findings, label("policyArea"), ["policyArea"]);
  if (scheda.actions?.length === 0) blank(findings, label("actions"), ["actions"]);
  if (scheda.budget === null) blank(findings, label("budget"), ["budget"]);
  const transversal = scheda.transversal;
  if (transversal?.answer === null) {
    blank(findings, label("transversal"), ["transversal", "answer"], !isBlank(transversal.text));
  }
  if (scheda.keyPoints?.length === 0) blank(findings, label("keyPoints"), ["keyPoints"]);
  for (const key of ANSWERS) checkAnswer(findings, scheda[key], label(key), [key]);
  for (const key of ["newService", "needKind"] as const) {
    const choice = scheda[key];
    if (choice !== undefined && (choice.kind ?? null) === null && isBlank(choice.text)) {
      blank(findings, label(key), [key, "kind"]);
    }
  }
  if (scheda.preventionKind?.length === 0) {
    blank(findings, label("preventionKind"), ["preventionKind"], !isBlank(scheda.preventionText));
  }
  for (const key of GROUPS) {
    const group = scheda[key];
    if (group !== undefined && isBlank(group.text) && group.indicators.length === 0) {
      blank(findings, label(key), [key]);
    }
  }
}

function textBoxes(scheda: Draft): TextBox[] {
  const boxes: TextBox[] = [];
  for (const key of ["goals", "target", "staff", "thirdSectorInvolvement", "preventionText"] as const) {
    boxes.push({ path: [key], field: label(key), text: scheda[key] });
  }
  boxes.push({ path: ["transversal", "text"], field: label("transversal"), text: scheda.transversal?.text });
  boxes.push({ path: ["budget", "text"], field: label("budget"), text: scheda.budget?.text });
  for (const key of ANSWERS) boxes.push({ path: [key, "text"], field: label(key), text: scheda[key]?.text });
  for (const key of ["newService", "needKind"] as const) {
    boxes.push({ path: [key, "text"], field: label(key), text: scheda[key]?.text });
  }
  for (const key of GROUPS) boxes.push({ path: [key, "text"], field: label(key), text: scheda[key]?.text });
  return boxes;
}

function actionReferences(scheda: Draft): ActionReference[] {
  const references: ActionReference[] = [];
  for (const key of GROUPS) {
    scheda[key]?.indicators.forEach((indicator, index) => {
      if (indicator.action !== undefined) {
        references.push({ path: [key, "indicators", index, "action"], action: indicator.action });
      }
    });
  }
  return [...references, ...targetActionReferences(scheda.targets ?? [])];
}

// An action that depends on a target ("e in caso positivo: …") names a target of the scheda.
function checkActionConditions(findings: Finding[], scheda: Draft): void {
  const ids = new Set((scheda.targets ?? []).map((target) => target.id));
  (scheda.actions ?? []).forEach((action, index) => {
    const target = action.condition?.target;
    if (target !== undefined && !ids.has(target)) {
      const path: ErrorPath = ["actions", index, "condition", "target"];
      findings.push(
        createFinding(M.unknown_condition_target, { id: target }, { path, stated: echo(target) }),
      );
    }
  });
}

// Answers that contradict each other. The co-design rule is the D.G.R. form's ("in caso di risposta affermativa,
// esplicitare compiti e ruoli"); the ASST's cards do not ask it.
function checkAnswersTogether(findings: Finding[], scheda: Draft): void {
  const designed = scheda.coDesigned;
  if (
    scheda.form !== "ppt-dgr-2089" &&
    designed?.answer === "si" &&
    isBlank(designed.text) &&
    (designed.acts ?? []).length === 0
  ) {
    findings.push(createFinding(M.co_design_roles_unstated, {}, { path: ["coDesigned", "text"] }));
  }
  if (scheda.premialProject?.answer === "si" && scheda.continuity?.answer === "no") {
    findings.push(
      createFinding(M.premial_without_continuity, {}, { path: ["continuity", "answer"], stated: "no" }),
    );
  }
}

/** Every check of a draft already validated. @internal */
export function checkSchedaDraft(scheda: Draft): Finding[] {
  const findings: Finding[] = [];
  checkBlanks(findings, scheda);
  checkTemplates(findings, textBoxes(scheda));
  checkOptionsLeft(findings, scheda);
  const home = scheda.policyArea === null || scheda.policyArea === undefined ? [] : [scheda.policyArea];
  checkAreas(findings, home, scheda.transversal, scheda.keyPoints);
  checkAnswersTogether(findings, scheda);
  const actions = scheda.actions ?? [];
  checkActionReferences(findings, actions, actionReferences(scheda));
  checkActionConditions(findings, scheda);
  const targets = scheda.targets ?? [];
  checkTargets(findings, targets);
  checkActionsWithoutTargets(findings, actions, targets);
  if (scheda.budget !== null && scheda.budget !== undefined) {
    checkBudget(findings, scheda.budget, ["budget"], scheda.form !== "ppt-dgr-2089");
  }
  return findings;
}

/**
 * Checks a scheda obiettivo, as typed by a user (strict) or as printed (draft), and returns one finding per problem —
 * the checks a program can do on the form of D.G.R. XII/2167:
 *
 * - every box the form asks to fill and the document leaves blank (`required_field_blank`, with the form's name of the
 *   box; an answer given in words but without its SI/NO says so); the ASST's PPT cards (`form: "ppt-dgr-2089"`) are
 *   checked only for the boxes they have (title, goals, target);
 * - the form's template or the Region's guidance left in a box ("SI/NO (se sì, indicare quali aspetti)", "Breve
 *   spiegazione": `template_text_left`), and a choice whose box still prints two or more of the form's options;
 * - the transversality answer against the areas it names, the scheda's own area among its transversal areas, key
 *   points under areas neither home nor transversal, transversal areas without key points, key points under no area,
 *   a key point listed twice under the same area;
 * - a co-designed objective that does not state the roles, a premial project without continuity;
 * - indicators, targets and conditions naming an action or a target that does not exist, duplicated target ids,
 *   conditions in a circle, reversed bounds, thresholds falling over the years, actions left without targets;
 * - budget lines against the stated total, yearly amounts against the total and against each year's lines; a budget
 *   with no amount at all (`budget_amount_not_stated`, not on the PPT cards, whose resources box asks for none).
 *
 * Every finding carries its path into the scheda, what is stated and what is computed (canonical text, or `null`), and
 * its message in Italian and English. A value that is not a scheda even as printed gives `scheda_unreadable` findings
 * (one per validation issue) and nothing else. Never throws, whatever the input; amounts are read in the canonical
 * mode (parse Italian text first with `parseSchedaObiettivoDraft`). Linear in the size of the scheda.
 *
 * @param scheda - a scheda obiettivo, strict or draft, parsed or as input
 * @example
 * ```ts
 * import { checkSchedaObiettivo } from "piano-di-zona/audit";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * checkSchedaObiettivo(GALLARATE_SCHEDA_OBIETTIVO_L) //=> []
 * // Seed 002 L6051-6052: Sebino's scheda O6 (area J) answers "SI" and names J itself.
 * const own = { ...GALLARATE_SCHEDA_OBIETTIVO_L, transversal: { answer: "si" as const, areas: ["I" as const, "A" as const] } };
 * checkSchedaObiettivo(own).map((finding) => finding.code) //=> ["home_area_listed_as_transversal", "key_point_area_undeclared", "key_point_area_undeclared"]
 * checkSchedaObiettivo({ ...GALLARATE_SCHEDA_OBIETTIVO_L, title: null })[0]?.messageIt //=> "TITOLO INTERVENTO: il riquadro è vuoto"
 * checkSchedaObiettivo(42 as never)[0]?.code //=> "scheda_unreadable"
 * ```
 * @category Audit
 */
export function checkSchedaObiettivo(scheda: DeepReadonly<SchedaObiettivoDraftInput>): Finding[] {
  try {
    const parsed = safeParseSchedaObiettivoDraft(scheda);
    return parsed.success ? checkSchedaDraft(ownData(parsed.data)) : unreadable(parsed.issues);
  } catch {
    // Nothing of the above throws on a validated draft; should it, the scheda is reported, not the exception.
    return unreadable([]);
  }
}

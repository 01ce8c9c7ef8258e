// Reading one scheda obiettivo (one record of the DGR form) into its values: every field's box interpreted by the
// rule of its kind (free text, a list of actions, a budget, a SI/NO answer, areas, options, indicators, targets),
// each value with its offsets in the box so that its lines can be reported, and findings for what could not be read.
import type { LepsId } from "../catalog/leps.js";
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import { matchLeps, matchLepsList } from "../catalog/match-leps.js";
import { matchMacroArea } from "../catalog/match-macro-area.js";
import type { DraftYesNo } from "./draft.js";
import { readAnswer, type AnswerRead } from "./_answer.js";
import { areasIn, integratedAreas, keyPointsIn, type AreaRead, type KeyPointRead } from "./_areas.js";
import { readBudget, type BudgetRead } from "./_budget.js";
import { FIELD_LABELS, type FormField } from "./_form.js";
import { lepsMentions, lepsNamedAfterWord } from "./_leps-mentions.js";
import {
  actionMarkerAt,
  countHeadCuts,
  opensWithCount,
  runTogetherStarts,
  splitItems,
  type Item,
} from "./_items.js";
import { Passage, verbatim } from "./_passage.js";
import { isLowerCode, type PlanText } from "./_plan-text.js";
import type { FieldRead, FormRecord } from "./_records.js";
import {
  documentsAtLineStart,
  readBaselines,
  readTargets,
  type TargetRead,
  type UntypedFigure,
} from "./_targets.js";
import type { Confidence } from "./ingest-result.js";

/** A note for the findings: what, where, about which field. */
export interface Note {
  readonly code:
    | "field_not_found"
    | "field_blank"
    | "answer_not_stated"
    | "option_not_stated"
    | "amount_not_read"
    | "target_not_typed"
    | "macro_area_doubtful"
    | "grid_value_not_read";
  readonly field: string;
  readonly lines: readonly [number, number] | null;
  readonly text?: string;
  readonly reason?: string;
}

/** A value read with its lines. */
export interface Located<T> {
  readonly value: T;
  readonly lines: readonly [number, number] | null;
}

/** A SI/NO box read. */
export interface AnswerValue {
  readonly answer: DraftYesNo | null;
  readonly text: string | null;
  readonly lines: readonly [number, number] | null;
}

/** An indicator group read. */
export interface GroupValue {
  readonly text: string | null;
  readonly indicators: readonly {
    readonly text: string;
    readonly action: string | null;
    readonly lines: readonly [number, number] | null;
  }[];
}

/** Everything read from one scheda, before it is shaped as a draft. */
export interface SchedaValues {
  readonly position: number;
  /** The form read: the Piano di Zona's scheda (D.G.R. XII/2167) or an ASST's PPT card (D.G.R. XII/2089). */
  readonly form: "pdz" | "ppt";
  readonly code: string | null;
  readonly heading: string | null;
  readonly priority: boolean | null;
  readonly area: {
    readonly code: MacroAreaCode | null;
    readonly basis: "field" | "section-heading" | "not-stated";
  };
  readonly leps: readonly LepsId[];
  readonly lepsPrinted: readonly string[];
  readonly fields: ReadonlyMap<FormField, FieldRead<FormField>>;
  readonly confidence: ReadonlyMap<FormField, Confidence>;
  readonly title: string | null;
  readonly texts: ReadonlyMap<FormField, string | null>;
  readonly actions: readonly {
    readonly code: string | null;
    readonly title: string;
    readonly lines: readonly [number, number] | null;
  }[];
  readonly budget: (BudgetRead & { readonly passage: Passage; readonly text: string | null }) | null;
  readonly transversal: {
    readonly answer: DraftYesNo | null;
    readonly areas: readonly MacroAreaCode[];
    /** "Trasversale a tutte le aree di policy", no area named: every area. */
    readonly allAreas: boolean;
    readonly text: string | null;
  };
  readonly keyPoints: readonly (KeyPointRead & { readonly lines: readonly [number, number] | null })[];
  readonly answers: ReadonlyMap<FormField, AnswerValue>;
  readonly newService: {
    readonly kind: "servizio-gia-presente" | "servizio-rivisto" | "nuovo-servizio" | null;
    readonly text: string | null;
  };
  readonly needKind: {
    readonly kind: "bisogno-consolidato" | "nuovo-bisogno" | null;
    readonly text: string | null;
  };
  readonly preventionKind: readonly ("promozionale" | "preventivo" | "riparativo")[];
  readonly preventionText: string | null;
  readonly groups: ReadonlyMap<FormField, GroupValue>;
  readonly targets: readonly (TargetRead & {
    readonly action?: string;
    readonly lines: readonly [number, number] | null;
  })[];
  /** 1-based first and last line of the scheda (its heading included). */
  readonly lines: readonly [number, number];
  readonly notes: readonly Note[];
}

/** The fields answered SI/NO. */
const ANSWER_FIELDS: readonly FormField[] = [
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
];

// The transversality box saying the objective concerns every area without naming one ("trasversale a tutte le
// diverse aree di policy", seed 000 L3865-3866; "a tutte le aree di policy", L9763).
const ALL_AREAS = /\btrasversal[ei]\s+a\s+tutte\s+le\s+(?:(?:diverse|altre)\s+)?aree\b/iu;

/** The fields read as verbatim text. */
const TEXT_FIELDS: readonly FormField[] = ["title", "goals", "target", "staff", "thirdSectorInvolvement"];

/** The fields answered with text and indicators. */
const GROUP_FIELDS: readonly FormField[] = [
  "needs",
  "processIndicators",
  "outputIndicators",
  "outcomeIndicators",
];

/** The fields every scheda of the DGR form prints (the LEPS and area fields are optional). */
const EXPECTED: readonly FormField[] = [
  "title",
  "goals",
  "actions",
  "target",
  "budget",
  "staff",
  "transversal",
  "keyPoints",
  ...ANSWER_FIELDS,
  "newService",
  "thirdSectorInvolvement",
  "needs",
  "needKind",
  "preventionKind",
  "processIndicators",
  "outputIndicators",
  "outcomeIndicators",
];

/** The boxes of a PPT card that answer a question of the DGR form. */
const CARD_EXPECTED: readonly FormField[] = [
  "title",
  "needs",
  "goals",
  "target",
  "budget",
  "transversal",
  "asstInAnalysis",
  "asstInDelivery",
];

/** A heading's code and title: "A – Strategie per l’abitare (prioritario)", "1 - Mappatura …", "OBIETTIVO 2". */
function codeOfHeading(heading: string): string | null {
  const objective = /^\s*OBIETTIVO\s+(\d{1,3})\b/iu.exec(heading);
  if (objective !== null) return objective[1] ?? null;
  const lettered = /^\s*([A-Z]|\d{1,3})\s*[-–—]\s+\S/u.exec(heading);
  return lettered === null ? null : (lettered[1] ?? null);
}

/** Reads one scheda. */
export function readScheda(
  text: PlanText,
  record: FormRecord<FormField>,
  position: number,
  sectionArea: MacroAreaCode | null,
  form: "pdz" | "ppt" = "pdz",
): SchedaValues {
  const notes: Note[] = [];
  const confidence = new Map<FormField, Confidence>();
  const texts = new Map<FormField, string | null>();
  const fields = record.fields;
  const firstLine = record.firstLine + 1;

  // Heading: the lines above the form that are not numbered section headings.
  const headingLines = [...record.headingLines].sort((a, b) => a - b);
  const sectionHeading = (n: number): boolean =>
    /^\s*\d+(?:\.\d+)+\.?\s/.test(text.lines[n] ?? "") || /^\s*#{1,6}\s*\d/.test(text.lines[n] ?? "");
  // A section heading's second line ("5.2 Obiettivi macro-area: … e promozione" / "dell’inclusione attiva") is the
  // section heading's too.
  const sectionLines = new Set<number>();
  for (const n of headingLines) {
    const continues = sectionLines.has(n - 1) && isLowerCode((text.lines[n] ?? "").trim().charCodeAt(0));
    if (sectionHeading(n) || continues) sectionLines.add(n);
  }
  const ownHeading = headingLines.filter((n) => !sectionLines.has(n));
  const heading =
    ownHeading.length === 0
      ? null
      : verbatim(
          ownHeading
            .map((n) => text.lines[n] ?? "")
            .join("\n")
            .replace(/[#*]+/g, " "),
        );
  let code = heading === null ? null : codeOfHeading(heading);

  for (const field of form === "pdz" ? EXPECTED : CARD_EXPECTED) {
    if (!fields.has(field)) notes.push({ code: "field_not_found", field, lines: [firstLine, firstLine] });
  }

  // Free-text fields.
  let title: string | null = null;
  let titleArea: AreaRead | null = null;
  for (const field of TEXT_FIELDS) {
    const read = fields.get(field);
    if (read === undefined) continue;
    const passage = read.value;
    let value: string | null = blankToNull(passage.verbatim());
    if (field === "title" && value !== null) {
      // "(Policy: Interventi connessi alle politiche per il lavoro)" printed in the title box names the home area.
      const policy = /\(\s*Policy\s*:\s*([^)]{3,120})\)/iu.exec(value);
      if (policy !== null) {
        const match = matchMacroArea(policy[1] ?? "");
        if (match.code !== null)
          titleArea = { code: match.code, text: policy[0], from: 0, to: 0, warnings: [], basis: "title" };
        value =
          (value.slice(0, policy.index) + value.slice(policy.index + policy[0].length))
            .replace(/\s{2,}/g, " ")
            .trim() || null;
      }
      // A PPT card's title box starts with its number ("Scheda di progetto 13: il Budget di Salute …", "29.: …").
      const numbered = form === "ppt" && value !== null ? /^(\d{1,3})\.?\s*:\s*/u.exec(value) : null;
      if (numbered !== null && value !== null) {
        code = numbered[1] ?? null;
        value = value.slice(numbered[0].length) || null;
      }
      title = value;
    }
    texts.set(field, value);
    confidence.set(field, "high");
    if (value === null) notes.push({ code: "field_blank", field, lines: read.labelLines });
  }

  // AREA DI POLICY.
  let area: SchedaValues["area"] = { code: null, basis: "not-stated" };
  const areaField = fields.get("area");
  if (areaField !== undefined) {
    const printed = areaField.value.verbatim();
    const match = matchMacroArea(printed);
    if (match.code !== null) {
      area = { code: match.code, basis: "field" };
      confidence.set("area", match.warnings.length === 0 ? "high" : "medium");
      for (const warning of match.warnings) {
        notes.push({
          code: "macro_area_doubtful",
          field: "area",
          lines: areaField.value.lines(),
          text: printed,
          reason: warning.message,
        });
      }
    } else {
      notes.push({
        code: "macro_area_doubtful",
        field: "area",
        lines: areaField.value.lines(),
        text: printed,
        reason: "no macro-area recognised",
      });
    }
  } else if (titleArea !== null) {
    area = { code: titleArea.code, basis: "field" };
    confidence.set("area", "medium");
  } else if (form === "pdz") {
    // The scheda's own heading when it names an area ("Politiche abitative"), else its section's. A PPT card
    // (DGR 2089/2024) takes none: its form has lines of intervention, not macro-areas.
    const headed = heading === null ? null : areaOfHeading(heading);
    const section = headed ?? sectionArea;
    if (section !== null) {
      area = { code: section, basis: "section-heading" };
      confidence.set("area", "low");
    }
  }

  // LEPS: the LEPS row of the form, or a heading naming a LEPS ("### LEPS - …", "Scheda LEPS …").
  const leps: LepsId[] = [];
  const lepsPrinted: string[] = [];
  const lepsField = fields.get("leps");
  if (lepsField !== undefined) {
    const printed = lepsField.value.verbatim();
    lepsPrinted.push(printed);
    for (const id of lepsOf(printed)) if (!leps.includes(id)) leps.push(id);
    confidence.set("leps", "medium");
  } else {
    // The LEPS the title or heading names in so many words, or that a box names after the word "LEPS".
    const named = lepsMentions(`${heading ?? ""} ${title ?? ""}`);
    const titleMatch = title === null ? null : matchLeps(title);
    if (titleMatch !== null && titleMatch.code !== null && titleMatch.confidence !== "fuzzy")
      named.unshift(titleMatch.code);
    for (const read of fields.values()) {
      if (read.field === "title") continue;
      named.push(...lepsNamedAfterWord(read.value.verbatim()));
    }
    for (const id of named) if (!leps.includes(id)) leps.push(id);
    if (leps.length > 0) confidence.set("leps", "medium");
  }

  const priority = /\(prioritari[oa]\)/iu.test(`${heading ?? ""} ${title ?? ""}`) ? true : null;

  // AZIONI PROGRAMMATE.
  const actions: SchedaValues["actions"][number][] = [];
  const actionsField = fields.get("actions");
  if (actionsField !== undefined) {
    actions.push(...readActions(actionsField.value));
    confidence.set("actions", actions.some((a) => a.code !== null) ? "high" : "medium");
    if (actions.length === 0)
      notes.push({ code: "field_blank", field: "actions", lines: actionsField.labelLines });
  }

  // RISORSE ECONOMICHE PREVENTIVATE.
  let budget: SchedaValues["budget"] = null;
  const budgetField = fields.get("budget");
  if (budgetField !== undefined) {
    const passage = budgetField.value;
    const read = readBudget(passage, 0, passage.text.length);
    budget = { ...read, passage, text: passage.verbatim() || null };
    confidence.set("budget", read.lines.some((line) => line.fund === "altro") ? "medium" : "high");
    for (const amount of read.unread) {
      notes.push({
        code: "amount_not_read",
        field: "budget",
        lines: passage.lines(amount.from, amount.to),
        text: amount.printed,
      });
    }
    if (budget.text === null)
      notes.push({ code: "field_blank", field: "budget", lines: budgetField.labelLines });
  }

  // L'OBIETTIVO È TRASVERSALE …?
  let transversal: SchedaValues["transversal"] = { answer: null, areas: [], allAreas: false, text: null };
  const transversalField = fields.get("transversal");
  if (transversalField !== undefined) {
    const passage = transversalField.value;
    const answer = readAnswer(passage.text);
    // The question asks for other areas: the scheda's own area named in the box ("il presente intervento insiste
    // sull’area J") is none of them.
    const areas = areasIn(passage.text, answer.end, passage.text.length).filter(
      (a) => answer.answer !== null || a.code !== area.code,
    );
    // A sentence of integration names the other areas in passing ("Integrazione con l’area delle politiche
    // abitative, del lavoro, della domiciliarità."): it answers yes.
    const integrated = integratedAreas(passage.text.slice(answer.end)).filter((code) => code !== area.code);
    const value = blankToNull(passage.verbatim());
    const words =
      answer.answer === null && value !== null
        ? (answerFromWords("transversal", passage.text, form) ?? (integrated.length > 0 ? "si" : null))
        : null;
    transversal = {
      // A PPT card asks no yes/no question here: the areas its box names are the answer ("TRASVERSALE AD ALTRE
      // LINEE DI POLICY - Contrasto alla povertà …; - Digitalizzazione dei servizi; …"). The form's question
      // (SI/NO) with areas and no answer printed stays unread.
      answer: answer.answer ?? words ?? (form === "ppt" && areas.length > 0 ? "si" : null),
      // The sentence is read piece by piece; its lines, read as titles, would miss the areas named by a word.
      areas: integrated.length > 0 ? integrated : areas.map((a) => a.code),
      // "trasversale a tutte le (diverse) aree di policy" with no area named: all of them (seed 000 L3865-3866).
      allAreas: integrated.length === 0 && areas.length === 0 && ALL_AREAS.test(passage.verbatim()),
      text: answer.bare ? null : value,
    };
    confidence.set(
      "transversal",
      areas.every((a) => a.basis === "title" && a.warnings.length === 0) ? "high" : "medium",
    );
    for (const a of areas) {
      for (const warning of a.warnings) {
        notes.push({
          code: "macro_area_doubtful",
          field: "transversal",
          lines: passage.lines(a.from, a.to),
          text: a.text,
          reason: warning,
        });
      }
    }
    if (answer.answer === null && words === null && value !== null) {
      notes.push({ code: "answer_not_stated", field: "transversal", lines: passage.lines() });
    }
  }

  // INDICARE I PUNTI CHIAVE.
  const keyPoints: SchedaValues["keyPoints"][number][] = [];
  const keyField = fields.get("keyPoints");
  if (keyField !== undefined) {
    const passage = keyField.value;
    const read = keyPointsIn(passage, 0, passage.text.length);
    // Points printed under no area header belong to the scheda's own area.
    for (const point of read.points) {
      keyPoints.push({
        ...point,
        area: point.area ?? (point.unheaded ? area.code : null),
        lines: passage.lines(point.from, point.to),
      });
    }
    for (const header of read.headers) {
      for (const warning of header.warnings) {
        notes.push({
          code: "macro_area_doubtful",
          field: "keyPoints",
          lines: passage.lines(header.from, header.to),
          text: header.text,
          reason: warning,
        });
      }
    }
    confidence.set("keyPoints", read.headers.length > 0 ? "high" : "medium");
  }

  // SI/NO boxes.
  const answers = new Map<FormField, AnswerValue>();
  for (const field of ANSWER_FIELDS) {
    const read = fields.get(field);
    if (read === undefined) continue;
    const passage = read.value;
    const answer = answerAfterPrompt(passage.text);
    const value = blankToNull(passage.verbatim());
    const words =
      answer.answer === null && value !== null ? answerFromWords(field, passage.text, form) : null;
    // In a table, an answer printed amid its label ("CO-\tNo … PROGETTATO CON IL TERZO SETTORE?\t"), or before its
    // label's tail ("… DELLA RETE\tSI, … TERRITORIALE? (oltre ad ASST e ETS)\t"), fills the cell beside the whole label.
    const valueLines = value === null ? null : wordLines(passage);
    const labelEnd = Math.max(read.label.inner.length > 0 ? read.labelLines[1] : 0, read.tailLine ?? 0);
    const lines: readonly [number, number] | null =
      valueLines !== null && record.layout === "table" && labelEnd > valueLines[1]
        ? [valueLines[0], labelEnd]
        : valueLines;
    answers.set(field, {
      answer: answer.answer ?? words,
      text: answer.bare ? null : value,
      lines,
    });
    confidence.set(field, answer.answer !== null ? "high" : words !== null ? "medium" : "low");
    if (value === null) notes.push({ code: "field_blank", field, lines: read.labelLines });
    else if (answer.answer === null && words === null)
      notes.push({ code: "answer_not_stated", field, lines: passage.lines() });
  }

  // Option boxes.
  const newService = readOption(
    fields.get("newService"),
    notes,
    confidence,
    "newService",
    NEW_SERVICE_OPTIONS,
  );
  const needKind = readOption(fields.get("needKind"), notes, confidence, "needKind", NEED_OPTIONS);
  const preventionField = fields.get("preventionKind");
  const preventionText = preventionField === undefined ? null : preventionField.value.verbatim() || null;
  const preventionKind = preventionText === null ? [] : preventionKinds(preventionText);
  if (preventionField !== undefined) {
    confidence.set("preventionKind", "high");
    if (preventionText !== null && preventionKind.length === 0) {
      notes.push({
        code: "option_not_stated",
        field: "preventionKind",
        lines: preventionField.value.lines(),
      });
    }
  }

  // Fields answered with text and indicators.
  const groups = new Map<FormField, GroupValue>();
  for (const field of GROUP_FIELDS) {
    const read = fields.get(field);
    if (read === undefined) continue;
    groups.set(field, readGroup(read.value, field, form === "ppt" && field === "outcomeIndicators"));
    confidence.set(field, "medium");
  }

  // Result targets: QUALI RISULTATI VUOLE RAGGIUNGERE?
  const targets: SchedaValues["targets"][number][] = [];
  // The impact box (QUALE IMPATTO …, a PPT card's INDICATORI DI ESITO) adds the results it states with a figure.
  for (const field of ["outputIndicators", "outcomeIndicators"] as const) {
    const results = fields.get(field);
    if (results === undefined) continue;
    const passage = results.value;
    // The guidance heads printed in the box are no results: the results are read between them. A figure of QUALI
    // RISULTATI VUOLE RAGGIUNGERE that no rule types is reported with its line.
    const untyped: UntypedFigure[] = [];
    const inResults = field === "outputIndicators";
    let at = 0;
    for (const head of [...indicatorHeads(passage.text).filter((h) => h.guidance), null]) {
      const to = head?.from ?? passage.text.length;
      for (const target of readTargets(passage, at, to, inResults, inResults ? untyped : undefined)) {
        targets.push({ ...target, lines: passage.lines(target.from, target.to) });
      }
      at = head?.to ?? to;
    }
    for (const figure of untyped) {
      const lines = passage.lines(figure.from, figure.to);
      notes.push({ code: "target_not_typed", field, lines, text: figure.text });
    }
  }

  // The needs box's input indicator, when it states the level at T0 ("… al T0 (2025)"): a baseline.
  const needs = fields.get("needs");
  if (needs !== undefined) {
    for (const baseline of readBaselines(needs.value, 0, needs.value.text.length)) {
      targets.push({ ...baseline, lines: needs.value.lines(baseline.from, baseline.to) });
    }
  }

  const start =
    headingLines.length > 0
      ? Math.min(...headingLines.filter((n) => ownHeading.includes(n)).map((n) => n + 1), firstLine)
      : firstLine;
  return {
    position,
    form,
    code,
    heading,
    priority,
    area,
    leps,
    lepsPrinted,
    fields,
    confidence,
    title,
    texts,
    actions,
    budget,
    transversal,
    keyPoints,
    answers,
    newService: newService as SchedaValues["newService"],
    needKind: needKind as SchedaValues["needKind"],
    preventionKind,
    preventionText,
    groups,
    targets,
    lines: [start, record.lastLine + 1],
    notes,
  };
}

/** The area a heading names: its match, or its clear best candidate ("Area povertà e coesione sociale"). */
export function areaOfHeading(heading: string): MacroAreaCode | null {
  const match = matchMacroArea(heading);
  if (match.code !== null) return match.code;
  const [best, second] = match.candidates;
  if (best !== undefined && best.score >= 0.45 && (second === undefined || second.score * 2 <= best.score))
    return best.code;
  return null;
}

/**
 * The lines of a box from its first to its last letter or digit: a stray mark after the answer (the apostrophe of
 * the next label's "L’", printed lines below: "NO ⏎ ⏎ ’INTERVENTO È FORMALMENTE") is not part of it.
 */
function wordLines(passage: Passage): [number, number] | null {
  const text = passage.text;
  const first = text.search(/[\p{L}\p{N}]/u);
  if (first < 0) return passage.lines();
  let last = text.length - 1;
  while (last > first && !/[\p{L}\p{N}]/u.test(text.charAt(last))) last -= 1;
  return passage.lines(first, last + 1);
}

/** A box printing no letter or digit ("//////////", "-") is blank. */
function blankToNull(text: string): string | null {
  return /[\p{L}\p{N}]/u.test(text) ? text : null;
}

/**
 * The answer a box states in words without a printed SI/NO, for the questions whose affirmative the words repeat:
 * "… è in continuità con …", "L’obiettivo è trasversale a: …", "Potranno essere coinvolti …", a plain list of
 * actors ("Provincia di Brescia – Settore Lavoro / Associazione Comuni Bresciani / Sindacati …"). A PPT card's
 * boxes on the Ambito's part ("COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO", "AZIONI CONGIUNTE ASST/AMBITO")
 * ask no yes/no question: what they state is the involvement ("Ambito Monte Orfano", "Ambito sociale è partner
 * per …"). A negation ("non", "nessun") or "N.D." leaves the answer unread; "trasversale rispetto alle azioni dei
 * singoli Ambiti" speaks of the Ambiti, not of other policy areas. Read with a medium confidence.
 */
export function answerFromWords(
  field: FormField,
  text: string,
  form: "pdz" | "ppt" = "pdz",
): DraftYesNo | null {
  if (/\b(?:non|nessun[aoe]?|né)\b/iu.test(text)) return null;
  // A condition ("In caso di necessità specifica del beneficiario, potrà essere coinvolta l'ASST") is no answer.
  if (/^\s*(?:in\s+caso\s+di|qualora|se\s+necessari|eventualmente)\b/iu.test(text)) return null;
  const involvement = /\bcoinvolt|\bcoinvolgimento\b|\bcollaborazione\b|\bpartecip/iu;
  switch (field) {
    case "continuity":
      return /\b(?:in|di)\s+continuit/iu.test(text) ? "si" : null;
    case "transversal":
      return /\btrasversal(?!\p{L}*\s+rispetto\s+a(?:lle\s+azioni\s+de)?i\s+(?:singoli\s+)?Ambiti)/iu.test(
        text,
      )
        ? "si"
        : null;
    case "asstInDelivery":
    case "asstInAnalysis":
      if (form === "ppt" && /\p{L}{3}/u.test(text) && !/^\W*N\.?\s?D\.?\W*$/u.test(text)) return "si";
      return involvement.test(text) ? "si" : null;
    case "otherActors":
      return isListOfNames(text) || involvement.test(text) ? "si" : null;
    case "cooperationWithOtherAmbiti":
      return /\b(?:in\s+collaborazione|in\s+cooperazione)\s+con\b/iu.test(text) ? "si" : null;
    default:
      return null;
  }
}

/**
 * Whether a box (as printed, with its line breaks) is a plain list of names, one a line: at least two lines, each a
 * capitalised name of at most six words without sentence punctuation ("Provincia di Brescia – Settore Lavoro",
 * "Sindacati", "Patronati").
 */
function isListOfNames(text: string): boolean {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /\p{L}/u.test(line));
  return (
    lines.length >= 2 &&
    lines.every(
      (line) =>
        /^\p{Lu}/u.test(line) &&
        !/[.;:!?]/u.test(line) &&
        line.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length <= 6,
    )
  );
}

/** The LEPS a LEPS row names: a list with local numbers ("L3. … L4. …"), or the names run together. */
function lepsOf(printed: string): LepsId[] {
  const list = matchLepsList(printed);
  const codes = list.map((m) => m.code).filter((c): c is LepsId => c !== null);
  if (codes.length > 0 && codes.length === list.length) return codes;
  const whole = matchLeps(printed);
  if (whole.code !== null) return [whole.code];
  // Names run together in one cell ("PREVENZIONE … SERVIZI DI SOLLIEVO … SERVIZI DI SOSTEGNO"): the candidates.
  return whole.candidates.filter((c) => c.score >= 0.3).map((c) => c.code);
}

const NEW_SERVICE_OPTIONS = [
  ["servizio-gia-presente", /gi[aà]['’]?\s+(?:presente|esistente|attivo)/iu],
  ["servizio-rivisto", /sostanzialmente\s+rivisto|rivisto\s*\/\s*aggiornato|rivisto|aggiornato/iu],
  ["nuovo-servizio", /nuovo\s+servizio|servizio\s+nuovo/iu],
] as const;

const NEED_OPTIONS = [
  ["bisogno-consolidato", /consolidat|gi[aà]['’]?\s+(?:stato\s+)?(?:emerso|affrontato|rilevato)/iu],
  // "Bisogno emerso nella precedente triennalità" repeats the form's words for a new need (not "già emerso …");
  // "Bisogno innovativo" too.
  [
    "nuovo-bisogno",
    /nuovo\s+bisogno|bisogno\s+nuovo|bisogno\s+innovativo|(?<!gi[aà]['’]?\s{1,3})emerso\s+nella\s+precedente\s+triennalit/iu,
  ],
] as const;

function readOption(
  read: FieldRead<FormField> | undefined,
  notes: Note[],
  confidence: Map<FormField, Confidence>,
  field: FormField,
  options: readonly (readonly [string, RegExp])[],
): { kind: string | null; text: string | null } {
  if (read === undefined) return { kind: null, text: null };
  const text = read.value.verbatim() || null;
  if (text === null) {
    notes.push({ code: "field_blank", field, lines: read.labelLines });
    return { kind: null, text: null };
  }
  // "No, …" answers the question without choosing an option; "Non si tratta di un nuovo servizio" neither.
  const answer = readAnswer(text);
  const negative = answer.answer === "no" || /\bnon\s+(?:si\s+tratta|è|e['’]|prevede)\b/iu.test(text);
  // The form's list of the options, slash between ("BISOGNO CONSOLIDATO/NUOVO", left over from the label), chooses
  // none of them.
  const stated = text.replace(/\bBISOGNO\s+CONSOLIDATO\s*\/\s*NUOVO\b/gu, " ");
  const named = options.filter(([, pattern]) => pattern.test(stated));
  // Two options printed side by side ("Servizio già presente Nuovo servizio") choose neither. "No, il servizio è già
  // presente" answers no new service by naming the existing one.
  let chosen =
    named.length !== 1
      ? undefined
      : !negative || (field === "newService" && named[0]?.[0] === "servizio-gia-presente")
        ? named[0]
        : undefined;
  // A bare "SI" to "L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?" chooses the new service.
  if (chosen === undefined && answer.answer === "si" && answer.bare && field === "newService") {
    chosen = options.find(([kind]) => kind === "nuovo-servizio");
  }
  confidence.set(field, chosen === undefined ? "medium" : "high");
  if (chosen === undefined) notes.push({ code: "option_not_stated", field, lines: read.value.lines() });
  return { kind: chosen?.[0] ?? null, text };
}

/**
 * The answer of a SI/NO box after the form's prompt left in it ("SI/NO (se sì, indicare quali aspetti) Sì, …"),
 * or printed inside the prompt when the answer cut it ("(organizzativi, No gestionali, erogativi, ecc.)").
 */
export function answerAfterPrompt(text: string): AnswerRead {
  const prompt = /^\s*(?:S[IÌ]\s*\/\s*NO\b\s*)?\([^()]{0,80}\)/iu.exec(text);
  if (prompt === null) return readAnswer(text);
  const after = text.slice(prompt[0].length);
  if (/\p{L}/u.test(after)) {
    const answer = readAnswer(after);
    return { ...answer, end: answer.end === 0 ? 0 : prompt[0].length + answer.end };
  }
  const inside = /^\s*\([^()]*?[,;]\s+(SI|Sì|Si|NO|No)\s+[^()]*\)\s*$/u.exec(text);
  if (inside !== null) return { answer: /^n/iu.test(inside[1] ?? "") ? "no" : "si", end: 0, bare: true };
  return readAnswer(text);
}

/** Promotional, preventive, reparative: every kind the box names. */
function preventionKinds(text: string): ("promozionale" | "preventivo" | "riparativo")[] {
  const kinds: ("promozionale" | "preventivo" | "riparativo")[] = [];
  if (/promozional/iu.test(text)) kinds.push("promozionale");
  if (/preventiv/iu.test(text)) kinds.push("preventivo");
  if (/ripa?r?ativ|ripartiv/iu.test(text)) kinds.push("riparativo");
  return kinds;
}

/** An action read from the actions box: its code ("Azione 2", "1.2", a letter) or null, its title and its lines. */
interface ActionRead {
  readonly code: string | null;
  readonly title: string;
  readonly lines: readonly [number, number] | null;
}

/** An item of a list as a title: verbatim, without its leading marks nor trailing semicolons. */
function itemTitle(text: string, from: number, to: number): string {
  return verbatim(text.slice(from, to))
    .replace(/^[\s:;.)\-–]+/u, "")
    .replace(/[;]+$/u, "")
    .trim();
}

/** Whether an item is marked with a bullet (a list mark, not a number nor "Azione N"). */
function isBulleted(item: Item | undefined): boolean {
  return item !== undefined && item.markerKind === "bullet" && item.marker !== null;
}

/** The actions of AZIONI PROGRAMMATE, by their markers ("Azione 1:", "1.", "1.1."), bullets, or as one item. */
export function readActions(passage: Passage): ActionRead[] {
  const text = passage.text;
  const items = splitItems(text, 0, text.length);
  const hasActions = items.some((item) => item.markerKind === "action");
  const numbered = items.filter((item) => item.markerKind === "number");
  // "1.1" under "1." is a sub-number; a lettered code ("A.1") is not, and always opens an action.
  const lettered = (item: Item): boolean => /^[A-Z]\./.test(item.marker ?? "");
  const hasSub = numbered.some((item) => !lettered(item) && (item.marker ?? "").includes("."));
  const actions: ActionRead[] = [];
  let current: {
    code: string | null;
    from: number;
    to: number;
    closed?: boolean;
    runsOn?: boolean;
  } | null = null;
  const flush = (): void => {
    if (current === null) return;
    let title = itemTitle(text, current.from, current.to);
    // "L'azione comprende la realizzazione di un'analisi … con:": the action the introduction names.
    const named =
      /^l['’]\s*azione\s+(?:comprende|prevede|consiste\s+(?:in|nel(?:la)?))\s+(?:la\s+|il\s+|lo\s+|l['’]\s*|i\s+|gli\s+|le\s+)?(.+?)(?:\s+con)?\s*:$/iu.exec(
        title,
      );
    if (named !== null && current.code === null && (named[1] ?? "").split(/\s+/).length >= 4)
      title = named[1] ?? "";
    // An introduction ("L'azione comprende:") before the actions is not one.
    const intro =
      /:$/.test(title) &&
      current.code === null &&
      (title.split(/\s+/).length <= 5 ||
        /^(?:l['’]\s*azione|le\s+azioni|l['’]\s*obiettivo|si\s+prevede|sono\s+previst)/iu.test(title));
    if (/\p{L}/u.test(title) && !intro)
      actions.push({ code: current.code, title, lines: passage.lines(current.from, current.to) });
    current = null;
  };
  const isStart = (item: Item): boolean => {
    if (hasActions) return item.markerKind === "action";
    if (numbered.length > 0)
      return item.markerKind === "number" && (!hasSub || lettered(item) || (item.marker ?? "").includes("."));
    return item.markerKind === "bullet";
  };
  let seenStart = false;
  const nested = hasActions || numbered.length > 0 ? null : nestedActions(passage, items);
  if (nested !== null) return nested;
  const anyStart = items.some(isStart);
  const first = items[0];
  const last = items[items.length - 1];
  if (!anyStart && first !== undefined && last !== undefined) {
    // No marker: the actions of a cell run together ("… del settore socioeducativo Promozione di una cultura …");
    // each starts where a capitalised word follows a word in small letters or a parenthesis.
    let from = first.from;
    for (const cut of runTogetherStarts(text, first.from, last.to)) {
      current = { code: null, from, to: cut };
      flush();
      from = cut;
    }
    current = { code: null, from, to: last.to };
    flush();
    return actions;
  }
  for (const item of items) {
    if (!anyStart) {
      // No marker at all: the box is one action.
      if (current === null) current = { code: null, from: item.from, to: item.to };
      else current.to = item.to;
      continue;
    }
    // Before the first "Azione 1:", each paragraph of its own is an action without a code (Busto Arsizio prints
    // its goals as actions, then "- Azione 1: …"), an introduction ending with ":" excepted.
    if (hasActions && !seenStart && !isStart(item)) {
      current = { code: null, from: item.from, to: item.to };
      flush();
      continue;
    }
    if (isStart(item)) {
      seenStart = true;
      flush();
      current = { code: item.markerKind === "bullet" ? null : item.marker, from: item.from, to: item.to };
      continue;
    }
    // Items between markers: a continuation of the action above, unless they head a group of actions.
    // Bullets under a numbered action are its description, not its title, unless its title runs on into them
    // ("… linee e prassi su:").
    if (
      current !== null &&
      current.code !== null &&
      item.markerKind === "bullet" &&
      current.runsOn !== true
    ) {
      if (/:\s*$/u.test(text.slice(current.from, current.to))) current.runsOn = true;
      else {
        current.closed = true;
        continue;
      }
    }
    if (current !== null && current.closed) continue;
    if (current !== null && !(hasSub && item.markerKind === "number")) current.to = item.to;
    else if (hasSub && item.markerKind === "number") flush();
  }
  flush();
  return actions;
}

/**
 * The actions of a list of two levels ("- a livello di interventi di sistema" over "o concreta adozione …"): the
 * items of the first level when they carry a letter ("- A – Definizione e attivazione del progetto individualizzato"
 * over "o valutazione multidimensionale del bisogno"), the items under them otherwise (a first-level item with
 * none under it is an action itself). Null when the list has one level.
 */
function nestedActions(passage: Passage, items: readonly Item[]): ActionRead[] | null {
  const text = passage.text;
  const outer = items.find(isBulleted)?.marker;
  if (outer === undefined || outer === null) return null;
  const groups: { head: Item; subs: Item[] }[] = [];
  for (const item of items) {
    if (!isBulleted(item)) continue;
    if (item.marker === outer) groups.push({ head: item, subs: [] });
    else groups[groups.length - 1]?.subs.push(item);
  }
  if (!groups.some((group) => group.subs.length > 0)) return null;
  const titleOf = (item: Item): string => itemTitle(text, item.from, item.to);
  const lettered = /^([A-Z])\s*[–—-]\s+(?=\S)/u;
  if (groups.every((group) => lettered.test(titleOf(group.head)))) {
    return groups.map(({ head }) => {
      const title = titleOf(head);
      const code = lettered.exec(title);
      return {
        code: code?.[1] ?? null,
        title: title.slice(code?.[0].length ?? 0),
        lines: passage.lines(head.from, head.to),
      };
    });
  }
  return groups.flatMap(({ head, subs }) =>
    (subs.length > 0 ? subs : [head]).map((item) => ({
      code: null,
      title: titleOf(item),
      lines: passage.lines(item.from, item.to),
    })),
  );
}

/** Markers that open a list of indicators inside a box. */
const INDICATOR_HEAD =
  /(?:^|\n)[ \t]*(?:INDICATORI(?:[ \t]*:)?|(?:Possibili\s+)?[Ii]ndicator[ei](?:\s+(?:di\s+)?(?:processo|risultato|output|out-?come|esito|impatto|input))?\s*(?::|(?=[ \t]*\n)))|\bindicatori\s*:/gu;

/**
 * The form's guidance naming a box's indicators, written by a plan in the answer cell over its own list
 * ("<i>Indicatori input derivati dall'analisi del bisogno</i> n. di progetti …", "<i>Individuazione di una
 * batteria di indicatori di processo</i> - n. di soggetti …"): a heading line of the indicators that follow.
 */
const GUIDANCE_HEAD =
  /\b(?:[Ii]ndicator[ei]\s+(?:di\s+)?input\s+deriva(?:n)?ti\s+dall['’]\s?analisi\s+del\s+bisogno|[Ii]ndividuazione\s+di\s+una\s+batteria\s+di\s+indicatori(?:\s+di\s+(?:processo|output|outcome))?(?:\s*\(protocolli\s+stipulati,?\s+ecc\.\))?)(?![\p{L}\p{N}])/gu;

/**
 * A box with a line that opens on what is expected or hoped for ("Ci si attende: - Riduzione dei casi …", "Ci si
 * attende un elenco di procedure …", "Si auspica una più consapevole …"): its items are results, not indicators.
 */
const EXPECTATIONS = /(?:^|\n)[ \t]*(?:Ci\s+si\s+(?:attende|aspetta)|Si\s+auspica)\b/u;

/** The heads of the indicator lists of a box, in order; a guidance head is a heading, never the box's text. */
function indicatorHeads(text: string): { from: number; to: number; guidance: boolean }[] {
  const heads: { from: number; to: number; guidance: boolean }[] = [];
  GUIDANCE_HEAD.lastIndex = 0;
  for (let match = GUIDANCE_HEAD.exec(text); match !== null; match = GUIDANCE_HEAD.exec(text)) {
    heads.push({ from: match.index, to: match.index + match[0].length, guidance: true });
  }
  INDICATOR_HEAD.lastIndex = 0;
  for (let match = INDICATOR_HEAD.exec(text); match !== null; match = INDICATOR_HEAD.exec(text)) {
    const from = match.index;
    const to = from + match[0].length;
    if (!heads.some((h) => h.guidance && from < h.to && to > h.from))
      heads.push({ from, to, guidance: false });
  }
  return heads.sort((a, b) => a.from - b.from);
}

/** A piece of an item: `[from, to)`, and whether it is a measure of its own. */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly measure: boolean;
}

/**
 * An item whose measures run together on one line ("N. scuole coinvolte N di comuni che … N. incontri …",
 * "Rafforzamento dei legami … Nr. aggiuntivo di spazi … Nr. di diminuzione …"), cut where a count opens the next
 * one (and, once a row is cut so, where the making of a document or a body opens the next: "… dispersione
 * scolastica Costituzione tavolo …"). The words before the first count are a measure only when they open with a
 * count themselves or end on "e" before it ("frequenza di aggiornamento del padlet e n. di informazioni"); else they
 * are the box's own words. Null when no count cuts the item.
 */
function measuresOf(text: string, from: number, to: number): Piece[] | null {
  const counts = countHeadCuts(text, from, to);
  if (counts.length === 0) return null;
  const cuts = [...counts, ...documentsAtLineStart(text, from, to)].sort((a, b) => a.at - b.at);
  const first = cuts[0] as { at: number; end: number };
  const pieces: Piece[] = [
    { from, to: first.end, measure: opensWithCount(text, from, to) || first.end < first.at },
  ];
  cuts.forEach((cut, k) => {
    const end = cuts[k + 1]?.end ?? to;
    if (end > cut.at) pieces.push({ from: cut.at, to: end, measure: true });
  });
  return pieces.filter((piece) => /\p{L}/u.test(text.slice(piece.from, piece.to)));
}

/** Whether the words at `at` open an HTML paragraph: "<p>" (or "<p …>") right before them. */
function opensParagraph(marked: string, at: number): boolean {
  return /<p(?:\s[^<>]*)?>\s*$/iu.test(marked.slice(Math.max(0, at - 80), at));
}

/** An item's text as an indicator: verbatim, without a leading colon nor trailing semicolons. */
function indicatorText(text: string, from: number, to: number): string {
  return verbatim(text.slice(from, to))
    .replace(/^[:\s]+/u, "")
    .replace(/[;]+$/u, "")
    .trim();
}

/** A verb in the infinitive opening an item ("Mappare …", "Progettare …", "Promuovere …", "Favorire …"). */
const AIM = /^\p{Lu}\p{Ll}{3,}(?:are|ere|ire)\b/u;

/**
 * A field of text and indicators: the indicators after "INDICATORI" / "Indicatori di …:", or the items (of the
 * results and impact boxes), or the counts (of any box: "N. di reti e collaborazioni attivate").
 */
function readGroup(passage: Passage, field: FormField, indicatorsBox = false): GroupValue {
  const itemsAreIndicators = field === "outputIndicators" || field === "outcomeIndicators";
  const text = passage.text;
  const heads = indicatorHeads(text);
  const indicators: GroupValue["indicators"][number][] = [];
  // The box's text without the guidance heads printed in it.
  let cleared = text;
  for (const head of heads)
    if (head.guidance)
      cleared = cleared.slice(0, head.from) + " ".repeat(head.to - head.from) + cleared.slice(head.to);
  const whole = (cleared === text ? passage.verbatim() : verbatim(cleared)) || null;
  if (heads.length > 0) {
    let at = 0;
    let action: string | null = null;
    // Whether the box holds words of its own besides its heads and their lists.
    let prose = false;
    for (let k = 0; k < heads.length; k += 1) {
      const head = heads[k] as { from: number; to: number; guidance: boolean };
      for (const item of splitItems(text, at, head.from))
        if (item.markerKind === "action") action = item.marker;
      // Words before a head, or a head that is not a heading line of its own ("INDICATORI: …", "Possibili
      // indicatori di out-come:"), make the box's own text.
      const inline =
        !head.guidance &&
        (text.slice(head.from, head.to).includes(":") ||
          !/^[ \t]*\n/u.test(text.slice(head.to, head.to + 80)));
      if (inline || /\p{L}/u.test(text.slice(at, head.from))) prose = true;
      // The list runs to the next action marker or the next head.
      let end = heads[k + 1]?.from ?? text.length;
      for (let i = head.to; i < end; i += 1) {
        if (actionMarkerAt(text, i) !== null) {
          end = i;
          break;
        }
      }
      const list = splitItems(text, head.to, end);
      // A line without a bullet over bulleted lines heads their group ("Tenuta della rete", "Migliorare … –
      // indicatore:"): it is the box's text, not an indicator.
      for (const [k, item] of list.entries()) {
        const value = indicatorText(text, item.from, item.to);
        if (!/\p{L}/u.test(value)) continue;
        if (item.marker === null && isBulleted(list[k + 1])) {
          prose = true;
          continue;
        }
        for (const piece of measuresOf(text, item.from, item.to) ?? [{ ...item, measure: true }]) {
          if (!piece.measure) prose = true;
          else
            indicators.push({
              text: indicatorText(text, piece.from, piece.to),
              action,
              lines: passage.lines(piece.from, piece.to),
            });
        }
      }
      at = end;
    }
    if (/\p{L}/u.test(text.slice(at))) prose = true;
    // A box of nothing but headed lists of indicators (a line "Indicatori di processo" over its bullets) has no
    // text of its own.
    return { text: prose || indicators.length === 0 ? whole : null, indicators };
  }
  if (whole === null) return { text: whole, indicators };
  // Indicators still to be drawn up ("I risultati attesi e gli indicatori collegati saranno elaborati nel corso
  // delle attività di co-progettazione e potranno prevedere: …"): the items after are what the work may cover.
  if (/\bindicatori\b[^.:;]{0,60}\b(?:saranno|verranno)\s+(?:elaborat|definit|individuat)/iu.test(whole))
    return { text: whole, indicators };
  const items = splitItems(text, 0, text.length);
  // A box that says what it expects ("Ci si attende …") lists results, not indicators.
  const listsIndicators = itemsAreIndicators && !EXPECTATIONS.test(text);
  // The counts of the box: the items that open with one, and the measures of a row cut at its counts.
  const counts: GroupValue["indicators"][number][] = [];
  let action: string | null = null;
  // The bullet of the figures of a bulleted indicator ending with a colon ("- Indicatore DGR 2089/2024: … pari
  // a almeno il: ➢ 50% nell’anno 2025 ➢ 75% nel 2026"): those items are its figures, not indicators.
  let figures: string | null = null;
  for (const [k, item] of items.entries()) {
    if (item.markerKind === "action") action = item.marker;
    if (figures !== null && item.marker === figures) continue;
    figures = null;
    const value = indicatorText(text, item.from, item.to);
    if (!/\p{L}/u.test(value)) continue;
    // A line without a bullet over bulleted lines heads them ("I risultati attesi"): the box's text.
    if (item.marker === null && item.markerKind !== "action" && isBulleted(items[k + 1])) continue;
    if (/:\s*$/.test(value)) {
      const next = items[k + 1];
      // Only a bulleted item over a list of another bullet: an introduction ("… potranno prevedere:") over
      // its list is no indicator.
      if (
        !listsIndicators ||
        item.markerKind !== "bullet" ||
        item.marker === null ||
        next === undefined ||
        next.markerKind !== "bullet" ||
        next.marker === null ||
        next.marker === item.marker
      )
        continue;
      figures = next.marker;
    }
    const pieces = measuresOf(text, item.from, item.to);
    if (pieces !== null) {
      for (const piece of pieces) {
        const entry = {
          text: indicatorText(text, piece.from, piece.to),
          action,
          lines: passage.lines(piece.from, piece.to),
        };
        if (!piece.measure) continue;
        counts.push(entry);
        if (listsIndicators) indicators.push(entry);
      }
      continue;
    }
    const entry = { text: value, action, lines: passage.lines(item.from, item.to) };
    if (opensWithCount(text, item.from, item.to)) counts.push(entry);
    // In the impact box, a line opening with a verb in the infinitive states an aim, not what measures it
    // ("Mappare e individuare iniziative …;", "Progettare la formazione di volontari;", seed 004 L1418-1419).
    if (listsIndicators && !(field === "outcomeIndicators" && AIM.test(value))) indicators.push(entry);
  }
  // A list of one item is the box's text, save in a box that names its content indicators (a PPT card's
  // INDICATORI DI ESITO).
  if (indicators.length < (indicatorsBox ? 1 : 2)) indicators.length = 0;
  // The impact box written in paragraphs ("<p>Intercettare situazioni …</p> <p>Promozione di un sistema …</p>")
  // states the change it seeks in sentences: only a list (bullets, numbers, items) names indicators.
  if (field === "outcomeIndicators" && items.every((item) => opensParagraph(passage.marked, item.from)))
    indicators.length = 0;
  // A box of indicators holds its indicators (and their figures) and no text of its own.
  if (indicatorsBox && indicators.length > 0) return { text: null, indicators };
  return { text: whole, indicators: indicators.length > 0 ? indicators : counts };
}

export { FIELD_LABELS };

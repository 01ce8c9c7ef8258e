// The ex-post evaluation grid of the previous plan (D.G.R. XII/2167/2024, "DIMENSIONE OUTPUT"), in the variants the
// plans print: a flow of capital labels after each objective's heading, its actions and their completion
// (Gallarate); a table with the objective's title in its first row (Busto Arsizio "TITOLO OBIETTIVO", Alto Milanese
// "Obiettivo Specifico"), with the labels in capitals or in small letters. The grid's template (the bands listed
// under the label, no objective) is not an evaluation and is skipped.
import type {
  DraftEvaluatedAction,
  DraftGridAnswer,
  DraftObjectiveEvaluation,
  DraftPrintedGrade,
} from "./draft-evaluation.js";
import { readAnswer } from "./_answer.js";
import { compileLabels, LabelIndex, type LabelSpec } from "./_labels.js";
import { verbatim, withContinuation, type Passage } from "./_passage.js";
import type { PlanText } from "./_plan-text.js";
import { readRecords, type FieldRead, type FormRecord } from "./_records.js";
import type { Note } from "./_scheda.js";

/** The rows of the grid, in order. */
export const GRID_FIELDS = [
  "title",
  "description",
  "dimension",
  "grade",
  "users",
  "adequacy",
  "coincidence",
  "critical",
  "positiveChange",
  "continuityWithPrevious",
  "reproposed",
] as const;

/** One row of the grid. */
export type GridField = (typeof GRID_FIELDS)[number];

/** The labels of the rows as the DGR grid prints them. */
export const GRID_LABELS: Readonly<Record<GridField, string>> = {
  title: "TITOLO OBIETTIVO",
  description: "DESCRIZIONE OBIETTIVO",
  dimension: "DIMENSIONE DI ANALISI",
  grade: "GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO RISPETTO A CIÒ CHE ERA STATO DEFINITO NELLA PROGRAMMAZIONE",
  users: "VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE)",
  adequacy:
    "LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI IMPIEGATE RISPETTO AL RAGGIUNGIMENTO DEGLI OBIETTIVI PREFISSATI",
  coincidence: "LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE/LIQUIDATE",
  critical: "CRITICITÀ RILEVATE NEL RAGGIUNGIMENTO DELL'OBIETTIVO",
  positiveChange:
    "QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO NELL'AREA INDIVIDUATA COME PROBLEMATICA?",
  continuityWithPrevious: "L'OBIETTIVO ERA IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2018-2020)?",
  reproposed: "L'OBIETTIVO VERRÀ RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE 2025-2027?",
};

const SPECS: readonly LabelSpec<GridField>[] = [
  { field: "title", text: "TITOLO OBIETTIVO" },
  { field: "title", text: "OBIETTIVO SPECIFICO", caseless: true },
  { field: "description", text: "DESCRIZIONE [DELL] OBIETTIVO" },
  { field: "dimension", text: "DIMENSIONE [DI ANALISI]", caseless: true },
  {
    field: "grade",
    // "CIÒ CHE È STATO", and the slips "CIO' CHE ÈRA STATO", "CHE ÈRATO STATO" of the plans.
    text: "GRADO DI RAGGIUNGIMENTO DELL OBIETTIVO RISPETTO A CIO CHE [E] [ERA] [ERATO] STATO DEFINITO NELLA PROGRAMMAZIONE",
    required: 3,
    caseless: true,
    guidance: ["(n. azioni realizzate*100)/n. azioni programmate"],
  },
  {
    field: "users",
    text: "VALUTAZIONE DA PARTE DEGLI UTENTI [OVE PERTINENTE]",
    required: 5,
    caseless: true,
    guidance: ["Customer satisfaction e/o analisi clima aziendale"],
  },
  {
    field: "adequacy",
    text: "LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI IMPIEGATE RISPETTO AL RAGGIUNGIMENTO DEGLI OBIETTIVI PREFISSATI",
    required: 3,
    caseless: true,
  },
  {
    field: "coincidence",
    text: "LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE LIQUIDATE",
    required: 3,
    caseless: true,
    guidance: ["(pagato*100)/preventivato"],
  },
  {
    field: "critical",
    text: "CRITICITA RILEVATE [NEL RAGGIUNGIMENTO DELL OBIETTIVO]",
    caseless: true,
    guidance: ["Indicare i fattori di criticità e definire il piano di miglioramento"],
  },
  {
    field: "positiveChange",
    text: "QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO NELL AREA INDIVIDUATA COME PROBLEMATICA",
    required: 4,
    caseless: true,
    guidance: ["(motivare la risposta)"],
  },
  {
    field: "continuityWithPrevious",
    text: "[L] OBIETTIVO ERA IN CONTINUITA CON LA PROGRAMMAZIONE PRECEDENTE [2018] [2020]",
    required: 4,
    caseless: true,
  },
  {
    field: "reproposed",
    text: "[L] OBIETTIVO VERRA RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE [2025] [2027]",
    required: 3,
    caseless: true,
    guidance: ["(motivarne la scelta)"],
  },
];

let index: LabelIndex<GridField> | null = null;

function gridLabels(): LabelIndex<GridField> {
  index ??= new LabelIndex(compileLabels(SPECS));
  return index;
}

type Band = "nullo" | "insufficiente" | "sufficiente" | "buono" | "ottimo";

/** A grade as printed: "80-99% (buono)", "80% - 99% (Buono)", "30%", "100% (ottimo)", "Non applicabile". */
export function readGrade(text: string, lines: readonly [number, number]): DraftPrintedGrade | null {
  const flat = verbatim(text);
  if (flat === "") return null;
  const grade: {
    text: string;
    percent?: string;
    range?: { from: string; to: string };
    band?: Band;
    notApplicable?: true;
    lines: readonly [number, number];
  } = { text: flat, lines: [lines[0], lines[1]] };
  if (/^\s*non\s+applicabile/iu.test(flat)) return { ...grade, notApplicable: true };
  // "Complessivamente, il grado … è pari al 100% (ottimo)": the figure after "pari al", else the first one.
  const stated = /pari\s+al?\s+(\d{1,3}(?:,\d+)?)\s*%/iu.exec(flat);
  const range = /(\d{1,3})\s*%?\s*[-–]\s*(\d{1,3})\s*%/u.exec(flat);
  if (stated !== null) grade.percent = (stated[1] ?? "").replace(",", ".");
  else if (range !== null) grade.range = { from: range[1] ?? "", to: range[2] ?? "" };
  else {
    const single = /(\d{1,3}(?:,\d+)?)\s*%/u.exec(flat);
    if (single !== null) grade.percent = (single[1] ?? "").replace(",", ".");
  }
  const bandAt = stated === null ? flat : flat.slice(stated.index);
  const band = /\(\s*(nullo|insufficiente|sufficiente|buono|ottimo)\s*\)/iu.exec(bandAt);
  if (band !== null) grade.band = (band[1] ?? "").toLowerCase() as Band;
  return grade.percent === undefined && grade.range === undefined && grade.band === undefined ? null : grade;
}

/** The completion printed for each action ("Azione 1: 100%", "Azione 4: … (50%)"). */
function actionCompletions(passage: Passage): DraftEvaluatedAction[] {
  const text = passage.text;
  const actions: DraftEvaluatedAction[] = [];
  // The figure may stand on a line after the action's ("Azione 1: realizzata" / "all’80%"), never after another action.
  const pattern = /Azione\s*(\d{1,2})\s*:?(?:(?!Azion[ei]\s*\d)[^%]){0,200}?(\d{1,3})\s*%/giu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const lines = passage.lines(match.index, match.index + match[0].length);
    actions.push({
      title: `Azione ${match[1] ?? ""}`,
      completion: match[2] ?? "0",
      completionText: verbatim(match[0]),
      ...(lines === null ? {} : { lines }),
    });
  }
  return actions;
}

function adequacyOf(text: string): NonNullable<DraftObjectiveEvaluation["adequacy"]>["level"] {
  if (/gravemente\s+inadegu/iu.test(text)) return "gravemente-inadeguato";
  if (/perfettamente\s+adegu/iu.test(text)) return "perfettamente-adeguato";
  if (/sufficientemente\s+adegu/iu.test(text)) return "sufficientemente-adeguato";
  if (/\binadegu/iu.test(text)) return "inadeguato";
  if (/\badegu/iu.test(text)) return "adeguato";
  if (/non\s+(?:pertinente|applicabile)/iu.test(text)) return "non-pertinente";
  return null;
}

function coincidenceOf(text: string): NonNullable<DraftObjectiveEvaluation["coincidence"]> {
  const flat = verbatim(text);
  const result: {
    statedPercent?: string;
    statedBand?: "sovrastimato" | "ottimo" | "sottostimato" | "non-applicabile";
    text: string;
  } = {
    text: flat,
  };
  if (/^\s*>\s*100\s*%|sottostimat/iu.test(flat)) result.statedBand = "sottostimato";
  else if (/^\s*<\s*100\s*%|sovrastimat|non\s+realizzat/iu.test(flat)) result.statedBand = "sovrastimato";
  else if (/non\s+applicabile/iu.test(flat)) result.statedBand = "non-applicabile";
  const percent = /(?:^|[^<>\d])(\d{1,3}(?:,\d+)?)\s*%/u.exec(flat);
  if (percent !== null && !/^\s*[<>]/.test(flat)) result.statedPercent = (percent[1] ?? "").replace(",", ".");
  if (result.statedPercent === "100" && /ottimo/iu.test(flat)) result.statedBand = "ottimo";
  return result;
}

function gridAnswer(read: FieldRead<GridField> | undefined): DraftGridAnswer | undefined {
  if (read === undefined) return undefined;
  const text = read.value.verbatim();
  if (text === "") return { answer: null };
  const read0 = readAnswer(read.value.text);
  // "Non ancora, …" answers no; "Sì per … No per …" answers both ways, so neither.
  let answer: DraftGridAnswer["answer"] = read0.answer;
  if (answer === null && /^\W*non\s+ancora\b/iu.test(text)) answer = "no";
  if (answer === "si" && /[.;]\s*No\b/u.test(text)) answer = null;
  const lines = read.value.lines();
  const answerRead = read0;
  return {
    answer,
    ...(answerRead.bare ? {} : { motivation: text }),
    ...(lines === null ? {} : { lines }),
  };
}

/** An objective's heading above a flowing grid ("1 – Mappatura, collaborazione e messa in rete"). */
const OBJECTIVE_HEADING = /^\s*(\d{1,2}|[A-Z])\s*[-–—]\s*(\p{Lu}.{2,200})$/u;

/** An evaluated objective read, with its lines. */
export interface ObjectiveRead {
  readonly draft: Omit<DraftObjectiveEvaluation, "source">;
  readonly lines: readonly [number, number];
}

/** Reads every evaluated objective of the previous plan. */
export function readEvaluation(text: PlanText, notes: Note[]): ObjectiveRead[] {
  const records = readRecords(text, {
    index: gridLabels(),
    order: (field) => GRID_FIELDS.indexOf(field),
    start: "grade",
    openers: ["title", "description", "dimension"],
    minFields: 4,
    openerLines: 8,
    endsRecord: (line) => OBJECTIVE_HEADING.test(line),
  });
  const objectives: ObjectiveRead[] = [];
  let previousEnd = -1;
  let position = 0;
  for (const record of records) {
    const grade = record.fields.get("grade");
    // The grid's template lists every band under the label: no objective is evaluated there.
    const bands = new Set(
      (grade?.value.text.match(/\((?:nullo|insufficiente|sufficiente|buono|ottimo)\)/giu) ?? []).map((b) =>
        b.toLowerCase(),
      ),
    );
    if (grade === undefined || bands.size >= 4) {
      previousEnd = record.lastLine;
      continue;
    }
    position += 1;
    objectives.push(readObjective(text, record, previousEnd, position, notes));
    previousEnd = record.lastLine;
  }
  return objectives;
}

/** The first line after line `n` that is not noise, or "" at the end of the text. */
function nextTextLine(text: PlanText, n: number): string {
  for (let k = n + 1; k < text.lines.length; k += 1) if (text.noise[k] !== 1) return text.lines[k] ?? "";
  return "";
}

function readObjective(
  text: PlanText,
  record: FormRecord<GridField>,
  previousEnd: number,
  position: number,
  notes: Note[],
): ObjectiveRead {
  const fields = record.fields;
  let title: string | null = null;
  let code: string | null = null;
  let start = record.firstLine;
  let priority: boolean | undefined;
  let actionTitles: string[] = [];
  const titleField = fields.get("title");
  if (titleField !== undefined) {
    title = titleField.value.verbatim() || null;
  } else {
    // A flowing grid: the objective's heading, its description and its actions stand above "DIMENSIONE OUTPUT".
    for (let n = record.firstLine - 1; n > previousEnd && record.firstLine - n <= 120; n -= 1) {
      if (text.noise[n] === 1) continue;
      const heading = OBJECTIVE_HEADING.exec(withContinuation(text.lines[n] ?? "", nextTextLine(text, n)));
      if (heading !== null) {
        code = heading[1] ?? null;
        title = verbatim(heading[2] ?? "");
        start = n;
        break;
      }
    }
    const above = text.lines
      .slice(start, record.firstLine)
      .filter((_line, k) => text.noise[start + k] !== 1)
      .join("\n");
    if (/\bl['’]obiettivo\s+era\s+prioritario/iu.test(above)) priority = true;
    else if (/\bl['’]obiettivo\s+non\s+era\s+prioritario/iu.test(above)) priority = false;
    // "Azione 1: …" and its continuation lines, up to the next action.
    let current: string[] | null = null;
    const titles: string[][] = [];
    for (const line of above.split("\n")) {
      if (/^\s*Azione\s*\d{1,2}\s*:/iu.test(line)) {
        current = [line];
        titles.push(current);
      } else if (current !== null && line.trim() !== "") {
        current.push(line);
      }
    }
    actionTitles = titles.map((lines) => verbatim(lines.join("\n")));
  }
  const draft: {
    -readonly [K in keyof Omit<DraftObjectiveEvaluation, "source">]: Omit<
      DraftObjectiveEvaluation,
      "source"
    >[K];
  } = { code: code ?? String(position), title: title ?? "" };
  if (priority !== undefined) draft.priority = priority;
  const gradeField = fields.get("grade");
  if (gradeField !== undefined) {
    const lines = gradeField.value.lines() ?? gradeField.labelLines;
    const grade = readGrade(gradeField.value.text, lines);
    if (grade !== null) draft.grade = grade;
    else if (gradeField.value.verbatim() === "")
      notes.push({ code: "field_blank", field: "grade", lines: gradeField.labelLines });
    // Printed, but neither a percentage, a band range nor "non applicabile": left out, not guessed.
    else
      notes.push({ code: "grid_value_not_read", field: "grade", lines, text: gradeField.value.verbatim() });
    const completions = actionCompletions(gradeField.value);
    if (completions.length > 0) {
      // Each completion takes the title of the action of its number ("Azione 5: …" above the grid).
      const titleOf = (action: DraftEvaluatedAction): string =>
        actionTitles.find(
          (title) => /^Azione\s*(\d{1,2})/iu.exec(title)?.[1] === /\d+/u.exec(action.title)?.[0],
        ) ?? action.title;
      draft.actions = completions.map((action) => ({ ...action, title: titleOf(action) }));
    }
  }
  const users = fields.get("users");
  if (users !== undefined) draft.usersEvaluation = users.value.verbatim();
  const adequacy = fields.get("adequacy");
  if (adequacy !== undefined) {
    const value = adequacy.value.verbatim();
    draft.adequacy = { level: adequacyOf(value), text: value };
  }
  const coincidence = fields.get("coincidence");
  if (coincidence !== undefined) draft.coincidence = coincidenceOf(coincidence.value.text);
  const critical = fields.get("critical");
  if (critical !== undefined) draft.criticalIssues = critical.value.verbatim();
  const positive = gridAnswer(fields.get("positiveChange"));
  if (positive !== undefined) draft.positiveChange = positive;
  const continuity = gridAnswer(fields.get("continuityWithPrevious"));
  if (continuity !== undefined) draft.continuityWithPrevious = continuity;
  const reproposed = gridAnswer(fields.get("reproposed"));
  if (reproposed !== undefined) draft.reproposed = reproposed;
  return { draft, lines: [start + 1, record.lastLine + 1] };
}

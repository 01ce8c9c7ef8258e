import * as M from "../core/messages/ingest.js";
import { createFinding } from "../core/finding.js";
import { pdzError } from "../core/error.js";
import * as CoreM from "../core/messages/core.js";
import { ownField, readOptions, readText } from "../core/read-input.js";
import { fieldOrder, formLabels, FIELD_LABELS, type FormField } from "./_form.js";
import { readAccordo } from "./_accordo.js";
import { readEvaluation } from "./_evaluation.js";
import { readHeadings, sectionAreaAt } from "./_headings.js";
import { findNoise } from "./_noise.js";
import { readPlanText } from "./_plan-text.js";
import { isLepsHeading, lepsFromAsstForm, lepsFromScheda } from "./_leps-scheda.js";
import { readAsstForms, readCards } from "./_ppt.js";
import { readRecords } from "./_records.js";
import { readTables, type UnreadFigure } from "./_tables.js";
import { readScheda, type Note } from "./_scheda.js";
import { toDraftScheda } from "./_to-model.js";
import type { DraftPlanEvaluation } from "./draft-evaluation.js";
import type {
  IngestFinding,
  IngestResult,
  IngestedLepsScheda,
  IngestedScheda,
  MacroAreaHeading,
} from "./ingest-result.js";

/** The longest text read: five million characters (the seeds are 16,000 to 420,000). */
export const MAX_PLAN_TEXT_LENGTH = 5_000_000;
/** The longest document name. */
const MAX_DOCUMENT_LENGTH = 200;

/** Options of {@link ingestPlanText}. @category Ingest */
export interface IngestOptions {
  /** The document named in every source reference (default "plan text"). */
  readonly document?: string;
}

function readIngestOptions(options: unknown): { document: string } {
  const record = readOptions(options, ["options"]);
  const document = ownField(record, "document", ["options"]);
  return {
    document:
      document === undefined ? "plan text" : readText(document, ["options", "document"], MAX_DOCUMENT_LENGTH),
  };
}

function noteFinding(note: Note, path: (string | number)[]): IngestFinding {
  const line = note.lines?.[0] ?? 0;
  const label = note.field in FIELD_LABELS ? FIELD_LABELS[note.field as FormField] : note.field;
  const where = { path: [...path, note.field], stated: note.text ?? null, computed: null };
  let finding;
  switch (note.code) {
    case "field_not_found":
      finding = createFinding(M.field_not_found, { label, line }, where);
      break;
    case "field_blank":
      finding = createFinding(M.field_blank, { label, line }, where);
      break;
    case "answer_not_stated":
      finding = createFinding(M.answer_not_stated, { label, line }, where);
      break;
    case "option_not_stated":
      finding = createFinding(M.option_not_stated, { label, line }, where);
      break;
    case "amount_not_read":
      finding = createFinding(M.amount_not_read, { text: note.text ?? "", line }, where);
      break;
    case "target_not_typed":
      finding = createFinding(M.target_not_typed, { line }, where);
      break;
    case "macro_area_doubtful":
      finding = createFinding(
        M.macro_area_doubtful,
        { text: note.text ?? "", line, reason: note.reason ?? "" },
        where,
      );
      break;
    case "grid_value_not_read":
      finding = createFinding(
        M.grid_value_not_read,
        { label: note.field === "grade" ? "GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO" : label, line },
        where,
      );
      break;
  }
  return { ...finding, lines: note.lines === null ? null : [note.lines[0], note.lines[1]] };
}

/**
 * Reads the plain text of a Piano di Zona, as a PDF-to-text or Word-to-text tool writes it, into drafts of its
 * structured parts, every value with the lines it was read from.
 *
 * What it reads:
 * - the **schede obiettivo** of D.G.R. XII/2167/2024, anchored on the form's printed labels in every spelling and
 *   line break the plans use (labels split over lines, hyphenated, joined, with the answer printed amid them), both
 *   as a table ("LABEL<TAB>value") and as a flow of label and value lines;
 * - the **macro-area headings**, with the catalogue matcher's warnings (a letter that contradicts its title, the
 *   retired area C, a misspelt title).
 *
 * Every line number points into the text given: page numbers and running headers that leaked between lines are
 * skipped (and listed in `noiseLines`), never removed from the numbering. A field that cannot be read is absent
 * from its draft (null or an empty list) and reported by a finding with its line; an amount that the Italian
 * reading of numbers cannot read without guessing ("€ 12.85") is reported, never guessed. Nothing is invented: a
 * SI/NO answer is read only from a printed SI/NO, an option only from its printed words.
 *
 * The time is linear in the length of the text; a text longer than 5,000,000 characters is refused.
 *
 * @param text - the plan's text
 * @param options - `document`: the name given in every source reference
 * @throws `PdzError` `invalid_type` (text not a string, options not an object), `text_too_long` (text
 *   longer than 5,000,000 characters, document name longer than 200)
 * @example
 * ```ts
 * import { ingestPlanText } from "piano-di-zona/ingest";
 * const text = [
 *   "TITOLO INTERVENTO Strategie per l’abitare",
 *   "QUALI OBIETTIVI VUOLE",
 *   "RAGGIUNGERE Facilitare l'accesso all'abitare.",
 *   "AZIONI PROGRAMMATE",
 *   "Azione 1: Tavolo casa-lavoro.",
 *   "TARGET Persone fragili.",
 *   "RISORSE ECONOMICHE",
 *   "PREVENTIVATE Si stima una spesa nel triennio pari ad €. 30.000,00 (FNPS).",
 *   "PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE?",
 *   "NO",
 * ].join("\n");
 * const [scheda] = ingestPlanText(text, { document: "example" }).schede;
 * scheda?.draft.title //=> "Strategie per l’abitare"
 * scheda?.draft.budget?.total //=> "30000"
 * scheda?.draft.budget?.lines.map((line) => line.fund) //=> ["fnps"]
 * scheda?.draft.asstInAnalysis //=> { answer: "no", lines: [10, 10] }
 * scheda?.draft.actions //=> [{ code: "Azione 1", title: "Tavolo casa-lavoro.", lines: [5, 5] }]
 * ```
 * @category Ingest
 */
export function ingestPlanText(text: string, options?: IngestOptions): IngestResult {
  const source = readText(text, ["text"], MAX_PLAN_TEXT_LENGTH);
  const { document } = readIngestOptions(options);
  const plan = readPlanText(source, findNoise);
  const findings: IngestFinding[] = [];
  const headings = readHeadings(plan);

  const records = readRecords(plan, {
    index: formLabels(),
    order: fieldOrder,
    start: "title",
    openers: ["area", "leps"],
    minFields: 4,
  });
  // Where each scheda of the DGR form starts (its heading included): the PPT forms around them end there.
  const starts = records
    .map((record) => Math.min(record.firstLine, ...record.headingLines))
    .sort((a, b) => a - b);
  const cards = readCards(plan, starts);
  const forms = [
    ...records.map((record) => ({ record, form: "pdz" as const })),
    ...cards.map((record) => ({ record, form: "ppt" as const })),
  ].sort((a, b) => a.record.firstLine - b.record.firstLine);
  const schede: IngestedScheda[] = [];
  const lepsSchede: { line: number; scheda: IngestedLepsScheda; notes: readonly Note[] }[] = [];
  // Where each form read starts, and the scheda it is (null for a LEPS scheda).
  const formStarts: { line: number; scheda: number | null }[] = [];
  forms.forEach(({ record, form }) => {
    const values = readScheda(
      plan,
      record,
      schede.length + 1,
      sectionAreaAt(headings, record.firstLine),
      form,
    );
    if (isLepsHeading(values.heading)) {
      formStarts.push({ line: record.firstLine, scheda: null });
      lepsSchede.push({
        line: record.firstLine,
        scheda: lepsFromScheda(values, document),
        notes: values.notes,
      });
      return;
    }
    const k = schede.length;
    formStarts.push({ line: record.firstLine, scheda: k });
    schede.push(toDraftScheda(values, document));
    for (const note of values.notes) findings.push(noteFinding(note, ["schede", k]));
  });
  for (const record of readAsstForms(plan, starts)) {
    const leps = lepsFromAsstForm(plan, record, document);
    lepsSchede.push({ line: record.firstLine, scheda: leps, notes: [] });
    // An ASST form printed right after a scheda ("Indicatore e risultato atteso") states that scheda's results
    // as the PPT measures them: they join the scheda's targets, with ids of their own.
    const before = formStarts.filter((entry) => entry.line < record.firstLine).pop();
    const k = before?.scheda ?? null;
    const owner = k === null ? undefined : schede[k];
    if (k !== null && owner !== undefined && leps.draft.targets.length > 0) {
      const targets = [
        ...owner.draft.targets,
        ...leps.draft.targets.map((target) => ({ ...target, id: `PPT-${target.id}` })),
      ];
      schede[k] = { ...owner, draft: { ...owner.draft, targets } };
    }
  }
  lepsSchede.sort((a, b) => a.line - b.line);
  lepsSchede.forEach((entry, k) => {
    for (const note of entry.notes) findings.push(noteFinding(note, ["lepsSchede", k]));
  });

  const evaluationNotes: Note[] = [];
  const objectives = readEvaluation(plan, evaluationNotes);
  for (const note of evaluationNotes) findings.push(noteFinding(note, ["evaluation"]));
  const evaluation: DraftPlanEvaluation | null =
    objectives.length === 0
      ? null
      : {
          grid: objectives.some((o) => o.draft.actions !== undefined) ? "dgr-2167-actions" : "dgr-2167-bands",
          objectives: objectives.map((o) => ({
            ...o.draft,
            source: { document, lines: [o.lines[0], o.lines[1]] },
          })),
          source: {
            document,
            lines: [objectives[0]?.lines[0] ?? 1, objectives[objectives.length - 1]?.lines[1] ?? 1],
          },
        };

  const unreadFigures: UnreadFigure[] = [];
  const tables = readTables(plan, document, unreadFigures);
  unreadFigures.forEach((figure, k) => {
    findings.push({
      ...createFinding(
        M.amount_not_read,
        { text: figure.text, line: figure.line },
        { path: ["tables", k], stated: figure.text },
      ),
      lines: [figure.line, figure.line],
    });
  });

  const macroAreaHeadings: MacroAreaHeading[] = headings
    .filter((heading) => heading.area !== null || heading.warnings.length > 0)
    .map((heading) => ({
      text: heading.text,
      lines: [heading.line + 1, heading.line + 1] as const,
      area: heading.area,
      letter: heading.letter,
      warnings: heading.warnings,
      confidence: heading.confidence,
    }));
  headings.forEach((heading, k) => {
    heading.warnings.forEach((code, w) => {
      findings.push({
        ...createFinding(
          M.macro_area_doubtful,
          { text: heading.text, line: heading.line + 1, reason: heading.warningMessages[w] ?? code },
          { path: ["macroAreaHeadings", k], stated: heading.letter, computed: heading.area },
        ),
        lines: [heading.line + 1, heading.line + 1],
      });
    });
  });
  if (schede.length === 0 && lepsSchede.length === 0 && evaluation === null) {
    findings.push({ ...createFinding(M.no_form_found, {}, { path: [] }), lines: null });
  }
  const noiseLines: number[] = [];
  plan.noise.forEach((flag, n) => {
    if (flag === 1) noiseLines.push(n + 1);
  });
  if (source.length > MAX_PLAN_TEXT_LENGTH)
    throw pdzError(CoreM.text_too_long, { max: String(MAX_PLAN_TEXT_LENGTH) });
  return {
    document,
    lineCount: plan.lines.length,
    noiseLines,
    schede,
    lepsSchede: lepsSchede.map((entry) => entry.scheda),
    evaluation,
    macroAreaHeadings,
    accordo: readAccordo(plan, document),
    tables,
    findings,
    source: { document, lines: [1, plan.lines.length] },
  };
}

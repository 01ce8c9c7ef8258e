// From what the reader read to the library's models: the drafts of a plan's schede in the draft forms of
// `SchedaObiettivoDraftSchema` and `LepsSchedaDraftSchema`, ready for `reviewPlan` and the audit's checks. The
// reader's drafts keep what the models have no place for (how a code was found, a share whose terms are not
// printed); this is the one place that maps them.
import type { ErrorPath, ValidationIssue } from "../core/error.js";
import { createFinding } from "../core/finding.js";
import * as M from "../core/messages/ingest.js";
import { ownData, plainData } from "../core/own-snapshot.js";
import { ownField, readList, readRecord, requiredField } from "../core/read-input.js";
import { validationError } from "../core/zod-issues.js";
import { safeParseLepsSchedaDraft, type LepsSchedaDraftInput } from "../model/leps-scheda.js";
import { safeParseSchedaObiettivoDraft, type SchedaObiettivoDraftInput } from "../model/scheda-obiettivo.js";
import type { DraftBudget, DraftResultTarget, DraftScheda } from "./draft.js";
import type { DraftLepsScheda } from "./draft-leps.js";
import { FIELD_LABELS, FORM_FIELDS, type FormField } from "./_form.js";
import type { IngestFinding, IngestResult } from "./ingest-result.js";

/**
 * The schede of a plan read from its text, in the draft forms of the models: what `reviewPlan` (with
 * `partial: true`), `checkSchedaObiettivo` and `checkLepsScheda` take.
 * @category Ingest
 */
export interface IngestedPlanDraft {
  readonly objectives: readonly SchedaObiettivoDraftInput[];
  readonly lepsSchede: readonly LepsSchedaDraftInput[];
  /** What the reader read but the models cannot hold as read, each with its lines (`share_terms_not_printed`). */
  readonly notCarried: readonly IngestFinding[];
  /**
   * The boxes the reader could not read (`field_unread`, one per field, with the path of the field in the plan
   * draft and the lines of its scheda): absent from the drafts, so the audit does not report them as blank. A box the
   * reader found empty is not here: it is `null` in the draft, and the audit reports it.
   */
  readonly unread: readonly IngestFinding[];
}

type Budget = NonNullable<SchedaObiettivoDraftInput["budget"]>;
type Target = NonNullable<SchedaObiettivoDraftInput["targets"]>[number];

function budgetOf(budget: DraftBudget | null, document: string): Budget | null {
  if (budget === null) return null;
  const { source, ...rest } = budget;
  // The reader keeps a box's lines; the model cites its document too.
  return (source === undefined
    ? rest
    : { ...rest, source: { document, lines: source } }) as unknown as Budget;
}

/**
 * The first and last line of a range the reader wrote, or null when the value is not one (a result not made by
 * `ingestPlanText` may hold anything there; the model's validation then reports it).
 */
function lineRange(value: unknown): readonly [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [first, last] = value as unknown[];
  return typeof first === "number" && typeof last === "number" ? [first, last] : null;
}

function targetsOf(
  targets: readonly DraftResultTarget[],
  path: readonly (string | number)[],
  notCarried: IngestFinding[],
): Target[] {
  // Anything but a list is carried as it is, for the model's validation to report.
  const list: unknown = targets;
  if (!Array.isArray(list)) return targets as unknown as Target[];
  const carried: Target[] = [];
  targets.forEach((target, index) => {
    const range = lineRange(target.lines);
    if (
      range !== null &&
      target.kind === "share-at-least" &&
      (target.numerator === "" || target.denominator === "")
    ) {
      const [first, last] = range;
      notCarried.push({
        ...createFinding(M.share_terms_not_printed, { line: first }, { path: [...path, "targets", index] }),
        lines: [first, last],
      });
      return;
    }
    carried.push(target as unknown as Target);
  });
  return carried;
}

// A value that says nothing: null, an empty list or text, or a record whose every part says nothing (an answer
// without its SI/NO or words, a group without text or indicators). Lines say where, not what: they are skipped.
function saysNothing(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== "object") return false;
  return Object.entries(value).every(([key, part]) => key === "lines" || saysNothing(part));
}

/** What the reader read of one scheda: the fields it found, and those it looked for and did not find. */
interface FieldsRead {
  readonly found: ReadonlySet<string>;
  readonly notFound: ReadonlySet<string>;
}

/**
 * The boxes of a draft that the reader did not find and that hold nothing are left out, so that the audit does not
 * call them blank; those the reader looked for are reported as unread. A box found empty stays `null`.
 */
function withoutUnread<T extends object>(
  draft: T,
  fields: readonly string[],
  read: FieldsRead,
  where: { path: [string, number]; scheda: unknown; lines: unknown },
  unread: IngestFinding[],
): T {
  const left = new Set<string>();
  // What a draft not made by ingestPlanText holds in place of its name or lines is left to the model's validation.
  const range = lineRange(where.lines);
  const scheda = typeof where.scheda === "string" ? where.scheda : null;
  for (const field of fields) {
    if (read.found.has(field) || !saysNothing((draft as Record<string, unknown>)[field])) continue;
    left.add(field);
    if (field === "preventionKind") left.add("preventionText");
    if (!read.notFound.has(field) || range === null || scheda === null) continue;
    const [from, to] = range;
    const label = field in FIELD_LABELS ? FIELD_LABELS[field as FormField] : field;
    unread.push({
      ...createFinding(M.field_unread, { label, scheda, from, to }, { path: [...where.path, field] }),
      lines: [from, to],
    });
  }
  return Object.fromEntries(Object.entries(draft).filter(([key]) => !left.has(key))) as T;
}

// The fields of the D.G.R. form that the draft of a scheda obiettivo holds under the same name.
const OBJECTIVE_FIELDS: readonly string[] = FORM_FIELDS.filter(
  (field) => field !== "area" && field !== "leps",
);
// The boxes of a LEPS scheda that its draft form lets be absent.
const LEPS_FIELDS: readonly string[] = ["goals", "target", "staff", "asstInAnalysis", "asstInDelivery"];

function objectiveOf(
  draft: DraftScheda,
  index: number,
  notCarried: IngestFinding[],
  printedCodes: ReadonlySet<string>,
): SchedaObiettivoDraftInput {
  // How the code was found (printed or by position) has no place in the model: it stays in the reader's draft. A
  // scheda printed without a code whose position is the code another scheda prints ("Scheda di progetto 14" and the
  // 14th scheda, without one) keeps its position marked ("#14"): the plan does not repeat a code.
  const { lepsPrinted, budget, targets, ...withCodeBasis } = draft;
  const fields: Partial<typeof withCodeBasis> = { ...withCodeBasis };
  delete fields.codeBasis;
  const document = draft.source.document;
  const code: unknown = draft.code;
  const byPosition =
    draft.codeBasis === "position" && typeof code === "string" && printedCodes.has(code.trim());
  return {
    ...fields,
    ...(byPosition ? { code: `#${draft.code}` } : {}),
    ...(lepsPrinted === undefined ? {} : { lepsPrinted: lepsPrinted.map((text) => ({ text })) }),
    budget: budgetOf(budget, document),
    // The reader does not name the other Ambiti or actors: the lists are empty, the answers as printed.
    cooperationWithOtherAmbiti: { ...draft.cooperationWithOtherAmbiti, ambiti: [] },
    otherActors: { ...draft.otherActors, actors: [] },
    targets: targetsOf(targets, ["objectives", index], notCarried),
  } as unknown as SchedaObiettivoDraftInput;
}

function lepsSchedaOf(
  draft: DraftLepsScheda,
  index: number,
  notCarried: IngestFinding[],
): LepsSchedaDraftInput {
  const { budget, targets, ...fields } = draft;
  return {
    ...fields,
    budget: budgetOf(budget, draft.source.document),
    // The Ambiti that wrote it together and its monitoring indicators are not read from the text.
    cooperatingAmbiti: [],
    indicators: [],
    targets: targetsOf(targets, ["lepsSchede", index], notCarried),
  } as unknown as LepsSchedaDraftInput;
}

/**
 * The schede that {@link ingestPlanText} read, in the draft forms of the models, so that a plan read from its text
 * goes straight into `reviewPlan` (with `partial: true`) and the audit's checks. What the models cannot hold as
 * read is left out and listed in `notCarried` with its lines (a share whose numerator and denominator are not
 * printed); the lists the reader does not read (the other Ambiti named, the other actors, a LEPS scheda's
 * monitoring indicators) are empty. A scheda printed without a code has its position as its code, marked `#`
 * ("#14") when another scheda of the plan prints that code, so that the audit does not report a code the plan does
 * not repeat. A box the reader could not read (its label was not found) is absent from the
 * draft, so the audit does not report it as blank, and it is listed in `unread` (`field_unread`, with the scheda's
 * lines); a box the reader found empty is `null`, a blank the audit reports. An ASST's PPT card keeps
 * `form: "ppt-dgr-2089"` and only the boxes it has. Pure; linear in the size of the result.
 *
 * @param result - what `ingestPlanText` returned
 * @throws `PdzError` `invalid_type`, `required_field`, `unreadable_field`, `too_deeply_nested`, `too_many_items`
 *   for a value that is not an ingest result; `validation_failed` (with every issue) when a scheda of it does not fit
 *   its model's draft form, which a result made by `ingestPlanText` always does
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { checkSchedaObiettivo } from "piano-di-zona/audit";
 * import { ingestPlanText, ingestedPlanDraft } from "piano-di-zona/ingest";
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
 * const draft = ingestedPlanDraft(ingestPlanText(text));
 * draft.objectives.length //=> 1
 * draft.objectives[0]?.budget?.total //=> "30000"
 * safeParseSchedaObiettivoDraft(draft.objectives[0]).success //=> true
 * checkSchedaObiettivo(draft.objectives[0] ?? {}).some((finding) => finding.code === "scheda_unreadable") //=> false
 * draft.unread.length //=> 20
 * draft.unread[0]?.path //=> ["objectives", 0, "staff"]
 * ```
 * @category Ingest
 */
export function ingestedPlanDraft(result: IngestResult): IngestedPlanDraft {
  const record = readRecord(ownData(result), ["result"]);
  const schede = readList(requiredField(record, "schede", ["result"]), ["result", "schede"]);
  const lepsSchede = readList(requiredField(record, "lepsSchede", ["result"]), ["result", "lepsSchede"]);
  const notFound = notFoundIn(
    readList(requiredField(record, "findings", ["result"]), ["result", "findings"]),
  );
  const notCarried: IngestFinding[] = [];
  const unread: IngestFinding[] = [];
  // A draft and its source are records (the conversion reads them); every other field is left to the model's
  // validation of the converted draft.
  const draftOf = (item: unknown, at: (string | number)[]): unknown => {
    const draft = readRecord(requiredField(readRecord(item, at), "draft", at), [...at, "draft"]);
    readRecord(requiredField(draft, "source", [...at, "draft"]), [...at, "draft", "source"]);
    return draft;
  };
  const readOf = (item: unknown, part: string, index: number): FieldsRead => {
    const at = ["result", part, index];
    const readings = readList(requiredField(readRecord(item, at), "readings", at), [...at, "readings"]);
    const found = new Set<string>();
    readings.forEach((reading, k) => {
      const field = ownField(readRecord(reading, [...at, "readings", k]), "field");
      if (typeof field === "string") found.add(field);
    });
    return { found, notFound: notFound.get(`${part}/${String(index)}`) ?? new Set() };
  };
  const objectiveDrafts = schede.map(
    (item, index) => draftOf(item, ["result", "schede", index]) as DraftScheda,
  );
  // The codes the plan prints, which a scheda numbered by its position must not repeat.
  const printedCodes = new Set<string>();
  for (const scheda of objectiveDrafts) {
    const code: unknown = scheda.code;
    if (scheda.codeBasis === "printed" && typeof code === "string") printedCodes.add(code.trim());
  }
  // The drafts were read from an own-fields copy; the plan draft is handed back as plain objects, each checked
  // against its model's draft form (a result not made by ingestPlanText may hold anything).
  const draft = plainData({
    objectives: objectiveDrafts.map((scheda, index) => {
      const at: [string, number] = ["objectives", index];
      return withoutUnread(
        objectiveOf(scheda, index, notCarried, printedCodes),
        OBJECTIVE_FIELDS,
        readOf(schede[index], "schede", index),
        { path: at, scheda: scheda.code, lines: scheda.source.lines },
        unread,
      );
    }),
    lepsSchede: lepsSchede.map((item, index) => {
      const at: [string, number] = ["lepsSchede", index];
      const scheda = draftOf(item, ["result", "lepsSchede", index]) as DraftLepsScheda;
      return withoutUnread(
        lepsSchedaOf(scheda, index, notCarried),
        LEPS_FIELDS,
        readOf(item, "lepsSchede", index),
        { path: at, scheda: scheda.title, lines: scheda.source.lines },
        unread,
      );
    }),
    notCarried,
    unread,
  });
  const issues: ValidationIssue[] = [];
  draft.objectives.forEach((objective, index) => {
    const parsed = safeParseSchedaObiettivoDraft(objective);
    if (!parsed.success) issues.push(...prefixed(parsed.issues, ["result", "schede", index, "draft"]));
  });
  draft.lepsSchede.forEach((scheda, index) => {
    const parsed = safeParseLepsSchedaDraft(scheda);
    if (!parsed.success) issues.push(...prefixed(parsed.issues, ["result", "lepsSchede", index, "draft"]));
  });
  if (issues.length > 0) throw validationError(issues);
  return draft;
}

// The fields the reader looked for and did not find (`field_not_found`), by scheda ("schede/3", "lepsSchede/0").
function notFoundIn(findings: readonly unknown[]): Map<string, Set<string>> {
  const byScheda = new Map<string, Set<string>>();
  findings.forEach((finding, index) => {
    const record = readRecord(finding, ["result", "findings", index]);
    const path = ownField(record, "path");
    if (ownField(record, "code") !== "field_not_found" || !Array.isArray(path) || path.length !== 3) return;
    const [part, scheda, field] = path as unknown[];
    // A finding of the reader names a field of a scheda by its list and index; any other path names nothing here.
    if (typeof part !== "string" || typeof scheda !== "number" || typeof field !== "string") return;
    const key = `${part}/${String(scheda)}`;
    const fields = byScheda.get(key) ?? new Set<string>();
    fields.add(field);
    byScheda.set(key, fields);
  });
  return byScheda;
}

function prefixed(issues: readonly ValidationIssue[], prefix: ErrorPath): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

import * as z from "zod";
import { actReferenceSchema } from "./act-reference.js";
import { YES_NO_ANSWERS } from "../catalog/evaluation-scales.js";
import { FUND_IDS } from "../catalog/funds.js";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import { NEED_KINDS, NEW_SERVICE_KINDS, PREVENTION_KINDS } from "../catalog/scheda-obiettivo.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue } from "../core/zod-issues.js";
import { blankable, filled, nullIn, onForm, strictRules, type Form } from "./_form.js";
import { indicatorSchema } from "./indicator.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import {
  countSchema,
  linesSchema,
  numberPrimitives,
  sourceReferenceSchema,
  yearSchema,
} from "./primitives.js";
import { resultTargetDraftSchema, resultTargetSchema } from "./result-target.js";
import { SCHEDA_OBIETTIVO_LABELS } from "./scheda-obiettivo-labels.js";
import { checkTargetReferences, checkTransversal } from "./_scheda-rules.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

// The parts of the scheda, each written once for both forms (see _form.ts): the strict form of each part is what a
// user types, the draft form the part as printed, blanks included.

function buildFormAnswer<F extends Form>(form: F) {
  return z.strictObject({
    /** SI / NO / non pertinente; `null` in a draft when the box is blank or holds the form's template. */
    answer: nullIn(form, z.enum(YES_NO_ANSWERS)),
    /** The explanation printed with the answer, verbatim. */
    text: z.string().optional(),
    lines: linesSchema().optional(),
    /** "Si prevede di …": what the answer says is planned, not yet done. */
    status: z.enum(["planned"]).optional(),
    /** Whether the SI/NO is printed, or read from the words of the answer ("Di continuità …"). */
    answerBasis: z.enum(["printed", "words"]).optional(),
  });
}

const formAnswerStrict = /* @__PURE__ */ once(() => buildFormAnswer("strict"));
const formAnswerDraft = /* @__PURE__ */ once(() => buildFormAnswer("draft"));

/** Built on first use: a SI/NO answer in one form. @internal */
export function formAnswerSchema<F extends Form>(form: F): ReturnType<typeof buildFormAnswer<F>> {
  return (form === "draft" ? formAnswerDraft() : formAnswerStrict()) as ReturnType<typeof buildFormAnswer<F>>;
}

/** Built on first use. @internal */
export const plannedActionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** "Azione 1", "1", "a)"; `null` (or absent) when the action is not numbered. */
    code: z.string().nullable().optional(),
    title: z.string().min(1),
    lines: linesSchema().optional(),
    /** "E in caso positivo: …": the action depends on an outcome (the target's id, when it is one). */
    condition: z.strictObject({ target: z.string().min(1).optional(), text: z.string().min(1) }).optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const objectiveIndicatorSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    text: z.string().min(1),
    /** The indicator's own number ("1.1"). */
    code: z.string().min(1).optional(),
    /** The code of the action it measures. */
    action: z.string().min(1).optional(),
    /** The target printed next to it, verbatim (its typed form is among the scheda's targets). */
    target: z.string().optional(),
    /** "Fonte del dato", verbatim. */
    dataSource: z.string().optional(),
    lines: linesSchema().optional(),
    structured: indicatorSchema(mode).optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const indicatorGroupSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    /** The box's text, verbatim or abridged; `null` when blank. */
    text: z.string().nullable().optional(),
    indicators: z.array(objectiveIndicatorSchema(mode)),
  }),
);

/** Built on first use, per number mode. @internal */
export const budgetLineSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z.strictObject({
    fund: z.enum(FUND_IDS),
    /** The fund as the document names it ("Fondo Povertà (quota servizi)"). */
    label: z.string().optional(),
    /** The amount; `null` (or absent) when the fund is named without its amount. */
    amount: n.euroAmount.nullable().optional(),
    /** The amount as printed ("€. 240.000,00", "85.000 euro annui"). */
    printed: z.string().optional(),
    nature: z.enum(["pubblica", "privata"]).optional(),
    /** The year the line is for, when it is for one year. */
    year: yearSchema().optional(),
    /** "85.000 euro annui": the amount is per year of the programming, or for the whole period. */
    per: z.enum(["year", "period"]).optional(),
    /** "€ 40.000,00 annui per ogni assistente sociale": the unit the amount is for. */
    perUnit: z.string().min(1).optional(),
    /** "Contributo … massimo": the amount is a ceiling. */
    bound: z.enum(["max"]).optional(),
    /** The Ambito the line is for, when the scheda splits a fund among Ambiti. */
    ambito: z.string().min(1).optional(),
    /** Resources in kind (a space lent free of charge, working time). */
    inKind: z.boolean().optional(),
    lines: linesSchema().optional(),
  });
});

/** Built on first use, per number mode. @internal */
export const budgetSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z.strictObject({
    /** The total for the triennium; `null` (or absent) when none is printed. */
    total: n.euroAmount.nullable().optional(),
    /** The total as printed. */
    printedTotal: z.string().optional(),
    /** The amounts printed for single years. */
    byYear: z
      .array(z.strictObject({ year: yearSchema(), amount: n.euroAmount, printed: z.string().optional() }))
      .optional(),
    lines: z.array(budgetLineSchema(mode)),
    /** The box's text, verbatim; `null` when blank. */
    text: z.string().nullable().optional(),
    source: sourceReferenceSchema().optional(),
  });
});

/** Built on first use, per number mode. @internal */
export const staffPositionSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const n = numberPrimitives(mode);
  return z.strictObject({
    role: z.string().min(1),
    count: countSchema().optional(),
    fte: n.nonNegativeDecimal.optional(),
    hoursPerWeek: n.nonNegativeDecimal.optional(),
    totalHours: n.nonNegativeDecimal.optional(),
    /** As printed ("1 assistente sociale a 18 ore"). */
    text: z.string().min(1),
  });
});

function buildTransversal<F extends Form>(form: F) {
  return z.strictObject({
    answer: nullIn(form, z.enum(YES_NO_ANSWERS)),
    /** The other areas named, as printed (or mapped from their titles). */
    areas: z.array(z.enum(MACRO_AREA_CODES)),
    /** "Trasversale a tutte le aree di policy", without letters. */
    allAreas: z.boolean().optional(),
    text: z.string().optional(),
  });
}

const transversalStrict = /* @__PURE__ */ once(() => buildTransversal("strict"));
const transversalDraft = /* @__PURE__ */ once(() => buildTransversal("draft"));

/** Built on first use: the transversality answer in one form. @internal */
export function transversalSchema<F extends Form>(form: F): ReturnType<typeof buildTransversal<F>> {
  return (form === "draft" ? transversalDraft() : transversalStrict()) as ReturnType<
    typeof buildTransversal<F>
  >;
}

function buildKeyPoint<F extends Form>(form: F) {
  return z.strictObject({
    /** The area the point is listed under; `null` in a draft when it is printed under none. */
    area: nullIn(form, z.enum(MACRO_AREA_CODES)),
    point: z.string().min(1),
    /** Whether the area is printed, read from an area's title, or the scheda's own area by default. */
    areaBasis: z.enum(["printed", "title", "home-area"]).optional(),
    lines: linesSchema().optional(),
  });
}

const keyPointStrict = /* @__PURE__ */ once(() => buildKeyPoint("strict"));
const keyPointDraft = /* @__PURE__ */ once(() => buildKeyPoint("draft"));

/** Built on first use: a key point in one form. @internal */
export function keyPointSchema<F extends Form>(form: F): ReturnType<typeof buildKeyPoint<F>> {
  return (form === "draft" ? keyPointDraft() : keyPointStrict()) as ReturnType<typeof buildKeyPoint<F>>;
}

/** Built on first use. @internal */
export const printedLepsSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ text: z.string().min(1), lines: linesSchema().optional() }),
);

/** The result targets of a scheda in one form (the rules of each target are the strict form's). @internal */
export function targetListSchema(mode: NumberMode, form: Form) {
  return z.array(form === "draft" ? resultTargetDraftSchema(mode) : resultTargetSchema(mode));
}

/**
 * A SI/NO answer of the form with the text that explains it ("SI' (Somma Lombardo, Gallarate, Busto Arsizio …)"),
 * where it is printed, whether it states something only planned ("Si prevede di …") and whether the SI/NO is printed
 * or read from the words.
 * @category Model
 */
export const FormAnswerSchema = /* @__PURE__ */ z.lazy(() => formAnswerSchema("strict"));

/** A validated {@link FormAnswerSchema} record. @category Model */
export type FormAnswer = z.output<typeof FormAnswerSchema>;

/**
 * An indicator as a scheda writes it ("N. incontri dei tavoli di progettazione condivisa", target "almeno 9 incontri
 * nella triennalità"), with its number, the action it measures, its data source ("fonte del dato") and, optionally,
 * its structured form ({@link IndicatorSchema}) when it has yearly targets.
 * @category Model
 */
export const ObjectiveIndicatorSchema = /* @__PURE__ */ z.lazy(() => objectiveIndicatorSchema("canonical"));

/** A validated {@link ObjectiveIndicatorSchema} record. @category Model */
export type ObjectiveIndicator = z.output<typeof ObjectiveIndicatorSchema>;

/**
 * One line of RISORSE ECONOMICHE PREVENTIVATE: the fund, the amount when stated (as printed and canonical), whether
 * the money is public or private ("se possibile distinguere tra pubbliche e private"), and what the amount is for: one
 * year, every year ("annui"), one unit ("per ogni assistente sociale"), a ceiling ("massimo"), one Ambito, or
 * resources in kind.
 * @category Model
 */
export const BudgetLineSchema = /* @__PURE__ */ z.lazy(() => budgetLineSchema("canonical"));

/** A validated {@link BudgetLineSchema} record. @category Model */
export type BudgetLine = z.output<typeof BudgetLineSchema>;

/**
 * RISORSE ECONOMICHE PREVENTIVATE ("importo, anche approssimativo"): the total stated for the triennium (`null` when
 * none is printed), the amounts by year where printed, the split by fund and by public/private where the document
 * gives it, and the verbatim text. Figures are kept as stated; whether the lines add up to the total is an audit
 * finding, not a parse error.
 * @category Model
 */
export const BudgetSchema = /* @__PURE__ */ z.lazy(() => budgetSchema("canonical"));

/** A validated {@link BudgetSchema} record. @category Model */
export type Budget = z.output<typeof BudgetSchema>;

/**
 * An action of AZIONI PROGRAMMATE ("Azione 1) Tavolo casa-lavoro"), with its line and, where the plan makes it depend
 * on an outcome ("e in caso positivo: …"), its condition.
 * @category Model
 */
export const PlannedActionSchema = /* @__PURE__ */ z.lazy(plannedActionSchema);

function buildSchedaShape<F extends Form>(mode: NumberMode, form: F) {
  const formAnswer = formAnswerSchema(form);
  const group = indicatorGroupSchema(mode);
  const choice = <K extends readonly [string, ...string[]]>(kinds: K) =>
    z.strictObject({ kind: z.enum(kinds).nullable().optional(), text: z.string().optional() });
  return z.strictObject({
    /** The plan's own code ("1", "A", "R", "OB.2"): not a macro-area letter. */
    code: z.string().min(1),
    /** The heading line(s), verbatim. */
    heading: z.string().optional(),
    /** The form: the Piano di Zona's scheda (D.G.R. XII/2167) or the ASST's PPT card (D.G.R. XII/2089). */
    form: z.enum(["pdz-dgr-2167", "ppt-dgr-2089"]).optional(),
    /** AREA DI POLICY: the scheda's home area. */
    policyArea: blankable(form, z.enum(MACRO_AREA_CODES)),
    /** Where the home area comes from: the field, the section the scheda sits in, an inference, or nowhere. */
    policyAreaBasis: z.enum(["field", "section-heading", "inferred", "not-stated"]).optional(),
    /** The LEPS the objective serves (several in some plans). */
    leps: z.array(z.enum(LEPS_IDS)).optional(),
    /** The LEPS as printed ("L3. Servizi Sociali per le dimissioni protette"). */
    lepsPrinted: z.array(printedLepsSchema()).optional(),
    /** "(prioritario)"; `null` (or absent) when the document says nothing. */
    priority: z.boolean().nullable().optional(),
    /** 1 TITOLO INTERVENTO. */
    title: blankable(form, z.string().min(1)),
    /** 2 QUALI OBIETTIVI VUOLE RAGGIUNGERE. */
    goals: blankable(form, z.string().min(1)),
    /** 3 AZIONI PROGRAMMATE. */
    actions: onForm(form, filled(form, z.array(plannedActionSchema()))),
    /** 4 TARGET. */
    target: blankable(form, z.string().min(1)),
    /** 5 RISORSE ECONOMICHE PREVENTIVATE. */
    budget: blankable(form, budgetSchema(mode)),
    /** 6 RISORSE DI PERSONALE DEDICATE. */
    staff: blankable(form, z.string().min(1)),
    /** The staff counted, where the document counts it ("1 assistente sociale a 18 ore"). */
    staffPositions: z.array(staffPositionSchema(mode)).optional(),
    /** 7 L'OBIETTIVO È TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY? */
    transversal: onForm(form, transversalSchema(form)),
    /** 8 INDICARE I PUNTI CHIAVE DELL'INTERVENTO, grouped by area. */
    keyPoints: onForm(form, z.array(keyPointSchema(form))),
    /** 9 PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE? */
    asstInAnalysis: onForm(form, formAnswer),
    /** 10 PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO …? */
    asstInDelivery: onForm(form, formAnswer),
    /** 11 L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI? */
    cooperationWithOtherAmbiti: onForm(form, formAnswer.extend({ ambiti: z.array(z.string().min(1)) })),
    /** 12 È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)? (+ the previous objective, when named) */
    continuity: onForm(form, formAnswer.extend({ previousObjective: z.string().min(1).optional() })),
    /** 13 L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? */
    newService: onForm(form, choice(NEW_SERVICE_KINDS)),
    /** 14 … IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023? (+ the project, when named) */
    premialProject: onForm(form, formAnswer.extend({ project: z.string().min(1).optional() })),
    /** 15 L'INTERVENTO È FORMALMENTE CO-PROGRAMMATO CON IL TERZO SETTORE? */
    coProgrammed: onForm(form, formAnswer.extend({ acts: z.array(actReferenceSchema()).optional() })),
    /** 16 L'INTERVENTO È FORMALMENTE CO-PROGETTATO CON IL TERZO SETTORE? */
    coDesigned: onForm(form, formAnswer.extend({ acts: z.array(actReferenceSchema()).optional() })),
    /** 17 … SPECIFICARE LE MODALITÀ DI COINVOLGIMENTO DEL TERZO SETTORE (se pertinente). */
    thirdSectorInvolvement: z.string().nullable().optional(),
    /** 18 L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE? */
    otherActors: onForm(form, formAnswer.extend({ actors: z.array(z.string().min(1)) })),
    /** 19 QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE? (input indicators from the needs analysis) */
    needs: onForm(form, group),
    /** 20 IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO … O … UN NUOVO BISOGNO? */
    needKind: onForm(form, choice(NEED_KINDS)),
    /** 21 L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO? (several may apply) */
    preventionKind: onForm(form, filled(form, z.array(z.enum(PREVENTION_KINDS)))),
    /** The answer to 21 as printed. */
    preventionText: z.string().optional(),
    /** 22 L'OBIETTIVO PRESENTA MODELLI INNOVATIVI …? */
    innovation: onForm(form, formAnswer),
    /** 23 L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE? */
    digitalisation: onForm(form, formAnswer),
    /** 24 QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE? (process indicators) */
    processIndicators: onForm(form, group),
    /** 25 QUALI RISULTATI VUOLE RAGGIUNGERE? (output indicators) */
    outputIndicators: onForm(form, group),
    /** 26 QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO? (outcome indicators) */
    outcomeIndicators: onForm(form, group),
    /** Every quantified result target, typed (`ResultTargetSchema`). */
    targets: targetListSchema(mode, form).optional(),
    source: sourceReferenceSchema().optional(),
  });
}

// The rules of the strict form.
function schedaRules(
  scheda: z.output<ReturnType<typeof buildSchedaShape<"strict">>>,
  ctx: z.RefinementCtx,
): void {
  // Plans sometimes answer outside the form's options ("No (strumento)"): the text then stands alone.
  for (const key of ["newService", "needKind"] as const) {
    if ((scheda[key].kind ?? undefined) === undefined && (scheda[key].text ?? "").trim() === "") {
      reportIssue(ctx, M.answer_required, {}, [key]);
    }
  }
  checkTransversal(scheda.transversal, ctx);
  if (scheda.coDesigned.answer === "si" && (scheda.coDesigned.text ?? "").trim() === "") {
    reportIssue(ctx, M.co_design_roles_missing, {}, ["coDesigned", "text"]);
  }
  checkTargetReferences(scheda.targets ?? [], ctx);
}

function buildSchedaObiettivo<F extends Form>(mode: NumberMode, form: F) {
  return strictRules(form, buildSchedaShape(mode, form), schedaRules);
}

/** Built on first use, per number mode. @internal */
export const schedaObiettivoSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildSchedaObiettivo(mode, "strict"),
);

/** Built on first use, per number mode: the draft form. @internal */
export const schedaObiettivoDraftSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildSchedaObiettivo(mode, "draft"),
);

/**
 * The "scheda obiettivo" of D.G.R. XII/2167 (SCHEDA DESCRIZIONE NUOVI OBIETTIVI), strict form: one new objective of
 * the 2025-2027 programming with the form's 26 fields, in the form's order, plus its area of policy, the plan's own
 * code, its priority, the LEPS it serves and its typed result targets ({@link ResultTargetSchema}). This is the form
 * a user types: every field the form asks for is required. A document as printed, with its blanks, is a
 * {@link SchedaObiettivoDraftSchema | draft}.
 *
 * Rules: a transversal objective ("SI") names at least one other area (or all of them), and only a transversal one
 * names areas; a formally co-designed objective explains the roles ("esplicitare compiti e ruoli") in the answer's
 * text; the new service and the kind of need are one of the form's options or, where a plan answered otherwise ("No
 * (strumento)"), the answer's text; target ids are unique and a conditional target depends on a target of the
 * scheda. Every other rule (template text left in a box, key points outside the declared areas, …) is a finding of
 * `checkSchedaObiettivo`.
 *
 * @example
 * ```ts
 * import { SchedaObiettivoSchema } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * SchedaObiettivoSchema.safeParse(GALLARATE_SCHEDA_OBIETTIVO_L).success //=> true
 * SchedaObiettivoSchema.safeParse({ ...GALLARATE_SCHEDA_OBIETTIVO_L, title: null }).success //=> false
 * ```
 * @category Model
 */
export const SchedaObiettivoSchema = /* @__PURE__ */ z.lazy(() => schedaObiettivoSchema("canonical"));

/** A validated {@link SchedaObiettivoSchema} record. @category Model */
export type SchedaObiettivo = z.output<typeof SchedaObiettivoSchema>;

/** The input form of {@link SchedaObiettivo}: amounts are text, numbers or Decimals. @category Model */
export type SchedaObiettivoInput = z.input<typeof SchedaObiettivoSchema>;

/**
 * The scheda obiettivo as printed (draft form): the same keys as {@link SchedaObiettivoSchema}, but a box the document
 * leaves blank is `null` (the title, the area of policy, an answer, the budget…), an answer outside the form's options
 * is `null` with its text, and the lists the form asks to fill (actions, kinds of prevention) may be empty. The rules
 * are not checked here: `checkSchedaObiettivo` reports every blank and every rule as a finding. A complete draft
 * is also a valid strict scheda.
 *
 * @example
 * ```ts
 * import { SchedaObiettivoDraftSchema } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * // Seed 002 L5132: the TITOLO INTERVENTO of Sebino's fourth sovra-distrettuale scheda is blank.
 * SchedaObiettivoDraftSchema.safeParse({ ...GALLARATE_SCHEDA_OBIETTIVO_L, title: null }).success //=> true
 * ```
 * @category Model
 */
export const SchedaObiettivoDraftSchema = /* @__PURE__ */ z.lazy(() =>
  schedaObiettivoDraftSchema("canonical"),
);

/** A validated {@link SchedaObiettivoDraftSchema} record. @category Model */
export type SchedaObiettivoDraft = z.output<typeof SchedaObiettivoDraftSchema>;

/** The input form of {@link SchedaObiettivoDraft}. @category Model */
export type SchedaObiettivoDraftInput = z.input<typeof SchedaObiettivoDraftSchema>;

/** The scheda obiettivo as a top-level model. @internal */
export const SCHEDA_OBIETTIVO_MODEL: ModelDefinition<ReturnType<typeof buildSchedaObiettivo<"strict">>> = {
  schema: schedaObiettivoSchema,
  labels: () => SCHEDA_OBIETTIVO_LABELS,
};

/** The scheda obiettivo as printed, as a top-level model. @internal */
export const SCHEDA_OBIETTIVO_DRAFT_MODEL: ModelDefinition<ReturnType<typeof buildSchedaObiettivo<"draft">>> =
  {
    schema: schedaObiettivoDraftSchema,
    labels: () => SCHEDA_OBIETTIVO_LABELS,
  };

/**
 * Validates one scheda obiettivo (the D.G.R. XII/2167 form) without throwing: the scheda, or every issue with its
 * path, a stable code and messages in Italian and English that begin with the form's name of the field
 * ("RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0"). Never throws, whatever the input. Amounts are
 * canonical text or numbers; with `{ numbers: "italian" }` they are read as the plans print them (`"€. 30.000,00"`).
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const scheda = GALLARATE_SCHEDA_OBIETTIVO_L;
 * safeParseSchedaObiettivo(scheda).success //=> true
 * const result = safeParseSchedaObiettivo({ ...scheda, budget: { ...scheda.budget, total: "-5" } });
 * result.success ? [] : result.issues.map((issue) => issue.messageIt) //=> ["RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0"]
 * const printed = { ...scheda, budget: { ...scheda.budget, total: "€. 30.000,00" } };
 * safeParseSchedaObiettivo(printed, { numbers: "italian" }).success //=> true
 * ```
 * @category Model
 */
export function safeParseSchedaObiettivo(
  input: unknown,
  options?: ParseOptions,
): ParseResult<SchedaObiettivo> {
  return safeParseModel(SCHEDA_OBIETTIVO_MODEL, input, options);
}

/**
 * Validates one scheda obiettivo: the scheda, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const scheda = GALLARATE_SCHEDA_OBIETTIVO_L;
 * parseSchedaObiettivo(scheda).budget.total?.toString() //=> "30000"
 * parseSchedaObiettivo({ ...scheda, budget: { ...scheda.budget, total: "30.000,00" } }) //=> throws validation_failed
 * parseSchedaObiettivo(scheda, { numbers: "roman" }) //=> throws invalid_option
 * ```
 * @category Model
 */
export function parseSchedaObiettivo(input: unknown, options?: ParseOptions): SchedaObiettivo {
  return parseModel(SCHEDA_OBIETTIVO_MODEL, input, options);
}

/**
 * Validates one scheda obiettivo as printed (the {@link SchedaObiettivoDraftSchema | draft form}) without throwing:
 * the draft, or every issue with its path and messages in Italian and English that name the form's field. A blank
 * box (`null`) is not an issue here; `checkSchedaObiettivo` reports it. Never throws, whatever the input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const blank = { ...GALLARATE_SCHEDA_OBIETTIVO_L, title: null, policyArea: null, actions: [] };
 * safeParseSchedaObiettivoDraft(blank).success //=> true
 * const result = safeParseSchedaObiettivoDraft({ ...blank, title: "" });
 * result.success ? [] : result.issues.map((issue) => issue.messageIt) //=> ["TITOLO INTERVENTO: il testo non può essere vuoto"]
 * ```
 * @category Model
 */
export function safeParseSchedaObiettivoDraft(
  input: unknown,
  options?: ParseOptions,
): ParseResult<SchedaObiettivoDraft> {
  return safeParseModel(SCHEDA_OBIETTIVO_DRAFT_MODEL, input, options);
}

/**
 * Validates one scheda obiettivo as printed (the {@link SchedaObiettivoDraftSchema | draft form}): the draft, or one
 * {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseSchedaObiettivoDraft } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * parseSchedaObiettivoDraft({ ...GALLARATE_SCHEDA_OBIETTIVO_L, budget: null }).budget //=> null
 * parseSchedaObiettivoDraft({ ...GALLARATE_SCHEDA_OBIETTIVO_L, code: null }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseSchedaObiettivoDraft(input: unknown, options?: ParseOptions): SchedaObiettivoDraft {
  return parseModel(SCHEDA_OBIETTIVO_DRAFT_MODEL, input, options);
}

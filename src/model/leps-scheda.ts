import * as z from "zod";
import { INDICATOR_KINDS, MILESTONE_STAGES } from "../catalog/indicator-kinds.js";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue } from "../core/zod-issues.js";
import { blankable, filled, strictRules, type Form } from "./_form.js";
import { indicatorTargetVariants, RULES_BY_KIND } from "./indicator.js";
import { LEPS_SCHEDA_LABELS } from "./leps-scheda-labels.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { labelsSchema, linesSchema, sourceReferenceSchema, yearSchema } from "./primitives.js";
import { SCHEDA_OBIETTIVO_LABELS } from "./scheda-obiettivo-labels.js";
import {
  budgetSchema,
  formAnswerSchema,
  keyPointSchema,
  plannedActionSchema,
  targetListSchema,
  transversalSchema,
} from "./scheda-obiettivo.js";
import { checkTargetReferences, checkTransversal } from "./_scheda-rules.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use, per number mode: a yearly target of a LEPS scheda's indicator, as printed. @internal */
export const lepsIndicatorTargetSchema = /* @__PURE__ */ perMode((mode: NumberMode) => {
  const text = { text: z.string().optional() };
  return z.discriminatedUnion("rule", [
    ...indicatorTargetVariants(mode, text),
    /** "Anno 2025: T0": the year's value is recorded as the baseline, without a threshold. */
    z.strictObject({ year: yearSchema(), rule: z.literal("baseline"), ...text }),
  ]);
});

function buildIndicatorShape(mode: NumberMode, form: Form) {
  return z.strictObject({
    /** A stable id (to key observations in the monitoring), when the plan or the user gives one. */
    id: z.string().min(1).optional(),
    /** A short name in both languages. */
    labels: labelsSchema().optional(),
    /** The indicator as printed, verbatim. */
    text: z.string().min(1).optional(),
    /** The official wording, verbatim (0.1.0's name for the printed text; kept for the existing records). */
    wording: z.string().min(1).optional(),
    kind: z.enum(INDICATOR_KINDS),
    leps: z.enum(LEPS_IDS).optional(),
    numerator: labelsSchema().optional(),
    denominator: labelsSchema().optional(),
    measure: labelsSchema().optional(),
    baselineYear: yearSchema().optional(),
    /** The yearly targets, in the table's order; a year may carry two rules. */
    targets: filled(form, z.array(lepsIndicatorTargetSchema(mode))),
    /** "Fonte del dato", verbatim. */
    dataSource: z.string().optional(),
    lines: linesSchema().optional(),
    sources: z.array(sourceReferenceSchema()).optional(),
  });
}

type StrictIndicator = z.output<ReturnType<typeof buildIndicatorShape>>;

// The rules of a LEPS scheda's indicator, strict form: named; each rule fits the kind (a baseline fits every kind);
// years never go back; a milestone's stages never regress; the baseline year is not after the first target; only a
// ratio has terms. (A ratio's terms are not required: the printed text names them.)
function indicatorRules(indicator: StrictIndicator, ctx: z.RefinementCtx): void {
  if (indicator.text === undefined && indicator.labels === undefined && indicator.wording === undefined) {
    reportIssue(ctx, M.indicator_unnamed, {}, ["text"]);
  }
  for (const key of ["numerator", "denominator"] as const) {
    if (indicator.kind !== "ratio-at-least" && indicator[key] !== undefined) {
      reportIssue(ctx, M.unexpected_ratio_term, { term: key }, [key]);
    }
  }
  const allowed = RULES_BY_KIND[indicator.kind];
  let previousYear: number | undefined;
  let previousStage: number | undefined;
  let firstTargetYear: number | undefined;
  indicator.targets.forEach((target, index) => {
    if (target.rule !== "baseline" && !allowed.includes(target.rule)) {
      reportIssue(ctx, M.rule_incompatible_with_kind, { rule: target.rule, kind: indicator.kind }, [
        "targets",
        index,
        "rule",
      ]);
    }
    if (previousYear !== undefined && target.year < previousYear) {
      reportIssue(ctx, M.target_years_out_of_order, {}, ["targets", index, "year"]);
    }
    previousYear = target.year;
    if (target.rule === "stage-reached") {
      const stage = MILESTONE_STAGES.indexOf(target.stage);
      if (previousStage !== undefined && stage < previousStage) {
        reportIssue(ctx, M.milestone_stage_regression, {}, ["targets", index, "stage"]);
      }
      previousStage = stage;
    }
    if (target.rule !== "baseline") firstTargetYear ??= target.year;
  });
  if (
    indicator.baselineYear !== undefined &&
    firstTargetYear !== undefined &&
    indicator.baselineYear > firstTargetYear
  ) {
    reportIssue(ctx, M.baseline_after_targets, {}, ["baselineYear"]);
  }
}

function buildIndicator(mode: NumberMode, form: Form) {
  return strictRules(form, buildIndicatorShape(mode, form), indicatorRules);
}

/** Built on first use, per number mode. @internal */
export const lepsIndicatorSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildIndicator(mode, "strict"),
);

/** Built on first use, per number mode: the draft form. @internal */
export const lepsIndicatorDraftSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildIndicator(mode, "draft"),
);

/**
 * An indicator of a LEPS scheda as the scheda prints it ("N. Progetti individualizzati SAD … / N …"), with its kind and
 * its yearly targets as the D.G.R.'s tables word them ("Anno 2026: ≥ 50%"), each keeping its printed text; a year may
 * carry two rules, and a "T0" row is a `baseline` rule. It carries the fields of an {@link IndicatorSchema} (id,
 * labels, terms) where the user gives them, so that the monitoring can key observations by its id.
 *
 * @example
 * ```ts
 * import { LepsSchedaIndicatorSchema } from "piano-di-zona";
 * const indicator = LepsSchedaIndicatorSchema.parse({
 *   text: "Numero utenti … che hanno beneficiato del servizio di dimissioni protette/Numero utenti …",
 *   kind: "ratio-at-least",
 *   targets: [
 *     { year: 2025, rule: "baseline", text: "Anno 2025: T0" },
 *     { year: 2026, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2026: ≥ 50%" },
 *   ],
 * });
 * indicator.targets.map((target) => target.rule) //=> ["baseline", "ratio-at-least"]
 * LepsSchedaIndicatorSchema.safeParse({ kind: "increase", targets: [{ year: 2026, rule: "greater-than-previous" }] }).success //=> false
 * ```
 * @category Model
 */
export const LepsSchedaIndicatorSchema = /* @__PURE__ */ z.lazy(() => lepsIndicatorSchema("canonical"));

/** A validated {@link LepsSchedaIndicatorSchema} record. @category Model */
export type LepsSchedaIndicator = z.output<typeof LepsSchedaIndicatorSchema>;

/** The input form of {@link LepsSchedaIndicator}. @category Model */
export type LepsSchedaIndicatorInput = z.input<typeof LepsSchedaIndicatorSchema>;

function buildLepsSchedaShape<F extends Form>(mode: NumberMode, form: F) {
  const answer = formAnswerSchema(form);
  return z.strictObject({
    /** Who wrote the form: the Ambiti (the Piano's own LEPS schede) or the ASST (its mirror PPT schede). */
    author: z.enum(["ambiti", "asst"]).optional(),
    leps: z.enum(LEPS_IDS),
    /** The heading, verbatim ("Obiettivo LEPS: Incremento SAD"). */
    heading: z.string().optional(),
    /** The scheda's title (TITOLO INTERVENTO COLLEGATO AL LEPS, or the heading where no other title is printed). */
    title: blankable(form, z.string().min(1)),
    /** The "Area di policy X)" letters; none on some forms. */
    policyAreas: z.array(z.enum(MACRO_AREA_CODES)),
    goals: blankable(form, z.string().min(1)),
    actions: z.array(plannedActionSchema()),
    target: z.string().nullable().optional(),
    /** The resources; `null` on the ASST's forms, which have no such field (and, in a draft, when blank). */
    budget: budgetSchema(mode).nullable(),
    staff: z.string().nullable().optional(),
    /** The Ambiti that wrote the scheda together ("Gli Ambiti della Valle Olona … in cooperazione tra loro"). */
    cooperatingAmbiti: z.array(z.string().min(1)),
    asstInAnalysis: answer.optional(),
    asstInDelivery: answer.optional(),
    transversal: transversalSchema(form).optional(),
    keyPoints: z.array(keyPointSchema(form)).optional(),
    indicators: filled(
      form,
      z.array(form === "draft" ? lepsIndicatorDraftSchema(mode) : lepsIndicatorSchema(mode)),
    ),
    targets: targetListSchema(mode, form).optional(),
    source: sourceReferenceSchema().optional(),
  });
}

// The rules of the strict form: the indicators monitor this LEPS; the Ambiti's forms state their resources; the
// transversality answer and the targets' references hold as in the scheda obiettivo.
function lepsSchedaRules(
  scheda: z.output<ReturnType<typeof buildLepsSchedaShape<"strict">>>,
  ctx: z.RefinementCtx,
): void {
  scheda.indicators.forEach((indicator, index) => {
    if (indicator.leps !== undefined && indicator.leps !== scheda.leps) {
      reportIssue(ctx, M.indicator_leps_mismatch, { indicator: indicator.leps, scheda: scheda.leps }, [
        "indicators",
        index,
        "leps",
      ]);
    }
  });
  if (scheda.budget === null && scheda.author !== "asst") reportIssue(ctx, C.required_field, {}, ["budget"]);
  if (scheda.transversal !== undefined) checkTransversal(scheda.transversal, ctx);
  checkTargetReferences(scheda.targets ?? [], ctx);
}

function buildLepsScheda<F extends Form>(mode: NumberMode, form: F) {
  return strictRules(form, buildLepsSchedaShape(mode, form), lepsSchedaRules);
}

/** Built on first use, per number mode. @internal */
export const lepsSchedaSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildLepsScheda(mode, "strict"),
);

/** Built on first use, per number mode: the draft form. @internal */
export const lepsSchedaDraftSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildLepsScheda(mode, "draft"),
);

/**
 * A LEPS scheda of the Piano di Zona ("Obiettivo LEPS: Incremento SAD"), strict form: who wrote it (the Ambiti, or the
 * ASST in its mirror form), the LEPS it implements, its heading and title, the areas of policy, the goals, actions,
 * target, resources and staff, the Ambiti that wrote it together, the ASST's involvement, the transversal areas and
 * key points where the form asks for them, the indicators with their yearly targets
 * ({@link LepsSchedaIndicatorSchema}) and the typed result targets ({@link ResultTargetSchema}). A document as
 * printed, with its blanks, is a {@link LepsSchedaDraftSchema | draft}.
 *
 * Rules: an indicator that names a LEPS names this one (`indicator_leps_mismatch`); the Ambiti's forms state their
 * resources (only the ASST's forms, which have no such field, have `budget: null`); the transversality answer and the
 * targets' references hold as in the {@link SchedaObiettivoSchema | scheda obiettivo}; each indicator's rules.
 *
 * @example
 * ```ts
 * import { LepsSchedaSchema } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * LepsSchedaSchema.safeParse(GALLARATE_LEPS_SCHEDA_SAD).success //=> true
 * LepsSchedaSchema.safeParse({ ...GALLARATE_LEPS_SCHEDA_SAD, leps: "dimissioni-protette" }).success //=> false
 * ```
 * @category Model
 */
export const LepsSchedaSchema = /* @__PURE__ */ z.lazy(() => lepsSchedaSchema("canonical"));

/** A validated {@link LepsSchedaSchema} record. @category Model */
export type LepsScheda = z.output<typeof LepsSchedaSchema>;

/** The input form of {@link LepsScheda}. @category Model */
export type LepsSchedaInput = z.input<typeof LepsSchedaSchema>;

/**
 * A LEPS scheda as printed (draft form): the keys of {@link LepsSchedaSchema}, with the title, the goals, the answers
 * and the areas of a key point `null` where the document leaves them blank, the budget `null` where absent, and the
 * indicators (and their targets) possibly empty. The rules are not checked here: `checkLepsScheda` reports every
 * blank and every rule as a finding.
 *
 * @example
 * ```ts
 * import { LepsSchedaDraftSchema } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * LepsSchedaDraftSchema.safeParse({ ...GALLARATE_LEPS_SCHEDA_SAD, goals: null, indicators: [] }).success //=> true
 * ```
 * @category Model
 */
export const LepsSchedaDraftSchema = /* @__PURE__ */ z.lazy(() => lepsSchedaDraftSchema("canonical"));

/** A validated {@link LepsSchedaDraftSchema} record. @category Model */
export type LepsSchedaDraft = z.output<typeof LepsSchedaDraftSchema>;

/** The input form of {@link LepsSchedaDraft}. @category Model */
export type LepsSchedaDraftInput = z.input<typeof LepsSchedaDraftSchema>;

const lepsSchedaLabels = /* @__PURE__ */ once(() => ({ ...SCHEDA_OBIETTIVO_LABELS, ...LEPS_SCHEDA_LABELS }));

/** The LEPS scheda as a top-level model: the scheda obiettivo's labels for the questions they share. @internal */
export const LEPS_SCHEDA_MODEL: ModelDefinition<ReturnType<typeof buildLepsScheda<"strict">>> = {
  schema: lepsSchedaSchema,
  labels: lepsSchedaLabels,
};

/** The LEPS scheda as printed, as a top-level model. @internal */
export const LEPS_SCHEDA_DRAFT_MODEL: ModelDefinition<ReturnType<typeof buildLepsScheda<"draft">>> = {
  schema: lepsSchedaDraftSchema,
  labels: lepsSchedaLabels,
};

/**
 * Validates a LEPS scheda without throwing: the scheda, or every issue with its path, a stable code and messages in
 * Italian and English that name the form's field. Never throws, whatever the input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseLepsScheda } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * safeParseLepsScheda(GALLARATE_LEPS_SCHEDA_SAD).success //=> true
 * const result = safeParseLepsScheda({ ...GALLARATE_LEPS_SCHEDA_SAD, title: "" });
 * result.success ? [] : result.issues.map((issue) => issue.messageIt) //=> ["TITOLO INTERVENTO COLLEGATO AL LEPS: il testo non può essere vuoto"]
 * ```
 * @category Model
 */
export function safeParseLepsScheda(input: unknown, options?: ParseOptions): ParseResult<LepsScheda> {
  return safeParseModel(LEPS_SCHEDA_MODEL, input, options);
}

/**
 * Validates a LEPS scheda: the scheda, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseLepsScheda } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * parseLepsScheda(GALLARATE_LEPS_SCHEDA_SAD).leps //=> "incremento-sad"
 * parseLepsScheda({ ...GALLARATE_LEPS_SCHEDA_SAD, indicators: [] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseLepsScheda(input: unknown, options?: ParseOptions): LepsScheda {
  return parseModel(LEPS_SCHEDA_MODEL, input, options);
}

/**
 * Validates a LEPS scheda as printed (the {@link LepsSchedaDraftSchema | draft form}) without throwing: the draft, or
 * every issue. A blank (`null`) is not an issue here; `checkLepsScheda` reports it. Never throws, whatever the
 * input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseLepsSchedaDraft } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * safeParseLepsSchedaDraft({ ...GALLARATE_LEPS_SCHEDA_SAD, title: null }).success //=> true
 * safeParseLepsSchedaDraft({ ...GALLARATE_LEPS_SCHEDA_SAD, leps: null }).success //=> false
 * ```
 * @category Model
 */
export function safeParseLepsSchedaDraft(
  input: unknown,
  options?: ParseOptions,
): ParseResult<LepsSchedaDraft> {
  return safeParseModel(LEPS_SCHEDA_DRAFT_MODEL, input, options);
}

/**
 * Validates a LEPS scheda as printed (the {@link LepsSchedaDraftSchema | draft form}): the draft, or one
 * {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseLepsSchedaDraft } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDA_SAD } from "piano-di-zona/datasets";
 * parseLepsSchedaDraft({ ...GALLARATE_LEPS_SCHEDA_SAD, budget: null }).budget //=> null
 * parseLepsSchedaDraft({ ...GALLARATE_LEPS_SCHEDA_SAD, indicators: null }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseLepsSchedaDraft(input: unknown, options?: ParseOptions): LepsSchedaDraft {
  return parseModel(LEPS_SCHEDA_DRAFT_MODEL, input, options);
}

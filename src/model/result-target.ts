import * as z from "zod";
import * as M from "../core/messages/model.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import type { Form } from "./_form.js";
import type { NumberMode } from "./number-mode.js";
import {
  countSchema,
  isoDateSchema,
  linesSchema,
  numberPrimitives,
  sourceReferenceSchema,
  yearSchema,
} from "./primitives.js";
import { TARGET_CONDITION_OUTCOMES, TARGET_PERIODS } from "./result-target-kinds.js";
import { perMode } from "./_per-mode.js";

// What every kind of target has: its id, the action it measures, its verbatim text and line, its deadline, the
// target it depends on, the form it is printed in, its scope.
function commonFields() {
  return {
    /** Unique within the scheda, stable ("A1-1": action 1, first target; "R-1"; "I2-2026"). */
    id: z.string().min(1),
    /** The code of the action it measures ("Azione 1", as in the scheda's actions), when the document ties it. */
    action: z.string().min(1).optional(),
    /** The target as printed, verbatim. */
    text: z.string().min(1),
    /** Where it is printed in the scheda's document. */
    lines: linesSchema().optional(),
    /** Its deadline ("entro la fine del triennio" = the end of the programming; "entro il 31.12.2026"). */
    due: isoDateSchema().optional(),
    /** "Se lo studio di fattibilità avrà esito positivo, n. 1 Convenzione": the target it depends on. */
    condition: z
      .strictObject({
        /** The id of the target it depends on. */
        target: z.string().min(1),
        /** It applies when that target is met, or when it is not. */
        when: z.enum(TARGET_CONDITION_OUTCOMES),
        /** Where the condition is stated, when not next to the target (an action, an answer). */
        basis: linesSchema().optional(),
      })
      .optional(),
    /** The form it is printed in: the Piano di Zona's scheda or the ASST's PPT sub-form. */
    form: z.enum(["pdz", "ppt"]).optional(),
    /** "In ognuno degli Ambiti Territoriali": the threshold holds for each Ambito. */
    scope: z.enum(["per-ambito"]).optional(),
  };
}

// A span of whole years ("2025-2026"), within which a target counts.
function yearSpan() {
  return z.strictObject({ from: yearSchema(), to: yearSchema() });
}

function buildUnion(mode: NumberMode) {
  const n = numberPrimitives(mode);
  const per = z.enum(TARGET_PERIODS).nullable();
  return z.discriminatedUnion("kind", [
    z.strictObject({
      ...commonFields(),
      kind: z.literal("count-at-least"),
      min: countSchema(),
      /** A range's upper bound ("3/4 per annualità"). */
      max: countSchema().optional(),
      /** What is counted ("incontri", "nuclei familiari"). */
      unit: z.string().min(1),
      /** The period the minimum holds for; `null` when none is printed (the whole programming). */
      per,
      /** "Dal 2026 in poi": the first year it holds for. */
      fromYear: yearSchema().optional(),
      /** The years it counts over, when they are not the programming's ("2025-2026"). */
      period: yearSpan().optional(),
      /** "Numero medio di 70 … per ogni anno": the observed values are averaged, not added. */
      aggregate: z.enum(["mean"]).optional(),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("share-at-least"),
      minPercent: n.percent,
      /** What is counted above the line ("enti che partecipano agli incontri"). */
      numerator: z.string().min(1),
      /** What is counted below it ("enti coinvolti"). */
      denominator: z.string().min(1),
      per: per.optional(),
      fromYear: yearSchema().optional(),
      period: yearSpan().optional(),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("deliverable"),
      /** What is to be produced ("Protocollo operativo", "mappatura dei servizi"). */
      deliverable: z.string().min(1),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("coverage-at-least"),
      min: countSchema(),
      /** What is covered ("comuni"). */
      unit: z.string().min(1),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("change"),
      direction: z.enum(["increase", "decrease"]),
      /** What is measured in both years ("abitazioni messe a disposizione"). */
      measure: z.string().min(1),
      /** The year compared with; the programming's first year when absent. */
      fromYear: yearSchema().optional(),
      /** The year whose value must be higher (or lower); the programming's last year when absent. */
      toYear: yearSchema().optional(),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("baseline"),
      /** What is measured at T0. */
      measure: z.string().min(1),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("amount-at-least"),
      min: n.euroAmount,
      unit: z.literal("euro"),
    }),
    z.strictObject({
      ...commonFields(),
      kind: z.literal("duration"),
      minMonths: countSchema().optional(),
      maxMonths: countSchema().optional(),
    }),
  ]);
}

type Target = z.output<ReturnType<typeof buildUnion>>;

function buildResultTarget(mode: NumberMode, form: Form) {
  const union = buildUnion(mode);
  return form === "draft" ? union : union.superRefine(ownFieldsOnly(checkTarget));
}

function checkRange(
  low: number | undefined,
  high: number | undefined,
  path: readonly string[],
  ctx: z.RefinementCtx,
): void {
  if (low !== undefined && high !== undefined && low > high) {
    reportIssue(ctx, M.target_range_reversed, { low, high }, path);
  }
}

// The rules of one target of the strict form.
function checkTarget(target: Target, ctx: z.RefinementCtx): void {
  switch (target.kind) {
    case "count-at-least":
      checkRange(target.min, target.max, ["max"], ctx);
      checkRange(target.period?.from, target.period?.to, ["period", "to"], ctx);
      break;
    case "share-at-least":
      checkRange(target.period?.from, target.period?.to, ["period", "to"], ctx);
      break;
    case "change":
      if (target.fromYear !== undefined && target.toYear !== undefined && target.fromYear >= target.toYear) {
        reportIssue(ctx, M.change_years_reversed, { from: target.fromYear, to: target.toYear }, ["toYear"]);
      }
      break;
    case "duration":
      if (target.minMonths === undefined && target.maxMonths === undefined) {
        reportIssue(ctx, M.duration_bounds_missing, {});
      }
      checkRange(target.minMonths, target.maxMonths, ["maxMonths"], ctx);
      break;
    default:
      break;
  }
}

/** Built on first use, per number mode. @internal */
export const resultTargetSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildResultTarget(mode, "strict"),
);

/** Built on first use, per number mode: the draft form, whose rules are the audit's findings. @internal */
export const resultTargetDraftSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  buildResultTarget(mode, "draft"),
);

/**
 * A result target a program can check: one quantified result of "QUALI RISULTATI VUOLE RAGGIUNGERE?" (or a target
 * printed next to an indicator), typed by its kind ({@link RESULT_TARGET_KINDS}), with its verbatim text and line.
 *
 * Every kind has an `id` unique in the scheda, the `action` it measures (when the document ties it), an optional
 * deadline `due` and a `condition` on another target ("se lo studio di fattibilità avrà esito positivo …"). Rules: a
 * range's lower bound is not above its upper bound (`target_range_reversed`), a change runs from one year to a later
 * one (`change_years_reversed`), a duration states a bound (`duration_bounds_missing`). Amounts are Decimals; counts
 * and years are numbers.
 *
 * @example
 * ```ts
 * import { ResultTargetSchema } from "piano-di-zona";
 * const target = ResultTargetSchema.parse({
 *   id: "A2-1",
 *   action: "Azione 2",
 *   text: "Realizzazione di 1 incontro semestrale con gli operatori del centro antiviolenza",
 *   kind: "count-at-least",
 *   min: 1,
 *   unit: "incontri",
 *   per: "semester",
 * });
 * target.kind === "count-at-least" && target.per //=> "semester"
 * ResultTargetSchema.safeParse({ ...target, max: 0 }).success //=> false
 * ```
 * @category Model
 */
export const ResultTargetSchema = /* @__PURE__ */ z.lazy(() => resultTargetSchema("canonical"));

/** A validated {@link ResultTargetSchema} record. @category Model */
export type ResultTarget = z.output<typeof ResultTargetSchema>;

/** The input form of {@link ResultTarget}: amounts are text, numbers or Decimals; dates ISO or Italian. @category Model */
export type ResultTargetInput = z.input<typeof ResultTargetSchema>;

/** Built on first use, per number mode. @internal */
export const targetObservationSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z
    .strictObject({
      /** The id of the target observed. */
      target: z.string().min(1),
      /** A count, an amount, a level reached (comuni covered), a duration in months, a measure. */
      value: numberPrimitives(mode).nonNegativeDecimal.optional(),
      /** A share's numerator ("enti che partecipano"). */
      numerator: countSchema().optional(),
      /** A share's denominator ("enti coinvolti"). */
      denominator: countSchema().optional(),
      /** Whether a deliverable is done. */
      delivered: z.boolean().optional(),
      /** The year observed; with it, at most one of its semester, quarter or month. */
      year: yearSchema().optional(),
      semester: z.number().int().min(1).max(2).optional(),
      quarter: z.number().int().min(1).max(4).optional(),
      month: z.number().int().min(1).max(12).optional(),
      /** The day observed (a meeting held, a protocol signed), instead of a year. */
      date: isoDateSchema().optional(),
      note: z.string().optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((observation, ctx) => {
        const ratio = observation.numerator !== undefined || observation.denominator !== undefined;
        const forms = [observation.value !== undefined, ratio, observation.delivered !== undefined].filter(
          Boolean,
        );
        if (
          forms.length !== 1 ||
          (ratio && (observation.numerator === undefined || observation.denominator === undefined))
        ) {
          reportIssue(ctx, M.target_observation_form, {});
        }
        const parts = [observation.semester, observation.quarter, observation.month].filter(
          (part) => part !== undefined,
        );
        const dated = observation.date !== undefined;
        if (
          parts.length > 1 ||
          (parts.length === 1 && observation.year === undefined) ||
          (dated && (observation.year !== undefined || parts.length > 0))
        ) {
          reportIssue(ctx, M.observation_time_invalid, {});
        }
      }),
    ),
);

/**
 * What was observed for a result target: a value (a count, an amount, the comuni covered, a duration in months), the
 * two counts of a share, or whether a deliverable is done — exactly one of them — with the time it refers to: a year
 * (with at most one of its semester, quarter or month), or a day. An observation without a time counts for the whole
 * programming.
 *
 * @example
 * ```ts
 * import { TargetObservationSchema } from "piano-di-zona";
 * TargetObservationSchema.safeParse({ target: "A2-1", value: 1, year: 2025, semester: 2 }).success //=> true
 * TargetObservationSchema.safeParse({ target: "A1-2", delivered: true, date: "12.03.2026" }).success //=> true
 * TargetObservationSchema.safeParse({ target: "A2-1", value: 1, semester: 2 }).success //=> false
 * ```
 * @category Model
 */
export const TargetObservationSchema = /* @__PURE__ */ z.lazy(() => targetObservationSchema("canonical"));

/** A validated {@link TargetObservationSchema} record. @category Model */
export type TargetObservation = z.output<typeof TargetObservationSchema>;

/** The input form of {@link TargetObservation}. @category Model */
export type TargetObservationInput = z.input<typeof TargetObservationSchema>;

import * as z from "zod";
import {
  INDICATOR_KINDS,
  MILESTONE_STAGES,
  type IndicatorKind,
  type TargetRule,
} from "../catalog/indicator-kinds.js";
import { LEPS_IDS } from "../catalog/leps.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { INDICATOR_LABELS } from "./indicator-labels.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import {
  countSchema,
  labelsSchema,
  numberPrimitives,
  sourceReferenceSchema,
  yearSchema,
} from "./primitives.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { perMode } from "./_per-mode.js";

/**
 * Which target rules each kind of indicator may use. An increasing count may start with a minimum ("≥ 1" in 2025).
 * @internal
 */
export const RULES_BY_KIND: Readonly<Record<IndicatorKind, readonly TargetRule[]>> = {
  "ratio-at-least": ["ratio-at-least"],
  increase: ["greater-than-previous", "count-at-least"],
  decrease: ["less-than-previous"],
  "count-at-least": ["count-at-least", "greater-than-previous"],
  milestone: ["stage-reached"],
};

/**
 * The yearly target rules of an indicator, each with the fields `extra` adds (a LEPS scheda's targets keep the text
 * printed for the year): one definition for the indicators of the monitoring and those of the schede.
 * @internal
 */
export function indicatorTargetVariants<E extends z.core.$ZodLooseShape>(mode: NumberMode, extra: E) {
  const year = yearSchema();
  return [
    z.strictObject({
      year,
      rule: z.literal("ratio-at-least"),
      thresholdPercent: numberPrimitives(mode).percent,
      ...extra,
    }),
    z.strictObject({ year, rule: z.literal("count-at-least"), minimum: countSchema(), ...extra }),
    z.strictObject({ year, rule: z.literal("greater-than-previous"), ...extra }),
    z.strictObject({ year, rule: z.literal("less-than-previous"), ...extra }),
    z.strictObject({ year, rule: z.literal("stage-reached"), stage: z.enum(MILESTONE_STAGES), ...extra }),
  ] as const;
}

/** Built on first use, per number mode. @internal */
export const indicatorTargetSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.discriminatedUnion("rule", indicatorTargetVariants(mode, {})),
);

/**
 * One yearly target of an indicator: the year and the rule that decides whether it is met.
 *
 * @example
 * ```ts
 * import { IndicatorTargetSchema } from "piano-di-zona";
 * IndicatorTargetSchema.parse({ year: 2025, rule: "ratio-at-least", thresholdPercent: "50" }).thresholdPercent.toString() //=> "50"
 * IndicatorTargetSchema.safeParse({ year: 2026, rule: "greater-than-previous" }).success //=> true
 * ```
 * @category Model
 */
export const IndicatorTargetSchema = /* @__PURE__ */ z.lazy(() => indicatorTargetSchema("canonical"));

/** A validated yearly target. @category Model */
export type IndicatorTarget = z.output<typeof IndicatorTargetSchema>;

/** The input form of {@link IndicatorTarget}. @category Model */
export type IndicatorTargetInput = z.input<typeof IndicatorTargetSchema>;

type IndicatorShape = {
  readonly kind: IndicatorKind;
  readonly numerator?: unknown;
  readonly denominator?: unknown;
  readonly baselineYear?: number | undefined;
  readonly targets: readonly IndicatorTarget[];
};

function checkRatioTerms(indicator: IndicatorShape, ctx: z.RefinementCtx): void {
  const isRatio = indicator.kind === "ratio-at-least";
  for (const key of ["numerator", "denominator"] as const) {
    if (isRatio && indicator[key] === undefined) {
      reportIssue(ctx, M.missing_ratio_term, { term: key }, [key]);
    } else if (!isRatio && indicator[key] !== undefined) {
      reportIssue(ctx, M.unexpected_ratio_term, { term: key }, [key]);
    }
  }
}

function checkTargets(indicator: IndicatorShape, ctx: z.RefinementCtx): void {
  const allowed = RULES_BY_KIND[indicator.kind];
  let previous: IndicatorTarget | undefined;
  indicator.targets.forEach((target, index) => {
    if (!allowed.includes(target.rule)) {
      reportIssue(ctx, M.rule_incompatible_with_kind, { rule: target.rule, kind: indicator.kind }, [
        "targets",
        index,
        "rule",
      ]);
    }
    if (previous !== undefined && target.year <= previous.year) {
      reportIssue(ctx, M.target_years_out_of_order, {}, ["targets", index, "year"]);
    }
    if (
      previous?.rule === "stage-reached" &&
      target.rule === "stage-reached" &&
      MILESTONE_STAGES.indexOf(target.stage) < MILESTONE_STAGES.indexOf(previous.stage)
    ) {
      reportIssue(ctx, M.milestone_stage_regression, {}, ["targets", index, "stage"]);
    }
    previous = target;
  });
  const first = indicator.targets[0];
  if (indicator.baselineYear !== undefined && first !== undefined && indicator.baselineYear > first.year) {
    reportIssue(ctx, M.baseline_after_targets, {}, ["baselineYear"]);
  }
}

function buildIndicator(mode: NumberMode) {
  return z
    .strictObject({
      /** A stable id, unique within the plan or catalogue that lists the indicator. */
      id: z.string().min(1),
      /** A short name in both languages. */
      labels: labelsSchema(),
      /** The indicator's official wording, verbatim (Italian), when it comes from a document. */
      wording: z.string().min(1).optional(),
      kind: z.enum(INDICATOR_KINDS),
      /** The LEPS the indicator monitors, when it monitors one. */
      leps: z.enum(LEPS_IDS).optional(),
      /** What the numerator counts (ratio indicators only). */
      numerator: labelsSchema().optional(),
      /** What the denominator counts (ratio indicators only). */
      denominator: labelsSchema().optional(),
      /** What is counted or measured, with its unit, for the other kinds ("EEMM attivate", "giorni di attesa"). */
      measure: labelsSchema().optional(),
      /** The baseline year ("T0"), whose value is recorded without a target. */
      baselineYear: yearSchema().optional(),
      /** One target per year, in increasing year order. */
      targets: z.array(indicatorTargetSchema(mode)).min(1),
      /** Where the definition is stated. */
      sources: z.array(sourceReferenceSchema()).optional(),
    })
    .superRefine(
      ownFieldsOnly((indicator, ctx) => {
        checkRatioTerms(indicator, ctx);
        checkTargets(indicator, ctx);
      }),
    );
}

/** Built on first use, per number mode. @internal */
export const indicatorSchema = /* @__PURE__ */ perMode(buildIndicator);

/**
 * The definition of a monitoring indicator ("indicatore"), as the D.G.R. XII/2167 tables of the priority LEPS and
 * the schede obiettivo state it: what is measured, of which kind, from which baseline year (T0), and the target
 * of each year ("range di raggiungimento").
 *
 * Rules checked: a ratio indicator describes its numerator and denominator (and only a ratio does); each target
 * rule fits the kind (an `increase` may start with a `count-at-least` year, "N. EEMM attivate ≥ 1"); targets are
 * listed once per year in increasing order; a milestone's stages never go backwards; the baseline year is not
 * after the first target. Years without a target are "not due".
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "piano-di-zona";
 * const indicator = IndicatorSchema.parse({
 *   id: "progetti-su-valutazioni",
 *   labels: { it: "N. progetti individualizzati / N. valutazioni", en: "individual plans per assessment" },
 *   kind: "ratio-at-least",
 *   leps: "prevenzione-allontanamento-familiare",
 *   numerator: { it: "progetti individualizzati", en: "individual plans" },
 *   denominator: { it: "valutazioni", en: "assessments" },
 *   targets: [
 *     { year: 2025, rule: "ratio-at-least", thresholdPercent: "40" },
 *     { year: 2026, rule: "ratio-at-least", thresholdPercent: 60 },
 *   ],
 * });
 * indicator.targets[1]?.year //=> 2026
 * IndicatorSchema.safeParse({ ...indicator, numerator: undefined }).success //=> false
 * ```
 * @category Model
 */
export const IndicatorSchema = /* @__PURE__ */ z.lazy(() => indicatorSchema("canonical"));

/** A validated {@link IndicatorSchema} record. @category Model */
export type Indicator = z.output<typeof IndicatorSchema>;

/** The input form of {@link Indicator}: thresholds are text, numbers or Decimals. @category Model */
export type IndicatorInput = z.input<typeof IndicatorSchema>;

/** Built on first use, per number mode. @internal */
export const indicatorObservationSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z
    .strictObject({
      year: yearSchema(),
      /** The numerator's count (ratio indicators). */
      numerator: countSchema().optional(),
      /** The denominator's count (ratio indicators). */
      denominator: countSchema().optional(),
      /** The observed value: a count, or a measure such as a mean waiting time in days. */
      value: numberPrimitives(mode).nonNegativeDecimal.optional(),
      /** The milestone stage reached by the end of the year. */
      stage: z.enum(MILESTONE_STAGES).optional(),
      note: z.string().optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((observation, ctx) => {
        const hasRatio = observation.numerator !== undefined || observation.denominator !== undefined;
        const forms = [hasRatio, observation.value !== undefined, observation.stage !== undefined].filter(
          Boolean,
        );
        const incompleteRatio =
          hasRatio && (observation.numerator === undefined || observation.denominator === undefined);
        if (forms.length !== 1 || incompleteRatio) {
          reportIssue(ctx, M.invalid_observation_form, {});
        }
      }),
    ),
);

/**
 * What was observed for an indicator in one year: the two counts of a ratio, a value (a count or a mean waiting
 * time), or the milestone stage reached. Exactly one of the three forms.
 *
 * @example
 * ```ts
 * import { IndicatorObservationSchema } from "piano-di-zona";
 * IndicatorObservationSchema.safeParse({ year: 2025, numerator: 12, denominator: 30 }).success //=> true
 * IndicatorObservationSchema.parse({ year: 2026, value: "12.5" }).value?.toString() //=> "12.5"
 * IndicatorObservationSchema.safeParse({ year: 2025, numerator: 12 }).success //=> false
 * ```
 * @category Model
 */
export const IndicatorObservationSchema = /* @__PURE__ */ z.lazy(() =>
  indicatorObservationSchema("canonical"),
);

/** A validated {@link IndicatorObservationSchema} record. @category Model */
export type IndicatorObservation = z.output<typeof IndicatorObservationSchema>;

/** The input form of {@link IndicatorObservation}. @category Model */
export type IndicatorObservationInput = z.input<typeof IndicatorObservationSchema>;

/** The indicator as a top-level model. @internal */
export const INDICATOR_MODEL: ModelDefinition<ReturnType<typeof buildIndicator>> = {
  schema: indicatorSchema,
  labels: () => INDICATOR_LABELS,
};

/**
 * Validates an indicator definition without throwing: the indicator, or every issue with its path and messages in
 * Italian and English. Never throws, whatever the input. With `{ numbers: "italian" }` thresholds are read as the DGR
 * tables print them (`"50%"`, `"12,5"`).
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseIndicator } from "piano-di-zona";
 * const result = safeParseIndicator({
 *   id: "eemm",
 *   labels: { it: "Incremento numero EEMM attivate", en: "more multidisciplinary teams" },
 *   kind: "increase",
 *   targets: [{ year: 2026, rule: "greater-than-previous" }, { year: 2025, rule: "count-at-least", minimum: 1 }],
 * });
 * result.success ? [] : result.issues.map((issue) => issue.code) //=> ["target_years_out_of_order"]
 * ```
 * @category Model
 */
export function safeParseIndicator(input: unknown, options?: ParseOptions): ParseResult<Indicator> {
  return safeParseModel(INDICATOR_MODEL, input, options);
}

/**
 * Validates an indicator definition: the indicator, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseIndicator } from "piano-di-zona";
 * const indicator = {
 *   id: "eemm", labels: { it: "EEMM attivate", en: "multidisciplinary teams" }, kind: "ratio-at-least",
 *   numerator: { it: "EEMM attivate", en: "teams activated" }, denominator: { it: "EEMM previste", en: "teams planned" },
 *   targets: [{ year: 2025, rule: "ratio-at-least", thresholdPercent: "50%" }],
 * };
 * parseIndicator(indicator, { numbers: "italian" }).targets.length //=> 1
 * parseIndicator(indicator) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseIndicator(input: unknown, options?: ParseOptions): Indicator {
  return parseModel(INDICATOR_MODEL, input, options);
}

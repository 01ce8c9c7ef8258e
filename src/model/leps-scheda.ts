import * as z from "zod";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue } from "../core/zod-issues.js";
import { indicatorSchema } from "./indicator.js";
import { LEPS_SCHEDA_LABELS } from "./leps-scheda-labels.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { sourceReferenceSchema } from "./primitives.js";
import { SCHEDA_OBIETTIVO_LABELS } from "./scheda-obiettivo-labels.js";
import { budgetSchema, formAnswerSchema, plannedActionSchema } from "./scheda-obiettivo.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

function buildLepsScheda(mode: NumberMode) {
  return z
    .strictObject({
      leps: z.enum(LEPS_IDS),
      /** The scheda's heading, verbatim. */
      title: z.string().min(1),
      policyAreas: z.array(z.enum(MACRO_AREA_CODES)),
      goals: z.string().min(1),
      actions: z.array(plannedActionSchema()),
      target: z.string().optional(),
      budget: budgetSchema(mode),
      staff: z.string().optional(),
      /** The Ambiti that wrote the scheda together ("Gli Ambiti della Valle Olona … in cooperazione tra loro"). */
      cooperatingAmbiti: z.array(z.string().min(1)),
      asstInAnalysis: formAnswerSchema().optional(),
      asstInDelivery: formAnswerSchema().optional(),
      indicators: z.array(indicatorSchema(mode)).min(1),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine((scheda, ctx) => {
      scheda.indicators.forEach((indicator, index) => {
        if (indicator.leps !== undefined && indicator.leps !== scheda.leps) {
          reportIssue(ctx, M.indicator_leps_mismatch, { indicator: indicator.leps, scheda: scheda.leps }, [
            "indicators",
            index,
            "leps",
          ]);
        }
      });
    });
}

/** Built on first use, per number mode. @internal */
export const lepsSchedaSchema = /* @__PURE__ */ perMode(buildLepsScheda);

/**
 * A LEPS scheda of the Piano di Zona ("Obiettivo LEPS: Incremento SAD"): the LEPS it implements, the areas of policy,
 * the goals, actions, target, resources and staff, the Ambiti that wrote it together, the ASST's involvement, and the
 * indicators with their yearly targets ({@link IndicatorSchema}). An indicator that names a LEPS must name this one
 * (`indicator_leps_mismatch`).
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

/** The LEPS scheda as a top-level model: the scheda obiettivo's labels for the questions they share. @internal */
export const LEPS_SCHEDA_MODEL: ModelDefinition<ReturnType<typeof buildLepsScheda>> = {
  schema: lepsSchedaSchema,
  labels: /* @__PURE__ */ once(() => ({ ...SCHEDA_OBIETTIVO_LABELS, ...LEPS_SCHEDA_LABELS })),
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

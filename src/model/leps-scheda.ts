import * as z from "zod";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import { reportRule } from "./_internal.js";
import { IndicatorSchema } from "./indicator.js";
import { SourceReferenceSchema } from "./primitives.js";
import { BudgetSchema, FormAnswerSchema, PlannedActionSchema } from "./scheda-obiettivo.js";

/**
 * A LEPS scheda of the Piano di Zona ("Obiettivo LEPS: Incremento SAD"): the LEPS it implements, the areas of policy,
 * the goals, actions, target, resources and staff, the Ambiti that wrote it together, the ASST's involvement, and the
 * indicators with their yearly targets ({@link IndicatorSchema}). An indicator that names a LEPS must name this one.
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
export const LepsSchedaSchema = /* @__PURE__ */ z
  .strictObject({
    leps: z.enum(LEPS_IDS),
    /** The scheda's heading, verbatim. */
    title: z.string().min(1),
    policyAreas: z.array(z.enum(MACRO_AREA_CODES)),
    goals: z.string().min(1),
    actions: z.array(PlannedActionSchema),
    target: z.string().optional(),
    budget: BudgetSchema,
    staff: z.string().optional(),
    /** The Ambiti that wrote the scheda together ("Gli Ambiti della Valle Olona … in cooperazione tra loro"). */
    cooperatingAmbiti: z.array(z.string().min(1)),
    asstInAnalysis: FormAnswerSchema.optional(),
    asstInDelivery: FormAnswerSchema.optional(),
    indicators: z.array(IndicatorSchema).min(1),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((scheda, ctx) => {
    scheda.indicators.forEach((indicator, index) => {
      if (indicator.leps !== undefined && indicator.leps !== scheda.leps) {
        reportRule(ctx, {
          code: "indicator_leps_mismatch",
          message: `The indicator belongs to the LEPS "${indicator.leps}", not to "${scheda.leps}"`,
          messageIt: `L'indicatore riguarda il LEPS «${indicator.leps}», non «${scheda.leps}»`,
          path: ["indicators", index, "leps"],
        });
      }
    });
  });

/** A validated {@link LepsSchedaSchema} record. @category Model */
export type LepsScheda = z.output<typeof LepsSchedaSchema>;

/** The input form of {@link LepsScheda}. @category Model */
export type LepsSchedaInput = z.input<typeof LepsSchedaSchema>;

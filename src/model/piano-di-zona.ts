import * as z from "zod";
import { reportRule } from "./_internal.js";
import { AmbitoSchema } from "./ambito.js";
import { LepsSchedaSchema } from "./leps-scheda.js";
import { PlanEvaluationSchema } from "./objective-evaluation.js";
import { IsoDateSchema, SourceReferenceSchema } from "./primitives.js";
import { SchedaObiettivoSchema } from "./scheda-obiettivo.js";

/**
 * An act that approved or adopted the Piano ("adottato dall'Assemblea dei Sindaci il 02.12.2024"; "approvato dal
 * Consiglio Comunale").
 * @category Model
 */
export const ApprovalActSchema = /* @__PURE__ */ z.strictObject({
  /** The body that acted, as the document names it. */
  by: z.string().min(1),
  /** The act ("deliberazione n. …"), when stated. */
  act: z.string().optional(),
  date: IsoDateSchema,
  source: SourceReferenceSchema.optional(),
});

/** A validated {@link ApprovalActSchema} record. @category Model */
export type ApprovalAct = z.output<typeof ApprovalActSchema>;

/**
 * A Piano di Zona (L. 328/2000 art. 19; L.R. 3/2008 art. 18; D.G.R. XII/2167 for 2025-2027): the Ambito, the
 * programming period in years, the approval acts, the ex-post evaluation of the previous period, the new objectives
 * as schede obiettivo and the LEPS schede.
 *
 * Rules: the period does not end before it starts; the evaluated period ends before this one begins; objective codes
 * are unique.
 *
 * @example
 * ```ts
 * import { PianoDiZonaSchema } from "piano-di-zona";
 * import { GALLARATE_AMBITO, GALLARATE_LEPS_SCHEDA_SAD, GALLARATE_SCHEDA_OBIETTIVO_L, GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const piano = {
 *   title: "Piano di Zona 2025-2027", ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 },
 *   approvals: [{ by: "Assemblea dei Sindaci", date: "02.12.2024" }],
 *   previousEvaluation: GALLARATE_EVALUATION_2021_2023,
 *   objectives: [GALLARATE_SCHEDA_OBIETTIVO_L], lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
 * };
 * PianoDiZonaSchema.safeParse(piano).success //=> true
 * PianoDiZonaSchema.safeParse({ ...piano, period: { from: 2023, to: 2025 } }).success //=> false
 * ```
 * @category Model
 */
export const PianoDiZonaSchema = /* @__PURE__ */ z
  .strictObject({
    title: z.string().min(1),
    ambito: AmbitoSchema,
    period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
    approvals: z.array(ApprovalActSchema),
    previousEvaluation: PlanEvaluationSchema.optional(),
    objectives: z.array(SchedaObiettivoSchema),
    lepsSchede: z.array(LepsSchedaSchema),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((piano, ctx) => {
    if (piano.period.to < piano.period.from) {
      reportRule(ctx, {
        code: "period_ends_before_start",
        message: "The programming period cannot end before it starts",
        messageIt: "Il periodo di programmazione non può terminare prima di iniziare",
        path: ["period", "to"],
      });
    }
    if (piano.previousEvaluation !== undefined && piano.previousEvaluation.period.to >= piano.period.from) {
      reportRule(ctx, {
        code: "previous_period_overlaps",
        message: "The evaluated programming must end before this one starts",
        messageIt: "La programmazione valutata deve concludersi prima dell'inizio di quella nuova",
        path: ["previousEvaluation", "period", "to"],
      });
    }
    const codes = new Set<string>();
    piano.objectives.forEach((objective, index) => {
      if (codes.has(objective.code)) {
        reportRule(ctx, {
          code: "duplicate_objective_code",
          message: `The objective code "${objective.code}" is used twice`,
          messageIt: `Il codice obiettivo «${objective.code}» è usato due volte`,
          path: ["objectives", index, "code"],
        });
      }
      codes.add(objective.code);
    });
  });

/** A validated {@link PianoDiZonaSchema} record. @category Model */
export type PianoDiZona = z.output<typeof PianoDiZonaSchema>;

/** The input form of {@link PianoDiZona}: amounts and dates may be Italian text. @category Model */
export type PianoDiZonaInput = z.input<typeof PianoDiZonaSchema>;

import * as z from "zod";
import { reportDuplicateIds, reportRule } from "./_internal.js";
import { ComuneSchema } from "./comune.js";
import { EntityIdSchema } from "./ente.js";
import { SourceReferenceSchema } from "./primitives.js";

const HealthAgencySchema = /* @__PURE__ */ z.strictObject({
  id: EntityIdSchema,
  name: z.string().min(1),
});

/**
 * A health district ("distretto sociosanitario") of the ASST, with the comuni of the Ambito it covers. An Ambito may
 * lie in one district (Gallarate), share one with another Ambito (Busto Arsizio and Castellanza), or span two
 * (Alto Milanese: Legnanese and Castanese).
 * @category Model
 */
export const DistrettoSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().min(1),
  /** Ids of the Ambito's comuni in the district; empty when the document does not say. */
  comuni: z.array(EntityIdSchema),
});

/** A validated {@link DistrettoSchema} record. @category Model */
export type Distretto = z.output<typeof DistrettoSchema>;

/**
 * An Ambito territoriale sociale (L.R. 3/2008 art. 18): the comuni that plan together, the ente capofila, the ATS and
 * the ASST of the territory, and the health districts. The capofila is a comune of the Ambito or another body (Alto
 * Milanese's capofila is an azienda speciale consortile); it is referred to by id.
 *
 * @example
 * ```ts
 * import { AmbitoSchema } from "piano-di-zona";
 * const ambito = AmbitoSchema.parse({
 *   id: "ambito-di-busto-arsizio", name: "Ambito di Busto Arsizio",
 *   comuni: [{ id: "comune-di-busto-arsizio", name: "Busto Arsizio" }],
 *   capofila: "comune-di-busto-arsizio",
 *   ats: { id: "ats-insubria", name: "ATS Insubria" }, asst: { id: "asst-valle-olona", name: "ASST Valle Olona" },
 *   distretti: [{ name: "Busto Arsizio", comuni: ["comune-di-busto-arsizio"] }],
 * });
 * ambito.comuni.length //=> 1
 * ```
 * @category Model
 */
export const AmbitoSchema = /* @__PURE__ */ z
  .strictObject({
    id: EntityIdSchema,
    name: z.string().min(1),
    comuni: z.array(ComuneSchema).min(1),
    /** Id of the ente capofila. */
    capofila: EntityIdSchema,
    ats: HealthAgencySchema,
    asst: HealthAgencySchema,
    distretti: z.array(DistrettoSchema),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((ambito, ctx) => {
    reportDuplicateIds(ctx, ambito.comuni, "comuni");
    const known = new Set(ambito.comuni.map((comune) => comune.id));
    ambito.distretti.forEach((distretto, index) => {
      distretto.comuni.forEach((id, position) => {
        if (!known.has(id)) {
          reportRule(ctx, {
            code: "unknown_comune",
            message: `"${id}" is not a comune of the Ambito`,
            messageIt: `«${id}» non è un comune dell'Ambito`,
            path: ["distretti", index, "comuni", position],
          });
        }
      });
    });
  });

/** A validated {@link AmbitoSchema} record. @category Model */
export type Ambito = z.output<typeof AmbitoSchema>;

/** The input form of {@link Ambito}. @category Model */
export type AmbitoInput = z.input<typeof AmbitoSchema>;

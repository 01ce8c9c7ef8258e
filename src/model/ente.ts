import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import * as M from "../core/messages/model.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { sourceReferenceSchema } from "./primitives.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const entityIdSchema = /* @__PURE__ */ once(() => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * The identifier of a party, comune, organ or seat inside one document: lowercase words joined by hyphens
 * (`"comune-di-gallarate"`, `"ats-insubria"`). Ids are what the Accordo's lists refer to, so that a party is written
 * once and named everywhere else.
 *
 * @example
 * ```ts
 * import { EntityIdSchema } from "piano-di-zona";
 * EntityIdSchema.safeParse("asst-valle-olona").success //=> true
 * EntityIdSchema.safeParse("ASST Valle Olona").success //=> false
 * ```
 * @category Model
 */
export const EntityIdSchema = /* @__PURE__ */ z.lazy(entityIdSchema);

/** A validated {@link EntityIdSchema} value. @category Model */
export type EntityId = z.output<typeof EntityIdSchema>;

function buildEnte() {
  return z
    .strictObject({
      id: entityIdSchema(),
      kind: z.enum(ENTITY_KINDS),
      /** Official name as the document writes it ("Comune di Gallarate"). */
      name: z.string().min(1),
      /** Short name ("ATS Insubria"). */
      shortName: z.string().min(1).optional(),
      /** Six-digit ISTAT code, for comuni. */
      istatCode: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((ente, ctx) => {
        if (ente.istatCode !== undefined && ente.kind !== "comune") {
          reportIssue(ctx, M.istat_code_not_comune, {}, ["istatCode"]);
        }
      }),
    );
}

/** Built on first use. @internal */
export const enteSchema = /* @__PURE__ */ once(buildEnte);

/**
 * A body that takes part in the planning ("ente"): a Comune, the ATS, the ASST, an Ente del Terzo Settore, an ente
 * religioso, an organizzazione sindacale, an azienda speciale consortile, the Regione, a school, … (the kinds of the
 * catalogue). The ISTAT code applies to comuni only (`istat_code_not_comune`).
 *
 * @example
 * ```ts
 * import { EnteSchema } from "piano-di-zona";
 * EnteSchema.parse({ id: "ats-insubria", kind: "ats", name: "Agenzia di Tutela della Salute dell'Insubria", shortName: "ATS Insubria" }).kind //=> "ats"
 * EnteSchema.safeParse({ id: "ats-insubria", kind: "ats", name: "ATS Insubria", istatCode: "012070" }).success //=> false
 * ```
 * @category Model
 */
export const EnteSchema = /* @__PURE__ */ z.lazy(enteSchema);

/** A validated {@link EnteSchema} record. @category Model */
export type Ente = z.output<typeof EnteSchema>;

/** The input form of {@link Ente}. @category Model */
export type EnteInput = z.input<typeof EnteSchema>;

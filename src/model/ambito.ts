import * as z from "zod";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { AMBITO_LABELS } from "./ambito-labels.js";
import { comuneSchema } from "./comune.js";
import { entityIdSchema } from "./ente.js";
import type { ParseOptions } from "./number-mode.js";
import { sourceReferenceSchema } from "./primitives.js";
import { reportDuplicateIds } from "./_duplicate-ids.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const distrettoSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    name: z.string().min(1),
    /** Ids of the Ambito's comuni in the district; empty when the document does not say. */
    comuni: z.array(entityIdSchema()),
    /**
     * The other Ambiti whose comuni lie in the same district, by name as printed ("Ambito di Castellanza"); absent
     * when the document names none.
     */
    sharedWith: z.array(z.string().min(1)).optional(),
    source: sourceReferenceSchema().optional(),
  }),
);

/**
 * A health district ("distretto sociosanitario") of the ASST, with the comuni of the Ambito it covers. An Ambito may
 * lie in one district (Gallarate), share one with another Ambito (Busto Arsizio and Castellanza: `sharedWith` names
 * the other Ambiti, whose comuni are not the Ambito's), or span two (Alto Milanese: Legnanese and Castanese).
 *
 * @example
 * ```ts
 * import { DistrettoSchema } from "piano-di-zona";
 * DistrettoSchema.safeParse({ name: "Distretto di Gallarate", comuni: ["comune-di-gallarate"] }).success //=> true
 * const busto = { name: "Busto Arsizio", comuni: ["comune-di-busto-arsizio"], sharedWith: ["Ambito di Castellanza"] };
 * DistrettoSchema.parse(busto).sharedWith //=> ["Ambito di Castellanza"]
 * ```
 * @category Model
 */
export const DistrettoSchema = /* @__PURE__ */ z.lazy(distrettoSchema);

/** A validated {@link DistrettoSchema} record. @category Model */
export type Distretto = z.output<typeof DistrettoSchema>;

function buildAmbito() {
  const healthAgency = z.strictObject({ id: entityIdSchema(), name: z.string().min(1) });
  return z
    .strictObject({
      id: entityIdSchema(),
      name: z.string().min(1),
      comuni: z.array(comuneSchema()).min(1),
      /** Id of the ente capofila. */
      capofila: entityIdSchema(),
      ats: healthAgency,
      asst: healthAgency,
      distretti: z.array(distrettoSchema()),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((ambito, ctx) => {
        reportDuplicateIds(ctx, ambito.comuni, "comuni");
        const known = new Set(ambito.comuni.map((comune) => comune.id));
        ambito.distretti.forEach((distretto, index) => {
          distretto.comuni.forEach((id, position) => {
            if (!known.has(id))
              reportIssue(ctx, M.unknown_comune, { id }, ["distretti", index, "comuni", position]);
          });
        });
      }),
    );
}

/** Built on first use. @internal */
export const ambitoSchema = /* @__PURE__ */ once(buildAmbito);

/**
 * An Ambito territoriale sociale (L.R. 3/2008 art. 18): the comuni that plan together, the ente capofila, the ATS and
 * the ASST of the territory, and the health districts. The capofila is a comune of the Ambito or another body (Alto
 * Milanese's capofila is an azienda speciale consortile); it is referred to by id. Rules: comuni ids are unique
 * (`duplicate_id`) and a district lists only comuni of the Ambito (`unknown_comune`).
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
export const AmbitoSchema = /* @__PURE__ */ z.lazy(ambitoSchema);

/** A validated {@link AmbitoSchema} record. @category Model */
export type Ambito = z.output<typeof AmbitoSchema>;

/** The input form of {@link Ambito}. @category Model */
export type AmbitoInput = z.input<typeof AmbitoSchema>;

/** The Ambito as a top-level model (it holds no decimals: both number modes read it alike). @internal */
export const AMBITO_MODEL: ModelDefinition<ReturnType<typeof buildAmbito>> = {
  schema: () => ambitoSchema(),
  labels: () => AMBITO_LABELS,
};

/**
 * Validates an Ambito without throwing: the Ambito, or every issue with its path, a stable code and messages in
 * Italian and English that name the field ("COMUNI DELL'AMBITO: serve almeno un elemento"). Never throws, whatever
 * the input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseAmbito } from "piano-di-zona";
 * import { GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * safeParseAmbito(GALLARATE_AMBITO).success //=> true
 * const result = safeParseAmbito({ ...GALLARATE_AMBITO, comuni: [] });
 * result.success ? "" : result.issues[0]?.messageIt //=> "COMUNI DELL'AMBITO: serve almeno un elemento"
 * ```
 * @category Model
 */
export function safeParseAmbito(input: unknown, options?: ParseOptions): ParseResult<Ambito> {
  return safeParseModel(AMBITO_MODEL, input, options);
}

/**
 * Validates an Ambito: the Ambito, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseAmbito } from "piano-di-zona";
 * import { GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * parseAmbito(GALLARATE_AMBITO).comuni.length //=> 9
 * parseAmbito({ ...GALLARATE_AMBITO, comuni: [] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseAmbito(input: unknown, options?: ParseOptions): Ambito {
  return parseModel(AMBITO_MODEL, input, options);
}

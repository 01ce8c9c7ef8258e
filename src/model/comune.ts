import * as z from "zod";
import { entityIdSchema } from "./ente.js";
import { countSchema, isoDateSchema, sourceReferenceSchema } from "./primitives.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const populationSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ count: countSchema(), referenceDate: isoDateSchema() }),
);

/**
 * A resident population with the date it refers to ("popolazione al 31/12/2023"): ISTAT counts are stated at a
 * date, and a count without its date cannot be compared with another.
 *
 * @example
 * ```ts
 * import { PopulationSchema } from "piano-di-zona";
 * PopulationSchema.parse({ count: 83439, referenceDate: "01.01.2024" }) //=> { count: 83439, referenceDate: "2024-01-01" }
 * ```
 * @category Model
 */
export const PopulationSchema = /* @__PURE__ */ z.lazy(populationSchema);

/** A validated {@link PopulationSchema} record. @category Model */
export type Population = z.output<typeof PopulationSchema>;

/** Built on first use. @internal */
export const comuneSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    id: entityIdSchema(),
    name: z.string().min(1),
    /** Six-digit ISTAT municipal code. */
    istatCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    population: populationSchema().optional(),
    source: sourceReferenceSchema().optional(),
  }),
);

/**
 * A Comune of an Ambito: its id in the document, its name, its ISTAT code and its population at a date, when the
 * document gives them (Gallarate's plan states only the Ambito's total, seed 000 L3007).
 *
 * @example
 * ```ts
 * import { ComuneSchema } from "piano-di-zona";
 * ComuneSchema.parse({ id: "comune-di-busto-arsizio", name: "Busto Arsizio", population: { count: 83439, referenceDate: "2024-01-01" } }).name //=> "Busto Arsizio"
 * ComuneSchema.safeParse({ id: "comune-di-busto-arsizio", name: "Busto Arsizio", istatCode: "12" }).success //=> false
 * ```
 * @category Model
 */
export const ComuneSchema = /* @__PURE__ */ z.lazy(comuneSchema);

/** A validated {@link ComuneSchema} record. @category Model */
export type Comune = z.output<typeof ComuneSchema>;

/** The input form of {@link Comune}. @category Model */
export type ComuneInput = z.input<typeof ComuneSchema>;

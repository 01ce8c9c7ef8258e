import * as z from "zod";
import { EntityIdSchema } from "./ente.js";
import { CountSchema, IsoDateSchema, SourceReferenceSchema } from "./primitives.js";

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
export const PopulationSchema = /* @__PURE__ */ z.strictObject({
  count: CountSchema,
  referenceDate: IsoDateSchema,
});

/** A validated {@link PopulationSchema} record. @category Model */
export type Population = z.output<typeof PopulationSchema>;

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
export const ComuneSchema = /* @__PURE__ */ z.strictObject({
  id: EntityIdSchema,
  name: z.string().min(1),
  /** Six-digit ISTAT municipal code. */
  istatCode: z
    .string()
    .regex(/^\d{6}$/, { error: "An ISTAT municipal code has six digits" })
    .optional(),
  population: PopulationSchema.optional(),
  source: SourceReferenceSchema.optional(),
});

/** A validated {@link ComuneSchema} record. @category Model */
export type Comune = z.output<typeof ComuneSchema>;

/** The input form of {@link Comune}. @category Model */
export type ComuneInput = z.input<typeof ComuneSchema>;

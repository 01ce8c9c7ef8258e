import * as z from "zod";
import { AccordoDiProgrammaSchema } from "./accordo-di-programma.js";
import { AmbitoSchema } from "./ambito.js";
import { PianoDiZonaSchema } from "./piano-di-zona.js";
import { SchedaObiettivoSchema } from "./scheda-obiettivo.js";

/**
 * The top-level models that have a JSON Schema.
 * @category Model
 */
export const TOP_LEVEL_MODELS = [
  "piano-di-zona",
  "accordo-di-programma",
  "scheda-obiettivo",
  "ambito",
] as const;

/** One of {@link TOP_LEVEL_MODELS}. @category Model */
export type TopLevelModel = (typeof TOP_LEVEL_MODELS)[number];

const SCHEMAS: { readonly [M in TopLevelModel]: z.ZodType } = {
  "piano-di-zona": PianoDiZonaSchema,
  "accordo-di-programma": AccordoDiProgrammaSchema,
  "scheda-obiettivo": SchedaObiettivoSchema,
  ambito: AmbitoSchema,
};

/**
 * The JSON Schema (draft 2020-12) of a top-level model's JSON form, so that apps in other languages validate the same
 * documents. It describes the input side: amounts are strings or numbers, dates strings, unknown keys forbidden.
 * Cross-field rules (references, periods, extensions) are not expressible in JSON Schema; the library's parse
 * functions apply them.
 *
 * @example
 * ```ts
 * import { toJSONSchema } from "piano-di-zona";
 * const schema = toJSONSchema("accordo-di-programma");
 * schema.type //=> "object"
 * schema.additionalProperties //=> false
 * ```
 * @category Model
 */
export function toJSONSchema(model: TopLevelModel): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(SCHEMAS[model], { io: "input", unrepresentable: "any" });
}

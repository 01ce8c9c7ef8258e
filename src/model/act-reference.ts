import * as z from "zod";
import { ACT_KINDS } from "../catalog/protocols.js";
import { isoDateSchema, linesSchema } from "./primitives.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const actReferenceSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    kind: z.enum(ACT_KINDS),
    /** The act as printed ("avviso di manifestazione di interesse del 29 luglio 2024"). */
    text: z.string().min(1),
    /** The act's date, when printed. */
    date: isoDateSchema().optional(),
    /** Where it is printed, in the document of the record that cites it. */
    lines: linesSchema().optional(),
  }),
);

/**
 * A formal act cited in support of a procedure or of an answer of a scheda: a public notice, a deliberation, a
 * protocol, a convention ({@link ACT_KINDS}), as printed, with its date when printed.
 *
 * @example
 * ```ts
 * import { ActReferenceSchema } from "piano-di-zona";
 * const notice = { kind: "avviso", text: "avviso di manifestazione di interesse del 29 luglio 2024", date: "29 luglio 2024" };
 * ActReferenceSchema.parse(notice).date //=> "2024-07-29"
 * ActReferenceSchema.safeParse({ ...notice, kind: "bando" }).success //=> false
 * ```
 * @category Model
 */
export const ActReferenceSchema = /* @__PURE__ */ z.lazy(actReferenceSchema);

/** A validated {@link ActReferenceSchema} record. @category Model */
export type ActReference = z.output<typeof ActReferenceSchema>;

// The two forms of a document model, built from one definition. The strict form is what a user types: the fields the
// official form asks for are required and the model's rules are validation issues. The draft form is the document as
// printed: the same keys, but a box left blank is `null`, an enumeration accepts `null`, a list the form asks to fill
// may be empty, and the rules are not checked (the audit's checks report them as findings instead). Each factory takes
// the form and writes every field once; `blankable` and `filled` are the only places where the two forms differ.
import type * as z from "zod";
import { ownFieldsOnly } from "../core/zod-issues.js";

/** The two forms of a document model. */
export type Form = "strict" | "draft";

/**
 * A box the form asks to fill: required in the strict form; in the draft `null` where the document leaves it blank,
 * and absent where the document's own form has no such box (an ASST card, a plan's shortened form).
 */
export type Blankable<F extends Form, S extends z.ZodType> = F extends "draft"
  ? z.ZodOptional<z.ZodNullable<S>>
  : S;

/** A box the form asks to fill: the schema itself in the strict form; `null` or absent allowed in the draft. */
export function blankable<F extends Form, S extends z.ZodType>(form: F, schema: S): Blankable<F, S> {
  return (form === "draft" ? schema.nullable().optional() : schema) as Blankable<F, S>;
}

/** A part of an answer (its SI/NO, a key point's area): required in the strict form, `null` allowed in the draft. */
export type Nullable<F extends Form, S extends z.ZodType> = F extends "draft" ? z.ZodNullable<S> : S;

/** A part of an answer: the schema itself in the strict form, the schema or `null` in the draft. */
export function nullIn<F extends Form, S extends z.ZodType>(form: F, schema: S): Nullable<F, S> {
  return (form === "draft" ? schema.nullable() : schema) as Nullable<F, S>;
}

/**
 * A question of the form (an answer with its parts, a list, a group of indicators): required in the strict form;
 * absent in the draft where the document's own form does not ask it.
 */
export type OnForm<F extends Form, S extends z.ZodType> = F extends "draft" ? z.ZodOptional<S> : S;

/** A question of the form: the schema itself in the strict form, optional in the draft. */
export function onForm<F extends Form, S extends z.ZodType>(form: F, schema: S): OnForm<F, S> {
  return (form === "draft" ? schema.optional() : schema) as OnForm<F, S>;
}

/** A list the form asks to fill: at least one item in the strict form, any number in the draft. */
export function filled<S extends z.ZodArray>(form: Form, schema: S): S {
  return form === "draft" ? schema : schema.min(1);
}

/**
 * The rules of a model, applied in the strict form only (the draft reports them through the audit's checks). The
 * rules are written for the strict form's output, which is what they receive.
 */
export function strictRules<S extends z.ZodType>(
  form: Form,
  schema: S,
  rules: (value: never, ctx: z.RefinementCtx) => void,
): S {
  return form === "draft" ? schema : schema.superRefine(ownFieldsOnly(rules as (value: unknown) => void));
}

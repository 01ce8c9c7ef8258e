import type * as z from "zod";
import { PdzError, type PdzErrorInit } from "../core/error.js";

/**
 * The `params` that the library's schemas attach to a zod issue they raise themselves, so that the issue can be
 * turned into a ValidationIssue with a stable code and both languages.
 */
export interface PdzIssueParams {
  readonly pdzCode: string;
  readonly messageIt: string;
}

/** Reports a PdzError inside a zod transform or refinement as a custom issue carrying its code and Italian message. */
export function reportPdzError(ctx: z.RefinementCtx, error: PdzError): void {
  const params: PdzIssueParams = { pdzCode: error.code, messageIt: error.messageIt };
  ctx.addIssue({ code: "custom", message: error.message, params: { ...params } });
}

/**
 * Runs a converter that may throw PdzError inside a zod transform: a PdzError becomes a zod issue (and the
 * transform yields `z.NEVER`); anything else is a bug and propagates.
 */
export function convertOrReport<T>(read: () => T, ctx: z.RefinementCtx, never: never): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PdzError) {
      reportPdzError(ctx, error);
      return never;
    }
    throw error;
  }
}

/** Reports a rule violation found by a refinement, at a path relative to the refined value. */
export function reportRule(ctx: z.RefinementCtx, init: PdzErrorInit): void {
  const params: PdzIssueParams = { pdzCode: init.code, messageIt: init.messageIt };
  ctx.addIssue({
    code: "custom",
    message: init.message,
    params: { ...params },
    path: [...(init.path ?? [])],
  });
}

/** Reports, once per repetition, the ids that occur more than once in a list of records. */
export function reportDuplicateIds(
  ctx: z.RefinementCtx,
  records: readonly { readonly id: string }[],
  listKey: string,
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) {
      reportRule(ctx, {
        code: "duplicate_id",
        message: `The id "${record.id}" is used twice`,
        messageIt: `L'identificativo «${record.id}» è usato due volte`,
        path: [listKey, index, "id"],
      });
    }
    seen.add(record.id);
  });
}

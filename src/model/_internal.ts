import type * as z from "zod";
import { PdzError } from "../core/error.js";

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

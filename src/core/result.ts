import type { ValidationIssue } from "./error.js";

/**
 * The outcome of a `safeParseX` function, as zod's `safeParse` shapes it: the validated data, or every issue found.
 * @category Core
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

import type { ErrorPath } from "./error.js";

/**
 * One problem found while validating a document, in both languages.
 * @category Core
 */
export interface ValidationIssue {
  /** Where the problem is, as keys and indices into the input. */
  readonly path: ErrorPath;
  /** Stable machine code (snake_case). */
  readonly code: string;
  /** English message. */
  readonly message: string;
  /** Italian message, naming the field as the official form does. */
  readonly messageIt: string;
}

/**
 * The outcome of a non-throwing parse: the validated data, or every issue found.
 * @category Core
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

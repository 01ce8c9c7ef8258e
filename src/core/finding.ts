import type { ErrorPath } from "./error.js";

/**
 * How serious a {@link Finding} is: an `error` is a figure that is wrong (a total that does not add up, a grade
 * that cannot be reproduced); a `warning` is something doubtful or inconsistently expressed.
 * @category Core
 */
export type FindingSeverity = "error" | "warning";

/**
 * Something a consistency check found in a document: reported, never thrown, so that one slip does not hide the
 * others.
 *
 * `stated` is what the document says and `computed` what the library recomputes, both as plain strings so that a
 * finding prints and serialises as it is.
 * @category Core
 */
export interface Finding {
  /** Stable machine code (snake_case), e.g. `"band_sum_mismatch"`. */
  readonly code: string;
  readonly severity: FindingSeverity;
  /** Where the figure sits in the checked data. */
  readonly path: ErrorPath;
  /** English explanation. */
  readonly message: string;
  /** Italian explanation. */
  readonly messageIt: string;
  /** The value as the document states it. */
  readonly stated?: string;
  /** The value as recomputed. */
  readonly computed?: string;
}

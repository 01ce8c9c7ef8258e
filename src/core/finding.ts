import type { ErrorPath } from "./error.js";
import type { FindingCode } from "./error-codes.js";
import type { FindingMessage, FindingSeverity } from "./message.js";

/**
 * Something a consistency check found in a document: reported, never thrown, so that one slip does not hide the
 * others.
 *
 * `stated` is what the document says and `computed` what the library recomputes, as plain strings (canonical numbers,
 * or codes), so that a finding prints and serialises as it is; either is `null` where it does not apply.
 * @category Core
 */
export interface Finding {
  /** Stable machine code (snake_case), e.g. `"band_sum_mismatch"`. */
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  /** Where the figure sits in the checked data. */
  readonly path: ErrorPath;
  /** English explanation. */
  readonly message: string;
  /** Italian explanation. */
  readonly messageIt: string;
  /** The value as the document states it, or `null`. */
  readonly stated: string | null;
  /** The value as recomputed, or `null`. */
  readonly computed: string | null;
}

/**
 * Builds the {@link Finding} of a message of the table: its code, its severity, both languages.
 * @internal
 */
export function createFinding<Code extends FindingCode, Params>(
  message: FindingMessage<Code, Params>,
  params: Params,
  where: { readonly path: ErrorPath; readonly stated?: string | null; readonly computed?: string | null },
): Finding {
  const text = message.render(params);
  return {
    code: message.code,
    severity: message.severity,
    path: [...where.path],
    message: text.en,
    messageIt: text.it,
    stated: where.stated ?? null,
    computed: where.computed ?? null,
  };
}

export type { FindingSeverity };

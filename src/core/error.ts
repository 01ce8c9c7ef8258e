/**
 * A path into the input that caused an error, as zod writes it: object keys and array indices.
 * @category Core
 */
export type ErrorPath = readonly (string | number)[];

/**
 * What a {@link PdzError} is made of.
 * @category Core
 */
export interface PdzErrorInit {
  /** Stable machine code in snake_case, such as `"realized_exceeds_planned"`. Codes are part of the API. */
  readonly code: string;
  /** English message. */
  readonly message: string;
  /** Italian message. */
  readonly messageIt: string;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path?: ErrorPath;
}

/**
 * The one error class of the library. Every computation given bad input throws it instead of returning `NaN`,
 * `Infinity` or a silent 0.
 *
 * `code` is stable and meant for programs; `message` (English) and `messageIt` (Italian) are for people.
 *
 * @example
 * ```ts
 * import { PdzError } from "piano-di-zona";
 * const error = new PdzError({ code: "negative_amount", message: "Amount must be ≥ 0", messageIt: "L'importo deve essere ≥ 0", path: ["budgeted"] });
 * error.code //=> "negative_amount"
 * error.path //=> ["budgeted"]
 * error instanceof Error //=> true
 * ```
 * @category Core
 */
export class PdzError extends Error {
  /** Stable machine code (snake_case). */
  readonly code: string;
  /** Italian message. */
  readonly messageIt: string;
  /** Where in the input the problem is. */
  readonly path: ErrorPath;

  constructor(init: PdzErrorInit) {
    super(init.message);
    this.name = "PdzError";
    this.code = init.code;
    this.messageIt = init.messageIt;
    this.path = Object.freeze([...(init.path ?? [])]);
  }
}

/**
 * Tells whether a value is a {@link PdzError}, optionally with a given code.
 *
 * @example
 * ```ts
 * import { isPdzError, parseItalianNumber } from "piano-di-zona";
 * let caught: unknown;
 * try { parseItalianNumber("12.85"); } catch (error) { caught = error; }
 * isPdzError(caught, "ambiguous_number") //=> true
 * ```
 * @category Core
 */
export function isPdzError(value: unknown, code?: string): value is PdzError {
  return value instanceof PdzError && (code === undefined || value.code === code);
}

import type { PdzErrorCode } from "./error-codes.js";
import type { Message } from "./message.js";

/**
 * A path into the input that caused an error, as zod writes it: object keys and array indices.
 * @category Core
 */
export type ErrorPath = readonly (string | number)[];

/**
 * One problem found while validating a document, in both languages.
 * @category Core
 */
export interface ValidationIssue {
  /** Where the problem is, as keys and indices into the input. */
  readonly path: ErrorPath;
  /** Stable machine code (snake_case). */
  readonly code: PdzErrorCode;
  /** English message. */
  readonly message: string;
  /** Italian message, naming the field as the official form does. */
  readonly messageIt: string;
}

/**
 * What a {@link PdzError} is made of.
 * @category Core
 */
export interface PdzErrorInit {
  /** Stable machine code in snake_case, such as `"realized_exceeds_planned"`. Codes are part of the API. */
  readonly code: PdzErrorCode;
  /** English message. */
  readonly message: string;
  /** Italian message. */
  readonly messageIt: string;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path?: ErrorPath;
  /** Every issue, when the error reports a failed validation (`parseX`). */
  readonly issues?: readonly ValidationIssue[];
}

/** The longest path an error keeps: deeper than any input the library reads. */
const MAX_PATH_LENGTH = 64;

/**
 * A frozen copy of a path. Public functions take a path from their caller (`toDecimal(value, path)`): anything that
 * is not a short list of keys and indices (a number, a huge or sparse array, a proxy that throws) becomes the empty
 * path, so that the error the call throws is still the library's own, at once.
 */
function copyPath(path: unknown): ErrorPath {
  if (path === undefined) return EMPTY_PATH;
  try {
    if (!Array.isArray(path) || path.length > MAX_PATH_LENGTH) return EMPTY_PATH;
    const copy: (string | number)[] = [];
    for (let index = 0; index < path.length; index++) {
      const segment: unknown = path[index];
      if (typeof segment !== "string" && typeof segment !== "number") return EMPTY_PATH;
      copy.push(segment);
    }
    return Object.freeze(copy);
  } catch {
    return EMPTY_PATH;
  }
}

const EMPTY_PATH: ErrorPath = /* @__PURE__ */ Object.freeze([]);

/**
 * The one error class of the library. Every computation given bad input — any JavaScript value at all — throws it,
 * never anything else, instead of returning `NaN`, `Infinity` or a silent 0; `parseX` functions throw it with every
 * validation issue in `issues`.
 *
 * `code` is stable and meant for programs; `message` (English) and `messageIt` (Italian) are for people. It survives
 * `JSON.stringify` with all of them.
 *
 * @example
 * ```ts
 * import { PdzError, achievementGrade } from "piano-di-zona";
 * let caught: unknown;
 * try { achievementGrade({ planned: 4, realized: 5 }); } catch (error) { caught = error; }
 * caught instanceof PdzError //=> true
 * const error = caught as PdzError;
 * error.code //=> "realized_exceeds_planned"
 * error.messageIt //=> "Le azioni realizzate non possono superare quelle programmate"
 * JSON.parse(JSON.stringify(error)).message //=> "Realized actions cannot exceed planned actions"
 * ```
 * @category Core
 */
export class PdzError extends Error {
  // Declared, not initialised as class fields: the constructor assigns each once (a bundle ships no field list).
  /** Stable machine code (snake_case). */
  declare readonly code: PdzErrorCode;
  /** Italian message. */
  declare readonly messageIt: string;
  /** Where in the input the problem is. */
  declare readonly path: ErrorPath;
  /** Every validation issue, when the error reports a failed validation; empty otherwise. */
  declare readonly issues: readonly ValidationIssue[];

  constructor(init: PdzErrorInit) {
    super(init.message);
    this.code = init.code;
    this.messageIt = init.messageIt;
    this.path = copyPath(init.path);
    this.issues = Object.freeze([...(init.issues ?? [])]);
    this.name = "PdzError";
  }

  /** The error as plain data: name, code, path, both messages and the issues. */
  toJSON(): {
    name: "PdzError";
    code: PdzErrorCode;
    path: ErrorPath;
    message: string;
    messageIt: string;
    issues: readonly ValidationIssue[];
  } {
    return {
      name: "PdzError",
      code: this.code,
      path: this.path,
      message: this.message,
      messageIt: this.messageIt,
      issues: this.issues,
    };
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
 * isPdzError(new Error("x")) //=> false
 * ```
 * @category Core
 */
export function isPdzError(value: unknown, code?: PdzErrorCode): value is PdzError {
  try {
    return value instanceof PdzError && (code === undefined || value.code === code);
  } catch {
    // `instanceof` asks a proxy for its prototype, and a hostile proxy throws: it is no PdzError.
    return false;
  }
}

/**
 * Builds the {@link PdzError} of a message of the table, rendering both languages from its parameters. Every error
 * of the library is built here.
 * @internal
 */
export function pdzError<Code extends PdzErrorCode, Params>(
  message: Message<Code, Params>,
  params: Params,
  path: ErrorPath = [],
): PdzError {
  const text = message.render(params);
  return new PdzError({ code: message.code, message: text.en, messageIt: text.it, path });
}

/**
 * The same error with its path placed under a prefix (the index of the item of a list being read, for example).
 * @internal
 */
export function withPathPrefix(error: PdzError, prefix: ErrorPath): PdzError {
  return new PdzError({
    code: error.code,
    message: error.message,
    messageIt: error.messageIt,
    path: [...prefix, ...error.path],
    issues: error.issues,
  });
}

/**
 * Runs a reader whose error paths are relative to one part of the input, placing the path of any PdzError it throws
 * under `prefix`.
 * @internal
 */
export function underPath<T>(prefix: ErrorPath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, prefix) : error;
  }
}

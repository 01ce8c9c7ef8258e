import type { Labels } from "./labels.js";

/**
 * How serious a finding is: an `error` is a figure or fact that is wrong (a total that does not add up, a grade that
 * cannot be reproduced, a required field left blank); a `warning` is doubtful or inconsistently expressed; an `info`
 * is worth knowing but not wrong (a figure that cannot be recomputed from what is printed).
 * @category Core
 */
export type FindingSeverity = "error" | "warning" | "info";

/**
 * One entry of the library's table of messages: a stable code and the function that renders its text in both
 * languages from its parameters. Errors (thrown as {@link PdzError} or reported as validation issues) have no
 * severity; findings of the checks have one, fixed per code.
 *
 * Each module's entries live in `src/core/messages/<module>.ts`, one exported constant per code, so that a bundle
 * carries only the messages of the functions it imports. `docs/errors.md` is generated from these files.
 * @category Core
 */
export interface Message<Code extends string = string, Params = Record<string, never>> {
  readonly code: Code;
  readonly render: (params: Params) => Labels;
}

/**
 * A {@link Message} of a check's finding, with its severity.
 * @category Core
 */
export interface FindingMessage<Code extends string = string, Params = Record<string, never>> extends Message<
  Code,
  Params
> {
  readonly severity: FindingSeverity;
}

/** The codes of the error messages of a table module (its exports without a severity). @internal */
export type ErrorCodesOf<Table> = {
  [K in keyof Table]: Table[K] extends { readonly severity: string }
    ? never
    : Table[K] extends Message<infer Code, never>
      ? Code
      : never;
}[keyof Table];

/** The codes of the finding messages of a table module. @internal */
export type FindingCodesOf<Table> = {
  [K in keyof Table]: Table[K] extends FindingMessage<infer Code, never> ? Code : never;
}[keyof Table];

import { codeOf } from "../error-code.js";

/** The code of the PdzError a call throws (see ../error-code.ts). */
export const errorCode = codeOf;

/** Like {@link errorCode}, with the error's path: `"zero_denominator@aged0to14"`. */
export function errorCodeAt(thunk: () => unknown): string | undefined {
  return codeOf(thunk, true);
}

import { isPdzError } from "../../src/core/error.js";

/** The code of the PdzError a call throws (with its path after "@" when asked), or undefined if it returns. */
export function errorCode(thunk: () => unknown, withPath = false): string | undefined {
  try {
    thunk();
  } catch (error) {
    if (!isPdzError(error)) return "not a PdzError";
    return withPath ? `${error.code}@${error.path.join(".")}` : error.code;
  }
  return undefined;
}

/** Like {@link errorCode}, with the error's path: `"zero_denominator@aged0to14"`. */
export function errorCodeAt(thunk: () => unknown): string | undefined {
  return errorCode(thunk, true);
}

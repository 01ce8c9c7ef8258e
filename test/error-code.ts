import { isPdzError } from "../src/core/error.js";

/**
 * The code of the PdzError a call throws (with its path after "@" when asked), "not a PdzError" for any other
 * throw, or undefined when the call returns.
 */
export function codeOf(thunk: () => unknown, withPath = false): string | undefined {
  try {
    thunk();
  } catch (error) {
    if (!isPdzError(error)) return "not a PdzError";
    return withPath ? `${error.code}@${error.path.join(".")}` : error.code;
  }
  return undefined;
}

import { isPdzError } from "../../src/core/error.js";

/** The code of the PdzError a call throws, "not a PdzError" for any other throw, or undefined if it returns. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isPdzError(error) ? error.code : "not a PdzError";
  }
  return undefined;
}

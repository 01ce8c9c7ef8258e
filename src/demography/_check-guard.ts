// Checks never throw: whatever they are given, what they cannot read becomes a finding.
import { isPdzError, type ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as M from "../core/messages/demography.js";
import { readErrorPath } from "./_error-path.js";

/** The finding that reports an input a check could not read, at the error's path under `prefix`. */
export function unreadableFinding(error: unknown, prefix: ErrorPath): Finding {
  if (isPdzError(error)) {
    return createFinding(
      M.unreadable_demographic_input,
      { reason: { en: error.message, it: error.messageIt } },
      { path: [...prefix, ...error.path] },
    );
  }
  return createFinding(
    M.unreadable_demographic_input,
    { reason: { en: "reading it raised an error", it: "la lettura ha generato un errore" } },
    { path: prefix },
  );
}

/**
 * Runs a check with its `path` argument read: anything it throws (its input is not what it checks, a getter throws,
 * a proxy refuses) is returned as one {@link unreadableFinding} instead.
 */
export function neverThrows(path: unknown, check: (at: ErrorPath) => Finding[]): Finding[] {
  let at: ErrorPath = [];
  try {
    at = readErrorPath(path);
    return check(at);
  } catch (error) {
    return [unreadableFinding(error, at)];
  }
}

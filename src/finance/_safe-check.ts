// The finance checks never throw: what they cannot read becomes a finding, `uncheckable_input`, at the place it
// could not be read, and the rest is checked as far as it can be.
import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/finance.js";
import { readCount, readList, readText } from "../core/read-input.js";

const A_PATH: Labels = { it: "un percorso (chiavi e indici)", en: "a path (keys and indices)" };

/** A path prefixed to findings is a location, not data: it has at most this many keys and indices. */
const MAX_PATH_LENGTH = 100;

/**
 * The `path` argument of a check: absent, or a list of at most 100 keys (text) and indices (whole numbers ≥ 0).
 * @throws {@link PdzError} `invalid_type`, `too_many_items`, `text_too_long`, `invalid_count`, `unreadable_field`
 */
export function readCheckPath(value: unknown): ErrorPath {
  if (value === undefined) return [];
  return readList(value, ["path"], MAX_PATH_LENGTH).map((key, index) => {
    if (typeof key === "string") return readText(key, ["path", index]);
    if (typeof key === "number") return readCount(key, ["path", index]);
    throw pdzError(C.invalid_type, { expected: A_PATH }, ["path", index]);
  });
}

/** The finding that reports what a check could not read: the error's message, at the error's path. */
export function uncheckable(error: unknown): Finding {
  const known = error instanceof PdzError ? error : pdzError(C.unreadable_field, {}, []);
  return createFinding(
    M.uncheckable_input,
    { reason: { en: known.message, it: known.messageIt } },
    { path: known.path, stated: null, computed: null },
  );
}

/** Runs a check; anything it throws becomes one `uncheckable_input` finding. */
export function safeCheck(check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch (error) {
    return [uncheckable(error)];
  }
}

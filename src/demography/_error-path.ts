import { pdzError, type ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/core.js";
import { readList } from "../core/read-input.js";

const A_PATH: Labels = {
  it: "un percorso (elenco di chiavi e posizioni)",
  en: "a path (a list of keys and positions)",
};
/** A path is at most this long: deeper than any document the library reads. */
const MAX_PATH_LENGTH = 1000;

/**
 * The `path` argument of a function (where its input sits in the caller's data): absent reads as `[]`; otherwise a
 * list of keys (strings) and positions (numbers), copied, or `invalid_type`.
 */
export function readErrorPath(value: unknown, at: ErrorPath = ["path"]): ErrorPath {
  if (value === undefined) return [];
  const items = readList(value, at, MAX_PATH_LENGTH);
  for (const item of items) {
    if (typeof item !== "string" && (typeof item !== "number" || !Number.isFinite(item))) {
      throw pdzError(M.invalid_type, { expected: A_PATH }, at);
    }
  }
  return items as (string | number)[];
}

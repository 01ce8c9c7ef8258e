// Paths given by the caller (a position to report errors at, a prefix for findings), read from untrusted input.
import { pdzError, type ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import { ownField, readList, type InputRecord } from "../core/read-input.js";

const A_PATH: Labels = {
  it: "un percorso (un elenco di chiavi e indici)",
  en: "a path (a list of keys and indices)",
};

/** The longest path prefix an option may give. */
const MAX_PATH_LENGTH = 1_000;

/**
 * A path given by the caller (a list of object keys and array indices), or `invalid_type`. `undefined` is `[]`.
 * @internal
 */
export function readErrorPath(value: unknown, at: ErrorPath): ErrorPath {
  if (value === undefined) return [];
  const keys = readList(value, at, MAX_PATH_LENGTH);
  for (const key of keys) {
    if (typeof key !== "string" && !(typeof key === "number" && Number.isSafeInteger(key) && key >= 0)) {
      throw pdzError(C.invalid_type, { expected: A_PATH }, at);
    }
  }
  return keys as (string | number)[];
}

/** The `path` option of a record (a prefix for findings' paths): `[]` when absent, or `invalid_type`. @internal */
export function readPathOption(record: InputRecord, path: ErrorPath): ErrorPath {
  return readErrorPath(ownField(record, "path", path), [...path, "path"]);
}

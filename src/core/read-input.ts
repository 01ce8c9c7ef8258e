// Reading untrusted input. Every public function may be handed any JavaScript value (null, a number where an object
// is expected, arrays with holes, objects whose getters throw, proxies, frozen objects, huge strings): these readers
// turn each into the value the function needs or into a PdzError with a documented code, and they read only own
// properties, so nothing on a prototype (polluted or not) is ever taken for data.
import { pdzError, type ErrorPath } from "./error.js";
import type { Labels } from "./labels.js";
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "./limits.js";
import * as M from "./messages/core.js";

const AN_OBJECT: Labels = { it: "un oggetto", en: "an object" };
const A_LIST: Labels = { it: "un elenco", en: "a list" };
const A_TEXT: Labels = { it: "un testo", en: "text" };
const A_BOOLEAN: Labels = { it: "sì/no (true/false)", en: "true or false" };

/** A plain record to read fields from (not null, not an array). @internal */
export type InputRecord = object;

/** The value as a record whose own fields can be read, or `invalid_type`. @internal */
export function readRecord(value: unknown, path: ErrorPath = []): InputRecord {
  if (typeof value !== "object" || value === null || isList(value, path)) {
    throw pdzError(M.invalid_type, { expected: AN_OBJECT }, path);
  }
  return value;
}

function isList(value: object, path: ErrorPath): boolean {
  try {
    return Array.isArray(value);
  } catch {
    // Array.isArray throws only on a revoked proxy.
    throw pdzError(M.unreadable_field, {}, path);
  }
}

/**
 * An own field of a record, or `undefined` when the record has no such own field. Inherited properties are never
 * read; a getter that throws becomes `unreadable_field`.
 * @internal
 */
export function ownField(record: InputRecord, key: string, path: ErrorPath = []): unknown {
  try {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return undefined;
    return (record as Record<string, unknown>)[key];
  } catch {
    throw pdzError(M.unreadable_field, {}, [...path, key]);
  }
}

/** An own field that must be present (not `undefined`), or `required_field`. @internal */
export function requiredField(record: InputRecord, key: string, path: ErrorPath = []): unknown {
  const value = ownField(record, key, path);
  if (value === undefined) throw pdzError(M.required_field, {}, [...path, key]);
  return value;
}

/**
 * The items of a list, copied into a fresh array (holes read as `undefined`), or `invalid_type` / `too_many_items`.
 * @internal
 */
export function readList(
  value: unknown,
  path: ErrorPath = [],
  maxLength: number = MAX_LIST_LENGTH,
): unknown[] {
  if (typeof value !== "object" || value === null || !isList(value, path)) {
    throw pdzError(M.invalid_type, { expected: A_LIST }, path);
  }
  let length: number;
  try {
    length = (value as unknown[]).length;
  } catch {
    throw pdzError(M.unreadable_field, {}, path);
  }
  if (length > maxLength) throw pdzError(M.too_many_items, { max: maxLength.toLocaleString("en") }, path);
  const items = new Array<unknown>(length);
  try {
    for (let index = 0; index < length; index += 1) items[index] = (value as unknown[])[index];
  } catch {
    throw pdzError(M.unreadable_field, {}, path);
  }
  return items;
}

/** A string of at most `maxLength` characters, or `invalid_type` / `text_too_long`. @internal */
export function readText(value: unknown, path: ErrorPath = [], maxLength: number = MAX_TEXT_LENGTH): string {
  if (typeof value !== "string") throw pdzError(M.invalid_type, { expected: A_TEXT }, path);
  if (value.length > maxLength)
    throw pdzError(M.text_too_long, { max: maxLength.toLocaleString("en") }, path);
  return value;
}

/** A boolean, or `invalid_type`. @internal */
export function readBoolean(value: unknown, path: ErrorPath = []): boolean {
  if (typeof value !== "boolean") throw pdzError(M.invalid_type, { expected: A_BOOLEAN }, path);
  return value;
}

/** A count: a safe whole number ≥ 0, or `invalid_count`. @internal */
export function readCount(value: unknown, path: ErrorPath = []): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw pdzError(M.invalid_count, {}, path);
  }
  return value;
}

/** One of a fixed list of options (an enumerated option of a function), or `invalid_option`. @internal */
export function readOption<const T extends string>(
  value: unknown,
  options: readonly T[],
  path: ErrorPath = [],
): T {
  if (typeof value !== "string" || !(options as readonly string[]).includes(value)) {
    throw pdzError(M.invalid_option, { options: options.map((option) => `"${option}"`).join(", ") }, path);
  }
  return value as T;
}

/**
 * The options object of a function: `undefined` reads as no options; anything else must be a record.
 * @internal
 */
export function readOptions(value: unknown, path: ErrorPath = []): InputRecord {
  return value === undefined ? {} : readRecord(value, path);
}

/**
 * A keyed collection given either as a `Map` or as a record: a lookup of one key, through `Map.prototype.get` for a
 * Map (a subclass or a proxy cannot substitute its own `get`) and as an own field for a record. `invalid_type` (with
 * `expected`) for a value that is neither; `unreadable_field` when asking the value or a key throws.
 * @internal
 */
export function readKeyed(
  value: unknown,
  path: ErrorPath = [],
  expected: Labels = AN_OBJECT,
): (key: string) => unknown {
  if (typeof value !== "object" || value === null) throw pdzError(M.invalid_type, { expected }, path);
  const record = readRecord(value, path);
  let isMap: boolean;
  try {
    // `instanceof` asks a proxy for its prototype, which may throw.
    isMap = record instanceof Map;
  } catch {
    throw pdzError(M.unreadable_field, {}, path);
  }
  if (!isMap) return (key) => ownField(record, key, path);
  const map = record as ReadonlyMap<unknown, unknown>;
  return (key) => {
    try {
      return Map.prototype.get.call(map, key) as unknown;
    } catch {
      throw pdzError(M.unreadable_field, {}, [...path, key]);
    }
  };
}

// A copy of untrusted input that holds only its own data. zod reads an object's fields with `input[key]`, which
// follows the prototype chain: a field planted on Object.prototype (prototype pollution, or a class with defaults)
// would be taken for data. The copy has null-prototype records and dense arrays, so that every schema sees exactly
// the fields the caller wrote, and a getter or proxy that throws is reported once, with its path.
import { Dec } from "./decimal.js";
import { pdzError, type ErrorPath } from "./error.js";
import { LIMITS } from "./limits.js";
import * as M from "./messages/core.js";

/**
 * A copy of `value` made of its own enumerable data: objects become null-prototype records of their own
 * enumerable string keys (a `Date` or a class instance too: its prototype's properties are not its fields), arrays
 * become dense arrays (a hole reads as `undefined`), and primitives, functions and `Decimal`s are kept as they are. Throws
 * `unreadable_field` when reading a field throws, `too_many_items` for a list over {@link LIMITS}, and
 * `too_deeply_nested` for nesting deeper than `LIMITS.maxNestingDepth` or a value that contains itself.
 * @internal
 */
export function ownSnapshot(value: unknown): unknown {
  return copy(value, null, 0, new Set<object>());
}

/**
 * {@link ownSnapshot} of data that a schema has already validated, keeping its type: what the computations read, so
 * that an optional field left out is never read from Object.prototype.
 * @internal
 */
export function ownData<T>(value: T): T {
  return ownSnapshot(value) as T;
}

/** Where a value sits, built into an ErrorPath only when an error needs it (copying a long list stays cheap). */
interface Place {
  readonly parent: Place | null;
  readonly key: string | number;
}

function pathOf(place: Place | null): ErrorPath {
  const path: (string | number)[] = [];
  for (let at = place; at !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

function copy(value: unknown, place: Place | null, depth: number, ancestors: Set<object>): unknown {
  if (typeof value !== "object" || value === null) return value;
  const kind = kindOf(value, place);
  if (kind === "other") return value;
  if (depth >= LIMITS.maxNestingDepth || ancestors.has(value)) {
    throw pdzError(M.too_deeply_nested, { max: String(LIMITS.maxNestingDepth) }, pathOf(place));
  }
  ancestors.add(value);
  try {
    return kind === "array"
      ? copyArray(value as unknown[], place, depth, ancestors)
      : copyRecord(value, place, depth, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function kindOf(value: object, place: Place | null): "array" | "record" | "other" {
  try {
    if (Array.isArray(value)) return "array";
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return "record";
    // A Decimal is a value, read by the decimal readers; any other object (a Date, a Map, a class instance) is read
    // as the record of its own fields, so that its prototype's properties are never taken for fields either.
    return Dec.isDecimal(value) ? "other" : "record";
  } catch {
    // Only a proxy throws here (a revoked one, or a trap that throws).
    throw pdzError(M.unreadable_field, {}, pathOf(place));
  }
}

function copyArray(array: unknown[], place: Place | null, depth: number, ancestors: Set<object>): unknown[] {
  let length: number;
  try {
    length = array.length;
  } catch {
    throw pdzError(M.unreadable_field, {}, pathOf(place));
  }
  if (length > LIMITS.maxListLength) {
    throw pdzError(M.too_many_items, { max: LIMITS.maxListLength.toLocaleString("en") }, pathOf(place));
  }
  const items = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) {
    const item = readOwn(array, index, place);
    items[index] =
      typeof item === "object" && item !== null
        ? copy(item, { parent: place, key: index }, depth + 1, ancestors)
        : item;
  }
  return items;
}

function copyRecord(
  record: object,
  place: Place | null,
  depth: number,
  ancestors: Set<object>,
): Record<string, unknown> {
  let keys: string[];
  try {
    keys = Object.keys(record);
  } catch {
    throw pdzError(M.unreadable_field, {}, pathOf(place));
  }
  const result = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    result[key] = copy(readOwn(record, key, place), { parent: place, key }, depth + 1, ancestors);
  }
  return result;
}

function readOwn(container: object, key: string | number, place: Place | null): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(container, key)
      ? (container as Record<string | number, unknown>)[key]
      : undefined;
  } catch {
    throw pdzError(M.unreadable_field, {}, [...pathOf(place), key]);
  }
}

// Reading arrays of counts (single-year counts, batches) from untrusted input.
import { isPdzError, pdzError, type ErrorPath, type PdzError } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { LIMITS } from "../core/limits.js";
import * as core from "../core/messages/core.js";
import { ownField, readCount } from "../core/read-input.js";
import { MAX_COUNT } from "./_structure-data.js";

const COUNTS: Labels = { it: "un elenco di conteggi", en: "a list of counts" };

/** Tells whether a value is a count: a whole number from 0 to 2^53 − 1. */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= MAX_COUNT && Math.floor(value) === value;
}

/**
 * Tells whether a value is not a count, fast in the common case: a whole number below 2^32 passes one comparison,
 * any other value is judged in full.
 */
export function isInvalidCount(value: unknown): boolean {
  return typeof value !== "number" || (value >>> 0 !== value && !isCount(value));
}

/** The error for a value that is not a count. */
export function notACount(path: ErrorPath): PdzError {
  return pdzError(core.invalid_count, {}, path);
}

/** What a loop over untrusted elements throws: its own PdzError, or `unreadable_field` for a getter or trap's error. */
export function unreadable(error: unknown, path: ErrorPath): PdzError {
  return isPdzError(error) ? error : pdzError(core.unreadable_field, {}, path);
}

/** Runs a read of untrusted elements: a getter or proxy trap that throws becomes `unreadable_field`. */
export function readingElements<T>(path: ErrorPath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(error, path);
  }
}

/** Tells whether a value is a typed array (not a DataView). */
export function isTypedArray(value: object): value is ArrayLike<unknown> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** A list of counts to read, with its length read once. */
export interface CountList {
  readonly items: ArrayLike<unknown>;
  readonly length: number;
}

/**
 * The elements of a list of counts, to be read in place: an array or a typed array as it is (its elements are read
 * once, during the call, and validated as they are read); any other array-like object is copied from its own
 * properties. `invalid_type` for anything else, `too_many_items` beyond {@link LIMITS}.
 */
export function countList(value: unknown, path: ErrorPath): CountList {
  if (typeof value !== "object" || value === null)
    throw pdzError(core.invalid_type, { expected: COUNTS }, path);
  let length: number | undefined;
  try {
    if (Array.isArray(value) || isTypedArray(value)) length = (value as ArrayLike<unknown>).length;
  } catch (error) {
    throw unreadable(error, path);
  }
  if (length !== undefined) {
    if (length > LIMITS.maxListLength) {
      throw pdzError(core.too_many_items, { max: LIMITS.maxListLength.toLocaleString("en") }, path);
    }
    return { items: value as ArrayLike<unknown>, length };
  }
  const own = ownField(value, "length", path);
  if (own === undefined) throw pdzError(core.invalid_type, { expected: COUNTS }, path);
  const count = readCount(own, [...path, "length"]);
  if (count > LIMITS.maxListLength) {
    throw pdzError(core.too_many_items, { max: LIMITS.maxListLength.toLocaleString("en") }, path);
  }
  const copy = new Array<unknown>(count);
  for (let index = 0; index < count; index++) copy[index] = ownField(value, String(index), path);
  return { items: copy, length: count };
}

import type { Decimal } from "decimal.js";

/**
 * A type whose every nested property is read-only. Decimal values are left as they are: they are immutable
 * already (every operation returns a new value), and their internals are not part of the data.
 * @internal
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends Decimal
    ? T
    : T extends readonly (infer U)[]
      ? readonly DeepReadonly<U>[]
      : T extends object
        ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
        : T;

/**
 * Freezes a value and everything reachable from it, so reference data cannot be changed by accident.
 * Returns the same value, now frozen.
 *
 * @param value - the value to freeze
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (isUnfrozenObject(value)) freezeTree(value);
  return value as DeepReadonly<T>;
}

function isUnfrozenObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Object.isFrozen(value);
}

// The catalogues freeze about a thousand objects at import: an array is walked by index (its keys would be made
// into strings) and only objects are visited, which halves the time the walk costs.
function freezeTree(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (isUnfrozenObject(item)) freezeTree(item);
    }
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    const item: unknown = (value as Record<PropertyKey, unknown>)[key];
    if (isUnfrozenObject(item)) freezeTree(item);
  }
}

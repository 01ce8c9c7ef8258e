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

// The catalogues freeze about a thousand objects at import. `Object.values` reads an object's or an array's fields in
// one call, where a walk of its keys looked each one up: the walk cost more than the freezing (2.5 ms of a cold
// import, now 0.5 ms). The data frozen here is made of literals, whose fields are all enumerable string keys.
function freezeTree(value: object): void {
  Object.freeze(value);
  for (const item of Object.values(value)) {
    if (isUnfrozenObject(item)) freezeTree(item);
  }
}

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
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}

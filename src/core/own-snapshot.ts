// Copies and views of untrusted input that hold only its own data. zod reads an object's fields with `input[key]`,
// which follows the prototype chain: a field planted on Object.prototype (prototype pollution, or a class with
// defaults) would be taken for data. The copy's records have no Object.prototype in their chain, its arrays are
// dense, so every schema sees exactly the fields the caller wrote, and a getter or proxy that throws is reported
// once, with its path.
import { Dec } from "./decimal.js";
import { PdzError, pdzError, type ErrorPath } from "./error.js";
import { LIMITS } from "./limits.js";
import { standInFor } from "./decimal-stand-in.js";
import * as M from "./messages/core.js";

// The records of a copy: ordinary (fast) objects whose prototype is an empty object with no prototype, so a field
// they lack reads as undefined. Nothing is ever added to OWN_RECORD_PROTOTYPE.
const OWN_RECORD_PROTOTYPE: object = /* @__PURE__ */ Object.freeze(Object.create(null) as object);
function newRecord(): Record<string, unknown> {
  return Object.create(OWN_RECORD_PROTOTYPE) as Record<string, unknown>;
}

// A plain record's prototype: Object.prototype, none, or that of a record of a copy.
function isRecordPrototype(prototype: unknown): boolean {
  return prototype === Object.prototype || prototype === null || prototype === OWN_RECORD_PROTOTYPE;
}

/**
 * A copy of `value` made of its own enumerable data: objects become records of their own enumerable string keys
 * without Object.prototype in their chain (a `Date` or a class instance too: its prototype's properties are not its
 * fields), a field whose value is `undefined` is left out (as JSON would), arrays become dense arrays (a hole reads
 * as `undefined`), a `Decimal` becomes a stand-in that only the decimal readers read (decimal-stand-in.ts), and
 * primitives and functions are kept. An object met twice is copied once. Throws `unreadable_field` when reading a
 * field throws, `too_many_items` for a list over {@link LIMITS}, and `too_deeply_nested` for nesting deeper than
 * `LIMITS.maxNestingDepth` or a value that contains itself. Linear in the size of the value.
 * @internal
 */
export function ownSnapshot(value: unknown): unknown {
  return new Copier("stand-in").copy(value);
}

/**
 * {@link ownSnapshot} of data that a schema has already validated, keeping its type and its Decimals: what the
 * computations read, so that an optional field left out is never read from Object.prototype.
 * @internal
 */
export function ownData<T>(value: T): T {
  return new Copier("keep").copy(value) as T;
}

/**
 * A copy of data read with {@link ownData} made of ordinary objects again, for a result handed back to the caller
 * (whose records must print and serialise as plain objects). Decimals are kept.
 * @internal
 */
export function plainData<T>(value: T): T {
  return new Copier("keep", "plain").copy(value) as T;
}

// How ownView reads: own fields only (a list also keeps its methods).
const VIEW_HANDLER: ProxyHandler<object> = {
  get(target, key): unknown {
    if (Object.prototype.hasOwnProperty.call(target, key)) {
      return ownView((target as Record<PropertyKey, unknown>)[key]);
    }
    // A list keeps its methods (forEach, map; its length is own); a record has nothing but its own fields.
    return Array.isArray(target) ? (Reflect.get(target, key) as unknown) : undefined;
  },
  has(target, key) {
    return Object.prototype.hasOwnProperty.call(target, key) || (Array.isArray(target) && key in target);
  },
};

/**
 * A read-only view of validated data in which only own fields exist: reading a field the object does not have gives
 * `undefined`, never a value inherited from Object.prototype. Lists keep their methods. Nested objects are viewed
 * as they are read, so the cost is that of the reads, not of the data's size. Values that are not plain records or
 * lists (a `Decimal`) are returned as they are.
 * @internal
 */
export function ownView<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const plain = Array.isArray(value) || isRecordPrototype(Object.getPrototypeOf(value));
  return plain ? (new Proxy(value, VIEW_HANDLER) as T) : value;
}

const IN_PROGRESS = Symbol("in progress");

class Copier {
  // Each object's copy (an object met twice is copied once), or IN_PROGRESS while its fields are being copied.
  private readonly copies = new Map<object, unknown>();
  // The keys from the root to the value being copied: an error's path.
  private readonly path: (string | number)[] = [];

  private readonly decimals: "stand-in" | "keep";
  private readonly records: "own" | "plain";

  constructor(decimals: "stand-in" | "keep", records: "own" | "plain" = "own") {
    this.decimals = decimals;
    this.records = records;
  }

  copy(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const known = this.copies.get(value);
    if (known === IN_PROGRESS) this.fail(M.too_deeply_nested);
    if (known !== undefined) return known;
    const kind = this.kindOf(value);
    if (kind === "decimal") return this.decimal(value);
    if (this.path.length >= LIMITS.maxNestingDepth) this.fail(M.too_deeply_nested);
    this.copies.set(value, IN_PROGRESS);
    const result = kind === "array" ? this.array(value as unknown[]) : this.record(value);
    this.copies.set(value, result);
    return result;
  }

  private decimal(value: object): object {
    if (this.decimals === "keep") return value;
    const token = standInFor(value, newRecord());
    this.copies.set(value, token);
    return token;
  }

  private kindOf(value: object): "array" | "record" | "decimal" {
    try {
      if (Array.isArray(value)) return "array";
      if (isRecordPrototype(Object.getPrototypeOf(value))) return "record";
      return Dec.isDecimal(value) ? "decimal" : "record";
    } catch {
      // Only a proxy throws here (a revoked one, or a trap that throws).
      return this.fail(M.unreadable_field);
    }
  }

  private array(array: unknown[]): unknown[] {
    let length = 0;
    try {
      length = array.length;
    } catch {
      this.fail(M.unreadable_field);
    }
    if (length > LIMITS.maxListLength) {
      throw pdzError(M.too_many_items, { max: LIMITS.maxListLength.toLocaleString("en") }, [...this.path]);
    }
    const items = new Array<unknown>(length);
    for (let index = 0; index < length; index += 1) {
      this.path.push(index);
      const item = this.read(array, index);
      items[index] = typeof item === "object" && item !== null ? this.copy(item) : item;
      this.path.pop();
    }
    return items;
  }

  private record(record: object): Record<string, unknown> {
    const result: Record<string, unknown> = this.records === "own" ? newRecord() : {};
    let keys: string[] = [];
    let index = 0;
    try {
      keys = Object.keys(record);
      // Object.keys gives own keys only: reading them reads nothing inherited.
      for (; index < keys.length; index += 1) {
        const key = keys[index] as string;
        const value = (record as Record<string, unknown>)[key];
        if (value === undefined) continue;
        let copied: unknown = value;
        if (typeof value === "object" && value !== null) {
          this.path.push(key);
          copied = this.copy(value);
          this.path.pop();
        }
        // "__proto__" is data here: defined, never assigned (assigning it to a plain object would set its prototype).
        if (key === "__proto__") {
          Object.defineProperty(result, key, {
            value: copied,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          result[key] = copied;
        }
      }
    } catch (error) {
      if (error instanceof PdzError) throw error;
      // A getter or a proxy trap threw: the path ends at the field being read.
      if (index < keys.length) this.path.push(keys[index] as string);
      this.fail(M.unreadable_field);
    }
    return result;
  }

  private read(container: object, key: string | number): unknown {
    try {
      return Object.prototype.hasOwnProperty.call(container, key)
        ? (container as Record<string | number, unknown>)[key]
        : undefined;
    } catch {
      return this.fail(M.unreadable_field);
    }
  }

  private fail(message: typeof M.unreadable_field | typeof M.too_deeply_nested): never {
    const path: ErrorPath = [...this.path];
    throw message === M.too_deeply_nested
      ? pdzError(M.too_deeply_nested, { max: String(LIMITS.maxNestingDepth) }, path)
      : pdzError(M.unreadable_field, {}, path);
  }
}

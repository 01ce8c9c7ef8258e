// Walking the object graphs of a call's input and result without trusting them: proxies are never looked into
// (their traps could throw or change state), getters are never invoked, cycles and huge sparse arrays are cheap.
import { types } from "node:util";
import { Decimal as DecimalJs } from "decimal.js";
import { isDecimalValue } from "./hostile.js";

const MAX_NODES = 200_000;

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function describeKey(key: PropertyKey): string {
  return typeof key === "symbol" ? `[${String(key.description)}]` : String(key);
}

// Objects proven deeply frozen (frozen, every own data property deeply frozen or primitive). A deeply frozen object
// cannot change, so snapshots skip it and results may share it. Datasets and catalogues are checked once.
const deeplyFrozen = new WeakSet<object>();

/** Whether nothing reachable from the value through own data properties can change. */
export function isDeeplyFrozen(value: unknown, visiting = new Set<object>()): boolean {
  if (!isObjectLike(value)) return true;
  if (deeplyFrozen.has(value)) return true;
  if (types.isProxy(value) || visiting.has(value)) return visiting.has(value);
  if (!Object.isFrozen(value)) return false;
  visiting.add(value);
  // decimal.js keeps its constructor as an own field of each instance; the constructor is the library's (it cannot
  // be reconfigured, and decimal.js changes its precision while it computes), not part of the value.
  const decimal = isDecimalValue(value);
  for (const key of Reflect.ownKeys(value)) {
    if (decimal && key === "constructor") continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor && !isDeeplyFrozen(descriptor.value, visiting))
      return false;
  }
  // A frozen class instance counts too: its private state, if any, is its class's to keep immutable.
  deeplyFrozen.add(value);
  return true;
}

interface SnapNode {
  readonly object: object;
  readonly proto: unknown;
  readonly extensible: boolean;
  readonly keys: readonly PropertyKey[];
  readonly descriptors: readonly PropertyDescriptor[];
}

/** The state of an input before a call: every object reachable through own data properties, with its fields. */
export interface Snapshot {
  readonly root: unknown;
  readonly nodes: Map<object, SnapNode>;
  /** Every object of the input, proxies included, deeply frozen ones excluded: what a result must not share. */
  readonly objects: Set<object>;
  readonly truncated: boolean;
}

function readNode(object: object): SnapNode {
  const keys = Reflect.ownKeys(object);
  return {
    object,
    proto: Object.getPrototypeOf(object),
    extensible: Object.isExtensible(object),
    keys,
    descriptors: keys.map((key) => Object.getOwnPropertyDescriptor(object, key) ?? {}),
  };
}

/** Records the input's graph. */
export function snapshot(root: unknown): Snapshot {
  const nodes = new Map<object, SnapNode>();
  const objects = new Set<object>();
  const stack: unknown[] = [root];
  let truncated = false;
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isObjectLike(value) || objects.has(value) || isDeeplyFrozen(value)) continue;
    objects.add(value);
    if (types.isProxy(value)) continue;
    if (nodes.size >= MAX_NODES) {
      truncated = true;
      continue;
    }
    const node = readNode(value);
    nodes.set(value, node);
    for (const descriptor of node.descriptors) {
      if ("value" in descriptor) stack.push(descriptor.value);
    }
  }
  return { root, nodes, objects, truncated };
}

/** The first difference between the input now and its snapshot, as a path and a description; null when none. */
export function findMutation(before: Snapshot): string | null {
  const queue: { value: unknown; path: string }[] = [{ value: before.root, path: "args" }];
  const visited = new Set<object>();
  for (let head = 0; head < queue.length; head += 1) {
    const { value, path } = queue[head] as { value: unknown; path: string };
    if (!isObjectLike(value) || visited.has(value)) continue;
    visited.add(value);
    const old = before.nodes.get(value);
    if (old === undefined) continue;
    const now = readNode(value);
    if (now.proto !== old.proto) return `${path}: prototype changed`;
    if (now.extensible !== old.extensible) return `${path}: extensibility changed`;
    if (now.keys.length !== old.keys.length || now.keys.some((key, index) => key !== old.keys[index])) {
      const added = now.keys.filter((key) => !old.keys.includes(key)).map(describeKey);
      const removed = old.keys.filter((key) => !now.keys.includes(key)).map(describeKey);
      return `${path}: keys changed (added [${added.join(", ")}], removed [${removed.join(", ")}])`;
    }
    for (let index = 0; index < now.keys.length; index += 1) {
      const key = now.keys[index] as PropertyKey;
      const a = old.descriptors[index] as PropertyDescriptor;
      const b = now.descriptors[index] as PropertyDescriptor;
      const where = `${path}.${describeKey(key)}`;
      if ("value" in a !== "value" in b) return `${where}: changed between data and accessor`;
      if ("value" in a) {
        if (!Object.is(a.value, b.value)) return `${where}: ${short(a.value)} became ${short(b.value)}`;
        queue.push({ value: b.value, path: where });
      } else if (a.get !== b.get || a.set !== b.set) return `${where}: accessor replaced`;
      if (a.writable !== b.writable || a.enumerable !== b.enumerable || a.configurable !== b.configurable) {
        return `${where}: attributes changed`;
      }
    }
  }
  return null;
}

/** A short printable form of a value for messages. */
export function short(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(
      value.length > 60 ? `${value.slice(0, 60)}…(${String(value.length)} chars)` : value,
    );
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "function") return "function";
  if (typeof value === "object" && value !== null) {
    if (types.isProxy(value)) return "Proxy";
    if (Array.isArray(value)) return `Array(${String(value.length)})`;
    if (isDecimalValue(value)) return `Decimal(${safeString(value)})`;
    try {
      const proto: unknown = Object.getPrototypeOf(value);
      const name =
        proto === null ? "null-prototype" : (proto as { constructor?: { name?: string } }).constructor?.name;
      return `${typeof name === "string" ? name : "Object"} {…}`;
    } catch {
      return "Object {…}";
    }
  }
  return String(value);
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "?";
  }
}

/** Strings reachable in an input (to tell a result that echoes its input from one that made up "NaN"). */
export function stringsOf(root: unknown, limit = 100_000): string[] {
  const found: string[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0 && found.length < limit) {
    const value = stack.pop();
    if (typeof value === "string") {
      found.push(value);
      continue;
    }
    // A NaN of the input may be echoed by a message ("unknown id: NaN"): that is not a NaN the library made.
    if (typeof value === "number" && !Number.isFinite(value)) {
      found.push(String(value));
      continue;
    }
    if (!isObjectLike(value) || seen.has(value) || types.isProxy(value)) continue;
    seen.add(value);
    if (DecimalJs.isDecimal(value)) {
      found.push(safeString(value));
      continue;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === "string") found.push(key);
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push(descriptor.value);
    }
  }
  return found;
}

/** Tokens that must not appear in a result unless the input carried them. */
export const NON_FINITE_TOKENS: readonly string[] = ["NaN", "Infinity", "∞"];

// "NaN" and "Infinity" as words ("isNaN" is a name, not a value); "∞" anywhere.
const NON_FINITE_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ["NaN", /(?<![A-Za-z])NaN(?![A-Za-z])/],
  ["Infinity", /(?<![A-Za-z])Infinity(?![A-Za-z])/],
  ["∞", /∞/],
];

export function nonFiniteTokenIn(text: string): string | undefined {
  return NON_FINITE_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A problem found in a result. */
export interface ResultProblem {
  readonly check:
    "non-finite-in-result" | "nan-text-in-result" | "undefined-in-result" | "not-json-safe" | "shares-input";
  readonly detail: string;
}

const PLAIN_PROTOS = new Set<unknown>([Object.prototype, Array.prototype, null]);

/**
 * Walks a result: numbers and Decimals finite, no "NaN"/"Infinity"/"∞" text that the input did not carry, no
 * `undefined` values (absent is `null`), nothing JSON cannot keep (Maps, functions, class instances without
 * `toJSON`), no mutable object shared with the input.
 */
export function inspectResult(
  result: unknown,
  input: Snapshot,
  inputStrings: () => readonly string[],
): ResultProblem[] {
  const problems: ResultProblem[] = [];
  const reported = new Set<string>();
  const report = (problem: ResultProblem): void => {
    if (reported.has(problem.check)) return;
    reported.add(problem.check);
    problems.push(problem);
  };
  let strings: readonly string[] | undefined;
  const queue: { value: unknown; path: string }[] = [{ value: result, path: "result" }];
  const seen = new Set<object>();
  let visited = 0;
  if (result === undefined)
    report({ check: "undefined-in-result", detail: "the function returned undefined" });
  for (let head = 0; head < queue.length && visited < MAX_NODES; head += 1) {
    const { value, path } = queue[head] as { value: unknown; path: string };
    visited += 1;
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        report({ check: "non-finite-in-result", detail: `${path} = ${String(value)}` });
      continue;
    }
    if (typeof value === "string") {
      const token = nonFiniteTokenIn(value);
      if (token !== undefined) {
        strings ??= inputStrings();
        if (!strings.some((text) => text.includes(token))) {
          report({ check: "nan-text-in-result", detail: `${path} = ${short(value)}` });
        }
      }
      continue;
    }
    if (typeof value === "bigint" || typeof value === "symbol") {
      report({ check: "not-json-safe", detail: `${path} is a ${typeof value}` });
      continue;
    }
    if (typeof value === "function") {
      report({ check: "not-json-safe", detail: `${path} is a function (JSON drops it)` });
      continue;
    }
    if (!isObjectLike(value) || seen.has(value)) continue;
    seen.add(value);
    if (input.objects.has(value) && !isDeeplyFrozen(value) && !isDecimalValue(value)) {
      report({ check: "shares-input", detail: `${path} is ${short(value)} from the input` });
    }
    if (types.isProxy(value)) continue;
    if (DecimalJs.isDecimal(value)) {
      const decimal = value;
      if (!decimal.isFinite())
        report({ check: "non-finite-in-result", detail: `${path} = Decimal(${decimal.toString()})` });
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (
      value instanceof Map ||
      value instanceof Set ||
      value instanceof WeakMap ||
      value instanceof WeakSet
    ) {
      report({ check: "not-json-safe", detail: `${path} is a ${value.constructor.name} (JSON prints {})` });
      continue;
    }
    if (!PLAIN_PROTOS.has(proto)) {
      let toJSON: unknown;
      try {
        toJSON = (value as { toJSON?: unknown }).toJSON;
      } catch (error) {
        report({ check: "not-json-safe", detail: `${path}.toJSON could not be read: ${short(error)}` });
        continue;
      }
      if (typeof toJSON !== "function") {
        report({
          check: "not-json-safe",
          detail: `${path} is a ${short(value)} without toJSON (JSON keeps only its own fields)`,
        });
      } else {
        try {
          queue.push({ value: (toJSON as () => unknown).call(value), path: `${path}.toJSON()` });
        } catch (error) {
          report({ check: "not-json-safe", detail: `${path}.toJSON() threw ${short(error)}` });
        }
      }
      // Own fields of a class instance are walked too (they may still share input objects).
    }
    // A list longer than the walk's budget is walked through its first items (a result of millions of parts);
    // its holes are still counted below.
    const huge = Array.isArray(value) && value.length > MAX_NODES;
    const keys = huge
      ? Array.from({ length: MAX_NODES }, (_, index) => String(index))
      : Reflect.ownKeys(value);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !("value" in descriptor)) continue;
      if (Array.isArray(value) && key === "length") continue;
      const where = `${path}.${describeKey(key)}`;
      if (descriptor.enumerable === true && descriptor.value === undefined && typeof key === "string") {
        report({
          check: "undefined-in-result",
          detail: `${where} is undefined (JSON drops it; absent must be null)`,
        });
      }
      if (descriptor.enumerable === true) queue.push({ value: descriptor.value, path: where });
    }
    if (Array.isArray(value)) {
      const length = value.length;
      const own = Object.keys(value).length;
      if (own < length)
        report({ check: "undefined-in-result", detail: `${path} has ${String(length - own)} holes` });
    }
  }
  try {
    JSON.stringify(result);
  } catch (error) {
    report({
      check: "not-json-safe",
      detail: `JSON.stringify threw ${error instanceof Error ? `${error.name}: ${error.message}` : short(error)}`,
    });
  }
  return problems;
}

/** The state of the builtin prototypes that a call must leave alone. */
export interface PrototypeState {
  readonly entries: readonly (readonly [object, string, readonly PropertyKey[]])[];
}

const GUARDED: readonly (readonly [object, string])[] = [
  [Object.prototype, "Object.prototype"],
  [Array.prototype, "Array.prototype"],
  [Function.prototype, "Function.prototype"],
  [String.prototype, "String.prototype"],
  [Number.prototype, "Number.prototype"],
];

export function prototypeState(): PrototypeState {
  return { entries: GUARDED.map(([object, name]) => [object, name, Reflect.ownKeys(object)] as const) };
}

/** Keys added to the builtin prototypes since the state was taken (they are removed again), or null. */
export function prototypePollution(before: PrototypeState): string | null {
  const found: string[] = [];
  for (const [object, name, keys] of before.entries) {
    for (const key of Reflect.ownKeys(object)) {
      if (!keys.includes(key)) {
        found.push(`${name}.${describeKey(key)}`);
        Reflect.deleteProperty(object, key);
      }
    }
  }
  return found.length === 0 ? null : found.join(", ");
}

/** A stable text of an outcome, to compare two calls: the result's JSON, or the error's code and path. */
export function fingerprint(
  outcome: { threw: boolean; value: unknown },
  isPdzError: (value: unknown) => boolean,
): string {
  if (outcome.threw) {
    const error = outcome.value;
    if (isPdzError(error)) {
      const { code, path } = error as { code: string; path: readonly unknown[] };
      try {
        if (path.length > 1_000) return `throw ${code} @(a path of ${String(path.length)} items)`;
        return `throw ${code} @${path.map(String).join(".")}`;
      } catch {
        return `throw ${code} @(unprintable path)`;
      }
    }
    return `throw ${error instanceof Error ? error.name : typeof error}`;
  }
  try {
    const json = JSON.stringify(outcome.value, (_key, value: unknown) =>
      typeof value === "bigint" ? `${value.toString()}n` : value === undefined ? "(undefined)" : value,
    ) as string | undefined;
    return `return ${json ?? "undefined"}`;
  } catch {
    return "return (unserialisable)";
  }
}

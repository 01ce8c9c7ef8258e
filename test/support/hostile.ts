// Hostile values for the fuzz suite and the bad-input matrix, described as specs.
//
// A spec is plain data (primitives, arrays, plain objects) plus `Make` nodes for what plain data cannot hold
// (proxies, throwing getters, 1 MB strings, Decimals, sparse arrays, …). A spec is built into a fresh value right
// before each call, so a value that a call mutated or a proxy that a call revoked never leaks into the next call,
// and a counterexample prints as short, replayable text (`fc.stringify` uses `Make`'s own printer).
import { types } from "node:util";
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { Decimal } from "../../src/core/decimal.js";
import { PdzError } from "../../src/core/error.js";

/** A node of a spec that builds something plain data cannot hold. */
export class Make {
  readonly kind: string;
  readonly args: readonly unknown[];

  constructor(kind: string, args: readonly unknown[] = []) {
    this.kind = kind;
    this.args = args;
  }

  [fc.toStringMethod](): string {
    return `${this.kind}(${this.args.map((arg) => fc.stringify(arg)).join(", ")})`;
  }
}

/** JSON text of a value; "undefined" when JSON has none (a function, undefined itself). */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  return text ?? "undefined";
}

/** Shorthand for a `Make` node. */
export function make(kind: string, ...args: unknown[]): Make {
  return new Make(kind, args);
}

/** What the builders may need from the library and the datasets (looked up by name: exports get renamed). */
export interface BuildContext {
  readonly lib: Readonly<Record<string, unknown>>;
  readonly ds: Readonly<Record<string, unknown>>;
  /** Seeds by id: each call returns a fresh argument tuple. */
  readonly seeds: ReadonlyMap<string, () => unknown[]>;
}

/** A recognisable error thrown by the hostile values themselves (never by the library). */
export class HostileError extends Error {
  constructor(what: string) {
    super(`hostile value: ${what}`);
    this.name = "HostileError";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Interesting primitives.

/** One mebibyte of characters: the "1 MB string" of the issue. */
export const MEBI = 1 << 20;

export const INTERESTING_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.1,
  0.1 + 0.2,
  1 / 3,
  3,
  65,
  100,
  99.99999999,
  100.000001,
  1899,
  1900,
  2025,
  2199,
  2200,
  9999,
  1e15 - 1,
  1e15,
  1e16,
  1e-30,
  1e-31,
  5e-324,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 31,
  2 ** 32 - 1,
  2 ** 32,
  10_000_000,
  10_000_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

export const INTERESTING_BIGINTS: readonly bigint[] = [
  0n,
  -1n,
  1n,
  2n ** 53n,
  2n ** 64n,
  10n ** 15n,
  10n ** 200n,
  -(10n ** 40n),
];

/** Text that looks like a number in one reading or another, or like nothing at all. */
export const NUMBER_TEXTS: readonly string[] = [
  "0",
  "-0",
  "1",
  "-1",
  "0.5",
  "1234.56",
  "1.234",
  "103.125",
  "0.500",
  "1.234,56",
  "€. 150.000,00",
  "€ 1.300.000,00",
  "1.234,56 €",
  "Euro 14.000",
  "76,56%",
  "-3,49",
  "−3,49",
  "122.855",
  "12.85",
  "000.123",
  "2022 2023",
  "31 12",
  "1,234.56",
  "1.23.456",
  "1e3",
  "1E3",
  "1e15",
  "1e16",
  "1e-30",
  "1e-31",
  "1e100000000",
  "-1e100000000",
  "1e-100000000",
  "9e9007199254740993",
  "1e+",
  "e5",
  ".5",
  "5.",
  "+5",
  "0x10",
  "0b1",
  "1_000",
  "١٢٣",
  "１２３",
  "𝟙𝟚𝟛",
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "∞",
  "1\u200B2",
  "\uFEFF1",
  "\u202E123",
  "1\u00A0234,56",
  "1\u202F234,56",
  " 42 ",
  "\t42\n",
];

/** Text of every other kind: empty, whitespace, invisible and bidi characters, codes, dates, keys, markup. */
export const OTHER_TEXTS: readonly string[] = [
  "",
  " ",
  "\t\n ",
  "\u200B",
  "\u200Bfna\u200B",
  "fon\u00ADdo",
  "\u2066x\u2069",
  "\u202Efna",
  "\uD800",
  "\uDFFF\uD800",
  "01.01.2025",
  "31/12/2027",
  "31/12/9999",
  "31/02/2026",
  "00/00/0000",
  "2027-12-31",
  "2027-02-29",
  "10000-01-01",
  "0012-03-31",
  "+002027-12-31",
  "2027-12-31T00:00:00Z",
  "entro marzo 0012",
  "entro il 31.12.2026",
  "31 dicembre 2027",
  "1° gennaio 2025",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "A",
  "C",
  "G",
  "M",
  "j",
  "L3",
  "fna",
  "FNA",
  "incremento-sad",
  "half-up",
  "half-even",
  "nearest",
  "it",
  "en",
  "fr",
  "ambito",
  "piano-di-zona",
  "accordo-di-programma",
  "scheda-obiettivo",
  "unknown",
  "actions",
  "objectives",
  "weight",
  "count",
  "ignore",
  "males",
  "females",
  "total",
  "regione",
  "comune",
  "favorevole",
  "contrario",
  "astenuto",
  "ets",
  "sindaco",
  "assemblea-dei-sindaci",
  "ufficio-di-piano",
  "Politiche giovanili e per i minori",
  "J) Politiche per i giovani e i minori",
  "Fondo Nazionale Politiche Sociali",
  "Servizi sociali per le dimissioni protette",
  "L2. INCREMENTO SAD",
  "macro area - ",
  "LEPS: L3. ",
  "%",
  "€",
  "-",
  ".",
  ",",
  "<script>alert(1)</script>",
  "| a | b |\n| - |",
  "\\",
  "${x}",
  "\n\n# heading",
];

/** Long texts, built once (strings are immutable, so sharing them between calls is harmless). */
const LONG_TEXTS: Readonly<Record<string, () => string>> = {
  "9 x 1MiB": () => "9".repeat(MEBI),
  "a x 1MiB": () => "a".repeat(MEBI),
  "space x 1MiB": () => " ".repeat(MEBI),
  "zero-width x 1MiB": () => "\u200B".repeat(MEBI),
  "1. then 1MiB zeros": () => `1.${"0".repeat(MEBI)}`,
  "1e then 100k nines": () => `1e${"9".repeat(100_000)}`,
  "99 nines .9": () => `${"9".repeat(98)}.9`,
  "0.(50 zeros)1": () => `0.${"0".repeat(50)}1`,
  "italian 1.000 x 30k": () => `1${".000".repeat(30_000)},5`,
  // The backtracking shapes named by the issue, at 100,000 characters.
  "macro + 100k spaces": () => `macro${" ".repeat(100_000)}x`,
  "macro- x 33k": () => "macro -".repeat(14_286),
  "leps + 100k spaces": () => `leps${" ".repeat(100_000)}!`,
  "leps: x 20k": () => "leps :".repeat(16_667),
  "100k vowels then b": () => `${"a".repeat(100_000)}b`,
  "100k vowels": () => "aeiou".repeat(20_000),
  "100k words": () => "fondo ".repeat(16_667),
  "date + 100k spaces": () => `31${" ".repeat(100_000)}/12/2027`,
  "100k digits": () => "1".repeat(100_000),
  "100k slashes": () => "1/".repeat(50_000),
  "title + 100k spaces": () => `Fondo Nazionale Politiche Sociali${" ".repeat(100_000)}`,
};
const longTextCache = new Map<string, string>();

/** A long text by name (see LONG_TEXT_NAMES). */
export function longText(name: string): string {
  let text = longTextCache.get(name);
  if (text === undefined) {
    const builder = LONG_TEXTS[name];
    if (builder === undefined) throw new Error(`no long text ${name}`);
    text = builder();
    longTextCache.set(name, text);
  }
  return text;
}

export const LONG_TEXT_NAMES: readonly string[] = Object.keys(LONG_TEXTS);

/** Decimal texts that decimal.js accepts but the library's bounds do not (or only just do). */
export const DECIMAL_TEXTS: readonly string[] = [
  "0",
  "-0",
  "1",
  "-1",
  "0.1",
  "1e15",
  "999999999999999.99",
  "1e-30",
  "1e-31",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e9000000000000000",
  "-1e-9000000000000000",
  "123456789012345678901234567890.123456789",
];

// ---------------------------------------------------------------------------------------------------------------
// Builders.

const EXOTIC_KINDS = [
  "date",
  "invalidDate",
  "map",
  "set",
  "weakMap",
  "regexp",
  "function",
  "arrowWithProps",
  "class",
  "symbol",
  "boxedNumber",
  "boxedString",
  "boxedBigint",
  "typedArray",
  "arrayBuffer",
  "promise",
  "error",
  "pdzError",
  "arguments",
  "globalThis",
] as const;

const PROXY_KINDS = ["throwAll", "throwAllArray", "revoked", "revokedArray", "hugeLengthArray"] as const;

const FAKE_DECIMAL_KINDS = [
  "toStringThrows",
  "toStringNaN",
  "toStringNumber",
  "toStringHuge",
  "toStringLong",
] as const;

function hostileThrow(what: string): never {
  throw new HostileError(what);
}

const THROW_ALL: ProxyHandler<object> = {
  get: () => hostileThrow("get trap"),
  set: () => hostileThrow("set trap"),
  has: () => hostileThrow("has trap"),
  deleteProperty: () => hostileThrow("deleteProperty trap"),
  ownKeys: () => hostileThrow("ownKeys trap"),
  getOwnPropertyDescriptor: () => hostileThrow("getOwnPropertyDescriptor trap"),
  defineProperty: () => hostileThrow("defineProperty trap"),
  getPrototypeOf: () => hostileThrow("getPrototypeOf trap"),
  setPrototypeOf: () => hostileThrow("setPrototypeOf trap"),
  isExtensible: () => hostileThrow("isExtensible trap"),
  preventExtensions: () => hostileThrow("preventExtensions trap"),
  apply: () => hostileThrow("apply trap"),
  construct: () => hostileThrow("construct trap"),
};

/** Whether a value is a decimal.js instance, asked without touching a proxy (whose traps may throw). */
export function isDecimalValue(value: unknown): boolean {
  try {
    return typeof value === "object" && value !== null && !types.isProxy(value) && DecimalJs.isDecimal(value);
  } catch {
    return false;
  }
}

function isPlainRecord(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== "object" || value === null || types.isProxy(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPlainArray(value: unknown): value is unknown[] {
  return !types.isProxy(value) && Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

function defineData(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * An empty array of a given length. A long one is made sparse at once (dictionary elements): `new Array(10_000_001)`
 * or setting `length` on a small array costs V8 a quarter of a second and 80 MB, which the suite cannot afford per call.
 */
export function arrayOfLength(length: number): unknown[] {
  if (length <= 1_000) return new Array<unknown>(length);
  const array: unknown[] = [];
  array[length - 1] = undefined;
  Reflect.deleteProperty(array, length - 1);
  return array;
}

/** A copy of a plain object or array, one level deep, keeping holes and own `__proto__` keys. */
export function shallowCopy(value: object): object {
  const copy: object = Array.isArray(value)
    ? arrayOfLength(value.length)
    : Object.getPrototypeOf(value) === null
      ? Object.create(null)
      : {};
  // Descriptors, not values: a getter is copied as a getter and never invoked.
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined) Object.defineProperty(copy, key, { ...descriptor, configurable: true });
  }
  return copy;
}

/** Freezes a value and everything reachable through its own data properties. */
export function deepFreezeValue<T>(value: T): T {
  if (typeof value !== "object" || value === null || types.isProxy(value) || Object.isFrozen(value))
    return value;
  try {
    Object.freeze(value);
  } catch {
    // typed arrays with elements cannot be frozen
    return value;
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) deepFreezeValue(descriptor.value);
  }
  return value;
}

function withThrowingGetters(source: object | undefined, keys: readonly string[]): object {
  const target: Record<string, unknown> = {};
  const all = new Set([...keys, ...(source === undefined ? [] : Object.keys(source))]);
  for (const key of all) {
    Object.defineProperty(target, key, {
      get: () => hostileThrow(`getter ${key}`),
      enumerable: true,
      configurable: true,
    });
  }
  return target;
}

// A proxy whose answers change between reads: the first read of each field is the original value, later reads a
// hostile one. A function that validates a field and then reads it again computes with the hostile value.
function flipping(source: object): object {
  const reads = new Map<PropertyKey, number>();
  const target = shallowCopy(source);
  return new Proxy(target, {
    get(object, key, receiver) {
      const count = (reads.get(key) ?? 0) + 1;
      reads.set(key, count);
      const value: unknown = Reflect.get(object, key, receiver);
      if (count === 1 || typeof key === "symbol" || key === "length") return value;
      return typeof value === "number" ? Number.NaN : typeof value === "string" ? "NaN" : null;
    },
  });
}

function fakeDecimal(kind: string): object {
  const base = { toStringTag: "[object Decimal]", d: [1], e: 0, s: 1 };
  switch (kind) {
    case "toStringThrows":
      return { ...base, toString: () => hostileThrow("Decimal toString") };
    case "toStringNaN":
      return { ...base, toString: () => "NaN" };
    case "toStringNumber":
      return { ...base, toString: () => 5 };
    case "toStringHuge":
      return { ...base, toString: () => "1e100000000" };
    default:
      return { ...base, toString: () => longText("9 x 1MiB") };
  }
}

function exotic(kind: string): unknown {
  switch (kind) {
    case "date":
      return new Date(Date.UTC(2027, 11, 31));
    case "invalidDate":
      return new Date(Number.NaN);
    case "map":
      return new Map([["planned", 4]]);
    case "set":
      return new Set([1, 2]);
    case "weakMap":
      return new WeakMap();
    case "regexp":
      return /x/g;
    case "function":
      return function hostileFunction() {
        return 1;
      };
    case "arrowWithProps":
      return Object.assign(() => 1, { planned: 4, realized: 3, length2: 1 });
    case "class":
      // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an empty class is the hostile value
      return class Hostile {};
    case "symbol":
      return Symbol("hostile");
    case "boxedNumber":
      return Object(5) as unknown;
    case "boxedString":
      return Object("1234.56") as unknown;
    case "boxedBigint":
      return Object(5n) as unknown;
    case "typedArray":
      return new Float64Array([1, Number.NaN, 3]);
    case "arrayBuffer":
      return new ArrayBuffer(8);
    case "promise":
      return Promise.resolve(1);
    case "error":
      return new TypeError("not a PdzError");
    case "pdzError":
      return new PdzError({ code: "invalid_type", message: "x", messageIt: "x" });
    case "arguments":
      return (
        function argumentsObject() {
          // eslint-disable-next-line prefer-rest-params -- the arguments object itself is the hostile value
          return arguments;
        } as (...values: unknown[]) => IArguments
      )(1, 2, 3);
    default:
      return globalThis;
  }
}

function proxy(kind: string): object {
  switch (kind) {
    case "throwAll":
      return new Proxy({}, THROW_ALL);
    case "throwAllArray":
      return new Proxy([], THROW_ALL);
    case "revoked": {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      return revocable.proxy;
    }
    case "revokedArray": {
      const revocable = Proxy.revocable([], {});
      revocable.revoke();
      return revocable.proxy;
    }
    default:
      // An array that claims four billion items and throws on any index.
      return new Proxy([], {
        get: (target, key) =>
          key === "length"
            ? 2 ** 32 - 1
            : typeof key === "symbol"
              ? Reflect.get(target, key)
              : hostileThrow(`index ${key}`),
      });
  }
}

type Builder = (args: readonly unknown[], context: BuildContext) => unknown;

const BUILDERS: Readonly<Record<string, Builder>> = {
  long: ([name]) => longText(String(name)),
  repeat: ([unit, count]) => String(unit).repeat(Number(count)),
  holes: ([items, holes], context) => {
    const array = build(items, context) as unknown[];
    for (const index of holes as number[]) Reflect.deleteProperty(array, index);
    return array;
  },
  sparse: ([length, last], context) => {
    const array = arrayOfLength(Number(length));
    if (last !== undefined) array[Number(length) - 1] = build(last, context);
    return array;
  },
  dense: ([length, item], context) => Array.from({ length: Number(length) }, () => build(item, context)),
  arrayWithThrowingIndex: ([items], context) => {
    const array = build(items, context) as unknown[];
    Object.defineProperty(array, 0, {
      get: () => hostileThrow("index 0"),
      enumerable: true,
      configurable: true,
    });
    return array;
  },
  nullProto: ([fields], context) => {
    const target = Object.create(null) as object;
    for (const [key, value] of Object.entries(build(fields, context) as object))
      defineData(target, key, value);
    return target;
  },
  frozen: ([inner], context) => deepFreezeValue(build(inner, context)),
  throwingGetters: ([keys]) => withThrowingGetters(undefined, keys as string[]),
  proxy: ([kind]) => proxy(String(kind)),
  protoCarried: ([fields], context) => Object.create(build(fields, context) as object) as unknown,
  jsonProto: () =>
    JSON.parse(
      '{"__proto__":{"polluted":"yes","planned":4},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
    ) as unknown,
  exotic: ([kind]) => exotic(String(kind)),
  toPrimitiveThrows: () => ({
    valueOf: () => hostileThrow("valueOf"),
    toString: () => hostileThrow("toString"),
    [Symbol.toPrimitive]: () => hostileThrow("Symbol.toPrimitive"),
  }),
  decimal: ([text]) => new Decimal(String(text)),
  foreignDecimal: ([text]) =>
    new (DecimalJs.clone({ precision: 5, rounding: DecimalJs.ROUND_DOWN }))(String(text)),
  fakeDecimal: ([kind]) => fakeDecimal(String(kind)),
  corruptDecimal: ([text, field, value]) => {
    const decimal = new Decimal(String(text));
    defineData(decimal, String(field), value);
    return decimal;
  },
  dataset: ([name], context) => context.ds[String(name)],
  call: ([name, args], context) => {
    // A value built by the library itself (an age structure, a parsed table). A refusal yields the raw input.
    const fn = context.lib[String(name)];
    const built = build(args, context) as unknown[];
    if (typeof fn !== "function") return built[0];
    try {
      return (fn as (...values: unknown[]) => unknown)(...built);
    } catch {
      return built[0];
    }
  },
  seed: ([id, mutations], context) => {
    const seed = context.seeds.get(String(id));
    if (seed === undefined) throw new Error(`no seed ${String(id)}`);
    let args: unknown = seed();
    for (const mutation of mutations as Mutation[]) args = applyMutation(args, mutation, context);
    return args;
  },
};

/** Builds a fresh value from a spec. */
export function build(spec: unknown, context: BuildContext): unknown {
  if (spec instanceof Make) {
    const builder = BUILDERS[spec.kind];
    if (builder === undefined) throw new Error(`no builder ${spec.kind}`);
    return builder(spec.args, context);
  }
  if (isPlainArray(spec)) {
    const array = new Array<unknown>(spec.length);
    for (const key of Object.keys(spec)) defineData(array, key, build(spec[Number(key)], context));
    return array;
  }
  if (isPlainRecord(spec)) {
    const record: object = Object.getPrototypeOf(spec) === null ? Object.create(null) : {};
    for (const key of Object.keys(spec)) defineData(record, key, build(spec[key], context));
    return record;
  }
  return spec;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations of structured inputs: a path into the argument tuple, an operation and its parameter.

export type Path = readonly (string | number)[];
export type Mutation = readonly [Path, string, unknown?];

const DELETE = Symbol("delete");

function nudgeNumber(value: number, variant: number): unknown {
  const variants = [
    value + 1,
    value - 1,
    -value,
    value * 10,
    value / 3,
    value + 0.5,
    value * 1e6,
    value * 1e15,
    value === 0 ? 1e-31 : value / 1e40,
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    -0,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    String(value),
    BigInt(Number.isSafeInteger(value) ? value : 0),
    new Decimal(Number.isFinite(value) ? value : 0),
    [value],
  ];
  return variants[variant % variants.length];
}

// Grouping the digits the Italian way. The suite's own regular expressions must stay linear too: only short
// numbers are regrouped (a 1 MB string of digits is left as it is).
function italianise(text: string): string {
  if (text.length > 40) return text;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return text.replace(".", ",");
  const grouped = (match[2] ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${match[1] ?? ""}${grouped}${match[3] === undefined ? "" : `,${match[3]}`}`;
}

function nudgeString(value: string, variant: number): unknown {
  // Thunks: only the chosen variant is computed (several are a megabyte long).
  const variants: (() => unknown)[] = [
    () => `${value} `,
    () => `\u200B${value}`,
    () => value.toUpperCase(),
    () => `${value}\u00AD`,
    () => `\u202E${value}`,
    () => italianise(value),
    () => `${value}e100000000`,
    () => `${value}e-100000000`,
    () => value.slice(0, Math.floor(value.length / 2)),
    () => "",
    () => `-${value}`,
    () => `${value}%`,
    () => `€ ${value}`,
    () => `${value}${value}`,
    () => (value.length > 0 ? value.repeat(Math.ceil(MEBI / value.length)) : longText("a x 1MiB")),
    () => `${value} ${value}`,
    () => value.replace(/\d/g, "9"),
    () => Number(value),
    () => `${value}.000`,
    () => "NaN",
  ];
  return (variants[variant % variants.length] ?? (() => value))();
}

function nudgeDecimal(input: unknown, variant: number): unknown {
  const value = new Decimal(String(input));
  const variants = [
    () => value.neg(),
    () => value.times("1e20"),
    () => value.div("1e40"),
    () => new Decimal(Number.NaN),
    () => new Decimal(Number.POSITIVE_INFINITY),
    () => value.plus("0.5"),
    () => value.toString(),
    () => value.toNumber(),
    () => new Decimal("1e9000000000000000"),
    () => new (DecimalJs.clone({ precision: 3 }))(value.toString()),
  ];
  const chosen = variants[variant % variants.length];
  return chosen === undefined ? value : chosen();
}

function nudge(value: unknown, variant: number): unknown {
  if (types.isProxy(value)) return [null, {}, value][variant % 3];
  if (typeof value === "number") return nudgeNumber(value, variant);
  if (typeof value === "string") return nudgeString(value, variant);
  if (typeof value === "boolean") return [!value, "true", 1, null, undefined][variant % 5];
  if (typeof value === "bigint")
    return [-value, value * 10n ** 30n, Number(value), String(value)][variant % 4];
  if (value === null) return [undefined, 0, "", {}, []][variant % 5];
  if (value === undefined) return [null, 0, "", {}, "undefined"][variant % 5];
  if (isDecimalValue(value)) return nudgeDecimal(value, variant);
  if (isPlainArray(value))
    return arrayOperation(value, ARRAY_OPERATIONS[variant % ARRAY_OPERATIONS.length] ?? "");
  if (isPlainRecord(value)) {
    const copy = shallowCopy(value) as unknown as Record<string, unknown>;
    const keys = Object.keys(copy);
    const key = keys[variant % Math.max(1, keys.length)];
    if (key !== undefined && variant % 2 === 0) Reflect.deleteProperty(copy, key);
    else defineData(copy, `extra${String(variant)}`, variant);
    return copy;
  }
  // A class instance (an age structure, a parsed table): offer lookalikes of it.
  if (typeof value === "object") {
    const own: Record<string, unknown> = {};
    for (const key of Object.keys(value)) own[key] = (value as Record<string, unknown>)[key];
    const lookalikes = [
      () => own,
      () => Object.create(value) as unknown,
      () => new Proxy(value, THROW_ALL),
      () => JSON.parse(jsonText(value)) as unknown,
    ];
    try {
      return (lookalikes[variant % lookalikes.length] ?? (() => own))();
    } catch {
      return own;
    }
  }
  return value;
}

export const ARRAY_OPERATIONS = [
  "empty",
  "hole",
  "dup",
  "hugeLength",
  "reverse",
  "long",
  "overLimit",
  "extraProp",
] as const;

function arrayOperation(value: unknown, operation: string): unknown {
  if (!isPlainArray(value)) return [value];
  const copy = shallowCopy(value) as unknown[];
  // Operations that visit every index are skipped on arrays that are already huge (sparse ones included).
  if (copy.length > 100_000 && ["dup", "reverse", "long"].includes(operation)) return copy;
  switch (operation) {
    case "empty":
      return [];
    case "hole":
      Reflect.deleteProperty(copy, 0);
      return copy;
    case "dup":
      return [...copy, ...copy];
    case "hugeLength":
      return resized(copy, 2 ** 32 - 1);
    case "reverse":
      return copy.reverse();
    case "long":
      // 100,000 items cycling through the originals: long, but within every bound.
      return copy.length === 0
        ? copy
        : Array.from({ length: 100_000 }, (_, index) => copy[index % copy.length]);
    case "overLimit":
      return resized(copy, 10_000_001);
    default:
      defineData(copy, "extra", "x");
      return copy;
  }
}

/** The same items in a (sparse) array of a larger length. */
function resized(items: unknown[], length: number): unknown[] {
  const array = arrayOfLength(length);
  for (const key of Object.keys(items)) {
    const descriptor = Object.getOwnPropertyDescriptor(items, key);
    if (descriptor !== undefined) Object.defineProperty(array, key, descriptor);
  }
  return array;
}

export const WRAP_KINDS = [
  "nullProto",
  "frozen",
  "throwingGetters",
  "proxyThrow",
  "protoCarried",
  "flipping",
  "revoked",
  "json",
  "arrayLike",
] as const;

function wrap(value: unknown, kind: string): unknown {
  if (types.isProxy(value)) return value;
  const object = typeof value === "object" && value !== null ? value : { value };
  switch (kind) {
    case "nullProto": {
      const target = Object.create(null) as object;
      for (const key of Object.keys(object))
        defineData(target, key, (object as Record<string, unknown>)[key]);
      return target;
    }
    case "frozen":
      // Only copies are frozen: a seed's class instance is shared between calls and must stay as it is.
      return isPlainArray(object) || isPlainRecord(object)
        ? Object.freeze(shallowCopy(object))
        : Object.freeze(Object.create(object) as object);
    case "throwingGetters":
      return withThrowingGetters(object, []);
    case "proxyThrow":
      return new Proxy(Array.isArray(object) ? [] : {}, THROW_ALL);
    case "protoCarried":
      return Object.create(
        isPlainArray(object) || isPlainRecord(object) ? shallowCopy(object) : object,
      ) as unknown;
    case "flipping":
      return flipping(object);
    case "revoked": {
      const revocable = Proxy.revocable(Array.isArray(object) ? [] : {}, {});
      revocable.revoke();
      return revocable.proxy;
    }
    case "json":
      try {
        return JSON.parse(jsonText(value)) as unknown;
      } catch {
        return null;
      }
    default: {
      // An array as an array-like plain object ({ 0: …, length: n }).
      const arrayLike: Record<string, unknown> = {};
      for (const key of Object.keys(object)) arrayLike[key] = (object as Record<string, unknown>)[key];
      if (Array.isArray(object)) arrayLike["length"] = object.length;
      return arrayLike;
    }
  }
}

// A mutation that meets a hostile value it cannot handle (a getter that throws while an array is lengthened) leaves
// the node as it is: the suite's own errors must never pass for the library's.
function operate(current: unknown, mutation: Mutation, context: BuildContext): unknown {
  try {
    return operateUnsafely(current, mutation, context);
  } catch {
    return current;
  }
}

function operateUnsafely(current: unknown, mutation: Mutation, context: BuildContext): unknown {
  const [, operation, parameter] = mutation;
  switch (operation) {
    case "set":
      return build(parameter, context);
    case "delete":
      return DELETE;
    case "nudge":
      return nudge(current, Number(parameter));
    case "wrap":
      return wrap(current, String(parameter));
    case "array":
      return arrayOperation(current, String(parameter));
    case "addKey": {
      if (!isPlainRecord(current)) return current;
      const [key, value] = parameter as [string, unknown];
      const copy = shallowCopy(current);
      defineData(copy, key, build(value, context));
      return copy;
    }
    default:
      throw new Error(`no operation ${operation}`);
  }
}

function updateAt(
  node: unknown,
  path: Path,
  depth: number,
  mutation: Mutation,
  context: BuildContext,
): unknown {
  if (depth === path.length) return operate(node, mutation, context);
  if (!isPlainArray(node) && !isPlainRecord(node)) return node;
  const key = path[depth] as string | number;
  // A missing key can be set only at the end of the path (an absent optional field or argument).
  if (!Object.prototype.hasOwnProperty.call(node, key) && depth < path.length - 1) return node;
  const descriptor = Object.getOwnPropertyDescriptor(node, key);
  // A getter is never invoked by the suite: a path through one stops there.
  if (descriptor !== undefined && !("value" in descriptor)) return node;
  const copy = shallowCopy(node) as Record<PropertyKey, unknown>;
  const next = updateAt(descriptor?.value, path, depth + 1, mutation, context);
  if (next === DELETE) Reflect.deleteProperty(copy, key);
  else defineData(copy, key, next);
  return copy;
}

/** Applies one mutation to a built argument tuple, copying the containers on its path (datasets stay intact). */
export function applyMutation(args: unknown, mutation: Mutation, context: BuildContext): unknown {
  const [path] = mutation;
  if (path.length === 0) return args;
  return updateAt(args, path, 0, mutation, context);
}

/** Every path into a built value, breadth first (containers and leaves), up to a bound. */
export function pathsOf(value: unknown, limit = 2_000, maxDepth = 10): Path[] {
  const paths: Path[] = [];
  const queue: { node: unknown; path: Path }[] = [{ node: value, path: [] }];
  const seen = new Set<unknown>();
  for (let head = 0; head < queue.length && paths.length < limit; head += 1) {
    const { node, path } = queue[head] as { node: unknown; path: Path };
    if (path.length > 0) paths.push(path);
    if (path.length >= maxDepth || seen.has(node)) continue;
    if (isPlainArray(node) || isPlainRecord(node)) {
      seen.add(node);
      for (const key of Object.keys(node)) {
        queue.push({
          node: (node as Record<string, unknown>)[key],
          path: [...path, isPlainArray(node) ? Number(key) : key],
        });
      }
    }
  }
  return paths;
}

/** Every own key of the plain objects in a value (the field names the library reads), with a value seen there. */
export function keysOf(value: unknown, into: Map<string, unknown>, seen = new Set<unknown>()): void {
  if (!isPlainArray(value) && !isPlainRecord(value)) return;
  if (seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (!isPlainArray(value) && !into.has(key)) into.set(key, field);
    keysOf(field, into, seen);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries of specs.

/** Canonical decimal text of every shape: signs, leading zeros, long fractions, exponents small and huge. */
export const canonicalTextArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "", "-", "+"),
    fc.oneof(
      fc.nat({ max: 1000 }).map(String),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
      fc.constant("0"),
    ),
    fc.option(fc.stringMatching(/^\d{1,45}$/), { nil: undefined }),
    fc.option(
      fc.oneof(
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom(100_000_000, -100_000_000, 16, -31, 15, -30),
      ),
      { nil: undefined },
    ),
  )
  .map(
    ([sign, integer, fraction, exponent]) =>
      `${sign}${integer}${fraction === undefined ? "" : `.${fraction}`}${exponent === undefined ? "" : `e${String(exponent)}`}`,
  );

/** Italian number text: grouped thousands, decimal comma, currency and percent decorations. */
export const italianTextArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "-", "−", "€ ", "€. ", "Euro "),
    fc.bigInt({ min: 0n, max: 10n ** 16n }),
    fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
    fc.constantFrom("", "%", " €", "\u00A0€"),
    fc.boolean(),
  )
  .map(([prefix, integer, fraction, suffix, grouped]) => {
    const digits = integer.toString();
    const body = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : digits;
    return `${prefix}${body}${fraction === undefined ? "" : `,${fraction}`}${suffix}`;
  });

/** Dates as Italian documents write them, valid or not, with years far outside the range. */
export const dateTextArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 14 }),
    fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.constantFrom(0, 12, 999, 9999, 10000, 275760)),
    fc.constantFrom(".", "/", "-", "iso", "written"),
  )
  .map(([day, month, year, form]) => {
    const pad = (value: number, width: number): string => String(value).padStart(width, "0");
    if (form === "iso") return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (form === "written") {
      const names = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
      ];
      return `${String(day)} ${names[(month + 11) % 12] ?? "marzo"} ${String(year)}`;
    }
    return `${pad(day, 2)}${form}${pad(month, 2)}${form}${String(year)}`;
  });

const numberArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.nat({ max: 200 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);

const bigintArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...INTERESTING_BIGINTS),
  fc.bigInt({ min: -(2n ** 128n), max: 2n ** 128n }),
);

/** Text of every kind, 1 MB strings included (as `long(…)` nodes). */
export const textArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 4, arbitrary: fc.constantFrom(...OTHER_TEXTS) },
  { weight: 2, arbitrary: canonicalTextArb },
  { weight: 2, arbitrary: italianTextArb },
  { weight: 2, arbitrary: dateTextArb },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_TEXT_NAMES).map((name) => make("long", name)) },
);

const decimalArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DECIMAL_TEXTS).map((text) => make("decimal", text)) },
  {
    weight: 2,
    arbitrary: canonicalTextArb.filter((text) => text.length < 60).map((text) => make("decimal", text)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("1", "0.1", "NaN", "1e100").map((text) => make("foreignDecimal", text)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...FAKE_DECIMAL_KINDS).map((kind) => make("fakeDecimal", kind)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("1", "5"),
        fc.constantFrom("e", "s", "d"),
        fc.constantFrom<unknown>(1e17, Number.NaN, -2, [Number.NaN], null, "x"),
      )
      .map(([text, field, value]) => make("corruptDecimal", text, field, value)),
  },
);

/** Keys a hostile object may carry: the library's own field names (set by the fuzz from its seeds) and traps. */
export const DANGEROUS_KEYS: readonly string[] = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "toJSON",
  "then",
  "length",
  "hasOwnProperty",
];

/** Any JavaScript value, as a spec. `fieldNames` are keys the library reads, so that objects reach past the first check. */
export function anythingArb(fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  const keyArb = fc.oneof(
    { weight: 4, arbitrary: fieldNames.length > 0 ? fc.constantFrom(...fieldNames) : fc.string() },
    { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  const { value } = fc.letrec<{ value: unknown; leaf: unknown; container: unknown }>((tie) => ({
    leaf: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false) },
      { weight: 5, arbitrary: numberArb },
      { weight: 1, arbitrary: bigintArb },
      { weight: 6, arbitrary: textArb },
      { weight: 2, arbitrary: decimalArb },
      { weight: 1, arbitrary: fc.constantFrom(...EXOTIC_KINDS).map((kind) => make("exotic", kind)) },
    ),
    container: fc.oneof(
      { weight: 3, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
      { weight: 3, arbitrary: fc.dictionary(keyArb, tie("value"), { maxKeys: 4 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.array(tie("value"), { minLength: 1, maxLength: 4 }),
            fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 2 }),
          )
          .map(([items, holes]) => make("holes", items, holes)),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom(10_000_001, 2 ** 31, 2 ** 32 - 1),
            fc.option(tie("leaf"), { nil: undefined }),
          )
          .map(([length, last]) =>
            last === undefined ? make("sparse", length) : make("sparse", length, last),
          ),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(tie("value"), { maxLength: 3 })
          .map((items) => make("arrayWithThrowingIndex", items)),
      },
      {
        weight: 1,
        arbitrary: fc
          .dictionary(keyArb, tie("value"), { maxKeys: 4 })
          .map((fields) => make("nullProto", fields)),
      },
      {
        weight: 1,
        arbitrary: fc
          .oneof(
            fc.dictionary(keyArb, tie("value"), { maxKeys: 3 }),
            fc.array(tie("value"), { maxLength: 3 }),
          )
          .map((inner) => make("frozen", inner)),
      },
      {
        weight: 1,
        arbitrary: fc
          .subarray([...fieldNames.slice(0, 60), ...DANGEROUS_KEYS.slice(3)])
          .map((keys) => make("throwingGetters", keys)),
      },
      { weight: 1, arbitrary: fc.constantFrom(...PROXY_KINDS).map((kind) => make("proxy", kind)) },
      {
        weight: 1,
        arbitrary: fc
          .dictionary(keyArb, tie("value"), { maxKeys: 4 })
          .map((fields) => make("protoCarried", fields)),
      },
      { weight: 1, arbitrary: fc.constant(make("jsonProto")) },
      { weight: 1, arbitrary: fc.constant(make("toPrimitiveThrows")) },
    ),
    value: fc.oneof(
      { depthSize: "small" },
      { weight: 3, arbitrary: tie("leaf") },
      { weight: 2, arbitrary: tie("container") },
    ),
  }));
  return value;
}

/** A mutation of a seed: a path into it, an operation and its parameter. */
export function mutationArb(
  paths: readonly Path[],
  anything: fc.Arbitrary<unknown>,
  fieldNames: readonly string[],
): fc.Arbitrary<Mutation> {
  const operation: fc.Arbitrary<readonly [string, unknown?]> = fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 19 }).map((variant) => ["nudge", variant] as const) },
    { weight: 3, arbitrary: anything.map((value) => ["set", value] as const) },
    { weight: 1, arbitrary: fc.constant(["delete"] as const) },
    { weight: 1, arbitrary: fc.constantFrom(...WRAP_KINDS).map((kind) => ["wrap", kind] as const) },
    { weight: 1, arbitrary: fc.constantFrom(...ARRAY_OPERATIONS).map((kind) => ["array", kind] as const) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...DANGEROUS_KEYS, ...(fieldNames.length > 0 ? fieldNames : ["x"])), anything)
        .map(([key, value]) => ["addKey", [key, value]] as const),
    },
  );
  return fc
    .tuple(fc.constantFrom(...paths), operation)
    .map(([path, [name, parameter]]): Mutation =>
      parameter === undefined ? [path, name] : [path, name, parameter],
    );
}

// ---------------------------------------------------------------------------------------------------------------
// A short named list for the modules' own bad-input tables.

const throwingGetter = Object.defineProperty({}, "seats", {
  enumerable: true,
  get(): never {
    throw new Error("getter");
  },
});
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
const trap = (): never => {
  throw new Error("trap");
};
const throwingProxy = new Proxy(
  {},
  { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
);
const inherited: object = Object.create({ seats: [], signatories: [], adherents: [], period: {} });

/** Values of every wrong shape, each with a name for the table. */
export const HOSTILE_VALUES: readonly (readonly [string, unknown])[] = [
  ["undefined", undefined],
  ["null", null],
  ["a number", 5],
  ["NaN", Number.NaN],
  ["a bigint", 5n],
  ["a string", "piano"],
  ["a 1 MB string", "x".repeat(1 << 20)],
  ["a symbol", Symbol("x")],
  ["a function", () => 1],
  ["an empty array", []],
  // eslint-disable-next-line no-sparse-arrays -- a list with holes, on purpose
  ["an array with holes", [, , 1]],
  ["an empty object", {}],
  ["Object.create(null)", Object.create(null) as object],
  ["a frozen object", Object.freeze({ seats: Object.freeze([]) })],
  ["a Date", new Date(0)],
  ["an object whose getter throws", throwingGetter],
  ["a revoked proxy", revoked],
  ["a proxy whose traps throw", throwingProxy],
  ["fields only on the prototype", inherited],
];

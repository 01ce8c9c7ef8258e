// Values a caller should never pass and a total function must survive: each one is tried where a function expects a
// list, a record, a number or text, and must give a result or a PdzError with a documented code.
import { Decimal } from "../../src/core/decimal.js";

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const trappingProxy = new Proxy([1, 2], {
  get() {
    throw new Error("trap");
  },
  getOwnPropertyDescriptor() {
    throw new Error("trap");
  },
});

/** Named hostile values, for `it.each`. */
export const HOSTILE: readonly (readonly [string, unknown])[] = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 42],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["a string", "abc"],
  ["a 1 MB string", "9".repeat(1 << 20)],
  ["a symbol", Symbol("x")],
  ["a huge bigint", 10n ** 200n],
  ["a function", () => 1],
  ["an empty object", {}],
  ["Object.create(null)", Object.create(null) as object],
  ["an object with a throwing getter", throwingGetter("rows")],
  ["a revoked proxy", revokedProxy()],
  ["a proxy whose traps throw", trappingProxy],
  ["an array with holes", Object.assign(new Array<number>(3), { 0: 1, 2: 3 })],
  ["an array of nulls", [null, null]],
  ["a NaN Decimal", new Decimal(Number.NaN)],
  ["a huge exponent", "1e100000000"],
  ["an exponent of 10^16", "1e10000000000000000"],
  ["a frozen empty array", Object.freeze([])],
];

/** An object whose given own field throws when read. */
export { throwingGetter };

// The hostile values that are objects a reader can look into (all of their own fields absent).
const READABLE_OBJECTS = [
  "an empty object",
  "Object.create(null)",
  "an object with a throwing getter",
  "a NaN Decimal",
];

/** The code for a hostile value read as a record with required fields (the input of a function). */
export function codeAsRecord(name: string): string {
  if (READABLE_OBJECTS.includes(name)) return "required_field";
  return name === "a revoked proxy" ? "unreadable_field" : "invalid_type";
}

/** The code for a hostile value read as an options object, whose fields are all optional (`undefined`: none). */
export function codeAsOptions(name: string): string | undefined {
  if (name === "undefined" || READABLE_OBJECTS.includes(name)) return undefined;
  return name === "a revoked proxy" ? "unreadable_field" : "invalid_type";
}

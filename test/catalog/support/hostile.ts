// Values that plain JavaScript callers, spreadsheets and attackers hand to a function typed for something else.

const revoked = Proxy.revocable({}, {});
revoked.revoke();

const throwing = {
  get code(): never {
    throw new Error("getter");
  },
  toString(): never {
    throw new Error("toString");
  },
};

/** A proxy whose every trap throws. */
const trap = (): never => {
  throw new Error("trap");
};
const hostileProxy = new Proxy(
  {},
  { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
);

/** [label, value] pairs of values that are not what a function expects. */
export const HOSTILE_VALUES: readonly (readonly [string, unknown])[] = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["-1", -1],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["a bigint", 10n],
  ["true", true],
  ["a symbol", Symbol("x")],
  ["a function", () => "fnps"],
  ["an empty string", ""],
  ["a space", " "],
  ["__proto__", "__proto__"],
  ["constructor", "constructor"],
  ["toString", "toString"],
  ["hasOwnProperty", "hasOwnProperty"],
  ["an empty object", {}],
  ["an empty list", []],
  ["a list with holes", [, , "x"]], // eslint-disable-line no-sparse-arrays
  ["Object.create(null)", Object.create(null) as unknown],
  ["a frozen object", Object.freeze({ code: "A" })],
  ["a String object", new String("fnps")],
  ["an object whose getter and toString throw", throwing],
  ["a proxy whose traps throw", hostileProxy],
  ["a revoked proxy", revoked.proxy],
  ["a date", new Date(0)],
  ["a 1 MB string", "x".repeat(1_000_000)],
];

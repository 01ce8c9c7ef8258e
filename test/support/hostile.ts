// Hostile values for the bad-input tables: every shape a caller (or an attacker) might hand a function.
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

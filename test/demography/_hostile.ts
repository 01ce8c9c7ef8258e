// Values no caller should pass, and that every function must turn into a result or a PdzError with a documented code.
import { codeOf } from "../error-code.js";

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
}

function throwingProxy(): object {
  const trap = (): never => {
    throw new Error("trap");
  };
  return new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
  );
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Named hostile values: for `it.each`. Each is built anew, so that no test can change another's. */
export function hostileValues(
  keys: readonly string[] = ["referenceDate", "males", "total"],
): [string, unknown][] {
  const withGetters = keys.map((key): [string, unknown] => [
    `getter throwing on ${key}`,
    throwingGetter(key),
  ]);
  const polluted = Object.create({ males: [1], total: [1], aged0to14: 1, aged65plus: 1 }) as object;
  return [
    ["undefined", undefined],
    ["null", null],
    ["a number", 5],
    ["NaN", Number.NaN],
    ["a string", "x"],
    ["a 1 MB string", "9".repeat(1_000_000)],
    ["a bigint", 10n],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["an empty array", []],
    // eslint-disable-next-line no-sparse-arrays -- holes are the point
    ["an array with holes", [, , 3]],
    ["Object.create(null)", Object.create(null)],
    ["a frozen empty object", Object.freeze({})],
    ["an object inheriting its fields", polluted],
    ["a proxy whose traps throw", throwingProxy()],
    ["a revoked proxy", revokedProxy()],
    ...withGetters,
  ];
}

/** The code a call throws, or "returned": never "not a PdzError". */
export function hostileCode(thunk: () => unknown): string {
  return codeOf(thunk) ?? "returned";
}

// The path a caller hands to toDecimal, parseItalianNumber or parseItalianDate ends up in the error they throw: a
// path that is not a short list of keys and indices must not turn that error into a TypeError, or hang the call.
import { describe, expect, it } from "vitest";
import { PdzError, parseItalianDate, parseItalianNumber, toDecimal } from "../../src/index.js";

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("the path argument of the core readers", () => {
  it("keeps a list of keys and indices", () => {
    const error = thrown(() => toDecimal("x", ["rows", 2, "amount"]));
    expect(error).toBeInstanceOf(PdzError);
    expect((error as PdzError).path).toEqual(["rows", 2, "amount"]);
  });

  const hostile: readonly (readonly [string, unknown])[] = [
    ["a number", 0],
    ["an object", {}],
    ["a list holding null", [null]],
    ["a sparse list of 2^32 - 1 slots", new Array(2 ** 32 - 1)],
    [
      "a proxy that throws",
      new Proxy([], {
        get(): never {
          throw new Error("trap");
        },
      }),
    ],
  ];

  it.each(hostile)("throws the reader's own PdzError, with an empty path, for %s", (_label, path) => {
    for (const call of [
      () => toDecimal([] as never, path as never),
      () => parseItalianNumber("1.2.3,4", path as never),
      () => parseItalianDate("0", path as never),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(PdzError);
      expect((error as PdzError).path).toEqual([]);
    }
  });
});

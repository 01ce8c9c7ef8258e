import { describe, expect, it } from "vitest";
import { entryOf, isOneOf } from "../../src/catalog/_lookup.js";
import * as M from "../../src/core/messages/catalog.js";
import { isPdzError } from "../../src/core/error.js";

const CODES = ["a", "b"] as const;
const CATALOG = { a: { code: "a" }, b: { code: "b" } } as const;

function messageOf(value: unknown): string {
  try {
    entryOf(CATALOG, CODES, M.unknown_fund, value);
  } catch (error) {
    if (isPdzError(error, "unknown_fund")) return error.message;
  }
  return "no error";
}

describe("lookups", () => {
  it("read the codes from the list, never from the record", () => {
    expect(entryOf(CATALOG, CODES, M.unknown_fund, "b")).toBe(CATALOG.b);
    expect(isOneOf(CODES, "a")).toBe(true);
    expect(isOneOf(CODES, "toString")).toBe(false);
    expect(messageOf("__proto__")).toBe("Unknown fund id: __proto__");
  });

  it.each([
    [Symbol("s"), "(symbol)"],
    [null, "null"],
    [undefined, "undefined"],
    [12n, "12"],
    [() => 1, "(function)"],
    [Object.create(null), "(object)"],
    ["y".repeat(61), `${"y".repeat(60)}…`],
  ])("show an unknown %s safely in the message", (value, shown) => {
    expect(messageOf(value)).toBe(`Unknown fund id: ${shown}`);
  });
});

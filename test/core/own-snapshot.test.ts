import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { isPdzError } from "../../src/core/error.js";
import { LIMITS } from "../../src/core/limits.js";
import { decimalBehind } from "../../src/core/decimal-stand-in.js";
import { readDecimal } from "../../src/core/decimal-input.js";
import { ownData, ownSnapshot, ownView, plainData } from "../../src/core/own-snapshot.js";
import { evaluateIndicator } from "../../src/monitoring/evaluate-indicator.js";
import { safeParseIndicator, type IndicatorInput } from "../../src/model/indicator.js";

function thrown(action: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    action();
  } catch (error) {
    if (isPdzError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error("expected a PdzError");
}

/** Plants a non-enumerable field on Object.prototype for the time of `action`, as a polluted host would. */
function withPlanted<T>(key: string, value: unknown, action: () => T): T {
  Object.defineProperty(Object.prototype, key, {
    value,
    configurable: true,
    writable: true,
    enumerable: false,
  });
  try {
    return action();
  } finally {
    Reflect.deleteProperty(Object.prototype, key);
  }
}

// A count indicator: it has no numerator, and must keep having none whatever Object.prototype carries.
const COUNT_INDICATOR: IndicatorInput = {
  id: "eemm",
  labels: { it: "Incremento numero EEMM attivate", en: "more multidisciplinary teams" },
  kind: "count-at-least",
  targets: [{ year: 2025, rule: "count-at-least", minimum: 2 }],
};

describe("ownSnapshot", () => {
  it("copies own enumerable data into records without Object.prototype, and dense arrays", () => {
    const list: unknown[] = [1];
    list[2] = 3; // a hole at index 1
    const input = { a: 1, list, nested: { b: "x" }, gone: undefined };
    const copy = ownSnapshot(input) as { a: number; list: unknown[]; nested: { b: string } };
    expect(copy).toEqual({ a: 1, list: [1, undefined, 3], nested: { b: "x" } });
    expect(Object.keys(copy)).toEqual(["a", "list", "nested"]);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(copy))).toBeNull();
    expect("toString" in copy).toBe(false);
    expect(Object.hasOwn(copy.list, 1)).toBe(true);
    expect(copy.nested).not.toBe(input.nested);
  });

  it("reads a Date or a class instance as the record of its own fields", () => {
    class Scheda {
      title = "Azione";
      get hidden(): string {
        return "on the prototype";
      }
    }
    expect(ownSnapshot(new Scheda())).toEqual({ title: "Azione" });
    expect(ownSnapshot(new Date(0))).toEqual({});
  });

  it("puts a stand-in in place of a Decimal, which only the decimal readers see through", () => {
    const amount = new Decimal("1234.56");
    const copy = ownSnapshot({ amount }) as { amount: object };
    expect(Object.keys(copy.amount)).toEqual([]);
    expect(decimalBehind(copy.amount)).toBe(amount);
    expect(readDecimal(copy.amount).toString()).toBe("1234.56");
    // The data a schema has validated keeps its Decimals.
    expect(ownData({ amount }).amount).toBe(amount);
  });

  it("hands data back as plain objects, a '__proto__' key as data", () => {
    const input = JSON.parse('{"a":{"b":1},"__proto__":{"polluted":true}}') as object;
    const copy = plainData(ownData(input)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(copy["a"])).toBe(Object.prototype);
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"a":{"b":1},"__proto__":{"polluted":true}}');
  });

  it("copies an object met twice once, so shared parts cost nothing more", () => {
    let shared: unknown = { leaf: 1 };
    for (let level = 0; level < 40; level += 1) shared = { left: shared, right: shared };
    const copy = ownSnapshot(shared) as { left: unknown; right: unknown };
    expect(copy.left).toBe(copy.right);
  });

  it("never takes a field planted on Object.prototype for data", () => {
    const copy = withPlanted("title", "planted", () => ownSnapshot({ id: "a" })) as Record<string, unknown>;
    expect(copy["title"]).toBeUndefined();
  });

  it("refuses a value that contains itself, or nesting deeper than LIMITS.maxNestingDepth", () => {
    const cyclic: Record<string, unknown> = { id: "a" };
    cyclic["self"] = { back: cyclic };
    expect(thrown(() => ownSnapshot(cyclic))).toEqual({ code: "too_deeply_nested", path: ["self", "back"] });
    let deep: unknown = "leaf";
    for (let level = 0; level <= LIMITS.maxNestingDepth; level += 1) deep = [deep];
    expect(thrown(() => ownSnapshot(deep)).code).toBe("too_deeply_nested");
    // Shared but not cyclic: copied twice, no error.
    const shared = { x: 1 };
    expect(ownSnapshot({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it("reports a getter that throws with its path", () => {
    const hostile = {
      items: [
        {},
        {
          get title(): string {
            throw new Error("no");
          },
        },
      ],
    };
    expect(thrown(() => ownSnapshot(hostile))).toEqual({
      code: "unreadable_field",
      path: ["items", 1, "title"],
    });
  });
});

describe("ownView", () => {
  it("shows own fields only, keeps a list's methods and views nested records as they are read", () => {
    const view = withPlanted("kind", "planted", () => {
      const data = ownView({ items: [{ id: "a" }, { id: "b", kind: "own" }] });
      return {
        kinds: data.items.map((item) => (item as { kind?: string }).kind),
        has: "kind" in (data.items[0] as object),
      };
    });
    expect(view).toEqual({ kinds: [undefined, "own"], has: false });
  });
});

describe("a polluted Object.prototype changes no outcome", () => {
  it("safeParseIndicator: a planted numerator is not read as the indicator's", () => {
    const clean = safeParseIndicator(COUNT_INDICATOR);
    expect(clean.success).toBe(true);
    const planted = withPlanted("numerator", { it: "x", en: "x" }, () => safeParseIndicator(COUNT_INDICATOR));
    expect(planted).toEqual(clean);
  });

  it("evaluateIndicator: a planted leps or baselineYear is not read", () => {
    const observations = [{ year: 2025, value: 3 }];
    const clean = evaluateIndicator(COUNT_INDICATOR, observations);
    expect(clean.leps).toBeNull();
    const planted = withPlanted("leps", "incremento-sad", () =>
      withPlanted("baselineYear", 2024, () => evaluateIndicator(COUNT_INDICATOR, observations)),
    );
    expect(planted).toEqual(clean);
  });
});

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { selectFirst } from "../../src/finance/_select-first.js";

test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), fc.nat({ max: 210 })])(
  "puts first the items a full sort puts first, ties broken by position",
  (keys, count) => {
    const before = (a: number, b: number) =>
      (keys[a] ?? 0) !== (keys[b] ?? 0) ? (keys[a] ?? 0) > (keys[b] ?? 0) : a < b;
    const items = Int32Array.from(keys.keys());
    selectFirst(items, count, before);
    const sorted = [...keys.keys()].sort((a, b) => (before(a, b) ? -1 : 1));
    const kept = Math.min(count, keys.length);
    expect([...items.slice(0, kept)].sort((a, b) => a - b)).toEqual(
      sorted.slice(0, kept).sort((a, b) => a - b),
    );
    expect([...items].sort((a, b) => a - b)).toEqual([...keys.keys()]);
  },
);

import { expect, it } from "vitest";
import { frozen } from "../../src/catalog/_frozen.js";

it("deep-freezes a catalogue and returns it", () => {
  const value = { a: { b: [1, { c: 2 }] } };
  expect(frozen(value)).toBe(value);
  expect(Object.isFrozen(value.a.b[1])).toBe(true);
});

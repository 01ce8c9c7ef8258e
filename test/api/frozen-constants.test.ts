// Exported lists of codes and bounds are read by the library itself (isAdequacyLevel reads ADEQUACY_LEVELS, the
// readers read LIMITS): a consumer who changes one would change the library for every other consumer in the process.
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { ADEQUACY_LEVELS, LIMITS, ROUNDING_MODES, isAdequacyLevel } from "../../src/index.js";

describe("exported constants cannot be changed", () => {
  it("freezes every exported list and record of the package root (zod schemas aside)", () => {
    const mutable = Object.entries(library as Record<string, unknown>)
      .filter(([name, value]) => name !== "Decimal" && typeof value === "object" && value !== null)
      .filter(([, value]) => typeof (value as { safeParse?: unknown }).safeParse !== "function")
      .filter(([, value]) => !Object.isFrozen(value))
      .map(([name]) => name);
    expect(mutable).toEqual([]);
  });

  it("refuses a code pushed into a list, and the guards keep their answer", () => {
    expect(() => (ADEQUACY_LEVELS as unknown as string[]).push("eccellente")).toThrow(TypeError);
    expect(isAdequacyLevel("eccellente")).toBe(false);
    expect(() => {
      (ROUNDING_MODES as unknown as string[])[0] = "banker";
    }).toThrow(TypeError);
    expect(ROUNDING_MODES[0]).toBe("half-up");
  });

  it("keeps the bounds", () => {
    expect(() => {
      (LIMITS as { maxListLength: number }).maxListLength = 1;
    }).toThrow(TypeError);
    expect(LIMITS.maxListLength).toBe(10_000_000);
  });
});

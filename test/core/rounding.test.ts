import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { roundEuro, roundTo } from "../../src/index.js";

describe("roundTo", () => {
  it.each([
    ["half-up", "2.345", "2.35", "-2.35"],
    ["half-even", "2.345", "2.34", "-2.34"],
    ["half-down", "2.345", "2.34", "-2.34"],
    ["up", "2.341", "2.35", "-2.35"],
    ["down", "2.349", "2.34", "-2.34"],
    ["ceil", "2.341", "2.35", "-2.34"],
    ["floor", "2.349", "2.34", "-2.35"],
  ] as const)("%s rounds %s to %s (and its negative to %s)", (mode, value, positive, negative) => {
    expect(roundTo(value, 2, mode).toFixed()).toBe(positive);
    expect(roundTo(`-${value}`, 2, mode).toFixed()).toBe(negative);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundTo("-0.001", 2, "half-up").toNumber(), -0)).toBe(false);
  });
});

describe("roundEuro", () => {
  it("rounds to the cent, half-up by default (EU Reg. 1103/97 art. 5)", () => {
    expect(roundEuro("4666.665").toFixed()).toBe("4666.67");
    expect(roundEuro("-4666.665").toFixed()).toBe("-4666.67");
    expect(roundEuro("4666.665", "half-even").toFixed()).toBe("4666.66");
  });
});

describe("rounding options", () => {
  it("refuses unknown modes and absurd decimals", () => {
    expect(codeOf(() => roundTo("1", 2, "banker" as never))).toBe("invalid_rounding_mode");
    expect(codeOf(() => roundTo("1", -2, "half-up"))).toBe("invalid_decimals");
    expect(codeOf(() => roundTo("1", 1e9, "half-up"))).toBe("invalid_decimals");
    expect(codeOf(() => roundEuro("1", "x" as never))).toBe("invalid_rounding_mode");
  });
});

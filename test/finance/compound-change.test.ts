import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compoundChange, MAX_COMPOUND_CHANGES } from "../../src/finance/compound-change.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { HOSTILE } from "./hostile.js";

describe("compoundChange", () => {
  it("chains changes", () => {
    expect(compoundChange(["14", "1.94"]).toFixed(2)).toBe("16.21"); // seed 001 L1066
    expect(compoundChange([]).toString()).toBe("0");
    expect(compoundChange([-50, 100]).toString()).toBe("0");
    expect(compoundChange([-100, 5]).toString()).toBe("-100");
  });

  it("rounds once: three changes of a third of a percent compound to the rational reference", () => {
    // Each factor is 1 + 0,3333333333/100 = 1003333333333/10^12: (f^3 − 10^36) × 100 / 10^36, one fraction.
    expect(compoundChange(["0.3333333333", "0.3333333333", "0.3333333333"]).toString()).toBe(
      roundedFraction((1003333333333n ** 3n - 10n ** 36n) * 100n, 10n ** 36n),
    );
  });

  it("rejects a fall below −100% and more than 1,000 changes", () => {
    expect(codeOf(() => compoundChange([-101]))).toBe("change_below_minus_100");
    expect(codeOf(() => compoundChange([1, "-100.0000000001"]), true)).toBe("change_below_minus_100@1");
    expect(codeOf(() => compoundChange(new Array<number>(MAX_COMPOUND_CHANGES + 1).fill(1)))).toBe(
      "too_many_items",
    );
  });

  it("stays fast at its bound, with changes of the most digits", () => {
    const changes = new Array<string>(MAX_COMPOUND_CHANGES).fill("-99.99999999999999999999999999999");
    expect(compoundChange(changes).toString()).toBe("-100");
    expect(
      compoundChange(new Array<string>(MAX_COMPOUND_CHANGES).fill("0.000000000000000000000000000001")).gt(0),
    ).toBe(true);
  });

  const LISTS: Record<string, string | undefined> = {
    "a revoked proxy": "unreadable_field",
    "a proxy whose traps throw": "unreadable_field",
    "an array with holes": "invalid_decimal",
    "an array of nulls": "invalid_decimal",
    "a frozen empty array": undefined,
  };
  it.each(HOSTILE)("reads %s as the changes with a documented code", (name, value) => {
    expect(codeOf(() => compoundChange(value as []))).toBe(name in LISTS ? LISTS[name] : "invalid_type");
  });
});

test.prop([fc.array(fc.bigInt({ min: -9999n, max: 100000n }), { maxLength: 20 })])(
  "compoundChange is the rational reference, rounded once",
  (hundredths) => {
    // Each change is h/100 %: the factor is (10000 + h) / 10000.
    const numerator = hundredths.reduce((product, h) => product * (10000n + h), 1n);
    const denominator = 10000n ** BigInt(hundredths.length);
    const changes = hundredths.map((h) => (Number(h) / 100).toString());
    expect(compoundChange(changes).toString()).toBe(
      roundedFraction((numerator - denominator) * 100n, denominator),
    );
  },
);

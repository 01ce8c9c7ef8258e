import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { percentChange } from "../../src/finance/percent-change.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { HOSTILE } from "./hostile.js";

describe("percentChange", () => {
  it("is exact and signed", () => {
    expect(percentChange(200, 150).toString()).toBe("-25");
    expect(percentChange("117.48", "136.03").toFixed(2)).toBe("15.79"); // seed 001 L1105
    // (13603 − 11748) × 100 / 11748, one fraction rounded once
    expect(percentChange("117.48", "136.03").toString()).toBe(roundedFraction(185500n, 11748n));
  });

  it("computes from every digit of its inputs, also beyond 40", () => {
    const previous = "1.00000000000000000000000000000000000000000001"; // 45 significant digits
    expect(percentChange(previous, 1).toString()).toBe(
      roundedFraction(-100n, 100000000000000000000000000000000000000000001n),
    );
  });

  it("rejects a zero or negative base", () => {
    expect(codeOf(() => percentChange(0, 1))).toBe("zero_base");
    expect(codeOf(() => percentChange(-1, 1))).toBe("negative_amount");
    expect(codeOf(() => percentChange(1, -1), true)).toBe("negative_amount@current");
  });

  const VALUES: Record<string, string | undefined> = {
    "a number": undefined,
    "a 1 MB string": "number_text_too_long",
    "a huge bigint": "number_out_of_range",
    "a huge exponent": "number_out_of_range",
  };
  it.each(HOSTILE)("reads %s as either value with a documented code", (name, value) => {
    const expected = name in VALUES ? VALUES[name] : "invalid_decimal";
    expect(codeOf(() => percentChange(value as string, 1))).toBe(expected);
    expect(codeOf(() => percentChange(1, value as string))).toBe(expected);
  });
});

test.prop([fc.bigInt({ min: 1n, max: 10n ** 17n - 1n }), fc.bigInt({ min: 0n, max: 10n ** 17n - 1n })])(
  "percentChange is the rational reference, rounded once",
  (previous, current) => {
    const text = (cents: bigint): string =>
      `${(cents / 100n).toString()}.${(cents % 100n).toString().padStart(2, "0")}`;
    expect(percentChange(text(previous), text(current)).toString()).toBe(
      roundedFraction((current - previous) * 100n, previous),
    );
  },
);

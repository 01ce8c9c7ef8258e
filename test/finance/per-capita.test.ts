import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { roundEuro } from "../../src/core/rounding.js";
import { perCapita } from "../../src/finance/per-capita.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { HOSTILE } from "./hostile.js";

describe("perCapita", () => {
  it("divides exactly", () => {
    // Alto Milanese FNPS 2022, 1.409.309,58 € (seed 004 L468) over 258.307 inhabitants (seed 004 L265)
    expect(roundEuro(perCapita("1409309.58", 258307)).toString()).toBe("5.46");
    expect(perCapita(10, 4).toString()).toBe("2.5");
    expect(perCapita("1409309.58", 258307).toString()).toBe(roundedFraction(140930958n, 25830700n));
  });

  it("reads an amount of more than 40 significant digits exactly before dividing", () => {
    const amount = "123456789012345.1234567890123456789012345678901";
    expect(perCapita(amount, 7).toString()).toBe(
      roundedFraction(1234567890123451234567890123456789012345678901n, 7n * 10n ** 31n),
    );
  });

  it("rejects bad input", () => {
    expect(codeOf(() => perCapita(10, 0))).toBe("zero_population");
    expect(codeOf(() => perCapita(10, -5))).toBe("invalid_count");
    expect(codeOf(() => perCapita(10, 2.5))).toBe("invalid_count");
    expect(codeOf(() => perCapita(-10, 5))).toBe("negative_amount");
  });

  const AMOUNTS: Record<string, string | undefined> = {
    "a number": undefined,
    "a 1 MB string": "number_text_too_long",
    "a huge bigint": "number_out_of_range",
    "a huge exponent": "number_out_of_range",
  };
  it.each(HOSTILE)("reads %s as the amount with a documented code", (name, value) => {
    expect(codeOf(() => perCapita(value as string, 10))).toBe(
      name in AMOUNTS ? AMOUNTS[name] : "invalid_decimal",
    );
  });

  it.each(HOSTILE)("reads %s as the population with a documented code", (name, value) => {
    expect(codeOf(() => perCapita(1, value as number))).toBe(
      name === "a number" ? undefined : "invalid_count",
    );
  });
});

test.prop([
  fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
])("perCapita is the rational reference, rounded once", (cents, population) => {
  const amount = `${(cents / 100n).toString()}.${(cents % 100n).toString().padStart(2, "0")}`;
  expect(perCapita(amount, population).toString()).toBe(roundedFraction(cents, 100n * BigInt(population)));
});

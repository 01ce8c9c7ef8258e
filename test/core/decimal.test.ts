import { describe, expect, it } from "vitest";
import { Decimal as DecimalJs } from "decimal.js";
import { codeOf } from "../error-code.js";
import { Decimal, resourceCoincidence } from "../../src/index.js";

describe("Decimal", () => {
  it("is a clone with 40 significant digits that leaves decimal.js alone", () => {
    expect(Decimal.precision).toBe(40);
    expect(new Decimal(2).div(3).toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.isDecimal(new Decimal(1))).toBe(true);
    expect(new Decimal(1)).toBeInstanceOf(Decimal);
  });

  it("prints plain digits, never exponents, in its range", () => {
    expect(new Decimal("1e-30").toString()).toBe("0.000000000000000000000000000001");
    expect(new Decimal("1e30").toString()).toBe("1000000000000000000000000000000");
  });

  it("cannot be reconfigured, so the library's results never change", () => {
    const before = resourceCoincidence({ budgeted: 3, paid: 1 }).percent?.toString();
    expect(codeOf(() => Decimal.set({ precision: 5 }))).toBe("decimal_is_fixed");
    expect(
      codeOf(() => {
        (Decimal as unknown as { precision: number }).precision = 5;
      }),
    ).toBe("decimal_is_fixed");
    expect(codeOf(() => Object.defineProperty(Decimal, "rounding", { value: 1 }))).toBe("decimal_is_fixed");
    expect(Decimal.precision).toBe(40);
    expect(resourceCoincidence({ budgeted: 3, paid: 1 }).percent?.toString()).toBe(before);
  });

  it("still computes logarithms and roots, which change the precision internally", () => {
    expect(new Decimal(10).ln().toString().slice(0, 12)).toBe("2.3025850929");
    expect(new Decimal(2).sqrt().toString().slice(0, 12)).toBe("1.4142135623");
  });

  it("offers clones with another precision", () => {
    const Five = Decimal.clone({ precision: 5 });
    expect(new Five(1).div(3).toString()).toBe("0.33333");
    expect(new Decimal(1).div(3).toString()).toHaveLength(42);
  });
});

import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/index.js";
import { decimalFrom, nonNegativeFrom } from "../../src/evaluation/_decimal.js";
import { codeOf } from "../error-code.js";

describe("decimalFrom", () => {
  it("copies the library's own Decimals, within the bounds", () => {
    const value = new Decimal("76.5625");
    const copy = decimalFrom(value, []);
    expect(copy.toString()).toBe("76.5625");
    expect(copy).not.toBe(value);
    expect(codeOf(() => decimalFrom(new Decimal("1e15"), []))).toBe("number_out_of_range");
    expect(codeOf(() => decimalFrom(new Decimal("1e-31"), []))).toBe("number_out_of_range");
    expect(codeOf(() => decimalFrom(new Decimal(Number.NaN), []))).toBe("invalid_decimal");
    expect(decimalFrom(new Decimal("-0"), []).isNegative()).toBe(false);
  });

  it("refuses a Decimal whose internals were tampered with", () => {
    const broken = new Decimal(5) as unknown as { d: unknown };
    broken.d = ["5"];
    expect(codeOf(() => decimalFrom(broken, []))).toBe("invalid_decimal");
    broken.d = null;
    expect(codeOf(() => decimalFrom(broken, []))).toBe("invalid_decimal");
    const hollow = Object.create(Object.getPrototypeOf(new Decimal(1)) as object) as unknown;
    expect(codeOf(() => decimalFrom(hollow, []))).toBe("invalid_decimal");
  });

  it("turns any other throw into unreadable_field", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codeOf(() => decimalFrom(proxy, ["x"]), true)).toBe("unreadable_field@x");
    expect(codeOf(() => nonNegativeFrom("-1", ["y"]), true)).toBe("negative_amount@y");
  });
});

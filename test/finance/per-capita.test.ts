import { describe, expect, it } from "vitest";
import { roundEuro } from "../../src/core/rounding.js";
import { perCapita } from "../../src/finance/per-capita.js";
import { codeOf } from "../error-code.js";

describe("perCapita", () => {
  it("divides exactly", () => {
    // Alto Milanese FNPS 2022, 1.409.309,58 € (seed 004 L468) over 258.307 inhabitants (seed 004 L265)
    expect(roundEuro(perCapita("1409309.58", 258307)).toString()).toBe("5.46");
    expect(perCapita(10, 4).toString()).toBe("2.5");
  });

  it("rejects bad input", () => {
    expect(codeOf(() => perCapita(10, 0))).toBe("zero_population");
    expect(codeOf(() => perCapita(10, -5))).toBe("invalid_count");
    expect(codeOf(() => perCapita(10, 2.5))).toBe("invalid_count");
    expect(codeOf(() => perCapita(-10, 5))).toBe("negative_amount");
  });
});

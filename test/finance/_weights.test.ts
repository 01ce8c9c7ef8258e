import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { readWeights } from "../../src/finance/_weights.js";
import { codeOf } from "../error-code.js";

describe("readWeights", () => {
  it("keeps whole-number weights as doubles, and turns -0 into 0", () => {
    const weights = readWeights([3, -0, 2], ["w"]);
    expect(weights.kind).toBe("number");
    expect(weights.kind === "number" ? [...weights.values].map((value) => Object.is(value, -0)) : []).toEqual(
      [false, false, false],
    );
    expect(weights.sum).toBe(5);
  });

  it("scales decimal weights by one power of ten into bigints", () => {
    const weights = readWeights([1, "0.25", new Decimal("0.5")], ["w"]);
    expect(weights.kind === "bigint" ? weights.values : []).toEqual([100n, 25n, 50n]);
    expect(weights.sum).toBe(175n);
  });

  it("goes to bigints when the sum of whole numbers is not exact in a double", () => {
    const weights = readWeights([9e14, 9e14, 9e14, 9e14, 9e14, 9e14, 9e14, 9e14, 9e14, 9e14, 9e14], ["w"]);
    expect(weights.kind).toBe("bigint");
    expect(weights.sum).toBe(99n * 10n ** 14n);
  });

  it("reports the weight it cannot read at its index", () => {
    expect(codeOf(() => readWeights([1, 2, -3], ["w"]), true)).toBe("negative_amount@w.2");
    expect(codeOf(() => readWeights([1, 1e15], ["w"]), true)).toBe("number_out_of_range@w.1");
    expect(codeOf(() => readWeights([0, "0"], ["w"]), true)).toBe("zero_weights@w");
    expect(codeOf(() => readWeights([], ["w"]), true)).toBe("empty_weights@w");
  });
});

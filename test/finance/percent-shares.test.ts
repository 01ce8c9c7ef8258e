import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { percentShares } from "../../src/finance/percent-shares.js";
import { codeOf } from "../error-code.js";

describe("percentShares", () => {
  it("rounds Busto Arsizio's split by nature to the printed 71,54% / 28,46%", () => {
    // seed 001 L1089: 22.966.326,17 € (71,54%) and 9.135.701,97 € (28,46%)
    const shares = percentShares(["22966326.17", "9135701.97"]);
    expect(shares.map((share) => share.rounded.toString())).toEqual(["71.54", "28.46"]);
    expect(shares[0]?.exact.toFixed(4)).toBe("71.5417");
  });

  it("makes Gallarate's funding channels sum to 100,0% at one decimal", () => {
    // The document's own Tabella 2.3 rounds each share alone (FSR 2,9%) and its column sums to 99,8% (seed 000
    // L3078-3090); the largest-remainder split gives FSR 3,0% and Fondo 0-6 0,2% so that the column sums to 100,0%.
    // seed 000 L3176-3179: Tabella 2.4 totals by channel
    const channels = [16727271, 935176, 1218857, 85933, 584956, 239835, 7049, 35784];
    const shares = percentShares(channels, { decimals: 1 });
    const rounded = shares.map((share) => share.rounded.toString());
    expect(rounded).toEqual(["84.3", "4.7", "6.2", "0.4", "3", "1.2", "0", "0.2"]);
    expect(shares.reduce((sum, share) => sum.plus(share.rounded), new Decimal(0)).toString()).toBe("100");
  });

  it("supports whole percents", () => {
    expect(percentShares([2, 1], { decimals: 0 }).map((share) => share.rounded.toString())).toEqual([
      "67",
      "33",
    ]);
  });

  it("rejects bad input", () => {
    expect(codeOf(() => percentShares([0, 0]))).toBe("zero_weights");
    expect(codeOf(() => percentShares([-1, 2]))).toBe("negative_amount");
    expect(codeOf(() => percentShares([1], { decimals: -1 }))).toBe("invalid_decimals");
    expect(codeOf(() => percentShares([1], { decimals: 1.5 }))).toBe("invalid_decimals");
  });
});

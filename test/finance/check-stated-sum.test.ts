import { describe, expect, it } from "vitest";
import { checkStatedSum } from "../../src/finance/check-stated-sum.js";
import { codeOf } from "../error-code.js";

describe("checkStatedSum", () => {
  it("accepts an exact total, warns within rounding, errs beyond", () => {
    expect(checkStatedSum(["1,5", "2,5"], "4")).toEqual([]);
    expect(checkStatedSum(["33,3%", "33,3%", "33,3%"], "100%", ["total"])).toEqual([
      {
        code: "rounded_sum_mismatch",
        severity: "warning",
        path: ["total"],
        message: "Stated total 100%, sum of the printed parts 99.9 (the gap may come from rounding)",
        messageIt:
          "Totale indicato 100%, somma delle voci stampate 99,9 (la differenza può dipendere dagli arrotondamenti)",
        stated: "100",
        computed: "99.9",
      },
    ]);
    expect(checkStatedSum(["10", "20"], "33").map((finding) => [finding.code, finding.severity])).toEqual([
      ["stated_sum_mismatch", "error"],
    ]);
  });

  it("rejects unreadable figures", () => {
    expect(codeOf(() => checkStatedSum(["x"], "1"))).toBe("malformed_italian_number");
  });
});

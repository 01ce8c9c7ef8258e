import { describe, expect, it } from "vitest";
import { codeOf } from "../error-code.js";
import { stockReferenceDate } from "../../src/demography/index.js";

describe("stockReferenceDate", () => {
  it("applies the 1 January convention to 31 December stocks", () => {
    // Gallarate labels its stocks "31/12/2021 … 31/12/2023" (seed 000 L3009).
    expect(["31/12/2021", "31.12.2022", "2023-12-31"].map((d) => stockReferenceDate(d))).toEqual([
      "2022-01-01",
      "2023-01-01",
      "2024-01-01",
    ]);
    // 0.1.0 returned "10000-01-01" here; years are now bounded to 1900-2199.
    expect(codeOf(() => stockReferenceDate("31/12/9999"))).toBe("year_out_of_range");
    expect(stockReferenceDate("1/1/2024")).toBe("2024-01-01");
  });
});

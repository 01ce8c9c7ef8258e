import { describe, expect, it } from "vitest";
import { stockReferenceDate } from "../../src/demography/index.js";

describe("stockReferenceDate", () => {
  it("applies the 1 January convention to 31 December stocks", () => {
    // Gallarate labels its stocks "31/12/2021 … 31/12/2023" (seed 000 L3009).
    expect(["31/12/2021", "31.12.2022", "2023-12-31"].map((d) => stockReferenceDate(d))).toEqual([
      "2022-01-01",
      "2023-01-01",
      "2024-01-01",
    ]);
    expect(stockReferenceDate("31/12/9999")).toBe("10000-01-01");
    expect(stockReferenceDate("1/1/2024")).toBe("2024-01-01");
  });
});

import { describe, expect, it } from "vitest";
import { compoundChange, percentChange, yearOnYearChanges } from "../../src/finance/year-on-year.js";
import { codeOf } from "../error-code.js";

describe("percentChange", () => {
  it("is exact and signed", () => {
    expect(percentChange(200, 150).toString()).toBe("-25");
    expect(percentChange("117.48", "136.03").toFixed(2)).toBe("15.79"); // seed 001 L1105
  });

  it("rejects a zero or negative base", () => {
    expect(codeOf(() => percentChange(0, 1))).toBe("zero_base");
    expect(codeOf(() => percentChange(-1, 1))).toBe("negative_amount");
  });
});

describe("yearOnYearChanges", () => {
  it("reproduces Alto Milanese's true totals' changes", () => {
    // seed 004 L467-499 summed: 12.717.484,62 / 10.190.595,56 / 10.789.430,99
    const changes = yearOnYearChanges([
      { year: 2022, amount: "12717484.62" },
      { year: 2023, amount: "10190595.56" },
      { year: 2024, amount: "10789430.99" },
    ]);
    expect(changes.map((change) => change.changePercent?.toFixed(2) ?? null)).toEqual([
      null,
      "-19.87",
      "5.88",
    ]);
  });

  it("rejects years out of order or repeated", () => {
    expect(
      codeOf(() =>
        yearOnYearChanges([
          { year: 2023, amount: 1 },
          { year: 2023, amount: 2 },
        ]),
      ),
    ).toBe("years_out_of_order");
    expect(codeOf(() => yearOnYearChanges([{ year: 2023.5, amount: 1 }]))).toBe("years_out_of_order");
    expect(yearOnYearChanges([])).toEqual([]);
  });
});

describe("compoundChange", () => {
  it("chains changes", () => {
    expect(compoundChange(["14", "1.94"]).toFixed(2)).toBe("16.21"); // seed 001 L1066
    expect(compoundChange([]).toString()).toBe("0");
    expect(compoundChange([-50, 100]).toString()).toBe("0");
  });

  it("rejects a fall below −100%", () => {
    expect(codeOf(() => compoundChange([-101]))).toBe("change_below_minus_100");
  });
});

import { describe, expect, it } from "vitest";
import { yearOnYearChanges } from "../../src/finance/year-on-year.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { codeAsRecord, HOSTILE } from "./hostile.js";

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
    expect(changes[1]?.changePercent?.toString()).toBe(
      roundedFraction((1019059556n - 1271748462n) * 100n, 1271748462n),
    );
    expect(JSON.parse(JSON.stringify(changes[0]))).toEqual({
      year: 2022,
      amount: "12717484.62",
      changePercent: null,
    });
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
    expect(codeOf(() => yearOnYearChanges([{ year: "2023" as unknown as number, amount: 1 }]))).toBe(
      "years_out_of_order",
    );
    expect(yearOnYearChanges([])).toEqual([]);
  });

  it("names the amount that is a zero base", () => {
    expect(
      codeOf(
        () =>
          yearOnYearChanges([
            { year: 2022, amount: 0 },
            { year: 2023, amount: 1 },
          ]),
        true,
      ),
    ).toBe("zero_base@0.amount");
  });

  const SERIES: Record<string, string | undefined> = {
    "a revoked proxy": "unreadable_field",
    "a proxy whose traps throw": "unreadable_field",
    "a frozen empty array": undefined,
  };
  it.each(HOSTILE)("reads %s as the series with a documented code", (name, value) => {
    expect(codeOf(() => yearOnYearChanges(value as []))).toBe(name in SERIES ? SERIES[name] : "invalid_type");
  });

  it.each(HOSTILE)("reads %s as an item of the series with a documented code", (name, value) => {
    expect(codeOf(() => yearOnYearChanges([value as { year: number; amount: number }]))).toBe(
      codeAsRecord(name),
    );
  });
});

import { describe, expect, it } from "vitest";
import { readPrintedFigure } from "../../src/demography/index.js";
import { hostileCode, hostileValues } from "./_hostile.js";

describe("readPrintedFigure", () => {
  it("keeps the printed decimals", () => {
    expect(["6,40", "1.584", "-3,13", "76,56%", "€ 1.300,00", "8"].map((t) => readPrintedFigure(t))).toEqual([
      "6.40",
      "1584",
      "-3.13",
      "76.56",
      "1300.00",
      "8",
    ]);
  });
});

describe("readPrintedFigure on hostile input", () => {
  it.each(hostileValues())("refuses %s as a figure or a path", (_, value) => {
    expect(hostileCode(() => readPrintedFigure(value as never))).toMatch(
      /^(invalid_type|empty_number|malformed_italian_number|ambiguous_number|number_text_too_long)$/,
    );
    expect(hostileCode(() => readPrintedFigure("1,5", value as never))).toMatch(
      /^(returned|invalid_type|unreadable_field)$/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { readPrintedFigure } from "../../src/demography/index.js";

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

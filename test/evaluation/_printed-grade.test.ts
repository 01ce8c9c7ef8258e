import { describe, expect, it } from "vitest";
import { readPrintedGrade } from "../../src/evaluation/_printed-grade.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, NUMBER_CODES, SHAPE_CODES } from "./_hostile.js";

describe("readPrintedGrade", () => {
  it("reads what the document prints, keeping the precision of the percent", () => {
    // seed 000 L2945-2946
    const grade = readPrintedGrade(
      { text: "76,56% (sufficiente)", percent: "76.56", band: "sufficiente" },
      true,
    );
    expect([grade.text, grade.percent?.toString(), grade.decimals, grade.band, grade.notApplicable]).toEqual([
      "76,56% (sufficiente)",
      "76.56",
      2,
      "sufficiente",
      false,
    ]);
    expect(readPrintedGrade({ text: "76,50%", percent: "76.50" }, true).decimals).toBe(2);
    expect(readPrintedGrade({ percent: 50, range: null, band: null }, false)).toMatchObject({
      text: null,
      range: null,
    });
  });

  it.each([
    [{ percent: 30 }, true, "required_field@text"],
    [{ text: "x", range: { from: 90, to: 80 } }, true, "grade_range_reversed@range"],
    [{ text: "x", range: { from: 90 } }, true, "required_field@range.to"],
    [
      { text: "x", notApplicable: true, band: "nullo" },
      true,
      "not_applicable_grade_with_value@notApplicable",
    ],
    [{ text: "x", notApplicable: "sì" }, true, "invalid_type@notApplicable"],
    [{ text: "x", percent: -1 }, true, "percent_out_of_range@percent"],
  ])("refuses %j", (value, textRequired, code) => {
    expect(codeOf(() => readPrintedGrade(value, textRequired), true)).toBe(code);
  });

  it.each(HOSTILE)("answers %s with a grade or a documented code", (_name, value) => {
    const codes = [
      ...SHAPE_CODES,
      ...NUMBER_CODES,
      "percent_out_of_range",
      "invalid_option",
      "grade_range_reversed",
      "not_applicable_grade_with_value",
    ];
    expect(codeOrValid(() => readPrintedGrade(value, true), codes)).toBe(true);
    expect(codeOrValid(() => readPrintedGrade({ text: "x", range: value }, true), codes)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  CountSchema,
  Decimal,
  DecimalSchema,
  EuroAmountSchema,
  IsoDateSchema,
  ItalianDecimalSchema,
  ItalianEuroAmountSchema,
  ItalianNonNegativeDecimalSchema,
  ItalianPercentSchema,
  LabelsSchema,
  NonNegativeDecimalSchema,
  PercentSchema,
  SourceReferenceSchema,
} from "../../src/index.js";
import { canonicalNumberJsonSchema, numberPrimitives } from "../../src/model/primitives.js";

function issueOf(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  return result.error?.issues[0] as
    { code: string; message: string; params?: Record<string, string> } | undefined;
}

const pdzCode = (result: { success: boolean; error?: { issues: readonly unknown[] } }) =>
  issueOf(result)?.params?.["pdzCode"];

describe("DecimalSchema (canonical text, the machine contract)", () => {
  it.each([
    ["1234.56", "1234.56"],
    ["103.125", "103.125"],
    ["0.500", "0.5"],
    ["1.234", "1.234"],
    ["-3.49", "-3.49"],
    ["1e3", "1000"],
    [" 12 ", "12"],
    [12.5, "12.5"],
  ])("reads %j as %s, with one reading", (input, expected) => {
    expect(DecimalSchema.parse(input).toFixed()).toBe(expected);
  });

  it.each(["1.234,56", "76,56%", "€ 1.300,00", "12,3.4", "", "1 234"])(
    "refuses %j (invalid_decimal)",
    (input) => {
      expect(pdzCode(DecimalSchema.safeParse(input))).toBe("invalid_decimal");
    },
  );

  it("accepts a Decimal and outputs a new Decimal", () => {
    const input = new Decimal("2.5");
    const output = DecimalSchema.parse(input);
    expect(output.eq(input)).toBe(true);
    expect(output).not.toBe(input);
  });

  it("refuses other types and magnitudes beyond the library's bounds", () => {
    expect(DecimalSchema.safeParse(true).success).toBe(false);
    expect(DecimalSchema.safeParse(Number.NaN).success).toBe(false);
    expect(pdzCode(DecimalSchema.safeParse("1e100000000"))).toBe("number_out_of_range");
  });
});

describe("ItalianDecimalSchema (text as the plans print it)", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["1.234", "1234"],
    ["122.855", "122855"],
    ["-3,49", "-3.49"],
    ["76,56%", "76.56"],
    [12.5, "12.5"],
  ])("reads %j as %s", (input, expected) => {
    expect(ItalianDecimalSchema.parse(input).toFixed()).toBe(expected);
  });

  it("refuses what would be a guess, with its own code", () => {
    expect(pdzCode(ItalianDecimalSchema.safeParse("12.85"))).toBe("ambiguous_number");
    expect(pdzCode(ItalianDecimalSchema.safeParse("0.500"))).toBe("ambiguous_number");
    expect(pdzCode(ItalianDecimalSchema.safeParse("12.85.1"))).toBe("malformed_italian_number");
    expect(issueOf(ItalianDecimalSchema.safeParse("12.85.1"))?.params?.["messageIt"]).toContain(
      "non è un numero",
    );
  });

  it("builds each mode once, on first use", () => {
    expect(numberPrimitives("italian")).toBe(numberPrimitives("italian"));
    expect(numberPrimitives("italian").decimal).not.toBe(numberPrimitives("canonical").decimal);
  });
});

describe("amount, percent and non-negative schemas", () => {
  it("refuse negatives with stable codes, in both modes", () => {
    expect(pdzCode(EuroAmountSchema.safeParse("-1.00"))).toBe("negative_amount");
    expect(pdzCode(ItalianEuroAmountSchema.safeParse("-1,00"))).toBe("negative_amount");
    expect(pdzCode(NonNegativeDecimalSchema.safeParse(-1))).toBe("negative_value");
    expect(pdzCode(ItalianNonNegativeDecimalSchema.safeParse("-1"))).toBe("negative_value");
    expect(pdzCode(PercentSchema.safeParse(-1))).toBe("percent_out_of_range");
    expect(pdzCode(PercentSchema.safeParse("100.01"))).toBe("percent_out_of_range");
    expect(pdzCode(ItalianPercentSchema.safeParse("100,01%"))).toBe("percent_out_of_range");
  });

  it("accept the Italian forms of the seeds in the Italian mode only", () => {
    expect(ItalianEuroAmountSchema.parse("€ 1.300.000,00").toFixed()).toBe("1300000");
    expect(ItalianPercentSchema.parse("100%").toFixed()).toBe("100");
    expect(ItalianNonNegativeDecimalSchema.parse("103,75").toFixed()).toBe("103.75");
    expect(pdzCode(EuroAmountSchema.safeParse("€ 1.300.000,00"))).toBe("invalid_decimal");
    expect(PercentSchema.parse("100").toFixed()).toBe("100");
    expect(NonNegativeDecimalSchema.parse("103.75").toFixed()).toBe("103.75");
  });

  it("describe canonical text or numbers in JSON Schema, a new object each time", () => {
    const percent = canonicalNumberJsonSchema(numberPrimitives("canonical").percent.in);
    expect(percent).toMatchObject({
      anyOf: [{ type: "string" }, { type: "number", minimum: 0, maximum: 100 }],
    });
    expect(canonicalNumberJsonSchema(numberPrimitives("canonical").percent.in)).not.toBe(percent);
    expect(canonicalNumberJsonSchema(numberPrimitives("italian").percent.in)).toBeUndefined();
  });
});

describe("IsoDateSchema", () => {
  it("outputs ISO dates and refuses impossible ones", () => {
    expect(IsoDateSchema.parse("01.01.2025")).toBe("2025-01-01");
    expect(IsoDateSchema.parse("2027-12-31")).toBe("2027-12-31");
    expect(pdzCode(IsoDateSchema.safeParse("31.02.2025"))).toBe("invalid_date");
  });
});

describe("small schemas", () => {
  it("CountSchema takes safe whole numbers ≥ 0", () => {
    expect(CountSchema.safeParse(0).success).toBe(true);
    expect(CountSchema.safeParse(-1).success).toBe(false);
    expect(CountSchema.safeParse(1.5).success).toBe(false);
    expect(CountSchema.safeParse(2 ** 53).success).toBe(false);
  });

  it("LabelsSchema and SourceReferenceSchema are strict", () => {
    expect(LabelsSchema.safeParse({ it: "a", en: "b" }).success).toBe(true);
    expect(LabelsSchema.safeParse({ it: "a", en: "b", de: "c" }).success).toBe(false);
    expect(SourceReferenceSchema.safeParse({ document: "d", lines: [1, 2] }).success).toBe(true);
    expect(SourceReferenceSchema.safeParse({ document: "d", lines: [0, 2] }).success).toBe(false);
  });

  it("are lazy schemas whose inner schema composes", () => {
    expect(
      LabelsSchema.unwrap()
        .extend({ de: LabelsSchema.unwrap().shape.it })
        .safeParse({ it: "a", en: "b", de: "c" }).success,
    ).toBe(true);
  });
});

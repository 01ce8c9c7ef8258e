import { describe, expect, it } from "vitest";
import * as z from "zod";
import { convertOrReport } from "../../src/model/_internal.js";
import {
  CountSchema,
  Decimal,
  DecimalSchema,
  EuroAmountSchema,
  IsoDateSchema,
  LabelsSchema,
  NonNegativeDecimalSchema,
  PercentSchema,
  SourceReferenceSchema,
} from "../../src/index.js";

function issueOf(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  return result.error?.issues[0] as
    { code: string; message: string; params?: Record<string, string> } | undefined;
}

describe("DecimalSchema", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["1234.56", "1234.56"],
    ["1.234", "1234"],
    ["-3,49", "-3.49"],
    [12.5, "12.5"],
    ["76,56%", "76.56"],
  ])("reads %j", (input, expected) => {
    expect(DecimalSchema.parse(input).toFixed()).toBe(expected);
  });

  it("accepts a Decimal and outputs a new Decimal", () => {
    const input = new Decimal("2.5");
    const output = DecimalSchema.parse(input);
    expect(output.eq(input)).toBe(true);
  });

  it("turns a PdzError into an issue with its code and Italian message", () => {
    const issue = issueOf(DecimalSchema.safeParse("12.85.1"));
    expect(issue?.code).toBe("custom");
    expect(issue?.params?.["pdzCode"]).toBe("malformed_italian_number");
    expect(issue?.params?.["messageIt"]).toContain("non è un numero");
  });

  it("refuses other types", () => {
    expect(DecimalSchema.safeParse(true).success).toBe(false);
    expect(DecimalSchema.safeParse(Number.NaN).success).toBe(false);
  });
});

describe("amount, percent and non-negative schemas", () => {
  it("refuse negatives with stable codes", () => {
    expect(issueOf(EuroAmountSchema.safeParse("-1,00"))?.params?.["pdzCode"]).toBe("negative_amount");
    expect(issueOf(NonNegativeDecimalSchema.safeParse(-1))?.params?.["pdzCode"]).toBe("negative_value");
    expect(issueOf(PercentSchema.safeParse(-1))?.params?.["pdzCode"]).toBe("percent_out_of_range");
    expect(issueOf(PercentSchema.safeParse("100,01%"))?.params?.["pdzCode"]).toBe("percent_out_of_range");
  });

  it("accept the Italian forms of the seeds", () => {
    expect(EuroAmountSchema.parse("€ 1.300.000,00").toFixed()).toBe("1300000");
    expect(PercentSchema.parse("100%").toFixed()).toBe("100");
    expect(NonNegativeDecimalSchema.parse("103,75").toFixed()).toBe("103.75");
  });
});

describe("IsoDateSchema", () => {
  it("outputs ISO dates and refuses impossible ones", () => {
    expect(IsoDateSchema.parse("01.01.2025")).toBe("2025-01-01");
    expect(IsoDateSchema.parse("2027-12-31")).toBe("2027-12-31");
    expect(issueOf(IsoDateSchema.safeParse("31.02.2025"))?.params?.["pdzCode"]).toBe("invalid_date");
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
});

describe("unexpected errors", () => {
  it("are not swallowed by the converters", () => {
    const schema = z.string().transform((value, ctx) =>
      convertOrReport(
        () => {
          throw new Error(`boom ${value}`);
        },
        ctx,
        z.NEVER,
      ),
    );
    expect(() => schema.parse("x")).toThrow("boom x");
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { isPdzError } from "../../src/core/error.js";
import { FundTableSchema, parseFundTable, safeParseFundTable } from "../../src/model/fund-table.js";
import { codeOf } from "../error-code.js";

const issues = (input: unknown, options?: { numbers?: "canonical" | "italian" }) => {
  const result = safeParseFundTable(input, options);
  return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
};

describe("safeParseFundTable", () => {
  it("reads canonical amounts by default, Italian ones when told", () => {
    const input = { columns: ["2022"], rows: [{ label: "FNPS", amounts: ["1409309.58"] }] };
    const canonical = safeParseFundTable(input);
    expect(canonical.success && canonical.data.rows[0]?.amounts[0]?.toString()).toBe("1409309.58");
    const italian = safeParseFundTable(
      { columns: ["2022"], rows: [{ label: "FNPS", amounts: ["1.409.309,58 €", 12, new Decimal("0.5")] }] },
      { numbers: "italian" },
    );
    expect(italian.success).toBe(false);
    const ok = safeParseFundTable(
      {
        columns: ["2022", "2023", "2024"],
        rows: [{ label: "FNPS", amounts: ["1.409.309,58 €", 12, new Decimal("0.5")] }],
      },
      { numbers: "italian" },
    );
    expect(ok.success && ok.data.rows[0]?.amounts.map(String)).toEqual(["1409309.58", "12", "0.5"]);
  });

  it("has one reading per mode: canonical 1.234 is 1.234, Italian 1.234 is 1234, and each refuses the other's text", () => {
    const one = (amount: string, numbers: "canonical" | "italian") => {
      const result = safeParseFundTable(
        { columns: ["x"], rows: [{ label: "a", amounts: [amount] }] },
        { numbers },
      );
      return result.success
        ? result.data.rows[0]?.amounts[0]?.toString()
        : result.issues.map((issue) => issue.code);
    };
    expect(one("1.234", "canonical")).toBe("1.234");
    expect(one("1.234", "italian")).toBe("1234");
    expect(one("1.234,56", "canonical")).toEqual(["invalid_decimal"]);
    expect(one("12.85", "italian")).toEqual(["ambiguous_number"]);
    expect(one("-1", "italian")).toEqual(["negative_amount"]);
    expect(one("1e100000000", "canonical")).toEqual(["number_out_of_range"]);
  });

  it("validates shapes and amounts", () => {
    expect(issues({ columns: ["2022"], rows: [{ label: "A", amounts: [1, 2] }] })).toEqual([
      ["row_length_mismatch", ["rows", 0, "amounts"]],
    ]);
    expect(
      issues({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }], statedColumnTotals: [] }),
    ).toEqual([["row_length_mismatch", ["statedColumnTotals"]]]);
    expect(issues({ columns: ["2022"], rows: [{ label: "A", amounts: ["-1"] }] })).toEqual([
      ["negative_amount", ["rows", 0, "amounts", 0]],
    ]);
    expect(issues({ columns: [], rows: [] })).toEqual([
      ["empty_list", ["columns"]],
      ["empty_list", ["rows"]],
    ]);
    expect(issues({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }], extra: 1 })).toEqual([
      ["unknown_field", ["extra"]],
    ]);
    expect(safeParseFundTable({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }] }).success).toBe(
      true,
    );
  });

  it("gives the row rule its message in both languages", () => {
    const result = safeParseFundTable({ columns: ["a", "b"], rows: [{ label: "A", amounts: [1] }] });
    expect(result.success ? null : [result.issues[0]?.message, result.issues[0]?.messageIt]).toEqual([
      "IMPORTI (amounts): each row, and the printed totals, must have one amount per column (2)",
      "IMPORTI: ogni riga, e la riga dei totali, deve avere un importo per colonna (2)",
    ]);
  });

  it("reports bad options as an issue instead of throwing", () => {
    // The same paths as every other model's options.
    expect(issues({}, { numbers: "english" as never })).toEqual([["invalid_option", ["numbers"]]]);
    expect(issues({}, 5 as never)).toEqual([["invalid_type", []]]);
  });

  it("round-trips through JSON in canonical form", () => {
    const table = parseFundTable(
      { columns: ["2022"], rows: [{ label: "FNPS", amounts: ["1.409.309,58"], statedTotal: "103,125" }] },
      { numbers: "italian" },
    );
    const again = parseFundTable(JSON.parse(JSON.stringify(table)));
    expect(again.rows[0]?.amounts.map(String)).toEqual(["1409309.58"]);
    expect(again.rows[0]?.statedTotal?.toString()).toBe("103.125");
  });
});

describe("parseFundTable", () => {
  it("returns the table or throws one validation_failed with every issue", () => {
    expect(parseFundTable({ columns: ["2022"], rows: [{ label: "A", amounts: [1] }] }).columns).toEqual([
      "2022",
    ]);
    let caught: unknown;
    try {
      parseFundTable({ columns: [], rows: [] });
    } catch (error) {
      caught = error;
    }
    expect(isPdzError(caught, "validation_failed")).toBe(true);
    expect(isPdzError(caught) ? caught.issues.map((issue) => issue.code) : []).toEqual([
      "empty_list",
      "empty_list",
    ]);
  });

  it("throws invalid_option for a reading it does not know", () => {
    expect(codeOf(() => parseFundTable({}, { numbers: "english" as never }), true)).toBe(
      "invalid_option@numbers",
    );
  });
});

describe("FundTableSchema", () => {
  it("is the canonical schema", () => {
    expect(
      FundTableSchema.safeParse({ columns: ["x"], rows: [{ label: "a", amounts: ["1.409.309,58"] }] })
        .success,
    ).toBe(false);
    expect(
      FundTableSchema.parse({ columns: ["x"], rows: [{ label: "a", amounts: ["1409309.58"] }] }).rows[0]
        ?.label,
    ).toBe("a");
  });
});

test.prop([fc.anything(), fc.anything()])("safeParseFundTable never throws", (input, options) => {
  const result = safeParseFundTable(input, options as never);
  expect(typeof result.success).toBe("boolean");
});

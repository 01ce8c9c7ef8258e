import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { fundTableTotals } from "../../src/finance/fund-table-totals.js";
import { codeOf } from "../error-code.js";
import { codeAsRecord, HOSTILE } from "./hostile.js";
import { SAMPLE_FUND_TABLE } from "./sample-fund-table.js";

const table = SAMPLE_FUND_TABLE;

describe("fundTableTotals", () => {
  it("recomputes totals by row, by column and overall", () => {
    const totals = fundTableTotals(table);
    expect(totals.byRow.map(String)).toEqual(["1000", "750.5"]);
    expect(totals.byColumn.map(String)).toEqual(["1250", "500.5"]);
    expect(totals.grandTotal.toString()).toBe("1750.5");
  });

  it("adds every digit: sums beyond 40 significant digits are not rounded", () => {
    const exact = fundTableTotals({
      columns: ["x"],
      rows: [
        { label: "a", amounts: ["999999999999999.999999999999999999999999999999"] },
        { label: "b", amounts: ["0.000000000000000000000000000002"] },
      ],
    } as never);
    // 46 significant digits: a sum rounded to 40 would read 10^15.
    expect(exact.grandTotal.toFixed()).toBe("1000000000000000.000000000000000000000000000001");
  });

  it("reads canonical tables that were never validated, and does not share or mutate them", () => {
    const raw = Object.freeze({
      columns: Object.freeze(["2024", "2025"]),
      rows: Object.freeze([
        Object.freeze({ label: "FNPS", amounts: Object.freeze(["1409309.58", new Decimal(1)]) }),
      ]),
    });
    const totals = fundTableTotals(raw as never);
    expect(totals.grandTotal.toString()).toBe("1409310.58");
    expect(totals.byColumn.map(String)).toEqual(["1409309.58", "1"]);
    expect(totals.byRow[0]).not.toBe(raw.rows[0]?.amounts[1]);
  });

  it("rejects tables it cannot sum, with a code and a path", () => {
    const rows = (amounts: unknown[]) => ({ columns: ["a", "b"], rows: [{ label: "x", amounts }] }) as never;
    expect(codeOf(() => fundTableTotals(rows([1])), true)).toBe("row_length_mismatch@rows.0.amounts");
    expect(codeOf(() => fundTableTotals(rows([1, -1])), true)).toBe("negative_amount@rows.0.amounts.1");
    expect(codeOf(() => fundTableTotals(rows([1, "1.000,00"])), true)).toBe(
      "invalid_decimal@rows.0.amounts.1",
    );
    expect(codeOf(() => fundTableTotals(rows([1, "1e100000000"])), true)).toBe(
      "number_out_of_range@rows.0.amounts.1",
    );
  });

  it.each(HOSTILE)("reads %s as the table with a documented code", (name, value) => {
    expect(codeOf(() => fundTableTotals(value as never))).toBe(codeAsRecord(name));
  });

  it.each(HOSTILE)("reads %s as the rows with a documented code", (name, value) => {
    const expected: Record<string, string | undefined> = {
      undefined: "required_field",
      "a revoked proxy": "unreadable_field",
      "a proxy whose traps throw": "unreadable_field",
      "a frozen empty array": undefined,
    };
    expect(codeOf(() => fundTableTotals({ columns: [], rows: value } as never))).toBe(
      name in expected ? expected[name] : "invalid_type",
    );
  });
});

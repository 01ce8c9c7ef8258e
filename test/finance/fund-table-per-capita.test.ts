import { describe, expect, it } from "vitest";
import { fundTablePerCapita } from "../../src/finance/fund-table-per-capita.js";
import { parseFundTable } from "../../src/model/fund-table.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { HOSTILE } from "./hostile.js";

const table = parseFundTable({
  columns: ["2022", "2023"],
  rows: [
    { label: "A", amounts: ["1000", 0] },
    { label: "B", amounts: [250, "500.5"] },
  ],
});

describe("fundTablePerCapita", () => {
  it("divides each column's exact total by the population, rounding once", () => {
    expect(fundTablePerCapita(table, 1000).map(String)).toEqual(["1.25", "0.5005"]);
    expect(fundTablePerCapita(table, 3).map(String)).toEqual([
      roundedFraction(1250n, 3n),
      roundedFraction(5005n, 30n),
    ]);
  });

  it.each(HOSTILE)("reads %s as the population with a documented code", (name, value) => {
    expect(codeOf(() => fundTablePerCapita(table, value as number))).toBe(
      name === "a number" ? undefined : "invalid_count",
    );
  });

  it("rejects a zero population and a table it cannot read", () => {
    expect(codeOf(() => fundTablePerCapita(table, 0))).toBe("zero_population");
    expect(codeOf(() => fundTablePerCapita(null as never, 10))).toBe("invalid_type");
  });
});

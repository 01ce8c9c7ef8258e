import { parseFundTable } from "../../src/model/fund-table.js";

/**
 * A small table printed the Italian way, with every kind of printed total: row B's is wrong (700 for 750,50), the
 * 2023 column's is off by exactly its year, and the grand total is wrong.
 */
export const SAMPLE_FUND_TABLE = parseFundTable(
  {
    columns: ["2022", "2023"],
    rows: [
      { label: "A", amounts: ["1.000,00 €", 0], statedTotal: "1.000,00" },
      { label: "B", amounts: [250, "500,50"], statedTotal: 700 },
    ],
    statedColumnTotals: [1250, "2.523,50"],
    statedGrandTotal: 1800,
  },
  { numbers: "italian" },
);

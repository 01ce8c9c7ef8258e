import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import type { FundTable } from "../model/fund-table.js";
import { readFundTable, type FundTableFigures } from "./_fund-table-reader.js";
import { decimalOfScaled, ScaledSum, type Scaled } from "./_rational.js";

/**
 * The totals of a fund table: by column (year or channel), by row (fund or area) and overall, recomputed from the
 * amounts.
 * @category Finance
 */
export interface FundTableTotals {
  readonly byColumn: readonly Decimal[];
  readonly byRow: readonly Decimal[];
  readonly grandTotal: Decimal;
}

/** The exact totals of a table read for computing. @internal */
export interface ExactTotals {
  readonly byColumn: readonly Scaled[];
  readonly byRow: readonly Scaled[];
  readonly grandTotal: Scaled;
}

/** Sums a table's amounts by column, by row and overall, exactly, in one pass over the amounts. @internal */
export function exactTotals(table: FundTableFigures): ExactTotals {
  const columns = table.columns.map(() => new ScaledSum());
  const byRow = table.rows.map((row) => {
    const sum = new ScaledSum();
    row.amounts.forEach((amount, index) => {
      sum.add(amount);
      columns[index]?.add(amount);
    });
    return sum.value;
  });
  const grand = new ScaledSum();
  const byColumn = columns.map((column) => {
    grand.add(column.value);
    return column.value;
  });
  return { byColumn, byRow, grandTotal: grand.value };
}

/**
 * Recomputes the totals of a fund table from its amounts, exactly (no digit is ever rounded away). Linear in the
 * number of amounts.
 *
 * @param table - a table validated by {@link parseFundTable} (any value is read, own properties only)
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`
 *   for a table of the wrong shape; `row_length_mismatch` for a row without one amount per column;
 *   `negative_amount`, `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for an amount
 * @example
 * ```ts
 * import { parseFundTable, fundTableTotals } from "piano-di-zona";
 * const table = parseFundTable({ columns: ["2022", "2023"], rows: [{ label: "A", amounts: [1, 2] }, { label: "B", amounts: [3, "4.5"] }] });
 * fundTableTotals(table).byColumn.map(String) //=> ["4", "6.5"]
 * fundTableTotals(table).grandTotal.toString() //=> "10.5"
 * ```
 * @category Finance
 */
export function fundTableTotals(table: DeepReadonly<FundTable>): FundTableTotals {
  const totals = exactTotals(readFundTable(table));
  return {
    byColumn: totals.byColumn.map(decimalOfScaled),
    byRow: totals.byRow.map(decimalOfScaled),
    grandTotal: decimalOfScaled(totals.grandTotal),
  };
}

import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { ownField, readList, readRecord, readText, requiredField } from "../core/read-input.js";
import { scaledOf, type Scaled } from "./_rational.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/** One row of a fund table, as the computations need it: its heading and its exact amounts. */
export interface FundTableRowFigures {
  readonly label: string;
  readonly amounts: readonly Scaled[];
  readonly statedTotal: Scaled | null;
}

/** A fund table read for computing: headings, exact amounts, and the printed totals (`null` when not printed). */
export interface FundTableFigures {
  readonly columns: readonly string[];
  readonly rows: readonly FundTableRowFigures[];
  readonly statedColumnTotals: readonly Scaled[] | null;
  readonly statedGrandTotal: Scaled | null;
}

/**
 * Reads a fund table (validated by the model or not) as exact figures, own properties only. What the computations
 * do not need (titles, funds, sources) is not read; what they need must be there and well formed. Linear in the
 * number of amounts.
 *
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`;
 *   `row_length_mismatch` for a row or a line of printed totals without one amount per column; `negative_amount`,
 *   `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for an amount
 */
export function readFundTable(value: unknown): FundTableFigures {
  const table = readRecord(value, []);
  const columns = readList(requiredField(table, "columns"), ["columns"]).map((heading, index) =>
    readText(heading, ["columns", index]),
  );
  const rows = readList(requiredField(table, "rows"), ["rows"]).map((item, index): FundTableRowFigures => {
    const path = ["rows", index];
    const row = readRecord(item, path);
    return {
      label: readText(requiredField(row, "label", path), [...path, "label"]),
      amounts: readAmounts(requiredField(row, "amounts", path), [...path, "amounts"], columns.length),
      statedTotal: readStated(ownField(row, "statedTotal", path), [...path, "statedTotal"]),
    };
  });
  const columnTotals = ownField(table, "statedColumnTotals");
  return {
    columns,
    rows,
    statedColumnTotals:
      columnTotals === undefined || columnTotals === null
        ? null
        : readAmounts(columnTotals, ["statedColumnTotals"], columns.length),
    statedGrandTotal: readStated(ownField(table, "statedGrandTotal"), ["statedGrandTotal"]),
  };
}

function readAmounts(value: unknown, path: ErrorPath, width: number): Scaled[] {
  const items = readList(value, path);
  if (items.length !== width) throw pdzError(M.row_length_mismatch, { columns: width }, path);
  return items.map((item, index) => readAmountFigure(item, [...path, index]));
}

function readStated(value: unknown, path: ErrorPath): Scaled | null {
  return value === undefined || value === null ? null : readAmountFigure(value, path);
}

function readAmountFigure(value: unknown, path: ErrorPath): Scaled {
  // A whole number of euro needs no Decimal: the common case of tables printed to the euro.
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1e15) {
    return { digits: BigInt(value), scale: 0 };
  }
  return scaledOf(toNonNegativeDecimal(value, path));
}

import { parseItalianNumber } from "../core/italian-number.js";

interface PrintedRow {
  readonly amounts: readonly string[];
  readonly statedTotal?: string;
}

interface PrintedTable<Row extends PrintedRow> {
  readonly rows: readonly Row[];
  readonly statedColumnTotals?: readonly string[];
  readonly statedGrandTotal?: string;
}

const canonical = (printed: string): string => parseItalianNumber(printed).toString();

/**
 * A fund table whose amounts are written as printed, the Italian way ("1.409.309,58", "1.101"), with every amount
 * rewritten as canonical text, the only text the schemas read without the Italian mode. (Transitional: the datasets
 * become typed literals with canonical amounts.)
 */
export function withCanonicalAmounts<Row extends PrintedRow, Table extends PrintedTable<Row>>(
  table: Table,
): Table {
  return {
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      amounts: row.amounts.map(canonical),
      ...(row.statedTotal === undefined ? {} : { statedTotal: canonical(row.statedTotal) }),
    })),
    ...(table.statedColumnTotals === undefined
      ? {}
      : { statedColumnTotals: table.statedColumnTotals.map(canonical) }),
    ...(table.statedGrandTotal === undefined ? {} : { statedGrandTotal: canonical(table.statedGrandTotal) }),
  };
}

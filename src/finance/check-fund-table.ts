import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import { numberLabels } from "../core/format.js";
import * as M from "../core/messages/finance.js";
import type { FundTable } from "../model/fund-table.js";
import { readFundTable } from "./_fund-table-reader.js";
import { compareScaled, decimalOfScaled, addScaled, type Scaled } from "./_rational.js";
import { safeCheck } from "./_safe-check.js";
import { exactTotals } from "./fund-table-totals.js";

const YEAR = /^\d{4}$/;

/** A figure as a finding carries it: canonical, with at least the two decimals of a euro amount. */
function fixed(value: Decimal): string {
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}

/** A figure for a message, in each language, with at least two decimals (at most twenty are shown). */
function shown(value: Decimal): Labels {
  return numberLabels(value, Math.min(20, Math.max(2, value.decimalPlaces())));
}

/** A printed total that differs from the recomputed one: the figures of its message and of its finding. */
interface Mismatch {
  readonly difference: Scaled;
  readonly figures: { readonly stated: Labels; readonly computed: Labels; readonly difference: Labels };
  readonly where: { readonly path: ErrorPath; readonly stated: string; readonly computed: string };
}

/** The mismatch between a printed total and the recomputed one, or `null` when they agree. */
function compared(stated: Scaled, computed: Scaled, path: ErrorPath): Mismatch | null {
  if (compareScaled(stated, computed) === 0) return null;
  const difference = addScaled(stated, { digits: -computed.digits, scale: computed.scale });
  const [statedValue, computedValue] = [decimalOfScaled(stated), decimalOfScaled(computed)];
  return {
    difference,
    figures: {
      stated: shown(statedValue),
      computed: shown(computedValue),
      difference: shown(decimalOfScaled(difference)),
    },
    where: { path, stated: fixed(statedValue), computed: fixed(computedValue) },
  };
}

/**
 * Checks every total a fund table prints against the sum of its parts, exactly: row totals
 * (`row_total_mismatch`), column totals (`column_total_mismatch`) and the grand total (`grand_total_mismatch`).
 * Each finding carries the stated and the computed figure (canonical, at least two decimals); when a column headed by
 * a year is off by exactly that year, the message says so (a spreadsheet that summed its header row). Linear in the
 * number of amounts.
 *
 * Never throws: a table that cannot be read (a wrong shape, a row without one amount per column, an amount that is
 * not a decimal ≥ 0 within the library's bounds) yields one `uncheckable_input` finding, with the reason and the
 * path where reading stopped.
 *
 * @param table - a table validated by {@link parseFundTable} (any value is accepted)
 * @example
 * ```ts
 * import { parseFundTable, checkFundTable } from "piano-di-zona";
 * const table = parseFundTable({ columns: ["2022"], rows: [{ label: "A", amounts: [100] }, { label: "B", amounts: [50] }], statedColumnTotals: [2172] });
 * checkFundTable(table).map((finding) => [finding.code, finding.stated, finding.computed]) //=> [["column_total_mismatch", "2172.00", "150.00"]]
 * checkFundTable({ columns: ["2022"], rows: [{ label: "A", amounts: ["1e100000000"] }] }).map((finding) => [finding.code, finding.path]) //=> [["uncheckable_input", ["rows", 0, "amounts", 0]]]
 * checkFundTable(null).map((finding) => finding.code) //=> ["uncheckable_input"]
 * ```
 * @category Finance
 */
export function checkFundTable(table: DeepReadonly<FundTable>): Finding[] {
  return safeCheck(() => {
    const figures = readFundTable(table);
    const totals = exactTotals(figures);
    const findings: Finding[] = [];
    figures.rows.forEach((row, index) => {
      const computed = totals.byRow[index];
      if (row.statedTotal === null || computed === undefined) return;
      const found = compared(row.statedTotal, computed, ["rows", index, "statedTotal"]);
      if (found !== null) {
        findings.push(
          createFinding(M.row_total_mismatch, { ...found.figures, label: row.label }, found.where),
        );
      }
    });
    figures.statedColumnTotals?.forEach((stated, index) => {
      const computed = totals.byColumn[index];
      const heading = figures.columns[index] ?? "";
      if (computed === undefined) return;
      const found = compared(stated, computed, ["statedColumnTotals", index]);
      if (found !== null) {
        const yearAdded =
          YEAR.test(heading) && compareScaled(found.difference, { digits: BigInt(heading), scale: 0 }) === 0;
        findings.push(
          createFinding(M.column_total_mismatch, { ...found.figures, heading, yearAdded }, found.where),
        );
      }
    });
    if (figures.statedGrandTotal !== null) {
      const found = compared(figures.statedGrandTotal, totals.grandTotal, ["statedGrandTotal"]);
      if (found !== null) findings.push(createFinding(M.grand_total_mismatch, found.figures, found.where));
    }
    return findings;
  });
}

import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import { LIMITS } from "../core/limits.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/finance.js";
import { readList, readRecord, requiredField } from "../core/read-input.js";
import { rationalOf, type Rational } from "./_rational.js";
import { changeBetween } from "./percent-change.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * One year's value and its change against the year before.
 * @category Finance
 */
export interface YearOnYearChange {
  readonly year: number;
  readonly amount: Decimal;
  /** The change against the previous listed year, in percent, exact (40 significant digits); `null` for the first year. */
  readonly changePercent: Decimal | null;
}

/**
 * Year-on-year changes of a series of yearly amounts ("andamento"), each against the year listed before it, each
 * computed as one exact fraction and rounded once (as {@link percentChange}). Linear in the length of the series.
 *
 * @param series - yearly amounts in increasing year order, each ≥ 0
 * @throws {@link PdzError} `years_out_of_order` when a year is not a whole number or does not follow the previous
 *   one, `year_out_of_range` for a year outside 1900-2199, `negative_amount`, `zero_base` when an amount other than the last is 0; `invalid_type`, `required_field`,
 *   `too_many_items`, `unreadable_field` for a series that is not a list of `{ year, amount }` records;
 *   `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for an amount that is not a decimal within the
 *   library's bounds
 * @example
 * ```ts
 * import { yearOnYearChanges } from "piano-di-zona";
 * const changes = yearOnYearChanges([{ year: 2022, amount: 100 }, { year: 2023, amount: 114 }, { year: 2024, amount: "116.2116" }]);
 * changes.map((change) => change.changePercent?.toString() ?? null) //=> [null, "14", "1.94"]
 * yearOnYearChanges([{ year: 2023, amount: 1 }, { year: 2022, amount: 1 }]) //=> throws years_out_of_order
 * ```
 * @category Finance
 */
export function yearOnYearChanges(
  series: readonly { readonly year: number; readonly amount: DecimalInput }[],
): YearOnYearChange[] {
  const items = readList(series, []);
  const changes = new Array<YearOnYearChange>(items.length);
  let previous: { readonly year: number; readonly value: Rational } | null = null;
  for (let index = 0; index < items.length; index += 1) {
    const record = readRecord(items[index], [index]);
    const year = requiredField(record, "year", [index]);
    if (
      typeof year !== "number" ||
      !Number.isSafeInteger(year) ||
      (previous !== null && year <= previous.year)
    ) {
      throw pdzError(M.years_out_of_order, {}, [index, "year"]);
    }
    if (year < LIMITS.minYear || year > LIMITS.maxYear) {
      throw pdzError(C.year_out_of_range, { min: LIMITS.minYear, max: LIMITS.maxYear }, [index, "year"]);
    }
    const amount = toNonNegativeDecimal(requiredField(record, "amount", [index]), [index, "amount"]);
    const value = rationalOf(amount);
    const changePercent =
      previous === null ? null : changeBetween(previous.value, value, [index - 1, "amount"]);
    previous = { year, value };
    changes[index] = { year, amount, changePercent };
  }
  return changes;
}

import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import { toDecimal, toNonNegativeDecimal, type DecimalInput } from "../core/input.js";

/**
 * The change from one value to the next, in percent ("variazione percentuale"):
 * `(current − previous) × 100 / previous`, exact.
 *
 * @param previous - the earlier value, ≥ 0 and not 0
 * @param current - the later value, ≥ 0
 * @throws {@link PdzError} `negative_amount`, `zero_base` when the earlier value is 0 (a change from nothing has no
 *   percentage)
 * @example
 * ```ts
 * import { percentChange } from "piano-di-zona";
 * // Busto Arsizio, spesa pro capite 117,48 € (2021) → 136,03 € (2023): "+15,79% nel triennio"
 * percentChange("117.48", "136.03").toFixed(2) //=> "15.79"
 * percentChange(0, 5) //=> throws zero_base
 * ```
 * @category Finance
 */
export function percentChange(previous: DecimalInput, current: DecimalInput): Decimal {
  const base = toNonNegativeDecimal(previous, ["previous"]);
  const later = toNonNegativeDecimal(current, ["current"]);
  if (base.isZero()) {
    throw new PdzError({
      code: "zero_base",
      message: "A percentage change needs an earlier value other than 0",
      messageIt: "Una variazione percentuale richiede un valore iniziale diverso da 0",
      path: ["previous"],
    });
  }
  return later.minus(base).times(100).div(base);
}

/**
 * One year's value and its change against the year before.
 * @category Finance
 */
export interface YearOnYearChange {
  readonly year: number;
  readonly amount: Decimal;
  /** The change against the previous listed year, in percent; `null` for the first year. */
  readonly changePercent: Decimal | null;
}

/**
 * Year-on-year changes of a series of yearly amounts ("andamento"), each against the year listed before it.
 *
 * @param series - yearly amounts in increasing year order, each ≥ 0
 * @throws {@link PdzError} `years_out_of_order` when a year does not follow the previous one, `negative_amount`,
 *   `zero_base` when an amount other than the last is 0
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
  let previous: { readonly year: number; readonly amount: Decimal } | undefined;
  return series.map(({ year, amount }, index) => {
    if (!Number.isSafeInteger(year) || (previous !== undefined && year <= previous.year)) {
      throw new PdzError({
        code: "years_out_of_order",
        message: "Years must be whole numbers listed in increasing order",
        messageIt: "Gli anni devono essere interi in ordine crescente",
        path: [index, "year"],
      });
    }
    const value = toNonNegativeDecimal(amount, [index, "amount"]);
    const changePercent = previous === undefined ? null : percentChange(previous.amount, value);
    previous = { year, amount: value };
    return { year, amount: value, changePercent };
  });
}

/**
 * Chains successive percentage changes into the overall one: `(Π (1 + cᵢ/100) − 1) × 100`, exact.
 *
 * @param changes - the successive changes, in percent (negative for a fall, not below −100)
 * @throws {@link PdzError} `invalid_decimal`, `change_below_minus_100`
 * @example
 * ```ts
 * import { compoundChange } from "piano-di-zona";
 * // Busto Arsizio: "+14,00%" (2022 on 2021) then "+1,94%" (2023 on 2022) → "+16,21% nel 2023 rispetto al 2021"
 * compoundChange(["14", "1.94"]).toString() //=> "16.2116"
 * ```
 * @category Finance
 */
export function compoundChange(changes: readonly DecimalInput[]): Decimal {
  const factor = changes.reduce<Decimal>((product, change, index) => {
    const value = toDecimal(change, [index]);
    if (value.lt(-100)) {
      throw new PdzError({
        code: "change_below_minus_100",
        message: "A change cannot be below −100%",
        messageIt: "Una variazione non può essere inferiore a −100%",
        path: [index],
      });
    }
    return product.times(value.div(100).plus(1));
  }, new Dec(1));
  return factor.minus(1).times(100);
}

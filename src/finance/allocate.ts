import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import { requireCount, toNonNegativeDecimal, type DecimalInput } from "../core/input.js";
import { largestRemainder, scaledWeights } from "./_internal.js";

/**
 * Splits a euro amount by weights (population, users, or equal shares) into amounts to the cent that add up
 * exactly to the total ("riparto"): every recipient gets the exact quota `total × weight / Σ weights` rounded down
 * to the cent, and the cents left over go one each to the largest remainders (largest-remainder method).
 *
 * Tie-break, deterministic: among equal remainders the larger weight wins, then the earlier position in the list.
 * Guarantees: the amounts sum to the total to the cent; each differs from its exact quota by less than one cent;
 * none is negative; a zero weight gets 0.
 *
 * @param total - the amount to split, in euro, ≥ 0 and a whole number of cents
 * @param weights - one weight per recipient, each ≥ 0, not all 0 (inhabitants, users, or 1 each)
 * @returns one amount per weight, in the same order
 * @throws {@link PdzError} `negative_amount` for a negative total or weight, `total_not_in_cents` for a total with
 *   fractions of a cent, `empty_weights`, `zero_weights` when the weights sum to 0
 * @example
 * ```ts
 * import { allocate } from "piano-di-zona";
 * allocate("100", [1, 1, 1]).map(String) //=> ["33.34", "33.33", "33.33"]
 * allocate("1000", [60443, 28161, 16902]).map(String) //=> ["572.89", "266.91", "160.2"]
 * allocate("10", [1, 0]).map(String) //=> ["10", "0"]
 * allocate("10", [0, 0]) //=> throws zero_weights
 * ```
 * @category Finance
 */
export function allocate(total: DecimalInput, weights: readonly DecimalInput[]): Decimal[] {
  const amount = toNonNegativeDecimal(total, ["total"]);
  const cents = amount.times(100);
  if (!cents.isInteger()) {
    throw new PdzError({
      code: "total_not_in_cents",
      message: "The total to split must be a whole number of cents",
      messageIt: "Il totale da ripartire deve essere espresso in centesimi interi",
      path: ["total"],
    });
  }
  const shares = largestRemainder(BigInt(cents.toFixed(0)), scaledWeights(weights, ["weights"]));
  return shares.map((share) => new Dec(share.toString()).div(100));
}

/**
 * Splits a euro amount into `count` equal parts to the cent that add up exactly to the total: the leftover cents
 * go to the first recipients ({@link allocate} with equal weights).
 *
 * @param total - the amount, in euro, a whole number of cents
 * @param count - how many recipients (≥ 1)
 * @throws {@link PdzError} as {@link allocate}; `invalid_count` for a count that is not a whole number, `zero_weights`
 *   for 0 recipients
 * @example
 * ```ts
 * import { allocateEqually } from "piano-di-zona";
 * allocateEqually("0.05", 3).map(String) //=> ["0.02", "0.02", "0.01"]
 * ```
 * @category Finance
 */
export function allocateEqually(total: DecimalInput, count: number): Decimal[] {
  const recipients = requireCount(count, ["count"]);
  return allocate(total, recipients === 0 ? [0] : Array.from({ length: recipients }, () => 1));
}

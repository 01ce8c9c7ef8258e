import type { DecimalInput } from "../core/decimal-input.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { MAX_LIST_LENGTH } from "../core/limits.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/finance.js";
import { readCount } from "../core/read-input.js";
import { largestRemainder, type UnitShares } from "./_largest-remainder.js";
import { decimalOfScaled } from "./_rational.js";
import { readWeights } from "./_weights.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * Splits a euro amount by weights (population, users, or equal shares) into amounts to the cent that add up
 * exactly to the total ("riparto"): every recipient gets the exact quota `total × weight / Σ weights` rounded down
 * to the cent, and the cents left over go one each to the largest remainders (largest-remainder method).
 *
 * Tie-break, deterministic: among equal remainders the larger weight wins, then the earlier position in the list.
 * Guarantees: the amounts sum to the total to the cent; each differs from its exact quota by less than one cent;
 * none is negative; a zero weight gets 0.
 *
 * Linear in the number of weights, up to `LIMITS.maxListLength` (10,000,000) of them: the recipients of the
 * leftover cents are selected, not sorted, and whole-number weights are split in exact double arithmetic when every
 * product fits (below 2^52), in bigints otherwise. Equal amounts next to each other in the result are one and the
 * same Decimal (Decimals are immutable values), so a long split with repeated amounts stays small.
 *
 * @param total - the amount to split, in euro, ≥ 0 and a whole number of cents
 * @param weights - one weight per recipient, each ≥ 0, not all 0 (inhabitants, users, or 1 each)
 * @returns one amount per weight, in the same order
 * @throws {@link PdzError} `negative_amount` for a negative total or weight, `total_not_in_cents` for a total with
 *   fractions of a cent, `empty_weights`, `zero_weights` when the weights sum to 0; `invalid_type` when the weights
 *   are not a list, `too_many_items` beyond 10,000,000 weights, `unreadable_field` for a list that cannot be read;
 *   `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for a total or weight that is not a decimal
 *   within the library's bounds ({@link LIMITS})
 * @example
 * ```ts
 * import { allocate } from "piano-di-zona";
 * allocate("100", [1, 1, 1]).map(String) //=> ["33.34", "33.33", "33.33"]
 * allocate("1000", [60443, 28161, 16902]).map(String) //=> ["572.89", "266.91", "160.2"]
 * allocate("10", [1, 0]).map(String) //=> ["10", "0"]
 * allocate("10", [0, 0]) //=> throws zero_weights
 * allocate("1e100000000", [1]) //=> throws number_out_of_range
 * ```
 * @category Finance
 */
export function allocate(total: DecimalInput, weights: readonly DecimalInput[]): Decimal[] {
  const cents = readCents(total, ["total"]);
  return decimalsOfCents(largestRemainder(cents, readWeights(weights, ["weights"])));
}

/**
 * Splits a euro amount into `count` equal parts to the cent that add up exactly to the total: the leftover cents
 * go to the first recipients ({@link allocate} with equal weights). Linear in `count`; the result holds two Decimals
 * at most, each repeated (Decimals are immutable values).
 *
 * @param total - the amount, in euro, a whole number of cents
 * @param count - how many recipients (≥ 1, at most `LIMITS.maxListLength`, 10,000,000)
 * @throws {@link PdzError} as {@link allocate}; `invalid_count` for a count that is not a whole number ≥ 0,
 *   `zero_weights` for 0 recipients, `too_many_items` beyond 10,000,000 recipients
 * @example
 * ```ts
 * import { allocateEqually } from "piano-di-zona";
 * allocateEqually("0.05", 3).map(String) //=> ["0.02", "0.02", "0.01"]
 * allocateEqually("1", 2 ** 31) //=> throws too_many_items
 * ```
 * @category Finance
 */
export function allocateEqually(total: DecimalInput, count: number): Decimal[] {
  const cents = readCents(total, ["total"]);
  const recipients = readCount(count, ["count"]);
  if (recipients > MAX_LIST_LENGTH) {
    throw pdzError(C.too_many_items, { max: MAX_LIST_LENGTH.toLocaleString("en") }, ["count"]);
  }
  if (recipients === 0) throw pdzError(M.zero_weights, {}, ["count"]);
  const each = cents / BigInt(recipients);
  const extra = Number(cents % BigInt(recipients));
  const more = decimalOfScaled({ digits: each + 1n, scale: 2 });
  const less = decimalOfScaled({ digits: each, scale: 2 });
  const amounts = new Array<Decimal>(recipients);
  for (let index = 0; index < recipients; index += 1) amounts[index] = index < extra ? more : less;
  return amounts;
}

/** A total to split, in whole cents. */
function readCents(value: unknown, path: ErrorPath): bigint {
  const amount = toNonNegativeDecimal(value, path);
  // decimalPlaces reads the digits as given; multiplying by 100 would round beyond 40 significant digits.
  if (amount.decimalPlaces() > 2) throw pdzError(M.total_not_in_cents, {}, path);
  return BigInt(amount.toFixed(2).replace(".", ""));
}

/**
 * One Decimal per amount in cents. Equal amounts next to each other are one Decimal: decimal.js values are immutable,
 * and ten million parts then cost a few objects instead of twenty million.
 */
function decimalsOfCents(shares: UnitShares): Decimal[] {
  const amounts = new Array<Decimal>(shares.values.length);
  let previousCents: number | bigint = -1;
  let previous = new Dec(0);
  for (let index = 0; index < shares.values.length; index += 1) {
    const cents = shares.values[index] ?? 0;
    if (cents !== previousCents) {
      previous = cents === 0 || cents === 0n ? new Dec(0) : new Dec(`${cents.toString()}e-2`);
      previousCents = cents;
    }
    amounts[index] = previous;
  }
  return amounts;
}

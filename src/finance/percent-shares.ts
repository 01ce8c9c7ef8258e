import { Dec, type Decimal } from "../core/decimal.js";
import type { DecimalInput } from "../core/input.js";
import { largestRemainder, requireDecimals, scaledWeights } from "./_internal.js";

/**
 * One part's share of a total, in percent: exact, and rounded so that all the rounded shares add up to exactly 100.
 * @category Finance
 */
export interface PercentShare {
  /** The exact share, `part × 100 / total`. */
  readonly exact: Decimal;
  /** The share rounded by the largest-remainder method to the requested decimals. */
  readonly rounded: Decimal;
}

/**
 * The shares of a total ("incidenza percentuale"), in percent, rounded so that they sum to exactly 100,00%: each
 * share is first rounded down to the requested decimals, and the units of the last decimal that are left over go
 * one each to the largest remainders (largest-remainder method). Ties go to the larger part, then to the earlier
 * position.
 *
 * A rounded share may therefore differ from the half-up rounding of its exact value by one unit of the last
 * decimal: that is what lets a table of shares add up to 100, which rounding each share on its own does not.
 *
 * @param parts - the parts of the total, each ≥ 0, not all 0
 * @param options - `decimals` of the rounded shares (default 2)
 * @throws {@link PdzError} `negative_amount`, `empty_weights`, `zero_weights`, `invalid_decimals`
 * @example
 * ```ts
 * import { percentShares } from "piano-di-zona";
 * percentShares([1, 1, 1]).map((share) => share.rounded.toString()) //=> ["33.34", "33.33", "33.33"]
 * percentShares([1, 1, 1])[0]?.exact.toFixed(4) //=> "33.3333"
 * percentShares([22966326.17, 9135701.97], { decimals: 2 }).map((share) => share.rounded.toString()) //=> ["71.54", "28.46"]
 * ```
 * @category Finance
 */
export function percentShares(
  parts: readonly DecimalInput[],
  options: { readonly decimals?: number } = {},
): PercentShare[] {
  const decimals = requireDecimals(options.decimals ?? 2);
  const weights = scaledWeights(parts, ["parts"]);
  const unitsPerHundred = 10n ** BigInt(decimals);
  const rounded = largestRemainder(100n * unitsPerHundred, weights);
  const total = weights.reduce((sum, weight) => sum + weight, 0n).toString();
  const divisor = new Dec(unitsPerHundred.toString());
  return weights.map((weight, index) => ({
    exact: new Dec(weight.toString()).times(100).div(total),
    rounded: new Dec((rounded[index] ?? 0n).toString()).div(divisor),
  }));
}

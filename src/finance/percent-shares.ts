import type { DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import { ownField, readOptions } from "../core/read-input.js";
import { readDecimalPlaces } from "../core/rounding.js";
import { largestRemainder, type UnitShares } from "./_largest-remainder.js";
import { decimalOfScaled, tenTo } from "./_rational.js";
import { readWeights, type IntegerWeights } from "./_weights.js";

/**
 * One part's share of a total, in percent: exact, and rounded so that all the rounded shares add up to exactly 100.
 * @category Finance
 */
export interface PercentShare {
  /** The exact share, `part × 100 / total`, correctly rounded once to 40 significant digits. */
  readonly exact: Decimal;
  /** The share rounded by the largest-remainder method to the requested decimals. */
  readonly rounded: Decimal;
}

/**
 * Options of {@link percentShares}.
 * @category Finance
 */
export interface PercentSharesOptions {
  /** Decimals of the rounded shares: a whole number from 0 to 20 (default 2). */
  readonly decimals?: number;
}

/** What every share of one call has in common. */
interface ShareTotals {
  readonly total: bigint;
  readonly decimals: number;
}

// A share holds its integers and builds each Decimal on first read (then keeps it), so that ten million shares cost
// no more than their integers until they are read. Serialised, it is the plain `{ exact, rounded }`; in Node's (and
// tslab's) console it shows the same. Built in a pure wrapper, so that a bundle without percentShares drops it.
const Share = /* @__PURE__ */ (() =>
  class Share implements PercentShare {
    readonly #totals: ShareTotals;
    readonly #weight: number | bigint;
    readonly #units: number | bigint;
    #exact: Decimal | undefined;
    #rounded: Decimal | undefined;

    constructor(totals: ShareTotals, weight: number | bigint, units: number | bigint) {
      this.#totals = totals;
      this.#weight = weight;
      this.#units = units;
    }

    get exact(): Decimal {
      this.#exact ??= exactQuotient(BigInt(this.#weight) * 100n, this.#totals.total);
      return this.#exact;
    }

    get rounded(): Decimal {
      this.#rounded ??= decimalOfScaled({ digits: BigInt(this.#units), scale: this.#totals.decimals });
      return this.#rounded;
    }

    toJSON(): { exact: Decimal; rounded: Decimal } {
      return { exact: this.exact, rounded: this.rounded };
    }

    [Symbol.for("nodejs.util.inspect.custom")](): { exact: Decimal; rounded: Decimal } {
      return this.toJSON();
    }
  })();

/**
 * The shares of a total ("incidenza percentuale"), in percent, rounded so that they sum to exactly 100,00%: each
 * share is first rounded down to the requested decimals, and the units of the last decimal that are left over go
 * one each to the largest remainders (largest-remainder method). Ties go to the larger part, then to the earlier
 * position.
 *
 * A rounded share may therefore differ from the half-up rounding of its exact value by one unit of the last
 * decimal: that is what lets a table of shares add up to 100, which rounding each share on its own does not.
 *
 * Linear in the number of parts, up to `LIMITS.maxListLength` (10,000,000). Each share builds its two Decimals when
 * it is first read, so a long list costs only the shares read; `JSON.stringify` writes each as `{ exact, rounded }`.
 * Equal parts next to each other with equal rounded shares are one and the same share object. Compare shares by
 * their values (`share.rounded.eq(…)`), not as objects.
 *
 * @param parts - the parts of the total, each ≥ 0, not all 0
 * @param options - `decimals` of the rounded shares (default 2, at most 20)
 * @throws {@link PdzError} `negative_amount`, `empty_weights`, `zero_weights`, `invalid_decimals`; `invalid_type`
 *   when the parts are not a list or the options not an object, `too_many_items` beyond 10,000,000 parts,
 *   `unreadable_field`; `invalid_decimal`, `number_out_of_range`, `number_text_too_long` for a part that is not a
 *   decimal within the library's bounds
 * @example
 * ```ts
 * import { percentShares } from "piano-di-zona";
 * percentShares([1, 1, 1]).map((share) => share.rounded.toString()) //=> ["33.34", "33.33", "33.33"]
 * percentShares([1, 1, 1])[0]?.exact.toFixed(4) //=> "33.3333"
 * percentShares([22966326.17, 9135701.97], { decimals: 2 }).map((share) => share.rounded.toString()) //=> ["71.54", "28.46"]
 * JSON.parse(JSON.stringify(percentShares([1, 3], { decimals: 0 }))) //=> [{ exact: "25", rounded: "25" }, { exact: "75", rounded: "75" }]
 * percentShares([1, "1e16"]) //=> throws number_out_of_range
 * ```
 * @category Finance
 */
export function percentShares(
  parts: readonly DecimalInput[],
  options: PercentSharesOptions = {},
): PercentShare[] {
  const record = readOptions(options, ["options"]);
  const decimalsOption = ownField(record, "decimals", ["options"]);
  const decimals =
    decimalsOption === undefined ? 2 : readDecimalPlaces(decimalsOption, ["options", "decimals"]);
  const weights = readWeights(parts, ["parts"]);
  const units = largestRemainder(100n * tenTo(decimals), weights);
  return sharesOf(weights, units, { total: BigInt(weights.sum), decimals });
}

function sharesOf(weights: IntegerWeights, units: UnitShares, totals: ShareTotals): PercentShare[] {
  const length = weights.values.length;
  const shares = new Array<PercentShare>(length);
  let previous: { weight: number | bigint; units: number | bigint; share: PercentShare } | null = null;
  for (let index = 0; index < length; index += 1) {
    const weight = weights.values[index] ?? 0;
    const unitsOf = units.values[index] ?? 0;
    // Equal parts next to each other with equal rounded shares are one share: a share never changes once built.
    if (previous === null || previous.weight !== weight || previous.units !== unitsOf) {
      previous = { weight, units: unitsOf, share: new Share(totals, weight, unitsOf) };
    }
    shares[index] = previous.share;
  }
  return shares;
}

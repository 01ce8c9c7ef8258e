import { Dec, type Decimal } from "./decimal.js";
import { DECIMAL_PRECISION } from "./limits.js";

const TEN = 10n;

function digitCount(value: bigint): number {
  return value === 0n ? 1 : value.toString().length;
}

/**
 * The quotient of two integers, correctly rounded once to the library's 40 significant digits (half-up): the
 * exact value of `numerator / denominator`, rounded a single time. Every result of the library that is a ratio of
 * counts or of exact amounts is computed as one such fraction, so no intermediate rounding can shift its last
 * digit. Pure integer arithmetic: no float, no decimal.js internals.
 *
 * The denominator must not be zero (callers check it and throw their own error).
 * @internal
 */
export function exactQuotient(numerator: bigint, denominator: bigint): Decimal {
  if (numerator === 0n) return new Dec(0);
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // Scale so that the integer quotient has at least 41 digits: 40 to keep and one more to round on.
  const scale = Math.max(0, DECIMAL_PRECISION + 2 - (digitCount(n) - digitCount(d)));
  const scaled = (n * TEN ** BigInt(scale)) / d;
  const extra = digitCount(scaled) - DECIMAL_PRECISION;
  let kept = scaled;
  if (extra > 0) {
    const unit = TEN ** BigInt(extra);
    kept = scaled / unit;
    // Half-up: the discarded part is at least half a unit of the last kept digit (the remainder of the division,
    // dropped above, can only add to it).
    if ((scaled % unit) * 2n >= unit) kept += 1n;
  }
  const exponent = Math.max(extra, 0) - scale;
  return new Dec(`${negative ? "-" : ""}${kept.toString()}e${String(exponent)}`);
}

/**
 * An exact decimal as a fraction of integers: `numerator / denominator` with the denominator a power of ten.
 * @internal
 */
export function toFraction(value: Decimal): { numerator: bigint; denominator: bigint } {
  // toFixed() without an argument prints every digit the value holds, exactly (no rounding to the precision).
  const text = value.toFixed();
  const point = text.indexOf(".");
  const places = point < 0 ? 0 : text.length - point - 1;
  return { numerator: BigInt(text.replace(".", "")), denominator: TEN ** BigInt(places) };
}

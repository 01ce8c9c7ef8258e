import { Dec, type Decimal } from "./decimal.js";

const TEN = 10n;

/**
 * The quotient of two integers, correctly rounded once to the library's 40 significant digits (half-up): the
 * exact value of `numerator / denominator`, rounded a single time. Every result of the library that is a ratio of
 * counts or of exact amounts is computed as one such fraction, so no intermediate rounding can shift its last
 * digit. Both integers are read into Decimals whole (the constructor keeps every digit, it does not round) and
 * divided once: decimal.js rounds a quotient correctly, through its public API only.
 *
 * The denominator must not be zero (callers check it and throw their own error).
 * @internal
 */
export function exactQuotient(numerator: bigint, denominator: bigint): Decimal {
  // 0 / a negative denominator would be -0: the library's zero is unsigned.
  if (numerator === 0n) return new Dec(0);
  return new Dec(numerator.toString()).div(denominator.toString());
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

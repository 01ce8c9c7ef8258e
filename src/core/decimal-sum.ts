// Exact sums of decimals, shared by the audit (a budget's lines against its total) and the monitoring (observations
// added up against a target): compared on the exact sum, never on a sum rounded to the library's 40 digits. Each
// decimal is a fraction whose denominator is a power of ten; the numerators are added per power and the powers brought
// to the largest once, so a sum is linear in the number of terms.
import type { Decimal } from "./decimal.js";
import { exactQuotient, toFraction } from "./exact-quotient.js";

/** An exact decimal: `numerator / 10^places`. @internal */
export interface ExactDecimal {
  readonly numerator: bigint;
  readonly places: number;
}

function placesOf(denominator: bigint): number {
  return denominator.toString().length - 1;
}

/** The exact sum of decimals. @internal */
export function exactSum(values: readonly Decimal[]): ExactDecimal {
  const byPlaces = new Map<number, bigint>();
  for (const value of values) {
    const { numerator, denominator } = toFraction(value);
    const places = placesOf(denominator);
    byPlaces.set(places, (byPlaces.get(places) ?? 0n) + numerator);
  }
  let places = 0;
  for (const key of byPlaces.keys()) places = Math.max(places, key);
  let numerator = 0n;
  for (const [key, sum] of byPlaces) numerator += sum * 10n ** BigInt(places - key);
  return { numerator, places };
}

/** The exact decimal of a Decimal. @internal */
export function exactOf(value: Decimal): ExactDecimal {
  const { numerator, denominator } = toFraction(value);
  return { numerator, places: placesOf(denominator) };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. @internal */
export function compareExact(a: ExactDecimal, b: ExactDecimal): number {
  const places = Math.max(a.places, b.places);
  const left = a.numerator * 10n ** BigInt(places - a.places);
  const right = b.numerator * 10n ** BigInt(places - b.places);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The exact decimal as a Decimal (correctly rounded to 40 digits when it has more). @internal */
export function toDecimal(value: ExactDecimal): Decimal {
  return exactQuotient(value.numerator, 10n ** BigInt(value.places));
}

/** The exact decimal as canonical text, every digit kept ("30000", "1480000.5"). @internal */
export function exactText(value: ExactDecimal): string {
  const negative = value.numerator < 0n;
  const digits = (negative ? -value.numerator : value.numerator).toString().padStart(value.places + 1, "0");
  const whole = digits.slice(0, digits.length - value.places);
  let end = digits.length;
  while (end > digits.length - value.places && digits[end - 1] === "0") end -= 1;
  const fraction = digits.slice(digits.length - value.places, end);
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

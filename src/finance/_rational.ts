// Exact rational arithmetic on bigints: every finance result that is documented as exact is computed as one
// fraction of integers and rounded once, at the end (to 40 significant digits with exactQuotient, or to a number of
// decimal places with a rounding mode). No float and no decimal.js arithmetic touches an intermediate value.
import { Dec, type Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";
import type { RoundingMode } from "../core/rounding.js";

/** An exact fraction `n / d`, with `d > 0` (not necessarily in lowest terms). */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** An exact decimal as digits and a scale: `digits × 10^-scale`, with `scale ≥ 0`. */
export interface Scaled {
  readonly digits: bigint;
  readonly scale: number;
}

/** 10^k as a bigint. */
export function tenTo(k: number): bigint {
  return 10n ** BigInt(k);
}

/**
 * A Decimal, already read and bounded, as an exact scaled integer. It is read through its unrounded text
 * (`toFixed()` without places), never through decimal.js arithmetic, which would round beyond 40 digits.
 */
export function scaledOf(value: Decimal): Scaled {
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point < 0) return { digits: BigInt(text), scale: 0 };
  return { digits: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

/** The scaled integer as a fraction. */
export function fractionOf(value: Scaled): Rational {
  return { n: value.digits, d: tenTo(value.scale) };
}

/** A Decimal, already read and bounded, as an exact fraction. */
export function rationalOf(value: Decimal): Rational {
  return fractionOf(scaledOf(value));
}

/** The exact sum of two scaled integers, on the larger of their scales. */
export function addScaled(a: Scaled, b: Scaled): Scaled {
  if (a.scale === b.scale) return { digits: a.digits + b.digits, scale: a.scale };
  return a.scale > b.scale
    ? { digits: a.digits + b.digits * tenTo(a.scale - b.scale), scale: a.scale }
    : { digits: a.digits * tenTo(b.scale - a.scale) + b.digits, scale: b.scale };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareScaled(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const difference = addScaled(a, { digits: -b.digits, scale: b.scale }).digits;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The exact sum of scaled integers. Linear in the number of values. */
export function sumScaled(values: Iterable<Scaled>): Scaled {
  const sum = new ScaledSum();
  for (const value of values) sum.add(value);
  return sum.value;
}

/** The exact Decimal of a scaled integer (decimal.js keeps every digit of the text it is built from). */
export function decimalOfScaled(value: Scaled): Decimal {
  if (value.digits === 0n) return new Dec(0);
  return new Dec(
    value.scale === 0 ? value.digits.toString() : `${value.digits.toString()}e-${String(value.scale)}`,
  );
}

export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function subtract(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function multiply(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`; `b` must not be 0 (callers check it and throw their own error). */
export function divide(a: Rational, b: Rational): Rational {
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

export function integer(value: bigint | number): Rational {
  return { n: BigInt(value), d: 1n };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function abs(a: Rational): Rational {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/** The fraction correctly rounded once to the library's 40 significant digits (half-up). */
export function toDecimal(a: Rational): Decimal {
  return exactQuotient(a.n, a.d);
}

/**
 * The fraction rounded once to `places` decimal places with a mode, exactly: the result is a terminating decimal
 * built from its digits, so no second rounding can follow.
 */
export function roundRational(a: Rational, places: number, mode: RoundingMode): Decimal {
  const scaled = a.n * tenTo(places);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  let digits = magnitude / a.d;
  const rest = magnitude % a.d;
  if (rest !== 0n && roundsAway(mode, negative, rest * 2n - a.d, digits)) digits += 1n;
  return decimalOfScaled({ digits: negative ? -digits : digits, scale: places });
}

// Whether a magnitude truncated to `digits` moves one unit away from zero; `half` compares twice the discarded
// part with a unit (below 0: less than half, 0: exactly half, above 0: more than half).
function roundsAway(mode: RoundingMode, negative: boolean, half: bigint, digits: bigint): boolean {
  switch (mode) {
    case "up":
      return true;
    case "down":
      return false;
    case "ceil":
      return !negative;
    case "floor":
      return negative;
    case "half-up":
      return half >= 0n;
    case "half-down":
      return half > 0n;
    case "half-even":
      return half > 0n || (half === 0n && digits % 2n === 1n);
  }
}

/**
 * A running exact sum of scaled integers, kept on the largest scale seen so far: adding a value costs one bigint
 * addition (and one multiplication when its scale differs), so a sum is linear in the number of values.
 */
export class ScaledSum {
  #digits = 0n;
  #scale = 0;

  add(value: Scaled): void {
    if (value.scale === this.#scale) {
      this.#digits += value.digits;
    } else if (value.scale < this.#scale) {
      this.#digits += value.digits * tenTo(this.#scale - value.scale);
    } else {
      this.#digits = this.#digits * tenTo(value.scale - this.#scale) + value.digits;
      this.#scale = value.scale;
    }
  }

  get value(): Scaled {
    return { digits: this.#digits, scale: this.#scale };
  }
}

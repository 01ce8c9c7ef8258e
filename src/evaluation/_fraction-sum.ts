// The exact sum of many fractions, rounded once. The plan-level grade is the mean of the objectives' grades, each a
// fraction (realized × 100 / planned); summed as one fraction and divided once, its last digit is right, where a sum
// of rounded quotients is off in the last digit about half of the time.
import type { Decimal } from "../core/decimal.js";
import { exactQuotient } from "../core/exact-quotient.js";

/** A fraction of integers: numerator ≥ 0, denominator > 0. @internal */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** A classification of an exact fraction (a band), or `null` where the fraction lies outside every class. */
type Classify<T> = (fraction: Fraction) => T | null;

// Below this many distinct denominators the sum is computed as one exact fraction at once (a product tree over the
// denominators, a few bigint products). Above it — only inputs built to defeat the grouping reach it — the sum is
// bracketed first, which costs one short division per denominator, and computed exactly only in the rare case where
// the bracket straddles a rounding or band boundary.
const EXACT_GROUPS = 64;

function digits(value: bigint): number {
  return value === 0n ? 1 : value.toString().length;
}

// The sum of the groups' fractions from `low` to `high` (exclusive), as one fraction: a balanced tree, so that the
// operands of each product have similar sizes.
function exactSum(entries: readonly (readonly [bigint, bigint])[], low: number, high: number): Fraction {
  if (high - low === 1) {
    const [denominator, numerator] = entries[low] ?? [1n, 0n];
    return { numerator, denominator };
  }
  const middle = (low + high) >>> 1;
  const left = exactSum(entries, low, middle);
  const right = exactSum(entries, middle, high);
  if (left.denominator === right.denominator) {
    return { numerator: left.numerator + right.numerator, denominator: left.denominator };
  }
  return {
    numerator: left.numerator * right.denominator + right.numerator * left.denominator,
    denominator: left.denominator * right.denominator,
  };
}

/**
 * Fractions added one by one, kept grouped by denominator (the grades of a plan share a handful of denominators:
 * 1 to 6 actions for Gallarate), then read as one quotient rounded once. Linear in the number of terms.
 * @internal
 */
export class FractionSum {
  readonly #groups = new Map<bigint, bigint>();

  /** Adds `numerator / denominator` (numerator ≥ 0, denominator > 0). */
  add(numerator: bigint, denominator: bigint): void {
    const sum = this.#groups.get(denominator);
    this.#groups.set(denominator, sum === undefined ? numerator : sum + numerator);
  }

  /**
   * The sum divided by `divisor` (> 0): its value correctly rounded to 40 significant digits, and its class under
   * `classify`, decided on the exact value.
   */
  quotient<T>(divisor: bigint, classify: Classify<T>): { value: Decimal; class: T | null } {
    const entries = [...this.#groups];
    if (entries.length === 0) {
      const zero = { numerator: 0n, denominator: divisor };
      return { value: exactQuotient(0n, divisor), class: classify(zero) };
    }
    if (entries.length > EXACT_GROUPS) {
      const bracketed = bracket(entries, divisor, classify);
      if (bracketed !== null) return bracketed;
    }
    const sum = exactSum(entries, 0, entries.length);
    const exact = { numerator: sum.numerator, denominator: sum.denominator * divisor };
    return { value: exactQuotient(exact.numerator, exact.denominator), class: classify(exact) };
  }
}

// Each group's fraction truncated to G decimals: the exact sum S* lies in [S, S + inexact) over 10^G. When both ends
// round to the same 40 digits and fall in the same class, so does S* (rounding and classes are monotone).
function bracket<T>(
  entries: readonly (readonly [bigint, bigint])[],
  divisor: bigint,
  classify: Classify<T>,
): { value: Decimal; class: T | null } | null {
  let widest = 1;
  for (const [denominator] of entries) widest = Math.max(widest, digits(denominator));
  // Every non-zero term is at least 1 / denominator, so G decimals keep 40 significant digits of the sum, 10 guard
  // digits, and room for one unit of error per term.
  const places = widest + 50 + digits(BigInt(entries.length));
  const scale = 10n ** BigInt(places);
  let low = 0n;
  let inexact = 0n;
  for (const [denominator, numerator] of entries) {
    const scaled = numerator * scale;
    low += scaled / denominator;
    if (scaled % denominator !== 0n) inexact += 1n;
  }
  const denominator = scale * divisor;
  const lowEnd = { numerator: low, denominator };
  const value = exactQuotient(low, denominator);
  const lowClass = classify(lowEnd);
  if (inexact === 0n) return { value, class: lowClass };
  const highEnd = { numerator: low + inexact, denominator };
  if (!exactQuotient(highEnd.numerator, denominator).eq(value) || classify(highEnd) !== lowClass) return null;
  return { value, class: lowClass };
}

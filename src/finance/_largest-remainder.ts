import { selectFirst } from "./_select-first.js";
import type { IntegerWeights } from "./_weights.js";

/** Whole units per recipient, as doubles (every value below 2^53) or as bigints, in the order of the weights. */
export type UnitShares =
  | { readonly kind: "number"; readonly values: Float64Array }
  | { readonly kind: "bigint"; readonly values: readonly bigint[] };

// Below this bound, `units × weight` and `quotient × sum` are exact in a double (see `splitInDoubles`).
const EXACT_IN_DOUBLES = 2 ** 52;

/**
 * Splits `units` whole units in proportion to integer weights by the largest-remainder (Hamilton) method: each
 * gets the integer part of its exact quota `units × weight / Σ weights`, and the units left over go one each to the
 * largest remainders. Ties on the remainder go to the larger weight, then to the earlier position. Exact, and linear
 * in the number of weights: the recipients of the leftover units are selected, not sorted.
 *
 * A zero weight never gets a leftover unit: the remainders sum to `left × Σ weights` and each is below `Σ weights`,
 * so more than `left` recipients have a remainder above 0, and those come first.
 */
export function largestRemainder(units: bigint, weights: IntegerWeights): UnitShares {
  if (weights.kind === "number" && weights.sum < EXACT_IN_DOUBLES) {
    const whole = Number(units);
    if (units < BigInt(EXACT_IN_DOUBLES) && whole * weights.max < EXACT_IN_DOUBLES) {
      return splitInDoubles(whole, weights.values, weights.sum);
    }
  }
  const values =
    weights.kind === "number" ? Array.from(weights.values, (value) => BigInt(value)) : weights.values;
  const sum = typeof weights.sum === "number" ? BigInt(weights.sum) : weights.sum;
  return splitInBigints(units, values, sum);
}

// Every product `units × weight` is below 2^52, so it is exact; the quotient of the floating division is the exact
// integer quotient or one more (the division rounds, monotonically), and one correction step makes it exact: the
// product `quotient × sum` stays below 2^53, so the remainder is exact too.
function splitInDoubles(units: number, weights: Float64Array, sum: number): UnitShares {
  const length = weights.length;
  const shares = new Float64Array(length);
  const rests = new Float64Array(length);
  let given = 0;
  let candidates = 0;
  for (let index = 0; index < length; index += 1) {
    const product = units * (weights[index] ?? 0);
    let quotient = Math.floor(product / sum);
    let rest = product - quotient * sum;
    if (rest < 0) {
      quotient -= 1;
      rest += sum;
    }
    shares[index] = quotient;
    rests[index] = rest;
    given += quotient;
    if (rest > 0) candidates += 1;
  }
  giveLeftover(shares, rests, weights, candidates, units - given, 1);
  return { kind: "number", values: shares };
}

function splitInBigints(units: bigint, weights: readonly bigint[], sum: bigint): UnitShares {
  const length = weights.length;
  const shares = new Array<bigint>(length);
  const rests = new Array<bigint>(length);
  let given = 0n;
  let candidates = 0;
  for (let index = 0; index < length; index += 1) {
    const product = units * (weights[index] ?? 0n);
    const quotient = product / sum;
    const rest = product % sum;
    shares[index] = quotient;
    rests[index] = rest;
    given += quotient;
    if (rest > 0n) candidates += 1;
  }
  giveLeftover(shares, rests, weights, candidates, Number(units - given), 1n);
  return { kind: "bigint", values: shares };
}

/** Shares, remainders or weights of either split: doubles or bigints. */
interface Values<T extends number | bigint> {
  readonly length: number;
  [index: number]: T;
}

/**
 * Gives the `left` units left over, one each, to the largest remainders (ties: the larger weight, then the earlier
 * position). Only the `candidates` recipients whose remainder is above 0 can get one; they are selected, not sorted.
 * The same code serves both splits: comparisons and the unit added work alike on doubles and on bigints.
 */
function giveLeftover<T extends number | bigint>(
  shares: Values<T>,
  rests: Values<T>,
  weights: Values<T>,
  candidates: number,
  left: number,
  unit: T,
): void {
  if (left <= 0) return;
  const order = new Int32Array(candidates);
  let next = 0;
  for (let index = 0; index < rests.length; index += 1) {
    if ((rests[index] as T) > 0) {
      order[next] = index;
      next += 1;
    }
  }
  selectFirst(order, left, (a, b) => {
    const restA = rests[a] as T;
    const restB = rests[b] as T;
    if (restA !== restB) return restA > restB;
    const weightA = weights[a] as T;
    const weightB = weights[b] as T;
    return weightA !== weightB ? weightA > weightB : a < b;
  });
  for (let rank = 0; rank < left; rank += 1) {
    const index = order[rank] ?? 0;
    shares[index] = ((shares[index] as number) + (unit as number)) as T;
  }
}

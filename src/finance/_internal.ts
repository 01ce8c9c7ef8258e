import { Dec } from "../core/decimal.js";
import { PdzError, type ErrorPath } from "../core/error.js";
import { requireCount, toNonNegativeDecimal, type DecimalInput } from "../core/input.js";

/**
 * Reads non-negative weights and scales them to integers by the same power of ten, so that a split can be computed
 * in exact integer arithmetic. Throws `empty_weights` for an empty list and `zero_weights` when they sum to 0.
 */
export function scaledWeights(weights: readonly DecimalInput[], path: ErrorPath): bigint[] {
  if (weights.length === 0) {
    throw new PdzError({
      code: "empty_weights",
      message: "At least one weight is required",
      messageIt: "Serve almeno un peso",
      path,
    });
  }
  const values = weights.map((weight, index) => toNonNegativeDecimal(weight, [...path, index]));
  const places = Math.max(...values.map((value) => value.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  const scaled = values.map((value) => BigInt(value.times(scale).toFixed(0)));
  if (scaled.every((value) => value === 0n)) {
    throw new PdzError({
      code: "zero_weights",
      message: "The weights sum to 0: nothing to split by",
      messageIt: "I pesi sommano a 0: non c'è criterio di ripartizione",
      path,
    });
  }
  return scaled;
}

/**
 * Splits `units` whole units in proportion to integer weights by the largest-remainder (Hamilton) method: each
 * gets the integer part of its exact quota, and the units left over go one each to the largest remainders. Ties
 * on the remainder go to the larger weight, then to the earlier position. Exact (bigint) arithmetic throughout.
 */
export function largestRemainder(units: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((total, weight) => total + weight, 0n);
  const shares = weights.map((weight) => (units * weight) / sum);
  const remainders = weights.map((weight, index) => ({ index, weight, rest: (units * weight) % sum }));
  let left = units - shares.reduce((total, share) => total + share, 0n);
  remainders.sort((a, b) =>
    a.rest !== b.rest
      ? a.rest > b.rest
        ? -1
        : 1
      : a.weight !== b.weight
        ? a.weight > b.weight
          ? -1
          : 1
        : a.index - b.index,
  );
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares;
}

/** Checks that a whole number of decimals is a safe integer between 0 and 10. */
export function requireDecimals(decimals: number, path: ErrorPath = ["decimals"]): number {
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new PdzError({
      code: "invalid_decimals",
      message: "The number of decimals must be a whole number from 0 to 10",
      messageIt: "Il numero di decimali deve essere un intero da 0 a 10",
      path,
    });
  }
  return decimals;
}

/** Checks that a population is a count greater than 0 (`invalid_count`, `zero_population`). */
export function requirePopulation(population: number, path: ErrorPath = ["population"]): number {
  if (requireCount(population, path) === 0) {
    throw new PdzError({
      code: "zero_population",
      message: "The population must be greater than 0",
      messageIt: "La popolazione deve essere maggiore di 0",
      path,
    });
  }
  return population;
}

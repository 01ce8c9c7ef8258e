import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { readList } from "../core/read-input.js";
import { scaledOf, tenTo, type Scaled } from "./_rational.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * Weights of a split as integers, in the same proportions as the weights given. When every weight is a whole
 * number and their sum is exact in a double (below 2^53), they stay doubles (`kind: "number"`), the common case of
 * populations, users or equal shares; otherwise they are bigints, scaled by one power of ten so that every decimal
 * weight becomes an integer (`kind: "bigint"`).
 */
export type IntegerWeights =
  | {
      readonly kind: "number";
      readonly values: Float64Array;
      readonly sum: number;
      readonly max: number;
    }
  | { readonly kind: "bigint"; readonly values: readonly bigint[]; readonly sum: bigint };

// A number weight read without building a Decimal: a whole number within the library's bounds (below 10^15).
function isWholeWeight(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1e15;
}

/**
 * Reads the weights of a split: a list of at most `LIMITS.maxListLength` values, each a {@link DecimalInput} ≥ 0,
 * not all 0. Linear in the number of weights; no Decimal is built for a whole-number weight.
 *
 * @throws {@link PdzError} `invalid_type`, `too_many_items`, `unreadable_field`, `empty_weights`, `zero_weights`, and
 *   the errors of reading a decimal (`invalid_decimal`, `number_out_of_range`, `number_text_too_long`,
 *   `negative_amount`) at the weight's index
 */
export function readWeights(value: unknown, path: ErrorPath): IntegerWeights {
  const items = readList(value, path);
  if (items.length === 0) throw pdzError(M.empty_weights, {}, path);
  const values = new Float64Array(items.length);
  let sum = 0;
  let max = 0;
  let index = 0;
  for (; index < items.length; index += 1) {
    const item = items[index];
    if (!isWholeWeight(item)) break;
    // `+ 0` turns a negative zero into zero.
    values[index] = item + 0;
    sum += item;
    if (item > max) max = item;
  }
  if (index === items.length && sum <= Number.MAX_SAFE_INTEGER) {
    if (sum === 0) throw pdzError(M.zero_weights, {}, path);
    return { kind: "number", values, sum, max };
  }
  return scaledWeights(items, path);
}

function scaledWeights(items: readonly unknown[], path: ErrorPath): IntegerWeights {
  const read = new Array<Scaled>(items.length);
  let scale = 0;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    let weight: Scaled;
    if (isWholeWeight(item)) {
      weight = { digits: BigInt(item), scale: 0 };
    } else {
      weight = scaledOf(toNonNegativeDecimal(item, [...path, index]));
    }
    read[index] = weight;
    if (weight.scale > scale) scale = weight.scale;
  }
  const values = new Array<bigint>(items.length);
  let sum = 0n;
  for (let index = 0; index < read.length; index += 1) {
    const weight = read[index] ?? { digits: 0n, scale };
    const integer = weight.scale === scale ? weight.digits : weight.digits * tenTo(scale - weight.scale);
    values[index] = integer;
    sum += integer;
  }
  if (sum === 0n) throw pdzError(M.zero_weights, {}, path);
  return { kind: "bigint", values, sum };
}

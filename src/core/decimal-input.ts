import { Dec, type Decimal } from "./decimal.js";
import { decimalBehind } from "./decimal-stand-in.js";
import { PdzError, pdzError, type ErrorPath } from "./error.js";
import { MAX_MAGNITUDE_EXPONENT, MAX_NUMBER_TEXT_LENGTH, MIN_MAGNITUDE_EXPONENT } from "./limits.js";
import * as M from "./messages/core.js";

/**
 * Anything the library accepts where it needs an exact number: a Decimal, a canonical decimal string
 * (`"1234.56"`, `"-0.5"`, `"1e3"`: dot decimal separator, no grouping — what `Decimal.toString()` and
 * `JSON.stringify` write), a finite JavaScript number or a bigint.
 *
 * This is the machine contract and it has exactly one reading: `"1.234"` is 1.234. Italian text such as
 * `"1.234,56"` is read only where the caller declares it: {@link parseItalianNumber} and the Italian mode of the
 * `parseX` functions (`{ numbers: "italian" }`).
 * @category Core
 */
export type DecimalInput = Decimal | string | number | bigint;

// Canonical decimal text: optional sign, digits with an optional fraction, optional exponent. Linear: the classes
// that follow one another are disjoint, and the text is at most 100 characters long when it is tested.
const CANONICAL_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function invalid(path: ErrorPath): never {
  throw pdzError(M.invalid_decimal, {}, path);
}

function fromCanonicalText(text: string, path: ErrorPath): Decimal {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) {
    throw pdzError(M.number_text_too_long, { max: MAX_NUMBER_TEXT_LENGTH }, path);
  }
  if (!CANONICAL_DECIMAL.test(text)) invalid(path);
  return new Dec(text);
}

// Another copy of decimal.js (or anything claiming to be a Decimal) is read through its own text form, so that
// no foreign internals are trusted.
function decimalText(value: object, path: ErrorPath): string {
  try {
    // toExponential() writes every digit whatever the foreign copy's configuration (toString follows its
    // toExpPos/toExpNeg): the reading of a foreign Decimal does not depend on how its owner configured it.
    const candidate = value as { toExponential?: unknown; toString(): unknown };
    const text: unknown =
      typeof candidate.toExponential === "function"
        ? (candidate.toExponential as () => unknown).call(value)
        : candidate.toString();
    if (typeof text === "string") return text;
  } catch {
    // fall through: not a readable decimal
  }
  return invalid(path);
}

// decimal.js keeps its digits in base 10^7 words.
const WORD = 10_000_000;

// A Decimal made by the library's own constructor (the common case: a validated document, a result passed back) is
// copied directly instead of through its text, which is several times faster; the copy's digit words are checked,
// so that an instance whose internals were tampered with is refused rather than computed with.
function fromOwnInstance(value: object, path: ErrorPath): Decimal {
  const copy = new Dec(value as Decimal);
  const words: unknown = copy.d;
  const sound =
    Array.isArray(words) &&
    words.length > 0 &&
    words.length <= 16 &&
    Number.isSafeInteger(copy.e) &&
    (copy.s === 1 || copy.s === -1) &&
    words.every((word) => Number.isInteger(word) && (word as number) >= 0 && (word as number) < WORD);
  if (!sound && !(Array.isArray(words) && words.length === 1 && words[0] === 0 && copy.s === 1))
    invalid(path);
  return copy;
}

// Any other object: a Decimal of another decimal.js copy is read through its own text form, so that no foreign
// internals are trusted. Looking at an object can throw anything (a revoked proxy, a trap or a getter that throws):
// whatever is not a PdzError means the value is no readable decimal.
function fromObject(input: object, path: ErrorPath): Decimal {
  // A Decimal of a document being validated stands in the validator's copy as a token (own-snapshot.ts).
  const value = decimalBehind(input) ?? input;
  try {
    if (value instanceof Dec) return fromOwnInstance(value, path);
    if (Dec.isDecimal(value)) return fromCanonicalText(decimalText(value, path), path);
  } catch (error) {
    if (error instanceof PdzError) throw error;
  }
  return invalid(path);
}

/**
 * Turns a {@link DecimalInput} into an exact {@link Decimal}, or throws.
 *
 * Numbers must be finite and are read through their shortest round-trip string (`0.1` is exactly `0.1`); strings
 * must be canonical decimals; values must lie within the library's bounds ({@link LIMITS}: 0, or between 10^-30 and
 * 10^15 in absolute value). Negative zero becomes zero.
 *
 * @param value - the value to convert (any value: anything else throws)
 * @param path - where the value sits in the caller's input, reported in the error
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range` or `number_text_too_long`
 * @example
 * ```ts
 * import { toDecimal } from "piano-di-zona";
 * toDecimal("16600").times(100).div(16000).toString() //=> "103.75"
 * toDecimal(0.1).plus(0.2).toString() //=> "0.3"
 * toDecimal("1.234").toString() //=> "1.234"
 * toDecimal("1.234,56") //=> throws invalid_decimal
 * toDecimal("1e100000000") //=> throws number_out_of_range
 * ```
 * @category Core
 */
export function toDecimal(value: DecimalInput, path: ErrorPath = []): Decimal {
  return readDecimal(value, path);
}

/** {@link toDecimal} for a value of unknown type, read from untrusted input. @internal */
export function readDecimal(value: unknown, path: ErrorPath = []): Decimal {
  let result: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(path);
    result = new Dec(value);
  } else if (typeof value === "bigint") {
    const text = value.toString();
    if (text.length > MAX_NUMBER_TEXT_LENGTH) throw pdzError(M.number_out_of_range, {}, path);
    result = new Dec(text);
  } else if (typeof value === "string") {
    result = fromCanonicalText(value.trim(), path);
  } else if (typeof value === "object" && value !== null) {
    result = fromObject(value, path);
  } else {
    return invalid(path);
  }
  if (!result.isFinite()) invalid(path);
  if (result.isZero()) return new Dec(0);
  // `e` is the base-10 exponent: 10^e ≤ |x| < 10^(e+1).
  if (result.e >= MAX_MAGNITUDE_EXPONENT || result.e < MIN_MAGNITUDE_EXPONENT) {
    throw pdzError(M.number_out_of_range, {}, path);
  }
  return result;
}

/**
 * Like {@link toDecimal}, and also refuses negative values (amounts, budgets, payments).
 * @internal
 */
export function toNonNegativeDecimal(value: unknown, path: ErrorPath = []): Decimal {
  const result = readDecimal(value, path);
  if (result.isNegative()) throw pdzError(M.negative_amount, {}, path);
  return result;
}

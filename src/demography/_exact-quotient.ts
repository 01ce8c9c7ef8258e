import { Dec, type Decimal } from "../core/decimal.js";
import { DECIMAL_PRECISION } from "../core/limits.js";

// Quotients of integer counts, computed by long division in plain numbers and handed to Decimal already rounded:
// the same value, digit for digit, as `new Decimal(numerator).div(denominator)` (rounded half-up to the clone's
// 40 significant digits), without decimal.js's general division. decimal.js stores a value as base-10^7 words
// aligned on the decimal point (its documented `d`, `e`, `s` instance properties), so the division produces
// those words directly. Operands outside the range where every step stays an exact integer below 2^53 go
// through Decimal.

const BASE = 10_000_000;
const WORD_DIGITS = 7;
/** Numerators up to 2^52: the integer part times the denominator stays exact. */
const MAX_NUMERATOR = 2 ** 52;
/** Denominators up to 9 × 10^8: a remainder times 10^7 stays exact. */
const MAX_DENOMINATOR = 900_000_000;
const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000] as const;

// The words of the value being built (the first one non-zero), and the place of the first one: 0 for units, 1 for
// 10^7, -1 for the first seven decimals. Module scratch, reused: Decimal copies the words it is given.
const words: number[] = [];
let top = 0;
// decimal.js copies any value tagged as a Decimal from its sign, exponent and words: the result is an ordinary
// instance of the clone.
const source = { toStringTag: "[object Decimal]", s: 1, e: 0, d: words };

/** The fields of a decimal.js instance: its constructor (the clone) and its sign, exponent and words. */
interface DecimalFields {
  constructor: unknown;
  s: number;
  e: number;
  d: number[];
}

// The constructor costs more than the long division. When an instance is exactly what it looks like — the
// prototype plus own `constructor`, `s`, `e`, `d`, in that order, as in decimal.js 10 — the same object is built
// directly; any other layout (a future version) goes through the constructor. Probed on first use, so that
// importing the library does no work.
let direct: boolean | undefined;

function canBuildDirectly(): boolean {
  if (direct === undefined) {
    const probe = new Dec(1);
    direct =
      Object.getPrototypeOf(probe) === Dec.prototype && Object.keys(probe).join() === "constructor,s,e,d";
  }
  return direct;
}

function digitCount(word: number): number {
  let count = 1;
  while (count < WORD_DIGITS && word >= (POWERS_OF_TEN[count] ?? BASE)) count++;
  return count;
}

/**
 * Words to produce from a first word: up to the one holding the last kept digit, and the next one only when the
 * last kept digit ends its word (the first dropped digit is then the next word's).
 */
function wordsNeeded(first: number): number {
  const digits = digitCount(first);
  const last = Math.ceil((DECIMAL_PRECISION - digits) / WORD_DIGITS);
  return digits + WORD_DIGITS * last === DECIMAL_PRECISION ? last + 2 : last + 1;
}

/** Fills `words` with the first words of `numerator / denominator`: enough to round, or all when they end. */
function divide(numerator: number, denominator: number): void {
  // Math.floor of the floating-point quotient is the integer quotient q here: x / d rounds up to q + 1 only if
  // 1 / d ≤ half an ulp of q + 1 ≤ (q + 1) / 2^53, that is d × (q + 1) ≥ 2^53, while d × (q + 1) ≤ x + d stays
  // below 2^53 for x ≤ 2^52 (and for x < 10^7 × d in the loop below, as d ≤ 9 × 10^8).
  const integer = Math.floor(numerator / denominator);
  let remainder = numerator - integer * denominator;
  // Emptied by popping: setting an array's length is a slow runtime call.
  while (words.length > 0) words.pop();
  top = 0;
  if (integer >= BASE) {
    const high = Math.floor(integer / BASE);
    if (high >= BASE) {
      const higher = Math.floor(high / BASE);
      words.push(higher, high - higher * BASE);
      top = 2;
    } else {
      words.push(high);
      top = 1;
    }
    words.push(integer - high * BASE);
  } else if (integer > 0) {
    words.push(integer);
  }
  let needed = words.length === 0 ? Infinity : wordsNeeded(words[0] ?? 0);
  let place = -1;
  while (remainder !== 0 && words.length < needed) {
    const scaled = remainder * BASE;
    const word = Math.floor(scaled / denominator);
    remainder = scaled - word * denominator;
    place--;
    if (words.length === 0) {
      // Leading zero words are not stored.
      if (word === 0) continue;
      top = place + 1;
      needed = wordsNeeded(word);
    }
    words.push(word);
  }
}

/**
 * Rounds `words` half-up to the precision. Whether the dropped part is exact or followed by a non-zero tail, it
 * is at least half a unit exactly when its first digit is ≥ 5.
 */
function roundWords(): void {
  const first = digitCount(words[0] ?? 0);
  const last = Math.ceil((DECIMAL_PRECISION - first) / WORD_DIGITS);
  if (words.length <= last) return;
  const dropped = first + WORD_DIGITS * last - DECIMAL_PRECISION;
  let word = words[last] ?? 0;
  if (dropped > 0) {
    const unit = POWERS_OF_TEN[dropped] ?? BASE;
    const tail = word % unit;
    word += tail * 2 >= unit ? unit - tail : -tail;
  } else if ((words[last + 1] ?? 0) * 2 >= BASE) {
    word++;
  }
  words[last] = word;
  while (words.length > last + 1) words.pop();
  carry(last);
}

/** Propagates a word that reached the base towards the first one. */
function carry(from: number): void {
  for (let i = from; i > 0 && (words[i] ?? 0) >= BASE; i--) {
    words[i] = (words[i] ?? 0) - BASE;
    words[i - 1] = (words[i - 1] ?? 0) + 1;
  }
  if ((words[0] ?? 0) >= BASE) {
    words[0] = (words[0] ?? 0) - BASE;
    words.unshift(1);
    top++;
  }
}

/** Adds `value` (0 < value < 10^7) to the word at `place`: an exact sum. */
function addWord(value: number, place: number): void {
  if (words.length === 0) {
    words.push(value);
    top = place;
    return;
  }
  while (top < place) {
    words.unshift(0);
    top++;
  }
  const index = top - place;
  while (words.length <= index) words.push(0);
  words[index] = (words[index] ?? 0) + value;
  carry(index);
}

/** The Decimal of the rounded `words`, in decimal.js's normalised form (no trailing zero word). */
function toDecimal(): Decimal {
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  if (words.length === 0) return new Dec(0);
  const exponent = WORD_DIGITS * top + digitCount(words[0] ?? 0) - 1;
  if (!canBuildDirectly()) {
    source.e = exponent;
    return new Dec(source as unknown as Decimal);
  }
  const value = Object.create(Dec.prototype) as DecimalFields;
  value.constructor = Dec;
  value.s = 1;
  value.e = exponent;
  value.d = words.slice();
  return value as unknown as Decimal;
}

function isFast(numerator: number, denominator: number): boolean {
  return (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    // -0 stays with Decimal, which keeps its sign.
    (numerator > 0 || Object.is(numerator, 0)) &&
    numerator <= MAX_NUMERATOR &&
    denominator > 0 &&
    denominator <= MAX_DENOMINATOR
  );
}

/**
 * `numerator / denominator` rounded half-up to 40 significant digits: identical to
 * `new Decimal(numerator).div(denominator)`.
 */
export function exactQuotient(numerator: number, denominator: number): Decimal {
  if (!isFast(numerator, denominator)) return new Dec(numerator).div(denominator);
  divide(numerator, denominator);
  roundWords();
  return toDecimal();
}

/**
 * The rounded quotient plus a whole number, rounded again: identical to
 * `new Decimal(numerator).div(denominator).plus(addend)`.
 */
export function exactQuotientPlus(numerator: number, denominator: number, addend: number): Decimal {
  if (!isFast(numerator, denominator) || !Number.isInteger(addend) || addend < 0 || addend >= BASE) {
    return new Dec(numerator).div(denominator).plus(addend);
  }
  divide(numerator, denominator);
  roundWords();
  if (addend > 0) {
    addWord(addend, 0);
    roundWords();
  }
  return toDecimal();
}

/**
 * The rounded quotient plus ½, rounded again: identical to `new Decimal(numerator).div(denominator).plus(0.5)`.
 */
export function exactQuotientPlusHalf(numerator: number, denominator: number): Decimal {
  if (!isFast(numerator, denominator)) return new Dec(numerator).div(denominator).plus(0.5);
  divide(numerator, denominator);
  roundWords();
  addWord(BASE / 2, -1);
  roundWords();
  return toDecimal();
}

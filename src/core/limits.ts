// The bounds the readers check, as plain constants: a reader that needs one bound does not ship the whole object.
/** Characters of a decimal written as text. @internal */
export const MAX_NUMBER_TEXT_LENGTH = 100;
/** Items of a list. @internal */
export const MAX_LIST_LENGTH = 10_000_000;
/** Characters of a text. @internal */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The bounds of what the library accepts. They are generous for every real figure of social planning (a budget of
 * a thousand trillion euro, the population of the planet a hundred thousand times over) and they keep every call
 * fast: an input outside them is refused at once with a {@link PdzError}, before any computation starts.
 *
 * @example
 * ```ts
 * import { LIMITS } from "piano-di-zona";
 * LIMITS.maxAbsoluteValue //=> "1e15"
 * LIMITS.maxListLength //=> 10000000
 * ```
 * @category Core
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** Decimal inputs (amounts, rates, percentages) are below this in absolute value: 10^15. */
  maxAbsoluteValue: "1e15",
  /** Non-zero decimal inputs are at least this in absolute value: 10^-30. */
  minAbsoluteValue: "1e-30",
  /** A decimal input written as text has at most this many characters. */
  maxNumberTextLength: MAX_NUMBER_TEXT_LENGTH,
  /** Lists (actions, parts of an allocation, comuni, years, weights) have at most this many items. */
  maxListLength: MAX_LIST_LENGTH,
  /** Objects and lists given to a model's parser are nested at most this many levels deep. */
  maxNestingDepth: 64,
  /** Text read by the matchers and the Italian readers is looked at up to this many characters. */
  maxTextLength: MAX_TEXT_LENGTH,
  /** Years (of periods, dates, observations) lie in this inclusive range. */
  minYear: 1900,
  maxYear: 2199,
} as const);

/** Significant digits of every Decimal the library computes. @internal */
export const DECIMAL_PRECISION = 40;

/** Powers of ten of the decimal bounds. @internal */
export const MAX_MAGNITUDE_EXPONENT = 15;
/** @internal */
export const MIN_MAGNITUDE_EXPONENT = -30;

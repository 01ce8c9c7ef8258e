import { COINCIDENCE_BAND_CATALOG, type CoincidenceBand } from "../catalog/evaluation-scales.js";
import type { DecimalInput } from "../core/decimal-input.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient, toFraction } from "../core/exact-quotient.js";
import type { Labels } from "../core/labels.js";
import { ownField, readRecord, requiredField } from "../core/read-input.js";

/**
 * The resource coincidence of an objective or action ("livello di coincidenza tra risorse stanziate e risorse
 * impegnate/liquidate").
 * @category Evaluation
 */
export interface ResourceCoincidence {
  /** The exact `paid × 100 / budgeted`, correctly rounded to 40 digits, or `null` when nothing was budgeted. */
  readonly percent: Decimal | null;
  readonly band: CoincidenceBand;
  readonly labels: Labels;
}

/** The coincidence of amounts already read; `budgeted` null or 0 is "not applicable". @internal */
export function coincidenceOf(budgeted: Decimal | null, paid: Decimal): ResourceCoincidence {
  if (budgeted === null || budgeted.isZero()) {
    const info = COINCIDENCE_BAND_CATALOG["non-applicabile"];
    return { percent: null, band: info.code, labels: info.labels };
  }
  // paid × 100 / budgeted as one fraction: (p / 10^a) × 100 / (b / 10^c) = p × 10^c × 100 / (b × 10^a).
  const p = toFraction(paid);
  const b = toFraction(budgeted);
  const numerator = p.numerator * b.denominator * 100n;
  const denominator = b.numerator * p.denominator;
  const hundred = 100n * denominator;
  const band: Exclude<CoincidenceBand, "non-applicabile"> =
    numerator < hundred ? "sovrastimato" : numerator === hundred ? "ottimo" : "sottostimato";
  return {
    percent: exactQuotient(numerator, denominator),
    band,
    labels: COINCIDENCE_BAND_CATALOG[band].labels,
  };
}

/** The band of a coincidence percent already read (≥ 0). @internal */
export function bandOfCoincidence(percent: Decimal): Exclude<CoincidenceBand, "non-applicabile"> {
  return percent.lt(100) ? "sovrastimato" : percent.eq(100) ? "ottimo" : "sottostimato";
}

/**
 * Computes the resource coincidence as the D.G.R. XII/2167 grid defines it: `(pagato × 100) / preventivato`,
 * exact (one quotient, rounded once to 40 significant digits) with its band decided on the exact ratio.
 *
 * Below 100 the objective was not realized as planned or was overestimated (`"sovrastimato"`); exactly 100 is
 * `"ottimo"`; above 100 it was underestimated (`"sottostimato"`). When nothing was budgeted (0, `null` or absent)
 * the ratio does not exist: the result is `null` and `"non-applicabile"`, never 0%.
 *
 * @param input - the amounts budgeted and paid (or committed), in euro
 * @throws {@link PdzError} `negative_amount` for a negative amount; `invalid_decimal`, `number_out_of_range`,
 *   `number_text_too_long` for what is not an amount; `invalid_type` when the input is not an object;
 *   `required_field` without `paid`; `unreadable_field`
 * @example
 * ```ts
 * import { resourceCoincidence } from "piano-di-zona";
 * // Gallarate 2021-2023, objective C, azione 3: "spesi euro 16.600 su stanziamento di euro 16.000"
 * const c = resourceCoincidence({ budgeted: 16000, paid: 16600 });
 * c.percent?.toString() //=> "103.75"
 * c.band //=> "sottostimato"
 * resourceCoincidence({ budgeted: 0, paid: 0 }).band //=> "non-applicabile"
 * resourceCoincidence({ budgeted: "100", paid: "-1" }) //=> throws negative_amount
 * resourceCoincidence(5 as never) //=> throws invalid_type
 * ```
 * @category Evaluation
 */
export function resourceCoincidence(input: {
  readonly budgeted?: DecimalInput | null | undefined;
  readonly paid: DecimalInput;
}): ResourceCoincidence {
  const record = readRecord(input);
  const paid = toNonNegativeDecimal(requiredField(record, "paid"), ["paid"]);
  const budgetedInput = ownField(record, "budgeted");
  const budgeted =
    budgetedInput === undefined || budgetedInput === null
      ? null
      : toNonNegativeDecimal(budgetedInput, ["budgeted"]);
  return coincidenceOf(budgeted, paid);
}

/**
 * The band of a coincidence percent already computed (e.g. printed in a document).
 *
 * @param percent - the coincidence, in percent (≥ 0)
 * @throws {@link PdzError} `negative_amount` below 0; `invalid_decimal`, `number_out_of_range`,
 *   `number_text_too_long` for what is not a number
 * @example
 * ```ts
 * import { coincidenceBand } from "piano-di-zona";
 * coincidenceBand(80) //=> "sovrastimato"
 * coincidenceBand("100") //=> "ottimo"
 * coincidenceBand(undefined as never) //=> throws invalid_decimal
 * ```
 * @category Evaluation
 */
export function coincidenceBand(percent: DecimalInput): Exclude<CoincidenceBand, "non-applicabile"> {
  return bandOfCoincidence(toNonNegativeDecimal(percent, ["percent"]));
}

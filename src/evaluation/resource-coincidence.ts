import { COINCIDENCE_BAND_CATALOG, type CoincidenceBand } from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { toNonNegativeDecimal, type DecimalInput } from "../core/input.js";
import type { Labels } from "../core/labels.js";

/**
 * The resource coincidence of an objective or action ("livello di coincidenza tra risorse stanziate e risorse
 * impegnate/liquidate").
 * @category Evaluation
 */
export interface ResourceCoincidence {
  /** The exact `paid × 100 / budgeted`, or `null` when nothing was budgeted. */
  readonly percent: Decimal | null;
  readonly band: CoincidenceBand;
  readonly labels: Labels;
}

/**
 * Computes the resource coincidence as the D.G.R. XII/2167 grid defines it: `(pagato × 100) / preventivato`.
 *
 * Below 100 the objective was not realized as planned or was overestimated (`"sovrastimato"`); exactly 100 is
 * `"ottimo"`; above 100 it was underestimated (`"sottostimato"`). When nothing was budgeted (0 or absent) the ratio
 * does not exist: the result is `null` and `"non-applicabile"`, never 0%.
 *
 * @param input - the amounts budgeted and paid (or committed), in euro
 * @throws {@link PdzError} `negative_amount` for a negative amount, `invalid_decimal` for a non-number
 * @example
 * ```ts
 * import { resourceCoincidence } from "piano-di-zona";
 * // Gallarate 2021-2023, objective C, azione 3: "spesi euro 16.600 su stanziamento di euro 16.000"
 * const c = resourceCoincidence({ budgeted: 16000, paid: 16600 });
 * c.percent?.toString() //=> "103.75"
 * c.band //=> "sottostimato"
 * resourceCoincidence({ budgeted: 0, paid: 0 }).band //=> "non-applicabile"
 * resourceCoincidence({ budgeted: "100", paid: "-1" }) //=> throws negative_amount
 * ```
 * @category Evaluation
 */
export function resourceCoincidence(input: {
  readonly budgeted?: DecimalInput | null | undefined;
  readonly paid: DecimalInput;
}): ResourceCoincidence {
  const paid = toNonNegativeDecimal(input.paid, ["paid"]);
  const budgeted =
    input.budgeted === undefined || input.budgeted === null
      ? null
      : toNonNegativeDecimal(input.budgeted, ["budgeted"]);
  if (budgeted === null || budgeted.isZero()) {
    return {
      percent: null,
      band: "non-applicabile",
      labels: COINCIDENCE_BAND_CATALOG["non-applicabile"].labels,
    };
  }
  const percent = paid.times(100).div(budgeted);
  const band = coincidenceBand(percent);
  return { percent, band, labels: COINCIDENCE_BAND_CATALOG[band].labels };
}

/**
 * The band of a coincidence percent already computed (e.g. printed in a document).
 *
 * @example
 * ```ts
 * import { coincidenceBand } from "piano-di-zona";
 * coincidenceBand(80) //=> "sovrastimato"
 * coincidenceBand("100") //=> "ottimo"
 * ```
 * @category Evaluation
 */
export function coincidenceBand(percent: DecimalInput): Exclude<CoincidenceBand, "non-applicabile"> {
  const value = toNonNegativeDecimal(percent, ["percent"]);
  return value.lt(100) ? "sovrastimato" : value.eq(100) ? "ottimo" : "sottostimato";
}

// The figure of one objective that enters the plan's mean: an exact interval of percent points, recomputed (from the
// actions or the action counts: one value) or stated (a printed percent: one value; a printed range or a band alone:
// an interval), with the band it lies in when the whole interval lies in one.
import {
  ACHIEVEMENT_BAND_CATALOG,
  ACHIEVEMENT_BANDS,
  type AchievementBand,
} from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { exactQuotient, toFraction } from "../core/exact-quotient.js";
import type { Labels } from "../core/labels.js";
import type { Fraction } from "./_fraction-sum.js";
import { percentFraction, type GradeParts } from "./_grade-parts.js";
import type { PrintedGradeRecord } from "./_printed-grade.js";
import { bandOfFraction } from "./achievement-band.js";

/**
 * Where a figure comes from: `"recomputed"` by the library from the actions or the action counts, or `"stated"` by
 * the document and taken as printed (nothing to recompute it from).
 * @category Evaluation
 */
export type FigureOrigin = "recomputed" | "stated";

/**
 * What a grade figure is read from: the actions with their completion, the counts of actions, a printed percent, a
 * printed range, a printed band alone (its official range), or the parts the document grades one by one.
 * @category Evaluation
 */
export type FigureBasis = "actions" | "counts" | "percent" | "range" | "band" | "parts";

/**
 * Why an objective is left out of the plan's mean: its grade is printed "Non applicabile", or it has no grade at all
 * (nothing printed, nothing to recompute).
 * @category Evaluation
 */
export type ExclusionReason = "not-applicable" | "no-grade";

/**
 * The achievement grade of an objective as the plan's mean uses it: an exact interval in percent points (`from` =
 * `to` for one value), its origin, and its band where the whole interval lies in one band.
 *
 * A band printed alone stands for its official range as the D.G.R. XII/2167 grid prints it on whole numbers (nullo
 * 0, insufficiente 1-49, sufficiente 50-79, buono 80-99, ottimo 100); a printed range ("80% - 99%") for itself.
 * @category Evaluation
 */
export interface GradeFigure {
  readonly origin: FigureOrigin;
  readonly basis: FigureBasis;
  /** The lower bound, in percent (exact: correctly rounded once to 40 significant digits). */
  readonly from: Decimal;
  /** The upper bound, in percent (equal to `from` for one value). */
  readonly to: Decimal;
  /** The band, when the whole interval lies in one band; `null` when it spans two or more. */
  readonly band: AchievementBand | null;
  /** The band's labels, or `null`. */
  readonly labels: Labels | null;
}

/** A figure with its exact bounds, before it is written out. @internal */
export interface Figure {
  readonly origin: FigureOrigin;
  readonly basis: FigureBasis;
  readonly low: Fraction;
  readonly high: Fraction;
  /** The exact parts of a recomputed grade (for the "actions" weighting), or `null`. */
  readonly parts: GradeParts | null;
}

// The whole-number ranges of the official grid, in percent points.
const OFFICIAL_RANGES: { readonly [B in AchievementBand]: readonly [bigint, bigint] } = {
  nullo: [0n, 0n],
  insufficiente: [1n, 49n],
  sufficiente: [50n, 79n],
  buono: [80n, 99n],
  ottimo: [100n, 100n],
};

/** The official range of a band, in percent points. @internal */
export function officialRange(band: AchievementBand): readonly [bigint, bigint] {
  return OFFICIAL_RANGES[band];
}

const ONE = 1n;

function fractionOf(value: Decimal): Fraction {
  return toFraction(value);
}

/** a < b, for fractions with positive denominators. @internal */
export function lessThan(a: Fraction, b: Fraction): boolean {
  return a.numerator * b.denominator < b.numerator * a.denominator;
}

/** The figure of a recomputed grade. @internal */
export function recomputedFigure(parts: GradeParts, basis: "actions" | "counts"): Figure {
  const fraction = percentFraction(parts);
  return { origin: "recomputed", basis, low: fraction, high: fraction, parts };
}

/**
 * The figure of a printed grade, or the reason it is left out: a printed percent wins over a printed range, which
 * wins over a band alone.
 * @internal
 */
export function statedFigure(grade: PrintedGradeRecord | null): Figure | ExclusionReason {
  if (grade === null) return "no-grade";
  if (grade.notApplicable) return "not-applicable";
  if (grade.percent !== null) {
    const value = fractionOf(grade.percent);
    return { origin: "stated", basis: "percent", low: value, high: value, parts: null };
  }
  if (grade.range !== null) {
    return {
      origin: "stated",
      basis: "range",
      low: fractionOf(grade.range.from),
      high: fractionOf(grade.range.to),
      parts: null,
    };
  }
  if (grade.band !== null) {
    const [from, to] = OFFICIAL_RANGES[grade.band];
    return {
      origin: "stated",
      basis: "band",
      low: { numerator: from, denominator: ONE },
      high: { numerator: to, denominator: ONE },
      parts: null,
    };
  }
  return "no-grade";
}

/**
 * The figure spanning the figures of an objective's parts: whatever weights the parts had, their combination lies
 * in it, so no weighting is invented. Recomputed only where every part is.
 * @internal
 */
export function hullFigure(figures: readonly Figure[]): Figure | null {
  const first = figures[0];
  if (first === undefined) return null;
  let { low, high } = first;
  let recomputed = first.origin === "recomputed";
  for (const figure of figures) {
    if (lessThan(figure.low, low)) low = figure.low;
    if (lessThan(high, figure.high)) high = figure.high;
    if (figure.origin !== "recomputed") recomputed = false;
  }
  return { origin: recomputed ? "recomputed" : "stated", basis: "parts", low, high, parts: null };
}

/** The band of an exact interval, when the whole interval lies in one band. @internal */
export function bandOfInterval(low: Fraction, high: Fraction): AchievementBand | null {
  const lowBand = bandOfFraction(low);
  return lowBand !== null && lowBand === bandOfFraction(high) ? lowBand : null;
}

/**
 * The bands an exact interval touches, from the band of its lower bound to that of its upper bound (bands are
 * consecutive intervals of the line).
 * @internal
 */
export function bandsOfInterval(low: Fraction, high: Fraction): readonly AchievementBand[] {
  const first = ACHIEVEMENT_BANDS.indexOf(bandOfFraction(low) ?? "ottimo");
  const last = ACHIEVEMENT_BANDS.indexOf(bandOfFraction(high) ?? "ottimo");
  return ACHIEVEMENT_BANDS.slice(first, last + 1);
}

/** Tells whether `low ≤ value ≤ high`. @internal */
export function within(value: Fraction, low: Fraction, high: Fraction): boolean {
  return !lessThan(value, low) && !lessThan(high, value);
}

/** The public form of a figure. @internal */
export function publicFigure(figure: Figure): GradeFigure {
  const from = exactQuotient(figure.low.numerator, figure.low.denominator);
  const same =
    figure.low.numerator * figure.high.denominator === figure.high.numerator * figure.low.denominator;
  const to = same ? from : exactQuotient(figure.high.numerator, figure.high.denominator);
  const band = bandOfInterval(figure.low, figure.high);
  return {
    origin: figure.origin,
    basis: figure.basis,
    from,
    to,
    band,
    labels: band === null ? null : ACHIEVEMENT_BAND_CATALOG[band].labels,
  };
}

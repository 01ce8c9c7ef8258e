import type { Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/demography.js";
import { countText } from "./_number-text.js";

/**
 * `numerator × factor / denominator` for whole numbers, correctly rounded once to 40 significant digits; a zero
 * denominator is `zero_denominator` at `denominatorPath`, named `what`.
 */
export function exactRatio(
  numerator: number,
  denominator: number,
  factor: bigint,
  denominatorPath: ErrorPath,
  what: Labels,
): Decimal {
  if (denominator === 0) throw pdzError(M.zero_denominator, { what }, denominatorPath);
  return exactQuotient(BigInt(numerator) * factor, BigInt(denominator));
}

/** Refuses a part larger than its whole (`part_exceeds_total` at the part's key). */
export function requirePartOfTotal(
  part: number,
  partKey: string,
  total: number,
  totalKey: string,
  path: ErrorPath = [partKey],
): void {
  if (part > total) {
    throw pdzError(
      M.part_exceeds_total,
      { part: { name: partKey, count: countText(part) }, total: { name: totalKey, count: countText(total) } },
      path,
    );
  }
}

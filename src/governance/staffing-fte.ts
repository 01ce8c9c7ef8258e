import { readDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import { exactQuotient } from "../core/exact-quotient.js";
import * as C from "../core/messages/core.js";
import { ownField, readCount, readList, readRecord, requiredField } from "../core/read-input.js";
import type { Organ } from "../model/organ.js";

// A decimal as an exact fraction digits / 10^places, read from its plain decimal text (no rounding involved).
function fractionOf(value: Decimal): { digits: bigint; places: number } {
  const [whole = "0", fraction = ""] = value.toFixed().split(".");
  return { digits: BigInt(whole + fraction), places: fraction.length };
}

// A share of time: a Decimal, a number or canonical text. A revoked proxy cannot even be asked whether it is a
// Decimal: it is unreadable.
function readShare(value: unknown, path: ErrorPath): Decimal {
  try {
    return readDecimal(value, path);
  } catch (error) {
    if (error instanceof PdzError) throw error;
    throw pdzError(C.unreadable_field, {}, path);
  }
}

/**
 * The full-time equivalents of an organ's staffing ("dotazione organica"): the sum of people × share of time, exact
 * (one fraction, correctly rounded once to 40 significant digits). Gallarate's Ufficio di Piano, "1 Posizione
 * Organizzativa dedicata 100%, 2 figure amministrative full time, 1 Assistente Sociale 50%, 1 Assistente Sociale
 * 100% (dedicata PUA)" (seed 000 L782-785), is 4,5 FTE. An organ without staffing has 0.
 *
 * @param organ - the organ (its `staffing` is read: each position's `count` and `timeShare`, a percentage 0–100 as a
 *   Decimal, a number or canonical text)
 * @throws {@link PdzError} `invalid_count`, `invalid_decimal`, `percent_out_of_range`, `number_out_of_range`,
 *   `number_text_too_long`; `invalid_type`, `required_field`, `unreadable_field`, `too_many_items` for a wrong shape
 * @example
 * ```ts
 * import { staffingFte } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * const ufficio = GALLARATE_ACCORDO.organs.find((organ) => organ.kind === "ufficio-di-piano");
 * staffingFte(ufficio!).toString() //=> "4.5"
 * staffingFte({ staffing: [{ role: "Assistente Sociale", count: 1, timeShare: 150 }] } as never) //=> throws percent_out_of_range
 * ```
 * @category Governance
 */
export function staffingFte(organ: Pick<Organ, "staffing">): Decimal {
  const staffing = ownField(readRecord(organ), "staffing");
  const positions = staffing === undefined ? [] : readList(staffing, ["staffing"]);
  // Σ count × share / 100, over one common denominator 10^places.
  let total = 0n;
  let places = 0;
  for (let index = 0; index < positions.length; index += 1) {
    const path: ErrorPath = ["staffing", index];
    const position = readRecord(positions[index], path);
    const count = readCount(requiredField(position, "count", path), [...path, "count"]);
    const share = readShare(requiredField(position, "timeShare", path), [...path, "timeShare"]);
    if (share.isNegative() || share.gt(100))
      throw pdzError(C.percent_out_of_range, {}, [...path, "timeShare"]);
    const fraction = fractionOf(share);
    if (fraction.places > places) {
      total *= 10n ** BigInt(fraction.places - places);
      places = fraction.places;
    }
    total += BigInt(count) * fraction.digits * 10n ** BigInt(places - fraction.places);
  }
  return exactQuotient(total, 100n * 10n ** BigInt(places));
}

import { Dec, type Decimal } from "../core/decimal.js";
import type { Organ } from "./organ.js";

/**
 * The full-time equivalents of an organ's staffing ("dotazione organica"): the sum of people × share of time.
 * Gallarate's Ufficio di Piano, "1 Posizione Organizzativa dedicata 100%, 2 figure amministrative full time, 1
 * Assistente Sociale 50%, 1 Assistente Sociale 100% (dedicata PUA)" (seed 000 L782-785), is 4,5 FTE.
 *
 * @example
 * ```ts
 * import { staffingFte } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * const ufficio = GALLARATE_ACCORDO.organs.find((organ) => organ.kind === "ufficio-di-piano");
 * staffingFte(ufficio!).toString() //=> "4.5"
 * ```
 * @category Model
 */
export function staffingFte(organ: Pick<Organ, "staffing">): Decimal {
  return (organ.staffing ?? []).reduce(
    (total, position) => total.plus(position.timeShare.times(position.count).dividedBy(100)),
    new Dec(0),
  );
}

import { PdzError } from "../core/error.js";
import { isIsoDate, type IsoDate } from "../core/italian-date.js";
import type { AccordoDiProgramma } from "./accordo-di-programma.js";

/**
 * The period an Accordo is valid for once its extensions ("proroghe") are applied: from its start to the latest end
 * date among the original one and the extensions. Periods are inclusive civil dates.
 *
 * @example
 * ```ts
 * import { effectivePeriod } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * effectivePeriod(GALLARATE_ACCORDO) //=> { from: "2025-01-01", to: "2027-12-31" }
 * effectivePeriod({ ...GALLARATE_ACCORDO, extensions: [{ until: "2028-12-31", grantedBy: "regione" }] }).to //=> "2028-12-31"
 * ```
 * @category Model
 */
export function effectivePeriod(accordo: Pick<AccordoDiProgramma, "period" | "extensions">): {
  readonly from: IsoDate;
  readonly to: IsoDate;
} {
  // ISO civil dates order as strings; no Date object, hence no time zone, is involved.
  const to = accordo.extensions.reduce(
    (end, extension) => (extension.until > end ? extension.until : end),
    accordo.period.to,
  );
  return { from: accordo.period.from, to };
}

/**
 * Tells whether an Accordo is in force on a civil date: between its start and its end, extensions included, both
 * ends inclusive.
 *
 * @param date - an ISO date `YYYY-MM-DD`
 * @throws {@link PdzError} `invalid_date` when `date` is not an ISO date
 * @example
 * ```ts
 * import { isInForce } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * isInForce(GALLARATE_ACCORDO, "2027-12-31") //=> true
 * isInForce(GALLARATE_ACCORDO, "2028-01-01") //=> false
 * isInForce(GALLARATE_ACCORDO, "31.12.2027") //=> throws invalid_date
 * ```
 * @category Model
 */
export function isInForce(
  accordo: Pick<AccordoDiProgramma, "period" | "extensions">,
  date: IsoDate,
): boolean {
  if (!isIsoDate(date)) {
    throw new PdzError({
      code: "invalid_date",
      message: "Expected an ISO date YYYY-MM-DD (use parseItalianDate for Italian forms)",
      messageIt: "Attesa una data ISO AAAA-MM-GG (per le forme italiane usare parseItalianDate)",
    });
  }
  const { from, to } = effectivePeriod(accordo);
  return from <= date && date <= to;
}

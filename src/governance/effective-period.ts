import { pdzError, type ErrorPath } from "../core/error.js";
import { isIsoDate, type IsoDate } from "../core/italian-date.js";
import * as C from "../core/messages/core.js";
import { readList, readRecord, requiredField } from "../core/read-input.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";

function readIsoDate(record: object, key: string, path: ErrorPath): IsoDate {
  const value = requiredField(record, key, path);
  if (!isIsoDate(value)) throw pdzError(C.invalid_date, {}, [...path, key]);
  return value;
}

/**
 * The period an Accordo is valid for once its extensions ("proroghe") are applied: from its start to the latest end
 * date among the original one and the extensions. Periods are inclusive civil dates, in ISO form as a validated
 * Accordo holds them.
 *
 * @param accordo - an Accordo (its `period` and `extensions` are read)
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `too_many_items` for a wrong shape;
 *   `invalid_date` for a date that is not an ISO date
 * @example
 * ```ts
 * import { effectivePeriod } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * effectivePeriod(GALLARATE_ACCORDO) //=> { from: "2025-01-01", to: "2027-12-31" }
 * effectivePeriod({ ...GALLARATE_ACCORDO, extensions: [{ until: "2028-12-31", grantedBy: "regione" }] }).to //=> "2028-12-31"
 * effectivePeriod(null as never) //=> throws invalid_type
 * ```
 * @category Governance
 */
export function effectivePeriod(accordo: Pick<AccordoDiProgramma, "period" | "extensions">): {
  readonly from: IsoDate;
  readonly to: IsoDate;
} {
  const record = readRecord(accordo);
  const period = readRecord(requiredField(record, "period"), ["period"]);
  const from = readIsoDate(period, "from", ["period"]);
  let to = readIsoDate(period, "to", ["period"]);
  const extensions = readList(requiredField(record, "extensions"), ["extensions"]);
  for (let index = 0; index < extensions.length; index += 1) {
    const path: ErrorPath = ["extensions", index];
    const until = readIsoDate(readRecord(extensions[index], path), "until", path);
    // ISO civil dates order as strings; no Date object, hence no time zone, is involved.
    if (until > to) to = until;
  }
  return { from, to };
}

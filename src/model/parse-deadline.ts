import { format, lastDayOfMonth } from "date-fns";
import { PdzError } from "../core/error.js";
import { parseItalianDate, type IsoDate } from "../core/italian-date.js";

// Italian month names ("gennaio" … "dicembre"), from the platform's Italian calendar.
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("it-IT", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month, 1)),
);

const FULL_DATE = new RegExp(
  String.raw`\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{4}\b|\b\d{1,2}\s*(?:°|º)?\s+(?:${MONTHS.join("|")})\s+\d{4}\b`,
  "gi",
);
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS.join("|")})\s+(\d{4})\b`, "gi");
const YEAR_END = /\b(?:fine\s+(?:del(?:l')?\s*(?:anno\s+)?)?|entro\s+il\s+|anno\s+)(\d{4})\b/gi;
const PERIOD_END = /\bfine\s+(?:del\s+triennio|della\s+triennalit[àa]|del\s+periodo|della\s+programmazione)/i;

function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/**
 * Reads the deadline in an Italian sentence and returns it as an ISO date: "entro il 31.12.2026" → `2026-12-31`.
 *
 * Read, in this order: a full date (`31.12.2026`, `31/03/2026`, `31 dicembre 2026`; with several, the last one, so
 * "dal 01.01.2025 al 31.12.2027" gives the end); a month and year ("marzo 2026" → its last day); a year's end ("entro
 * la fine del 2026", "entro il 2026" → 31 December); the end of the programming period ("entro la fine del
 * triennio"), which needs `options.periodEnd`. Anything else is an error, never a guess.
 *
 * @param text - the sentence
 * @param options - `periodEnd`: the ISO end of the period that "the end of the triennium" refers to
 * @throws {@link PdzError} `no_deadline` when the sentence states no date, `deadline_needs_period` for "fine del
 *   triennio" without `periodEnd`, `invalid_date` for a date that does not exist
 * @example
 * ```ts
 * import { parseDeadline } from "piano-di-zona";
 * parseDeadline("entro il 31.12.2026") //=> "2026-12-31"
 * parseDeadline("valida sino al 31/03/2026") //=> "2026-03-31"
 * parseDeadline("dal termine del Progetto PNRR - marzo 2026") //=> "2026-03-31"
 * parseDeadline("entro la fine del triennio", { periodEnd: "2027-12-31" }) //=> "2027-12-31"
 * parseDeadline("quanto prima") //=> throws no_deadline
 * ```
 * @category Model
 */
export function parseDeadline(text: string, options: { readonly periodEnd?: IsoDate } = {}): IsoDate {
  const sentence = text.replace(/\s+/g, " ");
  const full = lastOf([...sentence.matchAll(FULL_DATE)]);
  if (full !== undefined) return parseItalianDate(full[0]);
  const monthYear = lastOf([...sentence.matchAll(MONTH_YEAR)]);
  if (monthYear !== undefined) {
    const month = MONTHS.indexOf((monthYear[1] ?? "").toLowerCase());
    return format(lastDayOfMonth(new Date(Number(monthYear[2]), month, 1)), "yyyy-MM-dd");
  }
  const yearEnd = lastOf([...sentence.matchAll(YEAR_END)]);
  if (yearEnd !== undefined) return `${yearEnd[1] ?? ""}-12-31`;
  if (PERIOD_END.test(sentence)) {
    if (options.periodEnd === undefined) {
      throw new PdzError({
        code: "deadline_needs_period",
        message: "The deadline refers to the end of the period: pass the period's end",
        messageIt: "La scadenza rinvia alla fine del periodo: indicarne la data di fine",
      });
    }
    return parseItalianDate(options.periodEnd);
  }
  throw new PdzError({
    code: "no_deadline",
    message: "The sentence states no date",
    messageIt: "La frase non indica alcuna data",
  });
}

import { pdzError } from "./error.js";
import {
  ITALIAN_MONTHS,
  isoDateOf,
  parseItalianDate,
  requireYearInRange,
  type IsoDate,
} from "./italian-date.js";
import { LIMITS } from "./limits.js";
import * as M from "./messages/core.js";
import { ownField, readOptions, readText } from "./read-input.js";

interface DeadlinePatterns {
  readonly fullDate: RegExp;
  readonly monthYear: RegExp;
  readonly yearEnd: RegExp;
  readonly periodEnd: RegExp;
}

// The patterns run on a sentence whose runs of white space are already single spaces, so that no two quantifiers
// compete for the same characters: every pattern is linear. They are built on first use from the month names.
let patterns: DeadlinePatterns | undefined;

function deadlinePatterns(): DeadlinePatterns {
  const months = ITALIAN_MONTHS.join("|");
  patterns ??= {
    fullDate: new RegExp(
      String.raw`\b\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?\d{4}\b|\b\d{1,2} ?[°º]? (?:${months}) \d{4}\b`,
      "gi",
    ),
    monthYear: new RegExp(String.raw`\b(${months}) (\d{4})\b`, "gi"),
    yearEnd: /\b(?:fine (?:del(?:l')? ?(?:anno )?)?|entro il |anno )(\d{4})\b/gi,
    periodEnd: /\bfine (?:del triennio|della triennalit[àa]|del periodo|della programmazione)/i,
  };
  return patterns;
}

function lastMatch(sentence: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(pattern)) last = match;
  return last;
}

/**
 * Reads the deadline in an Italian sentence and returns it as an ISO date: "entro il 31.12.2026" → `2026-12-31`.
 *
 * Read, in this order: a full date (`31.12.2026`, `31/03/2026`, `31 dicembre 2026`; with several, the last one, so
 * "dal 01.01.2025 al 31.12.2027" gives the end); a month and year ("marzo 2026" → its last day); a year's end ("entro
 * la fine del 2026", "entro il 2026" → 31 December); the end of the programming period ("entro la fine del
 * triennio"), which needs `options.periodEnd`. Anything else is an error, never a guess. Years lie between 1900 and
 * 2199; sentences are at most 10,000 characters long.
 *
 * @param text - the sentence
 * @param options - `periodEnd`: the end of the period that "the end of the triennium" refers to (ISO or Italian)
 * @throws {@link PdzError} `no_deadline` when the sentence states no date, `deadline_needs_period` for "fine del
 *   triennio" without `periodEnd`, `invalid_date` for a date that does not exist (or a `periodEnd` that is no date),
 *   `year_out_of_range`, `invalid_type` for a sentence that is not text or options that are not an object,
 *   `text_too_long`
 * @example
 * ```ts
 * import { parseDeadline } from "piano-di-zona";
 * parseDeadline("entro il 31.12.2026") //=> "2026-12-31"
 * parseDeadline("valida sino al 31/03/2026") //=> "2026-03-31"
 * parseDeadline("dal termine del Progetto PNRR - marzo 2026") //=> "2026-03-31"
 * parseDeadline("entro la fine del triennio", { periodEnd: "2027-12-31" }) //=> "2027-12-31"
 * parseDeadline("quanto prima") //=> throws no_deadline
 * parseDeadline("entro marzo 0012") //=> throws year_out_of_range
 * ```
 * @category Core
 */
export function parseDeadline(text: string, options: { readonly periodEnd?: IsoDate } = {}): IsoDate {
  const sentence = readText(text, [], LIMITS.maxTextLength).replace(/\s+/g, " ");
  const periodEndText = ownField(readOptions(options, ["options"]), "periodEnd", ["options"]);
  const periodEnd =
    periodEndText === undefined
      ? undefined
      : parseItalianDate(readText(periodEndText, ["options", "periodEnd"]), ["options", "periodEnd"]);
  const { fullDate, monthYear, yearEnd, periodEnd: periodEndWords } = deadlinePatterns();
  const full = lastMatch(sentence, fullDate);
  if (full !== undefined) return parseItalianDate(full[0]);
  const month = lastMatch(sentence, monthYear);
  if (month !== undefined) {
    const index = ITALIAN_MONTHS.indexOf((month[1] ?? "").toLowerCase() as (typeof ITALIAN_MONTHS)[number]);
    const year = requireYearInRange(Number(month[2]));
    // Day 0 of the next month is the last day of this one (in UTC: no time zone is involved).
    return isoDateOf(year, index + 1, new Date(Date.UTC(year, index + 1, 0)).getUTCDate());
  }
  const end = lastMatch(sentence, yearEnd);
  if (end !== undefined) return isoDateOf(requireYearInRange(Number(end[1])), 12, 31);
  if (periodEndWords.test(sentence)) {
    if (periodEnd === undefined) throw pdzError(M.deadline_needs_period, {});
    return periodEnd;
  }
  throw pdzError(M.no_deadline, {});
}

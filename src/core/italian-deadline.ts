import { isPdzError, pdzError } from "./error.js";
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

/**
 * The kinds of {@link Deadline}: a date (`"entro il 31.12.2026"`), an offset from another date (`"entro 12 mesi dalla
 * sottoscrizione"`), a recurrence (`"ogni 6 mesi"`, `"semestrale"`, `"annuale"`), the end of a year something lasts
 * until (`"fino al 2027"`), the end of the programming period (`"entro la fine del triennio"`), and a deadline under
 * a condition (`"In caso di positività dello studio, … (2026)"`).
 *
 * @example
 * ```ts
 * import { DEADLINE_KINDS } from "piano-di-zona";
 * DEADLINE_KINDS //=> ["date", "offset", "recurring", "until-year", "end-of-period", "conditional"]
 * ```
 * @category Core
 */
export const DEADLINE_KINDS = /* @__PURE__ */ Object.freeze([
  "date",
  "offset",
  "recurring",
  "until-year",
  "end-of-period",
  "conditional",
] as const);

/** One of {@link DEADLINE_KINDS}. @category Core */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * The dates an offset counts from: the signature ("dalla sottoscrizione", "dalla firma", "dalla stipula"), the
 * approval ("dall'approvazione", "dall'adozione", "dalla delibera"), the start of the period ("dall'avvio",
 * "dall'inizio").
 *
 * @example
 * ```ts
 * import { DEADLINE_ANCHORS } from "piano-di-zona";
 * DEADLINE_ANCHORS //=> ["signature", "approval", "period-start"]
 * ```
 * @category Core
 */
export const DEADLINE_ANCHORS = /* @__PURE__ */ Object.freeze([
  "signature",
  "approval",
  "period-start",
] as const);

/** One of {@link DEADLINE_ANCHORS}. @category Core */
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

/**
 * The units of offsets and recurrences.
 *
 * @example
 * ```ts
 * import { DURATION_UNITS } from "piano-di-zona";
 * DURATION_UNITS //=> ["days", "weeks", "months", "years"]
 * ```
 * @category Core
 */
export const DURATION_UNITS = /* @__PURE__ */ Object.freeze(["days", "weeks", "months", "years"] as const);

/** One of {@link DURATION_UNITS}. @category Core */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * A deadline without a condition (see {@link Deadline}).
 * @category Core
 */
export type UnconditionalDeadline =
  | {
      readonly kind: "date";
      readonly date: IsoDate;
      /** How precisely the text gives it: a day, a month (its last day), a year (31 December). */
      readonly precision: "day" | "month" | "year";
    }
  | {
      readonly kind: "offset";
      readonly amount: number;
      readonly unit: DurationUnit;
      /** What it counts from, or `null` when the sentence names something else ("dalla richiesta") or nothing. */
      readonly from: DeadlineAnchor | null;
      /** The words after "dalla/dal/dall'", as written, or `null`. */
      readonly fromText: string | null;
    }
  | {
      readonly kind: "recurring";
      readonly every: number;
      readonly unit: DurationUnit;
      /** The year it starts from ("al mese dal 2026 in poi"), or `null`: from the start of the period. */
      readonly fromYear: number | null;
    }
  | { readonly kind: "until-year"; readonly year: number }
  | { readonly kind: "end-of-period" };

/**
 * A deadline as an Italian plan writes it, typed: see {@link DEADLINE_KINDS}. A conditional deadline keeps its
 * condition as written and the deadline that applies when it holds (`null` when the sentence states none).
 * Plain data: it survives `JSON.stringify`. {@link resolveDeadline} turns it into dates.
 * @category Core
 */
export type Deadline =
  | UnconditionalDeadline
  | {
      readonly kind: "conditional";
      readonly condition: string;
      readonly then: UnconditionalDeadline | null;
    };

interface DeadlinePatterns {
  readonly fullDate: RegExp;
  readonly monthYear: RegExp;
  readonly yearEnd: RegExp;
  readonly periodEnd: RegExp;
}

interface TypedPatterns {
  readonly conditionFirst: RegExp;
  readonly conditionWithin: RegExp;
  readonly yearInBrackets: RegExp;
  readonly untilYear: RegExp;
  readonly offset: RegExp;
  readonly periodEnd: RegExp;
  readonly everyCount: RegExp;
  readonly everyOne: RegExp;
  readonly periodical: RegExp;
  readonly perUnit: RegExp;
  readonly fromYear: RegExp;
}

// The patterns run on a sentence whose runs of white space are already single spaces, so that no two quantifiers
// compete for the same characters: every pattern is linear (the bounded classes {1,80} and {1,300} cost at most a
// constant per starting position). They are built on first use.
let patterns: DeadlinePatterns | undefined;
let typed: TypedPatterns | undefined;

function deadlinePatterns(): DeadlinePatterns {
  const months = ITALIAN_MONTHS.join("|");
  patterns ??= {
    fullDate: new RegExp(
      String.raw`\b\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?\d{4}\b|\b\d{1,2} ?[\u00b0\u00ba]? (?:${months}) \d{4}\b`,
      "gi",
    ),
    monthYear: new RegExp(String.raw`\b(${months}) (\d{4})\b`, "gi"),
    yearEnd: /\b(?:fine (?:del(?:l')? ?(?:anno )?)?|entro il |anno )(\d{4})\b/gi,
    periodEnd:
      /\b(?:fine|termine) (?:del triennio|della triennalit[\u00e0a]|del periodo|della programmazione)/i,
  };
  return patterns;
}

// Numbers written as words, as the plans write small counts ("ogni sei mesi").
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  diciotto: 18,
  ventiquattro: 24,
  trentasei: 36,
};

const UNIT_STEMS: Readonly<Record<string, DurationUnit>> = {
  giorn: "days",
  settiman: "weeks",
  mes: "months",
  ann: "years",
};

// A period named by one word ("ogni semestre", "semestrale"), in months.
const PERIOD_MONTHS: Readonly<Record<string, number>> = {
  mese: 1,
  mensil: 1,
  bimestre: 2,
  bimestral: 2,
  trimestre: 3,
  trimestral: 3,
  quadrimestre: 4,
  quadrimestral: 4,
  semestre: 6,
  semestral: 6,
  anno: 12,
  annual: 12,
  biennio: 24,
  biennal: 24,
};

function typedPatterns(): TypedPatterns {
  const count = String.raw`(\d{1,4}|${Object.keys(NUMBER_WORDS).join("|")})`;
  const unit = "(giorn[io]|settiman[ae]|mes[ei]|ann[oi])";
  typed ??= {
    conditionFirst:
      /^\(? ?((?:in caso di|nel caso in cui|qualora|se|ove|laddove|a condizione che|subordinatamente a)\b[^,;:()]{1,300})[,;:)] ?/i,
    conditionWithin:
      /[,;(] ?((?:in caso di|nel caso in cui|qualora|a condizione che|subordinatamente a)\b[^,;:()]{1,300})\)?/i,
    yearInBrackets: /\((\d{4})\)\.?$/,
    untilYear: /\b(?:(?:fino|sino) (?:a tutto il|al|a)|(?:a|per) tutto il) (\d{4})\b/gi,
    offset: new RegExp(
      String.raw`\b(?:entro|dopo|a distanza di) ${count} ${unit}\b(?: (?:dall'|dalla|dalle|dagli|dai|dal|da|successivi all'|successivi alla|successivi al) ?([^,;.()]{1,80}))?`,
      "i",
    ),
    periodEnd:
      /\b(?:(?:fine|termine) (?:del triennio|della triennalit[\u00e0a]|del periodo|della programmazione)|(?:entro|nel|nel corso del) (?:il )?triennio|(?:nella|entro la|nel corso della) triennalit[\u00e0a])/i,
    everyCount: new RegExp(String.raw`\bogni ${count} (giorni|settimane|mesi|anni)\b`, "i"),
    everyOne: /\bogni (giorno|settimana|mese|bimestre|trimestre|quadrimestre|semestre|anno|biennio)\b/i,
    periodical: /\b(mensil|bimestral|trimestral|quadrimestral|semestral|annual|biennal)(?:e|i|mente)\b/i,
    perUnit: /\b(?:all'anno|al mese|a settimana|al giorno)\b/i,
    fromYear: /\bdal (\d{4})\b/i,
  };
  return typed;
}

function lastMatch(sentence: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(pattern)) last = match;
  return last;
}

// The last day of a month (day 0 of the next month, in UTC: no time zone is involved).
function monthEnd(year: number, index: number): IsoDate {
  return isoDateOf(year, index + 1, new Date(Date.UTC(year, index + 1, 0)).getUTCDate());
}

function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function unitOf(word: string): DurationUnit {
  return UNIT_STEMS[word.toLowerCase().slice(0, -1)] ?? "days";
}

function anchorOf(text: string): DeadlineAnchor | null {
  const lower = text.toLowerCase();
  if (/sottoscri|firma|stipul/.test(lower)) return "signature";
  if (/approvazion|adozion|delibera/.test(lower)) return "approval";
  if (/avvio|inizio|decorrenza|attivazione/.test(lower)) return "period-start";
  return null;
}

function recurringIn(sentence: string): UnconditionalDeadline | undefined {
  const { everyCount, everyOne, periodical, perUnit, fromYear } = typedPatterns();
  let every: number | undefined;
  let unit: DurationUnit = "months";
  const counted = everyCount.exec(sentence);
  const one = counted === null ? everyOne.exec(sentence) : null;
  const adjective = counted === null && one === null ? periodical.exec(sentence) : null;
  const per = counted === null && one === null && adjective === null ? perUnit.exec(sentence) : null;
  if (counted !== null) {
    every = countOf(counted[1] ?? "");
    unit = unitOf(counted[2] ?? "");
  } else if (one !== null) {
    const word = (one[1] ?? "").toLowerCase();
    if (word === "giorno" || word === "settimana") {
      every = 1;
      unit = word === "giorno" ? "days" : "weeks";
    } else every = PERIOD_MONTHS[word];
  } else if (adjective !== null) {
    every = PERIOD_MONTHS[(adjective[1] ?? "").toLowerCase()];
  } else if (per !== null) {
    const words = per[0].toLowerCase();
    [every, unit] = words.includes("anno")
      ? [12, "months"]
      : words.includes("mese")
        ? [1, "months"]
        : [1, words.includes("settimana") ? "weeks" : "days"];
  }
  if (every === undefined || every === 0) return undefined;
  const start = fromYear.exec(sentence);
  return {
    kind: "recurring",
    every,
    unit,
    fromYear: start === null ? null : requireYearInRange(Number(start[1])),
  };
}

function unconditional(sentence: string): UnconditionalDeadline {
  const { fullDate, monthYear, yearEnd } = deadlinePatterns();
  const { yearInBrackets, untilYear, offset, periodEnd } = typedPatterns();
  const full = lastMatch(sentence, fullDate);
  if (full !== undefined) return { kind: "date", date: parseItalianDate(full[0]), precision: "day" };
  const month = lastMatch(sentence, monthYear);
  if (month !== undefined) {
    const index = ITALIAN_MONTHS.indexOf((month[1] ?? "").toLowerCase() as (typeof ITALIAN_MONTHS)[number]);
    return { kind: "date", date: monthEnd(requireYearInRange(Number(month[2])), index), precision: "month" };
  }
  const end = lastMatch(sentence, yearEnd) ?? yearInBrackets.exec(sentence) ?? undefined;
  if (end !== undefined) {
    return { kind: "date", date: isoDateOf(requireYearInRange(Number(end[1])), 12, 31), precision: "year" };
  }
  const until = lastMatch(sentence, untilYear);
  if (until !== undefined) return { kind: "until-year", year: requireYearInRange(Number(until[1])) };
  const after = offset.exec(sentence);
  if (after !== null) {
    const fromText = after[3]?.trim() ?? "";
    return {
      kind: "offset",
      amount: countOf(after[1] ?? ""),
      unit: unitOf(after[2] ?? ""),
      from: anchorOf(fromText),
      fromText: fromText === "" ? null : fromText,
    };
  }
  if (periodEnd.test(sentence)) return { kind: "end-of-period" };
  const recurring = recurringIn(sentence);
  if (recurring !== undefined) return recurring;
  throw pdzError(M.no_deadline, {});
}

/**
 * Reads the deadline of an Italian sentence as a typed {@link Deadline}, every form the plans use:
 *
 * - a date — a full date (`31.12.2026`, `31/03/2026`, `31 dicembre 2026`; with several, the last, so "dal
 *   01.01.2025 al 31.12.2027" gives the end), a month and year ("marzo 2026": its last day), a year's end ("entro la
 *   fine del 2026", "entro il 2026", "anno 2026", a year in brackets closing the sentence, "… (2026)");
 * - `until-year`: "fino al 2027", "sino a tutto il 2024";
 * - `offset`: "entro 12 mesi dalla sottoscrizione", "dopo sei mesi dall'approvazione";
 * - `end-of-period`: "entro la fine del triennio", "nella triennalità", "entro il triennio";
 * - `recurring`: "ogni 6 mesi", "ogni anno", "semestrale", "annuale", "trimestralmente", "al mese dal 2026 in poi";
 * - `conditional`: a sentence that opens with a condition ("In caso di …,", "Se …,", "Qualora …,") or carries one
 *   ("…, qualora …"), with the deadline that follows it.
 *
 * In this order: a date wins over the other forms, as in 0.1.0. Anything else is `no_deadline`, never a guess.
 * Years lie between 1900 and 2199; sentences are at most 10,000 characters long. (0.1.0's `parseDeadline`, which
 * returned an ISO date, is {@link parseDeadlineDate}; {@link resolveDeadline} gives the dates of any deadline.)
 *
 * @param text - the sentence
 * @throws {@link PdzError} `no_deadline` when the sentence states no deadline, `invalid_date` for a date that does
 *   not exist, `year_out_of_range`, `invalid_type` for a sentence that is not text, `text_too_long`
 * @example
 * ```ts
 * import { parseDeadline } from "piano-di-zona";
 * parseDeadline("entro il 31.12.2026") //=> { kind: "date", date: "2026-12-31", precision: "day" }
 * parseDeadline("entro 12 mesi dalla sottoscrizione") //=> { kind: "offset", amount: 12, unit: "months", from: "signature", fromText: "sottoscrizione" }
 * parseDeadline("ogni 6 mesi") //=> { kind: "recurring", every: 6, unit: "months", fromYear: null }
 * parseDeadline("semestrale") //=> { kind: "recurring", every: 6, unit: "months", fromYear: null }
 * parseDeadline("annuale") //=> { kind: "recurring", every: 12, unit: "months", fromYear: null }
 * parseDeadline("fino al 2027") //=> { kind: "until-year", year: 2027 }
 * parseDeadline("entro la fine del triennio") //=> { kind: "end-of-period" }
 * parseDeadline("In caso di positività dello studio, sottoscrizione di n. 1 Convenzione (2026)") //=> { kind: "conditional", condition: "In caso di positività dello studio", then: { kind: "date", date: "2026-12-31", precision: "year" } }
 * parseDeadline("quanto prima") //=> throws no_deadline
 * ```
 * @category Core
 */
export function parseDeadline(text: string): Deadline {
  const sentence = readText(text, [], LIMITS.maxTextLength)
    .replace(/\s+/g, " ")
    .replace(/\u2019/g, "'")
    .trim();
  const { conditionFirst, conditionWithin } = typedPatterns();
  const condition = conditionFirst.exec(sentence) ?? conditionWithin.exec(sentence);
  if (condition === null) return unconditional(sentence);
  const rest = `${sentence.slice(0, condition.index)} ${sentence.slice(condition.index + condition[0].length)}`;
  let then: UnconditionalDeadline | null;
  try {
    then = unconditional(rest.replace(/\s+/g, " ").trim());
  } catch (error) {
    if (!isPdzError(error) || error.code !== "no_deadline") throw error;
    then = null;
  }
  return { kind: "conditional", condition: (condition[1] ?? "").trim(), then };
}

/**
 * Reads the deadline in an Italian sentence and returns it as one ISO date — 0.1.0's `parseDeadline`, unchanged:
 * "entro il 31.12.2026" → `2026-12-31`.
 *
 * Read, in this order: a full date (`31.12.2026`, `31/03/2026`, `31 dicembre 2026`; with several, the last one, so
 * "dal 01.01.2025 al 31.12.2027" gives the end); a month and year ("marzo 2026" → its last day); a year's end ("entro
 * la fine del 2026", "entro il 2026" → 31 December); the end of the programming period ("entro la fine del
 * triennio"), which needs `options.periodEnd`. Anything else is an error, never a guess; offsets, recurrences and
 * conditions are read by {@link parseDeadline}. Years lie between 1900 and 2199; sentences are at most 10,000
 * characters long.
 *
 * @param text - the sentence
 * @param options - `periodEnd`: the end of the period that "the end of the triennium" refers to (ISO or Italian)
 * @throws {@link PdzError} `no_deadline` when the sentence states no date, `deadline_needs_period` for "fine del
 *   triennio" without `periodEnd`, `invalid_date` for a date that does not exist (or a `periodEnd` that is no date),
 *   `year_out_of_range`, `invalid_type` for a sentence that is not text or options that are not an object,
 *   `text_too_long`
 * @example
 * ```ts
 * import { parseDeadlineDate } from "piano-di-zona";
 * parseDeadlineDate("entro il 31.12.2026") //=> "2026-12-31"
 * parseDeadlineDate("valida sino al 31/03/2026") //=> "2026-03-31"
 * parseDeadlineDate("dal termine del Progetto PNRR - marzo 2026") //=> "2026-03-31"
 * parseDeadlineDate("entro la fine del triennio", { periodEnd: "2027-12-31" }) //=> "2027-12-31"
 * parseDeadlineDate("quanto prima") //=> throws no_deadline
 * parseDeadlineDate("entro marzo 0012") //=> throws year_out_of_range
 * ```
 * @category Core
 */
export function parseDeadlineDate(text: string, options: { readonly periodEnd?: IsoDate } = {}): IsoDate {
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
    return monthEnd(requireYearInRange(Number(month[2])), index);
  }
  const end = lastMatch(sentence, yearEnd);
  if (end !== undefined) return isoDateOf(requireYearInRange(Number(end[1])), 12, 31);
  if (periodEndWords.test(sentence)) {
    if (periodEnd === undefined) throw pdzError(M.deadline_needs_period, {});
    return periodEnd;
  }
  throw pdzError(M.no_deadline, {});
}

import { isPdzError, pdzError, type ErrorPath } from "../core/error.js";
import { isIsoDate, type IsoDate } from "../core/italian-date.js";
import { parseDeadline, type Deadline } from "../core/italian-deadline.js";
import * as C from "../core/messages/core.js";
import { readPeriod } from "../core/plan-period.js";
import {
  ownField,
  readCount,
  readList,
  readOptions,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import { resolveDeadline, type DeadlineContext } from "../core/resolve-deadline.js";
import type { AccordoDiProgramma, AccordoDiProgrammaDraft } from "../model/accordo-di-programma.js";
import { effectivePeriod } from "./effective-period.js";

/**
 * What a calendar entry comes from: the start and the end of the Accordo's validity, an extension ("proroga"), a
 * monitoring round of the Accordo, or a deadline the caller passed (a LEPS milestone, a target's deadline).
 * @example
 * ```ts
 * import { CALENDAR_ENTRY_KINDS } from "piano-di-zona";
 * CALENDAR_ENTRY_KINDS //=> ["accordo-start", "accordo-end", "extension", "monitoring", "deadline"]
 * ```
 * @category Governance
 */
export const CALENDAR_ENTRY_KINDS = /* @__PURE__ */ Object.freeze([
  "accordo-start",
  "accordo-end",
  "extension",
  "monitoring",
  "deadline",
] as const);

/** One of {@link CALENDAR_ENTRY_KINDS}. @category Governance */
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

/** Where a fact comes from: a document and a line range, as the models hold it. @category Governance */
export interface CalendarSource {
  readonly document: string;
  readonly lines: readonly [number, number];
}

/**
 * A deadline to put on a plan's calendar: what falls due, and when, as the plan writes it ("entro 12 mesi dalla
 * sottoscrizione", "semestrale") or as {@link parseDeadline} types it.
 * @category Governance
 */
export interface CalendarItem {
  readonly label: string;
  readonly deadline: string | Deadline;
  readonly source?: CalendarSource | undefined;
}

/** One date on a plan's calendar. @category Governance */
export interface CalendarEntry {
  readonly date: IsoDate;
  readonly kind: CalendarEntryKind;
  readonly label: string;
  /** The deadline as written, when it was given as text (a monitoring frequency, an item's sentence); else `null`. */
  readonly text: string | null;
  /** The condition of a conditional deadline, as written; `null` otherwise. */
  readonly condition: string | null;
  readonly source: CalendarSource | null;
}

/**
 * Something that falls due but cannot be dated: a monitoring round without a frequency ("periodicamente"), a
 * condition without a deadline, an offset from a date not given, a recurrence without a period. `code` and the
 * messages are those of the error the deadline would raise (`no_deadline`, `deadline_needs_date`,
 * `deadline_needs_period`).
 * @category Governance
 */
export interface UndatedCalendarItem {
  readonly kind: CalendarEntryKind;
  readonly label: string;
  readonly text: string | null;
  readonly code: "no_deadline" | "deadline_needs_date" | "deadline_needs_period";
  readonly message: string;
  readonly messageIt: string;
  readonly source: CalendarSource | null;
}

/** A plan's calendar between two dates: the dated entries, sorted, and what could not be dated. @category Governance */
export interface PlanCalendar {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly entries: CalendarEntry[];
  readonly undated: UndatedCalendarItem[];
}

/** Options of {@link planCalendar}. @category Governance */
export interface PlanCalendarOptions {
  /** The window, inclusive: whole years (`{ from: 2026, to: 2026 }`) or ISO dates. */
  readonly from: IsoDate | number;
  readonly to: IsoDate | number;
  /** Further deadlines: LEPS milestones, target deadlines, protocol renewals. */
  readonly items?: readonly CalendarItem[];
  /**
   * The plan's period, for an Accordo as printed that states none (Sebino's plan is "2025/2027", its Accordo prints
   * no dates). The Accordo's own period, extended by its extensions, wins when it has one.
   */
  readonly period?: { readonly from: IsoDate | number; readonly to: IsoDate | number };
  /** The date the Accordo was signed, when it does not say; its own `signedOn` wins. */
  readonly signedOn?: IsoDate;
  /** The date the plan was approved, for deadlines counted "dall'approvazione". */
  readonly approvedOn?: IsoDate;
}

const UNDATED_CODES = ["no_deadline", "deadline_needs_date", "deadline_needs_period"] as const;

const KIND_ORDER = new Map<string, number>(CALENDAR_ENTRY_KINDS.map((kind, index) => [kind, index]));

function readSource(value: unknown, path: ErrorPath): CalendarSource | null {
  if (value === undefined || value === null) return null;
  const record = readRecord(value, path);
  const document = readText(requiredField(record, "document", path), [...path, "document"]);
  const lines = readList(requiredField(record, "lines", path), [...path, "lines"]);
  if (lines.length !== 2)
    throw pdzError(
      C.invalid_type,
      { expected: { en: "a line range [first, last]", it: "un intervallo di righe [prima, ultima]" } },
      [...path, "lines"],
    );
  return {
    document,
    lines: [readCount(lines[0], [...path, "lines", 0]), readCount(lines[1], [...path, "lines", 1])],
  };
}

function readOptionalDate(record: InputRecord, key: string, path: ErrorPath): IsoDate | undefined {
  const value = ownField(record, key, path);
  if (value === undefined || value === null) return undefined;
  if (!isIsoDate(value)) throw pdzError(C.invalid_date, {}, [...path, key]);
  return value;
}

interface Pending {
  readonly kind: CalendarEntryKind;
  readonly label: string;
  readonly text: string | null;
  readonly deadline: () => Deadline;
  readonly source: CalendarSource | null;
}

/**
 * The calendar of a plan between two dates, as data: the start and the end of its Accordo's validity, each extension,
 * each monitoring round the Accordo states ("annuale": 31 December of each year of the period), and the deadlines
 * passed as `items` (a LEPS milestone, a target "entro 12 mesi dalla sottoscrizione"), each resolved into its dates
 * with {@link resolveDeadline} (date-fns on civil dates) against the Accordo's signature date and its period
 * extended by its extensions. Entries are sorted by date, then by kind in the order of {@link CALENDAR_ENTRY_KINDS},
 * then by label; each carries its source (the item's, or the Accordo's for what the Accordo states).
 *
 * A deadline that cannot be dated is listed in `undated` with the code and messages of the reason, not dropped: a
 * monitoring without a frequency or "periodicamente" (`no_deadline`), an offset from a signature not given
 * (`deadline_needs_date`), a recurrence or "entro la fine del triennio" without a period (`deadline_needs_period`).
 * An Accordo as printed (a draft) without a period has no start or end entry; pass `options.period` (the plan's
 * triennium) to date its recurrences.
 *
 * @param accordo - an Accordo, strict or draft (its `period`, `extensions`, `monitoring`, `signedOn` and `source`
 *   are read)
 * @param options - the window and the further deadlines
 * @throws {@link PdzError} `invalid_period` for a window or a period that ends before it starts; `invalid_date`,
 *   `year_out_of_range`, `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`
 *   for inputs of the wrong shape; the errors of {@link parseDeadline} and {@link resolveDeadline} other than the
 *   three above for a deadline of the wrong shape
 * @example
 * ```ts
 * import { planCalendar } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * const calendar = planCalendar(GALLARATE_ACCORDO, {
 *   from: 2025,
 *   to: 2027,
 *   items: [{ label: "Relazione di monitoraggio", deadline: "semestrale" }],
 * });
 * calendar.entries.map((entry) => entry.date) //=> ["2025-01-01", "2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31", "2027-06-30", "2027-12-31", "2027-12-31"]
 * calendar.undated.map((item) => item.code) //=> ["no_deadline"]
 * planCalendar(GALLARATE_ACCORDO, { from: 2027, to: 2025 }) //=> throws invalid_period
 * ```
 * @category Governance
 */
export function planCalendar(
  accordo:
    | Pick<AccordoDiProgramma, "period" | "extensions" | "monitoring" | "signedOn" | "source">
    | Pick<AccordoDiProgrammaDraft, "period" | "extensions" | "monitoring" | "signedOn" | "source">,
  options: PlanCalendarOptions,
): PlanCalendar {
  const record = readRecord(accordo);
  const opts = readOptions(options);
  const window = readPeriod(opts, []);
  const accordoSource = readSource(ownField(record, "source"), ["source"]);
  const pending: Pending[] = [];
  const undated: UndatedCalendarItem[] = [];
  const dated: CalendarEntry[] = [];

  const printedPeriod = ownField(record, "period");
  let period: { from: IsoDate; to: IsoDate } | undefined;
  if (printedPeriod !== undefined && printedPeriod !== null) {
    const original = readPeriod(printedPeriod, ["period"]);
    period = effectivePeriod(accordo as Pick<AccordoDiProgramma, "period" | "extensions">);
    dated.push(
      {
        date: original.from,
        kind: "accordo-start",
        label: "Accordo di Programma",
        text: null,
        condition: null,
        source: accordoSource,
      },
      {
        date: original.to,
        kind: "accordo-end",
        label: "Accordo di Programma",
        text: null,
        condition: null,
        source: accordoSource,
      },
    );
    const extensions = readList(ownField(record, "extensions"), ["extensions"]);
    extensions.forEach((extension, index) => {
      const path: ErrorPath = ["extensions", index];
      const until = ownField(readRecord(extension, path), "until", path);
      if (isIsoDate(until)) {
        dated.push({
          date: until,
          kind: "extension",
          label: "Proroga",
          text: null,
          condition: null,
          source: accordoSource,
        });
      }
    });
  } else if (ownField(opts, "period") !== undefined) {
    period = readPeriod(ownField(opts, "period"), ["period"]);
  }

  const monitoring = ownField(record, "monitoring");
  if (monitoring !== undefined && monitoring !== null) {
    const frequency = ownField(readRecord(monitoring, ["monitoring"]), "frequency", ["monitoring"]);
    const text = frequency === undefined ? null : readText(frequency, ["monitoring", "frequency"]);
    // "periodicamente" and a frequency not stated both state no date.
    const monitoringRound: Pending = {
      kind: "monitoring",
      label: "Monitoraggio",
      text,
      deadline: () => parseDeadline(text ?? ""),
      source: accordoSource,
    };
    if (text === null) undated.push(undatedOf(monitoringRound, "no_deadline"));
    else pending.push(monitoringRound);
  }

  const items = ownField(opts, "items") === undefined ? [] : readList(ownField(opts, "items"), ["items"]);
  items.forEach((value, index) => {
    const path: ErrorPath = ["items", index];
    const item = readRecord(value, path);
    const label = readText(ownField(item, "label", path), [...path, "label"]);
    const deadline = ownField(item, "deadline", path);
    const text = typeof deadline === "string" ? deadline : null;
    pending.push({
      kind: "deadline",
      label,
      text,
      deadline: () => (text === null ? (deadline as Deadline) : parseDeadline(text)),
      source: readSource(ownField(item, "source", path), [...path, "source"]),
    });
  });

  const signedOn = readOptionalDate(record, "signedOn", []) ?? readOptionalDate(opts, "signedOn", []);
  const approvedOn = readOptionalDate(opts, "approvedOn", []);
  const context: DeadlineContext = {
    ...(signedOn === undefined ? {} : { signedOn }),
    ...(approvedOn === undefined ? {} : { approvedOn }),
    ...(period === undefined ? {} : { period }),
  };

  for (const item of pending) {
    try {
      const resolved = resolveDeadline(item.deadline(), context);
      for (const date of resolved.dates) {
        dated.push({
          date,
          kind: item.kind,
          label: item.label,
          text: item.text,
          condition: resolved.condition,
          source: item.source,
        });
      }
      if (resolved.dates.length === 0 && resolved.condition !== null) {
        undated.push(undatedOf(item, "no_deadline"));
      }
    } catch (error) {
      const code = UNDATED_CODES.find((candidate) => isPdzError(error, candidate));
      if (code === undefined || !isPdzError(error)) throw error;
      undated.push({ ...undatedOf(item, code), message: error.message, messageIt: error.messageIt });
    }
  }

  const entries = dated
    .filter((entry) => entry.date >= window.from && entry.date <= window.to)
    .sort(
      (a, b) =>
        compare(a.date, b.date) ||
        (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
        compare(a.label, b.label),
    );
  return { from: window.from, to: window.to, entries, undated };
}

// The messages of a deadline that states no date, for a monitoring without a frequency or a condition without a
// deadline (the other reasons carry the messages of the error resolveDeadline raised).
function undatedOf(item: Pending, code: UndatedCalendarItem["code"]): UndatedCalendarItem {
  const { en, it } = C.no_deadline.render();
  return {
    kind: item.kind,
    label: item.label,
    text: item.text,
    code,
    message: en,
    messageIt: it,
    source: item.source,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

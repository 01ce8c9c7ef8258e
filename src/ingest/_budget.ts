// RISORSE ECONOMICHE PREVENTIVATE as printed: amounts read in the Italian mode of the numeric contract ("€.
// 30.000,00", "85.000 euro annui", "60 mila euro"), the funds named with them, the triennial total where the box
// states one ("stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d’Ambito-…)"). An amount the Italian
// mode cannot read without guessing ("€ 12.85") is reported, never read.
import type { FundId } from "../catalog/funds.js";
import { Dec } from "../core/decimal.js";
import { isPdzError } from "../core/error.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { JOINING_WORDS, runTogetherStarts, splitItems } from "./_items.js";
import type { Passage } from "./_passage.js";
import { verbatim } from "./_passage.js";

/** An amount printed in a box. */
export interface AmountRead {
  /** Canonical decimal string, or null when the printed number is ambiguous or malformed. */
  readonly amount: string | null;
  readonly printed: string;
  readonly from: number;
  readonly to: number;
  /** Why the amount could not be read ("ambiguous_number", "malformed_italian_number"), or null. */
  readonly problem: string | null;
}

/** A fund named in a box. */
export interface FundMention {
  readonly fund: FundId;
  readonly from: number;
  readonly to: number;
}

/** How the plans name each fund (case-insensitive; checked in this order, the more specific first). */
const FUND_PATTERNS: readonly (readonly [FundId, RegExp])[] = [
  // Both shares of the fund named together: the fund as a whole ("Fondo Povertà – quota servizi e povertà estrema").
  [
    "fondo-poverta",
    /fondo\s+povert\S{0,3}\s*[-–]\s*quota\s+servizi\s+e\s+(?:quota\s+)?povert\S{0,3}\s+estrema/giu,
  ],
  [
    "fondo-poverta-quota-servizi",
    /fondo\s+povert\S{0,3}\s*\(?(?:\d+\s*%\s*)?quota\s+servizi\)?|quota\s+servizi\s+(?:del\s+)?fondo\s+povert\S{0,3}/giu,
  ],
  [
    "fondo-poverta-estrema",
    /(?:fondo\s+(?:lotta\s+)?povert\S{0,3}\s*[-–]?\s*(?:quota\s+)?)?povert\S{0,3}\s+estrema/giu,
  ],
  [
    "fondo-poverta",
    /fondo\s+(?:nazionale\s+)?(?:(?:per\s+la\s+)?lotta\s+(?:alla\s+)?)?(?:per\s+la\s+)?povert\S{0,3}/giu,
  ],
  ["misura-b1", /misura\s+B1/giu],
  ["fnps", /\bFNPS\b|fondo\s+nazionale\s+(?:per\s+le\s+)?politiche\s+sociali/giu],
  ["fna", /\bFNN?A\b|fondo\s+(?:nazionale\s+)?(?:per\s+le\s+)?non\s+autosufficien\S{0,4}/giu],
  ["fondo-sociale-regionale", /fondo\s+sociale\s+regionale|\bFSR\b/giu],
  ["dopo-di-noi", /dopo\s+di\s+noi|\bl(?:egge|\.)\s*112\/2016/giu],
  ["pnrr", /\bPNRR\b/gu],
  ["fse-plus", /\bFSE\s*\+/gu],
  ["fesr", /\bFESR\b/gu],
  ["pon-inclusione", /\bPON\s+inclusione/giu],
  ["pn-inclusione", /\bPN\s+inclusione/giu],
  ["fami", /\bFAMI\b/gu],
  ["fondo-caregiver-familiare", /fondo\s+(?:per\s+il\s+)?caregiver/giu],
  // What the Comuni and the Ambiti put in themselves: their own resources, their co-financing, a municipal space.
  [
    "risorse-comunali",
    /risorse\s+(?:economiche\s+)?(?:proprie\s+)?(?:in\s+capo\s+)?(?:agli\s+Ambiti\s+e\s+)?(?:ai|dei)\s+Comuni\b|risorse\s+(?:proprie|comunali)|quote\s+dei\s+Comuni|cofinanziamento\s+(?:degli\s+)?Ambiti|(?:spazio|immobile|locale)\s+comunale/giu,
  ],
];

/** The funds a text names, left to right, none overlapping another. */
export function fundMentions(text: string, from: number, to: number): FundMention[] {
  const slice = text.slice(from, to);
  const found: FundMention[] = [];
  for (const [fund, pattern] of FUND_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      const a = from + match.index;
      const b = a + match[0].length;
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (!found.some((other) => a < other.to && other.from < b)) found.push({ fund, from: a, to: b });
    }
  }
  return found.sort((x, y) => x.from - y.from);
}

/** Whether a character is part of a printed number. */
function isNumberChar(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || ch === "." || ch === ",";
}

/** The amounts in euro printed in `[from, to)`: numbers with "€", "euro" or "mila euro" next to them. */
export function amountsIn(text: string, from: number, to: number): AmountRead[] {
  const found: AmountRead[] = [];
  let i = from;
  while (i < to) {
    const ch = text.charAt(i);
    if (ch < "0" || ch > "9" || (i > from && /[\p{L}\d]/u.test(text.charAt(i - 1)))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < to && isNumberChar(text.charAt(j))) j += 1;
    let end = j;
    while (end > i && (text.charAt(end - 1) === "." || text.charAt(end - 1) === ",")) end -= 1;
    const body = text.slice(i, end);
    const before = text.slice(Math.max(from, i - 8), i);
    const after = text.slice(end, Math.min(to, end + 14));
    const euroBefore = /(?:€\.?|\beuro|\bEuro|\bEURO|\bEUR)\s*$/u.test(before);
    const thousands = /^\s*mila\s+euro/iu.exec(after);
    // "1.1.1 € 211.500": a "€" followed by a number belongs to that number.
    const euroAfter = /^\s*(?:€|euro\b|EUR\b)/iu.test(after) && !/^\s*(?:€\.?|euro|EUR)\s*\d/iu.test(after);
    if (/^\s*%/.test(after) || !(euroBefore || euroAfter || thousands !== null)) {
      i = j;
      continue;
    }
    const printedFrom = euroBefore
      ? i - (/(?:€\.?|euro|Euro|EURO|EUR)\s*$/u.exec(before)?.[0].length ?? 0)
      : i;
    const printedTo =
      thousands !== null
        ? end + thousands[0].length
        : euroAfter
          ? end + (/^\s*(?:€|euro|EUR)/iu.exec(after)?.[0].length ?? 0)
          : end;
    let amount: string | null = null;
    let problem: string | null = null;
    try {
      const value = parseItalianNumber(body);
      amount = (thousands !== null ? value.mul(1000) : value).toString();
    } catch (error) {
      problem = isPdzError(error) ? error.code : "malformed_italian_number";
    }
    found.push({
      amount,
      printed: text.slice(printedFrom, printedTo).trim(),
      from: printedFrom,
      to: printedTo,
      problem,
    });
    i = j;
  }
  return found;
}

/** A budget line read. */
export interface BudgetLineRead {
  readonly fund: FundId;
  readonly label: string;
  readonly amount: string | null;
  readonly printed: string | null;
  readonly year: number | null;
  readonly nature: "pubblica" | "privata" | null;
  readonly from: number;
  readonly to: number;
}

/** The budget box read. */
export interface BudgetRead {
  readonly total: AmountRead | null;
  readonly lines: readonly BudgetLineRead[];
  /** Amounts that could not be read without guessing. */
  readonly unread: readonly AmountRead[];
}

/**
 * Words before an amount that make it the triennial total of the box: a spending, a total, the triennium
 * ("stima una spesa nel triennio pari ad €. 30.000,00"). "Pari a" alone does not: the sum set aside for one
 * study or a yearly contribution is a line ("le risorse stanziate per lo studio … sono pari a 44.000 euro").
 */
const TOTAL_BEFORE =
  /(?:spesa|totale|complessiv\S*|nel\s+triennio|triennal\S*)\s*(?:(?:nel\s+triennio\s+)?pari\s+a[d]?\s*|di\s+|a\s+|ad\s+)?$/iu;

/** An income threshold before an amount ("per ISEE inferiore a 9.360 euro"): not a sum of the budget. */
const THRESHOLD_BEFORE = /\bISEE\s+(?:inferiore|superiore|fino|pari|non\s+superiore)\s+(?:a[dl]?\s*)?$/iu;

/** A sum printed after "totale" in a box of several amounts ("… 12800 euro – totale 49.996,00 €"). */
const SUBTOTAL_BEFORE = /\btotale\s*(?:[:=]\s*|di\s+|pari\s+a[d]?\s+)?$/iu;

/**
 * A number printed without "€" or "euro" right after a fund and a dash or colon ("FNPS – 55000"): the sum of that
 * fund, in euro. Only a sum of four digits or more, not a year.
 */
function bareAmounts(text: string, from: number, to: number, known: readonly AmountRead[]): AmountRead[] {
  const found: AmountRead[] = [];
  for (const mention of fundMentions(text, from, to)) {
    const after =
      /^\s*[-–:]\s*(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{4,7}(?:,\d{1,2})?)(?![\d.,]*\s*%)(?![\d/])/u.exec(
        text.slice(mention.to, Math.min(to, mention.to + 24)),
      );
    const body = after?.[1];
    if (after === null || body === undefined || /^20[1-3]\d$/.test(body)) continue;
    const at = mention.to + after[0].length - body.length;
    if (known.some((amount) => amount.from <= at && at < amount.to)) continue;
    try {
      const value = parseItalianNumber(body);
      found.push({ amount: value.toString(), printed: body, from: at, to: at + body.length, problem: null });
    } catch {
      continue;
    }
  }
  return found;
}

/**
 * The amounts of the box that are sums of it: not an income threshold, nor a subtotal (an amount after "totale"
 * equal to the sum of the two or more amounts just before it).
 */
function budgetAmounts(text: string, from: number, to: number): AmountRead[] {
  const printed = amountsIn(text, from, to);
  const all = [...printed, ...bareAmounts(text, from, to, printed)].sort((a, b) => a.from - b.from);
  const kept: AmountRead[] = [];
  for (const amount of all) {
    const before = text.slice(Math.max(from, amount.from - 40), amount.from);
    if (THRESHOLD_BEFORE.test(before)) continue;
    if (amount.amount !== null && SUBTOTAL_BEFORE.test(before) && isSumOfLast(kept, amount.amount)) continue;
    kept.push(amount);
  }
  return kept;
}

/** Whether `value` is the sum of the last two or more amounts read, summed exactly. */
function isSumOfLast(amounts: readonly AmountRead[], value: string): boolean {
  const target = new Dec(value);
  let sum = new Dec(0);
  for (let k = amounts.length - 1, n = 1; k >= 0; k -= 1, n += 1) {
    const amount = amounts[k]?.amount;
    if (amount === null || amount === undefined) return false;
    sum = sum.plus(amount);
    if (n >= 2 && sum.eq(target)) return true;
  }
  return false;
}

/**
 * The fund of the list an amount is an item of, named by the line that introduces the list ("FNPS quota vincolata
 * (stimata)" above "- Ambito Gallarate 54.637,70 euro"): the lines before the amount's are items (a dash or a
 * bullet first) naming no fund, up to a line naming a fund without an amount; null otherwise.
 */
function listHeadFund(text: string, from: number, at: number): FundMention | null {
  // The end (exclusive) of the line before the amount's.
  let end = text.lastIndexOf("\n", at - 1);
  while (end > from) {
    const start = Math.max(from, end === 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1);
    const line = text.slice(start, end).trim();
    const mentions = fundMentions(text, start, end);
    const lineEnd = end;
    end = start - 1;
    if (line === "") continue;
    if (/^[-–•\uf0b7]/u.test(line)) {
      if (mentions.length > 0) return null;
      continue;
    }
    if (amountsIn(text, start, lineEnd).length > 0) return null;
    return mentions[mentions.length - 1] ?? null;
  }
  return null;
}

/** The word a source opens with ("Risorse …", "Fondo …", "Finanziamento …", "Contributo …"). */
const SOURCE_HEAD = /^\s*(?:risorse|fondi|fondo|finanziament[oi]|contribut[oi])\b/iu;

/** Reads the budget box `[from, to)` of a passage. */
export function readBudget(passage: Passage, from: number, to: number): BudgetRead {
  const text = passage.text;
  const amounts = budgetAmounts(text, from, to);
  const unread = amounts.filter((amount) => amount.amount === null);
  const read = amounts.filter((amount) => amount.amount !== null);
  const lines: BudgetLineRead[] = [];
  let total: AmountRead | null = null;
  const only = read.length === 1 ? read[0] : undefined;
  if (only !== undefined && TOTAL_BEFORE.test(text.slice(Math.max(from, only.from - 40), only.from))) {
    total = only;
    // The funds listed after the total ("(FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate)").
    const open = text.indexOf("(", only.to);
    const close = open < 0 ? -1 : text.indexOf(")", open);
    if (open >= 0 && close > open && close <= to && open - only.to < 6) {
      lines.push(...fundList(passage, open + 1, close));
    } else {
      lines.push(...namedFunds(passage, from, to, []));
    }
    return { total, lines, unread };
  }
  for (const amount of read) {
    const clause = clauseAround(text, from, to, amount.from, amount.to);
    const mentions = fundMentions(text, clause.from, clause.to);
    // A line naming its own source ("Risorse cofinanziamento CAV – circa 60 mila euro") takes no fund named on the
    // lines before it.
    const lineStart = text.lastIndexOf("\n", amount.from - 1) + 1;
    const ownSource = lineStart > clause.from && SOURCE_HEAD.test(text.slice(lineStart, amount.from));
    const before = mentions.filter((m) => m.to <= amount.from && (!ownSource || m.from >= lineStart));
    const mention =
      before[before.length - 1] ??
      // A fund named after the amount, on its line ("circa 110.000 euro … – Fondo Povertà").
      mentions.find((m) => m.from >= amount.to && !text.slice(amount.to, m.from).includes("\n")) ??
      listHeadFund(text, from, amount.from) ??
      undefined;
    const clauseText = text.slice(clause.from, clause.to);
    const year = /\b(?:nel|per\s+il|anno)\s+(20[2-3]\d)\b/iu.exec(clauseText);
    lines.push({
      fund: mention?.fund ?? "altro",
      label:
        mention === undefined
          ? labelBefore(text, clause.from, amount.from)
          : verbatim(text.slice(mention.from, mention.to)),
      amount: amount.amount,
      printed: amount.printed,
      year: year === null ? null : Number(year[1]),
      nature: /\bprivat/iu.test(clauseText) ? "privata" : /\bpubblic/iu.test(clauseText) ? "pubblica" : null,
      from: amount.from,
      to: amount.to,
    });
  }
  const used = lines.map((line) => line.fund);
  lines.push(...namedFunds(passage, from, to, used));
  lines.push(...unnamedSources(passage, from, to));
  lines.push(...generalFunds(text, from, to, lines));
  lines.sort((a, b) => a.from - b.from);
  return { total, lines, unread };
}

/** The funds of a list after a total: each item a fund, or "altro" with its words. */
function fundList(passage: Passage, from: number, to: number): BudgetLineRead[] {
  const text = passage.text;
  const lines: BudgetLineRead[] = [];
  let start = from;
  for (let i = from; i <= to; i += 1) {
    const ch = i < to ? text.charAt(i) : "";
    const split =
      i === to ||
      ch === "," ||
      ch === ";" ||
      ch === "/" ||
      ((ch === "-" || ch === "–") && !/\d/.test(text.charAt(i + 1)));
    if (!split) continue;
    const item = verbatim(text.slice(start, i));
    if (/\p{L}/u.test(item)) {
      let a = start;
      while (a < i && /\s/.test(text.charAt(a))) a += 1;
      const mention = fundMentions(text, start, i)[0];
      lines.push({
        fund: mention?.fund ?? "altro",
        label: item,
        amount: null,
        printed: null,
        year: null,
        nature: null,
        from: a,
        to: i,
      });
    }
    start = i + 1;
  }
  return lines;
}

/** Funds named in the box without an amount, once each (those already on a line with an amount excluded). */
function namedFunds(passage: Passage, from: number, to: number, used: readonly FundId[]): BudgetLineRead[] {
  const text = passage.text;
  const seen = new Set<FundId>(used);
  const lines: BudgetLineRead[] = [];
  for (const mention of fundMentions(text, from, to)) {
    if (seen.has(mention.fund)) continue;
    seen.add(mention.fund);
    lines.push({
      fund: mention.fund,
      label: verbatim(text.slice(mention.from, mention.to)),
      amount: null,
      printed: null,
      year: null,
      nature: null,
      from: mention.from,
      to: mention.to,
    });
  }
  return lines;
}

/** The clause holding `[a, b)`: between semicolons, bullets, sentence ends and line-start dashes. */
function clauseAround(
  text: string,
  from: number,
  to: number,
  a: number,
  b: number,
): { from: number; to: number } {
  let start = a;
  while (
    start > from &&
    !/[;•\uf0b7]/.test(text.charAt(start - 1)) &&
    !(
      text.charAt(start - 1) === "." &&
      /\s/.test(text.charAt(start)) &&
      /\p{Ll}/u.test(text.charAt(start - 2)) &&
      !isAbbreviation(text, start - 1)
    )
  ) {
    start -= 1;
    if (a - start > 300) break;
  }
  let end = b;
  while (
    end < to &&
    !/[;•\uf0b7]/.test(text.charAt(end)) &&
    !(text.charAt(end) === "." && /\s/.test(text.charAt(end + 1) || " ") && !isAbbreviation(text, end))
  ) {
    end += 1;
    if (end - b > 300) break;
  }
  return { from: start, to: end };
}

/** Whether the full stop at `dot` ends an abbreviation ("es.", "ecc.", "n.") rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  return /(?:^|[\s(])(?:es|ecc|etc|n|nr|art|pag|cfr|rif)$/iu.test(text.slice(Math.max(0, dot - 6), dot));
}

/** The words before an amount in its clause, as the label of a line without a named fund. */
function labelBefore(text: string, from: number, at: number): string {
  const words = verbatim(text.slice(from, at)).replace(/[\s:–\-,(]+$/u, "");
  return words.length > 120 ? words.slice(words.length - 120).replace(/^\S*\s/, "") : words;
}

/**
 * Funds of no fund the catalogue knows, named by their giver or their act: "fondi pubblici ministeriali", "fondi
 * regionali", "fundraising (Fondazioni, sponsor)", "progetti finanziati in base alla DGR 7501/2022".
 */
const GENERAL_FUNDS =
  /\b(?:fondi|finanziamenti|risorse)\s+(?:pubblic[ih]\s+)?(?:ministeriali|statali|regionali|europei|comunitari)\b|\bfundraising\b(?:\s*\([^()\n]{1,60}\))?|\b(?:progett[oi]\s+)?finanziat[oi]\s+(?:in\s+base\s+alla|dalla|con\s+la)\s+D\.?G\.?R\.?\s*(?:n\.?\s*)?[\dXIV]+(?:\/\d+)*/giu;

/**
 * The funds a box names by their giver ("- fondi pubblici ministeriali e PNRR a disposizione", "… dai soggetti
 * coinvolti e fondi pubblici ministeriali a disposizione"), one line each with the fund "altro", unless a line read
 * already holds them.
 */
function generalFunds(
  text: string,
  from: number,
  to: number,
  read: readonly BudgetLineRead[],
): BudgetLineRead[] {
  const lines: BudgetLineRead[] = [];
  GENERAL_FUNDS.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let match = GENERAL_FUNDS.exec(slice); match !== null; match = GENERAL_FUNDS.exec(slice)) {
    const a = from + match.index;
    const b = a + match[0].length;
    if (read.some((line) => line.from < b && a < line.to)) continue;
    const label = verbatim(match[0]);
    lines.push({
      fund: "altro",
      label,
      amount: null,
      printed: null,
      year: null,
      nature: /fundraising/iu.test(label)
        ? "privata"
        : /pubblic|ministerial|statal|regional|europe|comunitar|D\.?G\.?R/iu.test(label)
          ? "pubblica"
          : null,
      from: a,
      to: b,
    });
  }
  return lines;
}

/** "Risorse disponibili:" before a list of sources separated by commas. */
const SOURCES_INTRO = /^\s*(?:risorse|fondi|finanziamenti)\s+disponibili\s*:/iu;

/** Words that open something other than a source: staff, a negation, a phrase going on from before. */
const NOT_A_SOURCE =
  /^(?:personale|formatori|operatori|educatori|volontari|attori|non|per|su|a|ad|di|da|in|con|e|o|che|tempo)\b/iu;

/**
 * The sources a box lists without an amount and without a fund the reader knows ("Risorse PINQUA", "Fondi PRO.VI",
 * "Finanziamenti statali e/o regionali"), one line each with the fund "altro": the box's items (paragraphs,
 * semicolons, bullets), the items of one line run together ("… regionali Finanziamenti nazionali …"), and the
 * comma-separated list after "Risorse disponibili:". Not a source: a sentence (more than ten words), an
 * introduction (ending with a colon), staff ("Personale dedicato"), "Non previste", an item naming a known fund
 * or an amount (read as such).
 */
function unnamedSources(passage: Passage, from: number, to: number): BudgetLineRead[] {
  const text = passage.text;
  const source = (a: number, b: number): BudgetLineRead | null => {
    if (/:\s*$/u.test(text.slice(a, b))) return null;
    while (a < b && /[\s:;,.\-–]/u.test(text.charAt(a))) a += 1;
    while (b > a && /[\s:;,.\-–]/u.test(text.charAt(b - 1))) b -= 1;
    const label = verbatim(text.slice(a, b));
    if (!/\p{L}/u.test(label) || label.split(" ").length > 10 || NOT_A_SOURCE.test(label)) return null;
    return { fund: "altro", label, amount: null, printed: null, year: null, nature: null, from: a, to: b };
  };
  const known = (a: number, b: number): boolean =>
    amountsIn(text, a, b).length > 0 || fundMentions(text, a, b).length > 0;
  const lines: BudgetLineRead[] = [];
  for (const item of splitItems(text, from, to)) {
    const intro = SOURCES_INTRO.exec(text.slice(item.from, item.to));
    const cuts: number[] = [];
    if (intro !== null) {
      for (let i = item.from + intro[0].length; i < item.to; i += 1) if (text.charAt(i) === ",") cuts.push(i);
    } else {
      // An item naming a fund or an amount is cut only where another source begins.
      cuts.push(
        ...(known(item.from, item.to)
          ? sourceStarts(text, item.from, item.to)
          : runTogetherStarts(text, item.from, item.to)),
      );
    }
    const bounds = [
      intro === null ? item.from : item.from + intro[0].length,
      ...[...new Set(cuts)].sort((a, b) => a - b),
      item.to,
    ];
    const pieces: { known: boolean; line: BudgetLineRead | null }[] = [];
    for (let k = 0; k + 1 < bounds.length; k += 1) {
      const a = bounds[k] ?? 0;
      const b = bounds[k + 1] ?? 0;
      pieces.push(known(a, b) ? { known: true, line: null } : { known: false, line: source(a, b) });
    }
    const unknown = pieces.filter((piece) => !piece.known);
    const sources = unknown.flatMap((piece) => (piece.line === null ? [] : [piece.line]));
    if (unknown.length === pieces.length) {
      // A run-together list only when every piece is a source; otherwise the item is one source, or none. A piece
      // that opens a line of its own ("… dai soggetti ⏎ coinvolti ⏎ Soggetti del terzo settore e loro
      // cofinanziamento") stands apart from the words above it.
      if (sources.length === pieces.length) lines.push(...sources);
      else {
        const whole = source(bounds[0] ?? item.from, item.to);
        if (whole !== null) lines.push(whole);
        else
          lines.push(
            ...pieces.flatMap((piece, k) =>
              piece.line !== null &&
              k > 0 &&
              /\n[ \t]*$/u.test(text.slice(Math.max(item.from, (bounds[k] ?? 0) - 8), bounds[k]))
                ? [piece.line]
                : [],
            ),
          );
      }
    } else if (sources.length === unknown.length) {
      // Beside the pieces naming a fund or an amount, read as such: the other sources of the item.
      lines.push(...sources);
    }
  }
  return lines;
}

/**
 * Where a source begins inside an item without a list mark: "Risorse", "Fondo", "Fondi", "Finanziamenti" with a
 * capital after a word that does not join it to the phrase before ("… Politiche Giovanili Fondo PNRR", "… di Regione
 * Lombardia Risorse Regione Lombardia"), and a capital after blanked markup ("… Nazionale</i> <i>Risorse …").
 */
function sourceStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  const pattern = /(\S+)( {3,}| |\n)(?=(\p{Lu})(\p{Ll}*))/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
    const at = match.index + match[0].length;
    if (at >= to) break;
    const word = match[1] ?? "";
    const next = /^\p{L}+/u.exec(text.slice(at, at + 20))?.[0] ?? "";
    const wide = (match[2] ?? "").length >= 3;
    const head =
      /^(?:Risorse|Fondo|Fondi|Finanziamenti|Finanziamento)$/u.test(next) &&
      !JOINING_WORDS.has(word.toLowerCase()) &&
      !/^(?:risorse|fondo|fondi|finanziamenti|finanziamento)$/iu.test(word);
    if ((head || wide) && /[\p{L}\d)]$/u.test(word)) starts.push(at);
    pattern.lastIndex = at;
  }
  return starts;
}

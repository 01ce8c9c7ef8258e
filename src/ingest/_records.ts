// Cutting a plan's text into the records of a form (one per scheda, one per evaluated objective): the labels of the
// form found in order, each field's value running from the end of its label to the start of the next label, the
// last one to the end of the record. Where a record ends depends on how the tool laid the form out:
// - a table ("LABEL<TAB>value", one row per line: Busto Arsizio, Alto Milanese): the last row ends with its
//   paragraph, continuation paragraphs (starting with a tab) included;
// - a flow of label lines and value lines (Gallarate, Sebino): the last value runs to the next record's heading, a
//   numbered section heading, or a run of blank lines.
// The heading of a record ("A – Strategie per l’abitare (prioritario)", "OBIETTIVO 1", "### LEPS - …") is found by
// walking back from its first label over heading-like lines.
import { matchMacroArea } from "../catalog/match-macro-area.js";
import { leakedLabelRuns, type LabelIndex, type LabelMatch } from "./_labels.js";
import { Passage, type Piece } from "./_passage.js";
import { foldText, type PlanText } from "./_plan-text.js";

/** One field of a record: its label and its value. */
export interface FieldRead<F extends string> {
  readonly field: F;
  readonly label: LabelMatch<F>;
  /** 1-based lines of the label. */
  readonly labelLines: readonly [number, number];
  readonly value: Passage;
  /** 1-based line of the last piece of the label printed after the value began (a tail cut out), or null. */
  readonly tailLine: number | null;
}

/** A record of a form. */
export interface FormRecord<F extends string> {
  readonly fields: ReadonlyMap<F, FieldRead<F>>;
  /** The order in which the fields were read. */
  readonly order: readonly F[];
  /** 0-based line of the first label. */
  readonly firstLine: number;
  /** 0-based lines of the heading lines found above the first label (nearest last), blank lines excluded. */
  readonly headingLines: readonly number[];
  /** 0-based last line of the record. */
  readonly lastLine: number;
  readonly layout: "table" | "flow";
}

/** How to read the records of one form. */
export interface FormPlan<F extends string> {
  readonly index: LabelIndex<F>;
  /** Position of each field in the form. */
  readonly order: (field: F) => number;
  /** The field that starts a record. */
  readonly start: F;
  /** Fields that may stand before the starting field and open the record with it (AREA DI POLICY, LEPS). */
  readonly openers: readonly F[];
  /** A record needs this many fields. */
  readonly minFields: number;
  /** Lines an opener may stand above the starting label (3 by default). */
  readonly openerLines?: number;
  /** A line that starts the next record's preamble (an objective's heading): the last value ends before it. */
  readonly endsRecord?: (line: string) => boolean;
  /** 0-based lines where records of another form start, sorted: no record of this form runs over them. */
  readonly boundaries?: readonly number[];
  /** Whether a line above the first label belongs to the record's heading (besides the generic heading forms). */
  readonly isHeading?: (line: string) => boolean;
}

/** Lines an opener may stand above the starting label. */
const OPENER_LINES = 3;
/** Lines walked back from the first label to find the record's heading. */
const HEADING_REACH = 12;
/** Blank lines that end the last value of a flowing record. */
const BLANK_RUN = 4;
/** Lines the last value of a flowing record may run at most. */
const LAST_VALUE_REACH = 160;

/** A short line standing alone: at most 50 characters, a capital first, no closing punctuation, a blank line after. */
function isShortHeading(text: PlanText, n: number): boolean {
  const line = (text.lines[n] ?? "").trim();
  return (
    line.length >= 3 &&
    line.length <= 50 &&
    /^\p{Lu}/u.test(line) &&
    !/[.;:,?)]$/.test(line) &&
    !/^(?:S[IÌ]|NO|No|Si|Sì)\b/u.test(line) &&
    isBlank(text, n + 1)
  );
}

/** A numbered section heading ("5.3 Obiettivi macro-area: Politiche Abitative", "7. INTEGRAZIONE SOCIO-SANITARIA"). */
export function isSectionHeading(line: string): boolean {
  const text = line.trim();
  const first = text.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x23)) return false;
  if (text.length > 160 || /[;,]$/.test(text)) return false;
  if (/^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})/u.test(text)) {
    // Not an indicator numbered like a section ("1.1 N. incontri", "2.3 numero …").
    return !/^\S+\s+(?:N\.|n\.|N°|n°|numero|Numero)/.test(text);
  }
  return /^\d{1,2}\.\s+\p{Lu}{3,}/u.test(text) || /^#{1,6}\s/.test(text);
}

/** Generic heading lines of the forms: "OBIETTIVO 1", "SCHEDA …", "Obiettivo LEPS: …", "Area di policy …". */
function isGenericHeading(line: string): boolean {
  const text = line.trim();
  return (
    isSectionHeading(text) ||
    /^(?:OBIETTIVO\s+\d+|SCHEDA\b|Scheda\b|Obiettivo LEPS\b|Area di policy\b|AREA DI POLICY\b)/.test(text)
  );
}

function isBlank(text: PlanText, line: number): boolean {
  return text.noise[line] !== 1 && (text.lines[line] ?? "").trim() === "";
}

/** Whether a line is noise (skipped everywhere, as if it were not there). */
function isNoise(text: PlanText, line: number): boolean {
  return text.noise[line] === 1;
}

/** Reads every record of a form in a plan. */
export function readRecords<F extends string>(text: PlanText, plan: FormPlan<F>): FormRecord<F>[] {
  const tokens = text.tokens;
  const matches = plan.index.findAll(tokens);
  // Group the labels into records, in the form's order.
  const groups: LabelMatch<F>[][] = [];
  let current: LabelMatch<F>[] | null = null;
  let lastOrder = -1;
  let hasStart = false;
  const boundaries = plan.boundaries ?? [];
  const boundaryAfter = (line: number): number => {
    for (const boundary of boundaries) if (boundary > line) return boundary;
    return Number.MAX_SAFE_INTEGER;
  };
  let limit = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < matches.length; i += 1) {
    const match = matches[i] as LabelMatch<F>;
    const field = match.label.field;
    // A record of another form starts: the current record ends there.
    if ((tokens.line[match.first] ?? 0) >= limit) {
      current = null;
      hasStart = false;
      limit = Number.MAX_SAFE_INTEGER;
    }
    if (plan.openers.includes(field)) {
      // An opener counts only as the first word of its line, right before the starting label (possibly after
      // another opener).
      let next = i + 1;
      while (next < matches.length && plan.openers.includes((matches[next] as LabelMatch<F>).label.field))
        next += 1;
      const following = matches[next];
      const line = tokens.line[match.first] ?? 0;
      if (
        following?.label.field === plan.start &&
        tokens.firstOfLine[line] === match.first &&
        (tokens.line[following.first] ?? 0) - line <= (plan.openerLines ?? OPENER_LINES)
      ) {
        if (current === null || hasStart || !current.every((m) => plan.openers.includes(m.label.field))) {
          current = [];
          groups.push(current);
          hasStart = false;
        }
        current.push(match);
        lastOrder = plan.order(field);
      }
      continue;
    }
    if (field === plan.start) {
      if (current === null || hasStart) {
        current = [];
        groups.push(current);
      }
      current.push(match);
      hasStart = true;
      lastOrder = plan.order(field);
      limit = boundaryAfter(tokens.line[match.first] ?? 0);
      continue;
    }
    if (current === null || !hasStart) continue;
    const order = plan.order(field);
    if (order <= lastOrder) continue;
    current.push(match);
    lastOrder = order;
  }
  const kept = groups.filter((group) => group.length >= plan.minFields);
  // Headings and extents.
  const firstLines = kept.map((group) => tokens.line[(group[0] as LabelMatch<F>).first] ?? 0);
  const headings = kept.map((group, k) => headingAbove(text, plan, firstLines[k] ?? 0, group));
  const records: FormRecord<F>[] = [];
  for (let k = 0; k < kept.length; k += 1) {
    const group = kept[k] as LabelMatch<F>[];
    const nextHeading = headings[k + 1];
    const nextStart = Math.min(
      k + 1 < kept.length
        ? Math.min(firstLines[k + 1] ?? 0, nextHeading?.start ?? Number.MAX_SAFE_INTEGER)
        : text.lines.length,
      boundaryAfter(firstLines[k] ?? 0),
    );
    const layout = layoutOf(text, group);
    records.push(
      buildRecord(
        text,
        group,
        headings[k]?.lines ?? [],
        firstLines[k] ?? 0,
        nextStart,
        layout,
        plan.endsRecord,
      ),
    );
  }
  return records;
}

/** Lines a wrapped heading may take under its first line. */
const WRAPPED_HEADING_LINES = 4;

/**
 * How many lines from `n` upwards (`n` and the adjacent lines in `up`, nearest first) go on a heading printed right
 * above them with no blank line between, or 0 when no heading line heads them or they are items of a list.
 */
function wrappedHeadingTop(
  text: PlanText,
  n: number,
  up: readonly number[],
  isHeading: (line: number) => boolean,
): number {
  // Items of a list ("- POTENZIAMENTO DEL SERVIZIO …") are not a heading's lines.
  const item = (line: number): boolean => /^\s*[-–•*]\s/u.test(text.lines[line] ?? "");
  if (item(n)) return 0;
  let count = 1;
  let line = n;
  for (const next of up) {
    if (item(next)) return 0;
    if (next !== line - 1 || count > WRAPPED_HEADING_LINES) return 0;
    if (isHeading(next)) return count;
    if ((text.lines[next] ?? "").trim().length > 120) return 0;
    count += 1;
    line = next;
  }
  return 0;
}

/** The heading lines above a record's first label, and the first line of the record's extent. */
function headingAbove<F extends string>(
  text: PlanText,
  plan: FormPlan<F>,
  firstLine: number,
  group: readonly LabelMatch<F>[],
): { lines: number[]; start: number } {
  const at = group.findIndex((m) => m.label.field === plan.start);
  const titleMatch = group[at];
  const titleKey =
    titleMatch === undefined
      ? ""
      : titleKeyAfter(text, titleMatch, group[at + 1]?.first ?? text.tokens.count);
  const lines: number[] = [];
  let start = firstLine;
  // The non-blank lines above, nearest first.
  const above: number[] = [];
  for (
    let n = firstLine - 1;
    n >= 0 && firstLine - n <= HEADING_REACH && above.length < 6 + WRAPPED_HEADING_LINES;
    n -= 1
  ) {
    if (!isBlank(text, n) && !isNoise(text, n)) above.push(n);
  }
  const isHeading = (n: number): boolean => {
    const line = text.lines[n] ?? "";
    const folded = foldText(line);
    // A line without a letter ("--\t--", the empty last row of the table above, seed 004 L1033) names nothing.
    const namesTitle =
      titleKey.length >= 6 &&
      /\p{L}/u.test(folded) &&
      (folded.includes(titleKey) || titleKey.startsWith(folded.slice(-40)));
    return namesTitle || isGenericHeading(line) || (plan.isHeading?.(line) ?? false);
  };
  // A short line alone right above the form ("Minori e famiglie", "Accesso ai Servizi") is its heading.
  const nearest = above[0];
  if (nearest !== undefined && !isHeading(nearest) && isShortHeading(text, nearest)) {
    lines.push(nearest);
    start = nearest;
    above.shift();
  }
  for (let k = 0; k < above.length && lines.length < 4 + WRAPPED_HEADING_LINES; k += 1) {
    const n = above[k] as number;
    if (isHeading(n)) {
      lines.push(n);
      start = n;
      continue;
    }
    // A heading wrapped over lines of its own, without a blank line between ("LEPS – … ALLONTANAMENTO" /
    // "FAMILIARE (PIPPI)- Area di policy E) – co-progettato con ASST Valle" / "Olona e tutti gli Ambiti …" /
    // "competenza"): the lines under its first line are the heading's too.
    const top = wrappedHeadingTop(text, n, above.slice(k + 1), isHeading);
    if (top > 0) {
      for (let j = 0; j < top; j += 1) lines.push(above[k + j] as number);
      k += top - 1;
      continue;
    }
    const up = above[k + 1];
    const second = (text.lines[n] ?? "").trim();
    if (up !== undefined && second.length <= 80 && isHeading(up) && codeHeading(text.lines[up] ?? "")) {
      lines.push(n);
      continue;
    }
    break;
  }
  return { lines, start };
}

/** A heading of a scheda with its code: "3 - Ricomposizione …", "F - Costruzione …". */
function codeHeading(line: string): boolean {
  return /^\s*(?:[A-Z]|\d{1,3})\s*[-–—]\s+\S/u.test(line);
}

/** The first folded letters of the title printed after the starting label (to recognise the heading naming it). */
function titleKeyAfter<F extends string>(text: PlanText, match: LabelMatch<F>, stop: number): string {
  const tokens = text.tokens;
  let key = "";
  for (let t = match.end; t < stop && key.length < 24; t += 1) key += tokens.key[t] ?? "";
  return key.slice(0, 24);
}

/** A table when most labels are followed by a tab on their line. */
function layoutOf<F extends string>(text: PlanText, group: readonly LabelMatch<F>[]): "table" | "flow" {
  const tokens = text.tokens;
  let tabs = 0;
  for (const match of group) {
    const last = match.end - 1;
    const line = text.lines[tokens.line[last] ?? 0] ?? "";
    const after = line.slice(tokens.end[last] ?? 0);
    if (/^[^\p{L}\p{N}]{0,6}\t/u.test(after)) tabs += 1;
  }
  return tabs * 2 > group.length ? "table" : "flow";
}

function buildRecord<F extends string>(
  text: PlanText,
  group: readonly LabelMatch<F>[],
  headingLines: readonly number[],
  firstLine: number,
  nextStart: number,
  layout: "table" | "flow",
  endsRecord: ((line: string) => boolean) | undefined,
): FormRecord<F> {
  const tokens = text.tokens;
  const fields = new Map<F, FieldRead<F>>();
  const order: F[] = [];
  let lastLine = firstLine;
  for (let i = 0; i < group.length; i += 1) {
    const match = group[i] as LabelMatch<F>;
    const next = group[i + 1];
    const inCell = layout === "table" ? guidanceInCell(text, match) : null;
    const from = inCell ?? labelValueStart(text, match);
    let to: { line: number; col: number };
    if (next !== undefined) {
      to = { line: tokens.line[next.first] ?? 0, col: tokens.start[next.first] ?? 0 };
    } else {
      const alone = layout === "table" && inCell === null && labelAlone(text, match, from);
      const endLine = lastValueEnd(
        text,
        guidanceEndLine(text, match, from),
        nextStart,
        layout,
        endsRecord,
        alone,
      );
      to = { line: endLine, col: (text.lines[endLine] ?? "").length };
    }
    let pieces: Piece[] = [];
    for (const inner of match.inner) {
      pieces.push({
        line: tokens.line[inner] ?? 0,
        from: tokens.start[inner] ?? 0,
        to: tokens.end[inner] ?? 0,
      });
    }
    for (let n = from.line; n <= to.line; n += 1) {
      if (text.noise[n] === 1) continue;
      const line = text.lines[n] ?? "";
      const a = n === from.line ? from.col : 0;
      const b = n === to.line ? to.col : line.length;
      if (b > a) pieces.push({ line: n, from: a, to: b });
    }
    // The label's tail or its box's guidance printed amid the value: cut out, with the punctuation around them.
    const valueEnd = next?.first ?? tokenAtOrAfter(text, to.line, to.col);
    let tailLine: number | null = null;
    for (const [first, end] of leakedLabelRuns(tokens, match, match.end, valueEnd)) {
      tailLine = Math.max(tailLine ?? 0, (tokens.line[end - 1] ?? 0) + 1);
      // In a table, the guidance naming the box's indicators is the plan's own heading over its list.
      // Only the guidance's words before that heading ("Come si misura il grado …. Individuazione di una batteria di
      // indicatori di output") are cut.
      // A run that goes on from such a heading's first word ("Indicatori | input derivati …") is kept with it.
      if (layout === "table" && /^INDICATOR[EI]$/.test(tokens.key[first - 1] ?? "")) continue;
      const heading = layout === "table" ? indicatorsHeading(tokens, first, end) : end;
      if (heading > first) pieces = cut(pieces, text, first, heading);
    }
    const value = new Passage(text.lines, pieces);
    const valueLines = value.lines();
    if (valueLines !== null) lastLine = Math.max(lastLine, valueLines[1] - 1);
    const labelEndLine = tokens.line[match.end - 1] ?? 0;
    lastLine = Math.max(lastLine, labelEndLine);
    fields.set(match.label.field, {
      field: match.label.field,
      label: match,
      labelLines: [(tokens.line[match.first] ?? 0) + 1, labelEndLine + 1],
      value,
      tailLine,
    });
    order.push(match.label.field);
  }
  return { fields, order, firstLine, headingLines, lastLine, layout };
}

/**
 * The line where the value's scan for the record's end starts: the last line of the box's guidance printed right
 * where the value begins, however it is wrapped ("… alla definizione dell’intervento." / "Individuazione", a word
 * standing alone that is no heading), or the value's first line.
 */
function guidanceEndLine<F extends string>(
  text: PlanText,
  match: LabelMatch<F>,
  from: { line: number; col: number },
): number {
  const start = tokenAtOrAfter(text, from.line, from.col);
  const run = leakedLabelRuns(text.tokens, match, start, text.tokens.count).find(
    ([first]) => first === start,
  );
  return run === undefined ? from.line : Math.max(from.line, text.tokens.line[run[1] - 1] ?? from.line);
}

/** The first token at or after a position. */
function tokenAtOrAfter(text: PlanText, line: number, col: number): number {
  const tokens = text.tokens;
  let t = tokens.firstOfLine[line] ?? tokens.count;
  while (t < tokens.count && (tokens.line[t] ?? 0) === line && (tokens.end[t] ?? 0) <= col) t += 1;
  return t;
}

/** The pieces without the characters of tokens [first, end) (and the punctuation and spaces right after them). */
function cut(pieces: readonly Piece[], text: PlanText, first: number, end: number): Piece[] {
  const tokens = text.tokens;
  const out: Piece[] = [];
  const startLine = tokens.line[first] ?? 0;
  const endLine = tokens.line[end - 1] ?? 0;
  const startCol = tokens.start[first] ?? 0;
  let endCol = tokens.end[end - 1] ?? 0;
  const last = text.lines[endLine] ?? "";
  while (endCol < last.length && /[\s?:,;)(’'.-]/.test(last.charAt(endCol))) endCol += 1;
  for (const piece of pieces) {
    if (piece.line < startLine || piece.line > endLine) {
      out.push(piece);
      continue;
    }
    const a = piece.line === startLine ? startCol : 0;
    const b = piece.line === endLine ? endCol : Number.MAX_SAFE_INTEGER;
    if (piece.from < a) out.push({ line: piece.line, from: piece.from, to: Math.min(piece.to, a) });
    if (piece.to > b) out.push({ line: piece.line, from: Math.max(piece.from, b), to: piece.to });
  }
  return out;
}

/** The first token of `[first, end)` that opens a heading naming indicators ("Individuazione", "Indicatori"), or end. */
function indicatorsHeading(tokens: PlanText["tokens"], first: number, end: number): number {
  for (let t = first; t < end; t += 1)
    if (/^(?:INDIVIDUAZIONE|INDICATOR[EI])$/.test(tokens.key[t] ?? "")) return t;
  return end;
}

/**
 * Where the value of a table row starts when the guidance read with its label lies across the tab, in the
 * answer cell, and names the box's indicators ("RISPONDE?\tIndicatori input derivati dall'analisi del bisogno
 * Numero di casi …"): at the guidance's words naming them, which head the plan's list. Null otherwise.
 */
function guidanceInCell<F extends string>(
  text: PlanText,
  match: LabelMatch<F>,
): { line: number; col: number } | null {
  const tokens = text.tokens;
  for (let t = match.first + 1; t < match.end; t += 1) {
    const line = tokens.line[t] ?? 0;
    if (tokens.line[t - 1] !== line) continue;
    const gap = (text.lines[line] ?? "").slice(tokens.end[t - 1] ?? 0, tokens.start[t] ?? 0);
    if (!gap.includes("\t")) continue;
    const heading = indicatorsHeading(tokens, t, match.end);
    if (heading >= match.end) return null;
    return { line: tokens.line[heading] ?? line, col: tokens.start[heading] ?? 0 };
  }
  return null;
}

/** Where a label's value starts: after its last token and the punctuation closing it ("?", ")", ":"). */
function labelValueStart<F extends string>(
  text: PlanText,
  match: LabelMatch<F>,
): { line: number; col: number } {
  const tokens = text.tokens;
  const last = match.end - 1;
  const line = tokens.line[last] ?? 0;
  const source = text.lines[line] ?? "";
  let col = tokens.end[last] ?? 0;
  // A period printed after the label with another year than the form's ("(2012-2023)?").
  const period = /^\s*\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)/u.exec(source.slice(col, col + 30));
  if (period !== null) col += period[0].length;
  // A hyphen glued to the label's last word ("CO-") belongs to the label.
  if (source.charAt(col) === "-" || source.charAt(col) === "–") col += 1;
  while (col < source.length && /[\s?:)\]’'"».*]/.test(source.charAt(col))) col += 1;
  return { line, col };
}

/**
 * Whether a label of a table stands alone on its line: no tab (no cell) after it and nothing else printed there
 * (seed 004 L1416 "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?", its text after a blank line).
 */
function labelAlone<F extends string>(
  text: PlanText,
  match: LabelMatch<F>,
  from: { line: number; col: number },
): boolean {
  const last = match.end - 1;
  const line = text.tokens.line[last] ?? 0;
  const source = text.lines[line] ?? "";
  return (
    from.line === line &&
    !/\t/.test(source.slice(text.tokens.end[last] ?? 0)) &&
    !/\S/.test(source.slice(from.col))
  );
}

/**
 * The last line of the last value of a record. In a table, a label standing alone on its line (`alone`) has for
 * its text the one paragraph after the blank lines below it, when that paragraph is no heading and no row of the
 * table (seed 004 L1416-1420, L1533-1535).
 */
function lastValueEnd(
  text: PlanText,
  fromLine: number,
  nextStart: number,
  layout: "table" | "flow",
  endsRecord: ((line: string) => boolean) | undefined,
  alone = false,
): number {
  let limit = Math.min(nextStart - 1, text.lines.length - 1);
  if (endsRecord !== undefined) {
    for (let n = fromLine + 1; n <= limit; n += 1) {
      if (text.noise[n] !== 1 && endsRecord(text.lines[n] ?? "")) {
        limit = n - 1;
        break;
      }
    }
  }
  if (layout === "table") {
    // The paragraph of the row, then continuation paragraphs that start with a tab.
    let end = fromLine;
    let n = fromLine + 1;
    while (n <= limit) {
      if (isNoise(text, n)) {
        n += 1;
        continue;
      }
      if (!isBlank(text, n)) {
        end = n;
        n += 1;
        continue;
      }
      let m = n;
      while (m <= limit && (isBlank(text, m) || isNoise(text, m))) m += 1;
      if (m <= limit && /^\t/.test(text.lines[m] ?? "")) {
        n = m;
        continue;
      }
      break;
    }
    if (alone && end === fromLine) return paragraphBelow(text, fromLine, limit);
    return end;
  }
  let end = fromLine;
  let blanks = 0;
  for (let n = fromLine + 1; n <= limit && n - fromLine <= LAST_VALUE_REACH; n += 1) {
    if (isNoise(text, n)) continue;
    if (isBlank(text, n)) {
      blanks += 1;
      if (blanks >= BLANK_RUN) break;
      continue;
    }
    const line = text.lines[n] ?? "";
    if (isGenericHeading(line) || isStandaloneHeading(text, n, end) || isPartHeading(text, n, limit)) break;
    blanks = 0;
    end = n;
  }
  return end;
}

/** The last line of the paragraph after the blank lines below `fromLine`, or `fromLine` when there is none. */
function paragraphBelow(text: PlanText, fromLine: number, limit: number): number {
  let n = fromLine + 1;
  while (n <= limit && (isBlank(text, n) || isNoise(text, n))) n += 1;
  if (n === fromLine + 1 || n > limit) return fromLine;
  const first = text.lines[n] ?? "";
  if (/\t/.test(first) || isGenericHeading(first) || isStandaloneHeading(text, n, fromLine)) return fromLine;
  let end = n;
  while (end + 1 <= limit && !isBlank(text, end + 1) && !isNoise(text, end + 1)) {
    if (/\t/.test(text.lines[end + 1] ?? "")) break;
    end += 1;
  }
  return end;
}

/**
 * A short line standing alone with only blank lines between it and the short heading that opens the next record:
 * the heading of the part that record opens ("Programmazione e obiettivi triennali Ambito n. 5 – Sebino" over
 * "Minori e famiglie" and its form), not the last line of the value above.
 */
function isPartHeading(text: PlanText, n: number, limit: number): boolean {
  const line = (text.lines[n] ?? "").trim();
  if (line.length > 80 || !/^\p{Lu}/u.test(line) || /[.;:,?)]$/.test(line) || !isBlank(text, n + 1))
    return false;
  if (limit + 1 >= text.lines.length || !isShortHeading(text, limit + 1)) return false;
  for (let m = n + 1; m <= limit; m += 1) if (!isBlank(text, m) && !isNoise(text, m)) return false;
  return true;
}

/**
 * A short heading standing alone before a blank line: after a finished sentence ("Piano del Polo territoriale"), or
 * naming a macro-area ("Area politiche abitative").
 */
function isStandaloneHeading(text: PlanText, n: number, previous: number): boolean {
  const line = (text.lines[n] ?? "").trim();
  if (line.length > 60 || !/^\p{Lu}/u.test(line) || /[.;:,?]$/.test(line) || !isBlank(text, n + 1))
    return false;
  if (/[.!]$/.test((text.lines[previous] ?? "").trim())) return true;
  if (!/^(?:Area|AREA)\b/.test(line)) return false;
  const match = matchMacroArea(line);
  return match.code !== null || (match.candidates[0]?.score ?? 0) >= 0.4;
}

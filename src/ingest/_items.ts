// Items of a box: the actions of AZIONI PROGRAMMATE, the results of QUALI RISULTATI VUOLE RAGGIUNGERE, the
// indicators after "INDICATORI". An item ends at a bullet, a semicolon, a line-start dash, an action marker
// ("Azione 2:"), a numbered marker ("2.", "1.2.", "3)"; mid-line, the next number of the list: "… danno. 2.
// Avviare"), or a line break after a finished sentence followed by a capital. A line starting with a small letter
// continues the item above it (PDF-to-text tools wrap long items).
import { isBullet } from "./_passage.js";

/** An item of a box: `[from, to)` in the passage text, with the marker that opened it. */
export interface Item {
  readonly from: number;
  readonly to: number;
  /** "Azione 2", "1.2", "3", a bullet, or null. */
  readonly marker: string | null;
  readonly markerKind: "action" | "number" | "bullet" | "none";
}

/** "Azione 1:", "AZIONE 2)", "Azione n. 3 -" at an offset: the marker's length and code, or null. */
export function actionMarkerAt(text: string, at: number): { length: number; code: string } | null {
  const first = text.charCodeAt(at);
  if (first !== 0x41 && first !== 0x61) return null;
  const match = /^azione\s*(?:n\.?\s*)?(\d{1,2})\b\s*[:).\-–]?/iu.exec(text.slice(at, at + 20));
  if (match === null) return null;
  const before = at === 0 ? " " : text.charAt(at - 1);
  if (/[\p{L}\d]/u.test(before)) return null;
  return { length: match[0].length, code: `Azione ${match[1] ?? ""}` };
}

/**
 * "1.", "2)", "1.2.", "1.1 ", "A.1 -", "Attività A.2:", "Attività: A.3 -" at a line start: the marker's length and
 * its code, or null.
 */
export function numberMarkerAt(text: string, at: number): { length: number; code: string } | null {
  const first = text.charCodeAt(at);
  if (!((first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a))) return null;
  const lettered = /^(?:Attivit[aà]:?\s+)?([A-Z]\.\d{1,2})\s*[-–:.)]?(?=\s)/u.exec(text.slice(at, at + 24));
  if (lettered !== null) return { length: lettered[0].length, code: lettered[1] ?? "" };
  const match = /^(\d{1,2}(?:\.\d{1,2})?)(?:\.|\))?(?=\s)/u.exec(text.slice(at, at + 10));
  if (match === null) return null;
  const whole = match[0];
  // A bare number ("2025 …", "3 incontri") is not a marker: it needs a dot, a parenthesis or a sub-number.
  if (!/[.)]$/.test(whole) && !whole.includes(".")) return null;
  return { length: whole.length, code: match[1] ?? "" };
}

/** Where the text of `[from, to)` ends once its trailing spaces and line breaks are left out. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

/**
 * Whether `[from, lineEnd]` ends with a blank line: the line break at `lineEnd` has another one before it, with
 * only spaces or tabs between.
 */
function endsWithBlankLine(text: string, from: number, lineEnd: number): boolean {
  let k = lineEnd - 1;
  while (k >= from && (text.charAt(k) === " " || text.charAt(k) === "\t")) k -= 1;
  return k >= from && text.charAt(k) === "\n";
}

/**
 * Splits `[from, to)` into items. The work is linear in the length: every check looks at a bounded window, or at
 * spaces no other check of the same kind looks at again.
 */
export function splitItems(text: string, from: number, to: number): Item[] {
  const items: Item[] = [];
  let start = from;
  let marker: string | null = null;
  let markerKind: Item["markerKind"] = "none";
  const cut = (
    end: number,
    next: { marker: string | null; kind: Item["markerKind"]; start: number },
  ): void => {
    if (/[\p{L}\d]/u.test(text.slice(start, end))) items.push({ from: start, to: end, marker, markerKind });
    else if (markerKind === "action" && (next.kind === "bullet" || next.kind === "none")) {
      // "Azione 3)" alone on its line, its result bulleted below ("Azione 3)\n\n Realizzazione di …", seed 000
      // L5378-5380): the item below is the action's.
      start = next.start;
      return;
    }
    start = next.start;
    marker = next.marker;
    markerKind = next.kind;
  };
  let lineStart = true;
  let indented = false;
  let previousLineEnd = -1;
  // The last plain number that opened an item ("3" after "3."), or -1.
  let lastNumber = -1;
  for (let i = from; i < to; i += 1) {
    const ch = text.charAt(i);
    if (ch === "\n") {
      lineStart = true;
      indented = false;
      previousLineEnd = i;
      continue;
    }
    if (lineStart && (ch === " " || ch === "\t")) {
      indented = true;
      continue;
    }
    const atLineStart = lineStart;
    const wasIndented = indented;
    lineStart = false;
    const action = actionMarkerAt(text, i);
    if (action !== null) {
      cut(i, { marker: action.code, kind: "action", start: i + action.length });
      i += action.length - 1;
      continue;
    }
    if (isBullet(ch)) {
      cut(i, { marker: ch, kind: "bullet", start: i + 1 });
      continue;
    }
    if (atLineStart) {
      const number = numberMarkerAt(text, i);
      if (number !== null) {
        cut(i, { marker: number.code, kind: "number", start: i + number.length });
        lastNumber = /^\d{1,2}$/.test(number.code) ? Number(number.code) : -1;
        i += number.length - 1;
        continue;
      }
      // A dash, or Word's "o" of a second-level list, before the item; a dash ending the text opens an empty one.
      if (
        (/[-–—]/.test(ch) ||
          (ch === "o" && /[ \t]/.test(text.charAt(i + 1)) && /[\p{L}\d]/u.test(text.charAt(i + 2)))) &&
        /\s/.test(text.charAt(i + 1) || "\n")
      ) {
        cut(i, { marker: ch === "o" ? "o" : "-", kind: "bullet", start: i + 1 });
        continue;
      }
      // An indented line starting with a capital: an item whose bullet the text-extraction tool dropped.
      if (wasIndented && i > start && /[\p{Lu}“"«]/u.test(ch) && actionMarkerAt(text, i) === null) {
        cut(i, { marker: null, kind: "bullet", start: i });
        continue;
      }
      // A line after a finished sentence (not an abbreviation such as "n."), or a capital after a blank line: a
      // new item.
      if (previousLineEnd > start && /[\p{L}“"«]/u.test(ch)) {
        // Only the end of the item so far is read, so that a long item costs no more than its length.
        const end = trimmedEnd(text, start, previousLineEnd);
        const before = text.slice(Math.max(start, end - 8), end);
        const finished =
          /[.;!?]$/.test(before) &&
          !(end - start <= 8 && /^(?:n|N|nr|Nr|ecc|es|art|pag|p|S|s|ss|n°)\.$/u.test(before)) &&
          !/[\s(](?:n|N|nr|Nr|ecc|es|art|pag|p|S|s|ss|n°)\.$/u.test(before);
        const afterBlank = endsWithBlankLine(text, start, previousLineEnd) && /\p{Lu}/u.test(ch);
        if (finished || (/:$/.test(before) && /\p{Lu}/u.test(ch)) || afterBlank) {
          cut(i, { marker: null, kind: "none", start: i });
          continue;
        }
      }
    }
    // "1. Individuare … del danno. 2. Avviare …": the next number of a list run together on one line.
    if (lastNumber >= 0 && !atLineStart && (ch === " " || ch === "\t")) {
      const next = /^[ \t](\d{1,2})[.)][ \t\n]+\p{Lu}/u.exec(text.slice(i, i + 12));
      if (next !== null && Number(next[1]) === lastNumber + 1) {
        const length = 1 + (next[1] ?? "").length + 1;
        cut(i + 1, { marker: next[1] ?? "", kind: "number", start: i + length });
        lastNumber += 1;
        i += length - 1;
        continue;
      }
    }
    if (ch === ";" && /\s/.test(text.charAt(i + 1) || " ")) {
      cut(i + 1, { marker: null, kind: "none", start: i + 1 });
    }
  }
  cut(to, { marker: null, kind: "none", start: to });
  return items;
}

/** Words after which a capitalised word goes on the same phrase ("di Supporto", "la Rete", "ciascun Ambito"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set(
  "a ad al alla alle agli ai allo da dal dalla dalle dai dagli di del della delle dei degli dello e ed o od in nel nella nelle nei negli nello con col su sul sulla sulle sui per tra fra il lo la le i gli un uno una che come ogni ciascun ciascuna ciascuno questo questa questi queste quel quello quella tale tali altro altra altri altre suo sua suoi sue loro proprio propria".split(
    " ",
  ),
);

/**
 * Where the items of a cell run together on one line begin: a capitalised word ("Promozione") after a word in
 * small letters (not an article, a preposition or a conjunction) or a closing parenthesis, one space between.
 */
export function runTogetherStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  let wordStart = from;
  let i = from;
  while (i < to) {
    const ch = text.charAt(i);
    if (ch !== " " && ch !== "\t" && ch !== "\n") {
      i += 1;
      continue;
    }
    const word = text.slice(wordStart, i);
    let j = i;
    let breaks = 0;
    while (j < to && /[ \t\n]/.test(text.charAt(j))) {
      if (text.charAt(j) === "\n") breaks += 1;
      j += 1;
    }
    // One space, or one line break (the line wrapped): not a blank line, not a run of spaces between columns.
    const gap = breaks === 0 ? text.slice(i, j) === " " : breaks === 1;
    const last = word.charAt(word.length - 1);
    const smallWord =
      /\p{Ll}/u.test(word.charAt(0) || " ") && /\p{Ll}/u.test(last) && !JOINING_WORDS.has(word);
    if (gap && (smallWord || last === ")") && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))) starts.push(j);
    wordStart = j;
    i = j;
  }
  return starts;
}

/** The heads of a count ("N.", "n.", "Nr.", "N°", a bare "N" before "di"), not inside a word. */
const COUNT_HEAD = /(?<![\p{L}\p{N}.])(?:[Nn]r?\.|[Nn]°|N(?=[ \t]+di[ \t]))/gu;

/** Words a number names ("Ambito n. 5", "D.G.R. n. 2167"): no count follows them. */
const NUMBERED =
  /^(?:ambit[oi]|distrett[oi]|legge|l\.|d\.?g\.?r\.?|dgr|decret[oi]|d\.?lgs\.?|delibera(?:zione)?|art\.|artt\.|articol[oi]|comma|allegat[oi]|protocollo|regolamento|circolare|scheda|obiettivo|azione|punto|paragrafo|capitolo|misura|lotto|fase|verbale|determina(?:zione)?)$/iu;

/** Whether `[from, to)` opens with the head of a count ("N. scuole coinvolte", "n. 15 accessi/mese"). */
export function opensWithCount(text: string, from: number, to: number): boolean {
  const lead = /^[\s:;–-]*/u.exec(text.slice(from, Math.min(to, from + 20)));
  const at = from + (lead?.[0].length ?? 0);
  COUNT_HEAD.lastIndex = 0;
  const match = COUNT_HEAD.exec(text.slice(at, Math.min(to, at + 4)));
  return match !== null && match.index === 0;
}

/**
 * Where a count opens the next measure of a row printed without bullets ("N. scuole coinvolte N di comuni che …
 * N. incontri patto educativo", "n. 3 medio/grandi aziende coinvolte nelle azioni e n. cooperative coinvolte"): each
 * head after a word that is no preposition or article; after "e" the conjunction is left out (`end` before it). A
 * head after another linking word ("numero di n. …") continues its phrase.
 */
export function countHeadCuts(text: string, from: number, to: number): { at: number; end: number }[] {
  const cuts: { at: number; end: number }[] = [];
  // Up to the item's end only: a search past it would read the rest of the box for every item.
  const scope = text.slice(0, to);
  COUNT_HEAD.lastIndex = from;
  for (let match = COUNT_HEAD.exec(scope); match !== null; match = COUNT_HEAD.exec(scope)) {
    const at = match.index;
    const before = text.slice(Math.max(from, at - 30), at);
    if (!/\s$/u.test(before)) continue;
    // After a word or a bracket that ends a measure; not after "/" (a ratio: "n° presenti / n° complessivo").
    // After the colon of a sentence that introduces the counts ("… si individuano: n. di enti …"), not after a
    // label ("Anno 2026:", "Indicatore:").
    const previous = /(\S*(?:[\p{L})]|\p{Ll}{4}:))\s+$/u.exec(before);
    // A word cut at a line end is read whole ("… degli indic-" / "atori di risultato: N° …").
    const joined = before.replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, "$1");
    if (previous === null || /\bindicator[ei](?:\s+(?:di\s+)?\p{L}+)?\s*:\s*$/iu.test(joined)) continue;
    const word = previous[1] ?? "";
    // "Ambito n. 5", "D.G.R. n. 2167", "art. n. 3": the number of a body or an act, not a count.
    if (NUMBERED.test(word)) continue;
    if (/^(?:e|ed)$/iu.test(word)) cuts.push({ at, end: at - previous[0].length });
    else if (!JOINING_WORDS.has(word.toLowerCase())) cuts.push({ at, end: at });
  }
  return cuts;
}

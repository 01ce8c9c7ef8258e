// Items of a box: the actions of AZIONI PROGRAMMATE, the results of QUALI RISULTATI VUOLE RAGGIUNGERE, the
// indicators after "INDICATORI". An item ends at a bullet, a semicolon, a line-start dash, an action marker
// ("Azione 2:"), a numbered marker ("2.", "1.2.", "3)"), or a line break after a finished sentence followed by a
// capital. A line starting with a small letter continues the item above it (PDF-to-text tools wrap long items).
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

/** "1.", "2)", "1.2.", "1.1 ", "A.1 -", "Attività A.2:" at a line start: the marker's length and its code, or null. */
export function numberMarkerAt(text: string, at: number): { length: number; code: string } | null {
  const first = text.charCodeAt(at);
  if (!((first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a))) return null;
  const lettered = /^(?:Attivit[aà]\s+)?([A-Z]\.\d{1,2})\s*[-–:.)]?(?=\s)/u.exec(text.slice(at, at + 24));
  if (lettered !== null) return { length: lettered[0].length, code: lettered[1] ?? "" };
  const match = /^(\d{1,2}(?:\.\d{1,2})?)(?:\.|\))?(?=\s)/u.exec(text.slice(at, at + 10));
  if (match === null) return null;
  const whole = match[0];
  // A bare number ("2025 …", "3 incontri") is not a marker: it needs a dot, a parenthesis or a sub-number.
  if (!/[.)]$/.test(whole) && !whole.includes(".")) return null;
  return { length: whole.length, code: match[1] ?? "" };
}

/** Splits `[from, to)` into items. */
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
    start = next.start;
    marker = next.marker;
    markerKind = next.kind;
  };
  let lineStart = true;
  let indented = false;
  let previousLineEnd = -1;
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
        i += number.length - 1;
        continue;
      }
      // A dash, or Word's "o" of a second-level list, before the item.
      if (
        (/[-–—]/.test(ch) ||
          (ch === "o" && /[ \t]/.test(text.charAt(i + 1)) && /[\p{L}\d]/u.test(text.charAt(i + 2)))) &&
        /\s/.test(text.charAt(i + 1))
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
        const before = text.slice(start, previousLineEnd).trimEnd();
        const finished =
          /[.;!?]$/.test(before) && !/(?:^|[\s(])(?:n|N|nr|Nr|ecc|es|art|pag|p|S|s|ss|n°)\.$/u.test(before);
        const afterBlank = /\n[ \t]*\n[ \t]*$/.test(text.slice(start, i)) && /\p{Lu}/u.test(ch);
        if (finished || (/:$/.test(before) && /\p{Lu}/u.test(ch)) || afterBlank) {
          cut(i, { marker: null, kind: "none", start: i });
          continue;
        }
      }
    }
    if (ch === ";" && /\s/.test(text.charAt(i + 1) || " ")) {
      cut(i + 1, { marker: null, kind: "none", start: i + 1 });
    }
  }
  cut(to, { marker: null, kind: "none", start: to });
  return items;
}

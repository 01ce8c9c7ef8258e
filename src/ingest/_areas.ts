// Macro-areas named in a box: the transversal areas of field 7 ("A) Contrasto alla povertà … e H) interventi …",
// "a. … g. …", or one title per line) and the key points of field 8 grouped under area headers. The catalogue's
// matcher decides every area: the title wins over a contradicting letter, and the match's warnings (letter
// mismatch, the retired area C, a misspelt title) are kept for the findings.
import { MACRO_AREA_CATALOG, MACRO_AREA_CODES, type MacroAreaCode } from "../catalog/macro-areas.js";
import { matchMacroArea } from "../catalog/match-macro-area.js";
import type { MatchResult, MatchWarningCode } from "../catalog/match-result.js";
import { KNOWN_KEY_POINTS } from "../catalog/scheda-obiettivo.js";
import { isBullet, verbatim, type Passage } from "./_passage.js";

/** An area read in a text, with the warnings of its match and where it was printed. */
export interface AreaRead {
  readonly code: MacroAreaCode;
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly warnings: readonly MatchWarningCode[];
  /** How the area was read: its printed letter alone, its title (with or without a letter). */
  readonly basis: "letter" | "title";
}

/** Offsets in a text where a macro-area letter marker starts ("A) ", "b. ", "J - ", "A: ", "d- "). */
export function letterMarkers(text: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i += 1) {
    const ch = text.charAt(i);
    if (!/[A-La-l]/.test(ch)) continue;
    const before = i === 0 ? " " : text.charAt(i - 1);
    if (!/[\s(>:;,]/.test(before) && !isBullet(before)) continue;
    let j = i + 1;
    const mark = text.charAt(j);
    if (mark === " " && /[-–]/.test(text.charAt(j + 1))) {
      j += 1;
    } else if (mark === ":" && ch !== ch.toUpperCase()) {
      continue;
    } else if (mark !== ")" && mark !== "." && mark !== ":" && mark !== "-" && mark !== "–") {
      // "A: Contrasto …", "Area I: interventi …", "d- Domiciliarità" (Alto Milanese L1367, L1663, L1514).
      continue;
    }
    // The mark is followed by a blank or ends the text ("A." alone before a list).
    const after = text.charAt(j + 1);
    if (after !== "" && !/\s/.test(after)) continue;
    // A lower-case letter marks an area only before a capital ("a. Contrasto"), not in prose ("e. g.").
    const next = text
      .slice(j + 1, j + 8)
      .trimStart()
      .charAt(0);
    if (ch === ch.toLowerCase() && !/\p{Lu}/u.test(next)) continue;
    found.push(i);
  }
  return found;
}

/**
 * The length of an area header "Area A:", "Area B)", "AREA D -" at `at`: the word and one letter of the macro-areas
 * (not the retired C), then a mark or the end of the text; 0 when none is there.
 */
export function areaWordHeader(text: string, at: number): number {
  const match = /^(?:Area|AREA)[ \t]+([ABD-Lbd-l])(?:[ \t]*[):.\-–](?=\s|$)|(?=[ \t]*(?:\n|$)))/u.exec(
    text.slice(at, at + 12),
  );
  return match === null ? 0 : match[0].length;
}

function toArea(text: string, from: number, to: number, match: MatchResult<MacroAreaCode>): AreaRead | null {
  const warnings = match.warnings.map((warning) => warning.code);
  if (match.code !== null)
    return { code: match.code, text: verbatim(text.slice(from, to)), from, to, warnings, basis: "title" };
  // A letter alone ("A." before a list of key points) names its area.
  if (match.prefix !== null && /^[A-La-l]$/.test(match.prefix) && match.prefix.toUpperCase() !== "C") {
    const rest = text
      .slice(from, to)
      .replace(/^\s*[A-La-l]\s?[).\-–]?/, "")
      .trim();
    if (rest === "") {
      return {
        code: match.prefix.toUpperCase() as MacroAreaCode,
        text: verbatim(text.slice(from, to)),
        from,
        to,
        warnings: [],
        basis: "letter",
      };
    }
  }
  return null;
}

/**
 * The areas a box names: each letter marker starts an item read by the matcher; without letters, a box whose
 * lines are short titles (one area per line) is read line by line; prose names the areas it lists after the word
 * "area" ("… con l’area delle politiche abitative, del lavoro, della domiciliarità"), and no other.
 */
export function areasIn(text: string, from: number, to: number): AreaRead[] {
  const markers = letterMarkers(text, from, to);
  const areas: AreaRead[] = [];
  if (markers.length > 0) {
    for (let k = 0; k < markers.length; k += 1) {
      const start = markers[k] as number;
      let end = markers[k + 1] ?? to;
      // The word "Area" before the next letter belongs to it ("A - Contrasto …; Area B - Politiche abitative").
      const tail = /[\s;,.]{0,8}(?:Area|AREA)\s{0,8}$/u.exec(text.slice(Math.max(start, end - 24), end));
      if (tail !== null && k + 1 < markers.length) end -= tail[0].length;
      const area = toArea(text, start, end, matchMacroArea(text.slice(start, end)));
      if (area !== null) areas.push(area);
    }
    return dedupe(areas);
  }
  const lines = lineRanges(text, from, to);
  if (lines.length === 0) return [];
  if (lines.some(([a, b]) => b - a > 70)) return areasAfterAreaWord(text, from, to);
  for (const [a, b] of lines) {
    const match = matchMacroArea(text.slice(a, b));
    if (match.confidence === "none") continue;
    const area = toArea(text, a, b, match);
    if (area !== null) areas.push(area);
  }
  return areas.length > 0 ? dedupe(areas) : areasAfterAreaWord(text, from, to);
}

/** The preposition that opens a piece of a list of areas ("della domiciliarità", "alle politiche abitative"). */
const LEADING_PREPOSITION = /^\s*(?:di|de(?:gli|lle|lla|llo|i|l)|a(?:gli|lle|lla|i|l))\s+/iu;

/**
 * The areas a sentence names after the word "area" ("… trasversale all’area di policy degli interventi per la
 * famiglia.", "Integrazione con l’area delle politiche abitative, del lavoro, della domiciliarità."), however its
 * lines are wrapped: each piece of the list after it, between commas and "e", read by the matcher as a title
 * (exact matches only).
 */
function areasAfterAreaWord(text: string, from: number, to: number): AreaRead[] {
  const areas: AreaRead[] = [];
  const pattern = /\bare[ae]\s+(?:di\s+policy\s+)?/giu;
  const scope = text.slice(0, to);
  pattern.lastIndex = from;
  for (let match = pattern.exec(scope); match !== null; match = pattern.exec(scope)) {
    const start = match.index + match[0].length;
    const end = /[.;:?!]/u.exec(scope.slice(start))?.index ?? scope.length - start;
    let at = start;
    for (const piece of scope.slice(start, start + end).split(/(,|\s+e\s+)/u)) {
      const name = piece.replace(LEADING_PREPOSITION, "");
      const found = /[,]|^\s+e\s+$/u.test(piece) ? null : matchMacroArea(name);
      if (found !== null && found.code !== null && found.confidence === "exact") {
        const area = toArea(text, at, at + piece.length, found);
        if (area !== null) areas.push(area);
      }
      at += piece.length;
    }
  }
  return dedupe(areas);
}

function dedupe(areas: readonly AreaRead[]): AreaRead[] {
  const seen = new Set<MacroAreaCode>();
  return areas.filter((area) => {
    if (seen.has(area.code)) return false;
    seen.add(area.code);
    return true;
  });
}

/** The non-blank lines of `[from, to)` as offset ranges, trimmed. */
export function lineRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i < to && text.charAt(i) !== "\n") continue;
    let a = start;
    let b = i;
    while (a < b && /\s/.test(text.charAt(a))) a += 1;
    while (b > a && /\s/.test(text.charAt(b - 1))) b -= 1;
    if (b > a) ranges.push([a, b]);
    start = i + 1;
  }
  return ranges;
}

/** A key point of field 8, under the area header it was printed after (null when none). */
export interface KeyPointRead {
  readonly area: MacroAreaCode | null;
  /** Whether no area header nor introduction stands above the point (then it belongs to the scheda's own area). */
  readonly unheaded: boolean;
  readonly point: string;
  readonly from: number;
  readonly to: number;
}

/** One unit of a list: between bullets, semicolons, line-start dashes and line-start letter markers. */
export interface Unit {
  readonly from: number;
  readonly to: number;
  /** Whether the unit was introduced by a bullet or a dash (then it is an item, never a header). */
  readonly bulleted: boolean;
  /** Whether the unit starts on an indented line (an item whose bullet was dropped, or a header). */
  readonly indented: boolean;
}

/** Splits `[from, to)` into list units. */
export function listUnits(text: string, from: number, to: number, splitInlineDashes = false): Unit[] {
  const units: Unit[] = [];
  let start = from;
  let bulleted = false;
  let unitIndented = false;
  let indented = false;
  const push = (end: number, nextBulleted: boolean, nextStart: number): void => {
    if (/\S/.test(text.slice(start, end)))
      units.push({ from: start, to: end, bulleted, indented: unitIndented });
    start = nextStart;
    bulleted = nextBulleted;
    unitIndented = indented;
  };
  let lineStart = true;
  for (let i = from; i < to; i += 1) {
    const ch = text.charAt(i);
    if (ch === "\n") {
      lineStart = true;
      indented = false;
      continue;
    }
    if (lineStart && /\s/.test(ch)) {
      indented = true;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    // An indented line starting with a capital (an item whose bullet the text-extraction tool dropped, or an
    // area header), or a capital after a finished sentence: a new unit.
    if (atLineStart && i > start && /[\p{Lu}\d“"«]/u.test(ch)) {
      const before = text.slice(start, i).trimEnd();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by push(), which the narrowing does not see
      if (indented || unitIndented || /[.:!?]$/u.test(before)) {
        push(i, false, i);
        continue;
      }
    }
    if (isBullet(ch)) {
      push(i, true, i + 1);
      continue;
    }
    if (atLineStart && /[-–—]/.test(ch) && /\s/.test(text.charAt(i + 1))) {
      push(i, true, i + 1);
      continue;
    }
    if (splitInlineDashes && /[-–]/.test(ch) && text.charAt(i - 1) === " " && text.charAt(i + 1) === " ") {
      push(i, true, i + 1);
      continue;
    }
    if (ch === ";" && /\s/.test(text.charAt(i + 1) || " ")) {
      push(i + 1, false, i + 1);
      continue;
    }
    if (atLineStart && i > start && letterMarkers(text, i, Math.min(to, i + 4)).includes(i)) {
      push(i, false, i);
      continue;
    }
    // "Area B: …" after a finished sentence on the same line ("… reti sociali. Area B: qualità dell'abitare").
    if (i > start && /[.;]\s$/u.test(text.slice(i - 2, i)) && areaWordHeader(text, i) > 0) {
      push(i, false, i);
    }
  }
  push(to, false, to);
  return units;
}

/** The key points of field 8, grouped under the area headers printed in the box. */
export function keyPointsIn(
  passage: Passage,
  from: number,
  to: number,
): { points: KeyPointRead[]; headers: AreaRead[] } {
  const text = passage.text;
  const points: KeyPointRead[] = [];
  const headers: AreaRead[] = [];
  let area: MacroAreaCode | null = null;
  let headed = false;
  const units = listUnits(text, from, to);
  units.forEach((unit, index) => {
    const raw = text.slice(unit.from, unit.to);
    const clean = pointText(text, unit.from, unit.to);
    if (clean === "") return;
    // An area's official title bulleted like a point, with points after it, heads them ("- Politiche abitative",
    // seed 002 L5216; "• Interventi per la famiglia", seed 001 L2368).
    const titled = unit.bulleted && index < units.length - 1 ? titleArea(text, unit.from, unit.to) : null;
    if (titled !== null) {
      headers.push(titled);
      area = titled.code;
      headed = true;
      return;
    }
    if (!unit.bulleted) {
      const header = headerOf(text, unit.from, unit.to, unit.indented);
      if (header !== null) {
        headers.push(header.area);
        area = header.area.code;
        headed = true;
        // Text after the header on the same unit is a point ("A) Povertà: Vulnerabilità …" is rare; kept).
        if (header.pointFrom < unit.to && /\S/.test(text.slice(header.pointFrom, unit.to))) {
          const point = pointText(text, header.pointFrom, unit.to);
          if (point !== "")
            points.push({ area, unheaded: false, point, from: header.pointFrom, to: unit.to });
        }
        return;
      }
      // A line that opens with an area's official title heads the points printed after it on the same line
      // (seed 004 L1202 "Contrasto alla povertà … e promozione dell'inclusione attiva - Allargamento della rete …").
      const leading = leadingTitle(text, unit.from, unit.to);
      if (leading !== null) {
        headers.push(leading);
        area = leading.code;
        headed = true;
        for (const [a, b] of pointsAfterTitle(text, leading.to, unit.to)) {
          const point = pointText(text, a, b);
          if (point !== "") points.push({ area, unheaded: false, point, from: a, to: b });
        }
        return;
      }
      // An introduction ("Punti chiave trasversali a tutte le aree di policy:", "Aree di policy") heads points
      // without an area.
      if (/:\s*$/.test(raw) || /^(?:aree\s+di\s+policy|punti\s+chiave)\b/iu.test(clean)) {
        area = null;
        headed = true;
        return;
      }
    }
    points.push({ area, unheaded: !headed, point: clean, from: unit.from, to: unit.to });
  });
  return { points, headers };
}

/** A key point's text: verbatim, without trailing full stops nor semicolons. */
function pointText(text: string, from: number, to: number): string {
  return verbatim(text.slice(from, to))
    .replace(/[;.]+$/, "")
    .trim();
}

// Letters and digits only, lower case: how a unit is compared with an area's official title.
const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The area whose official title the unit is, word for word (nothing else in it), or null. */
function titleArea(text: string, from: number, to: number): AreaRead | null {
  const match = matchMacroArea(text.slice(from, to));
  if (match.code === null || match.confidence !== "exact") return null;
  if (letters(verbatim(text.slice(from, to))) !== letters(MACRO_AREA_CATALOG[match.code].title)) return null;
  const raw = text.slice(from, to);
  const start = from + raw.length - raw.trimStart().length;
  const end = from + raw.trimEnd().length;
  return toArea(text, start, end, match);
}

/** The offset just after each letter or digit of `[from, to)`, in order (how `letters` maps back to the text). */
function letterEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i += 1) if (/[\p{L}\p{N}]/u.test(text.charAt(i))) ends.push(i + 1);
  return ends;
}

/**
 * The area whose official title opens the unit, word for word, with more text after it on the same line (then
 * the points of that area), or null.
 */
function leadingTitle(text: string, from: number, to: number): AreaRead | null {
  const lineEnd = text.indexOf("\n", from);
  const end = lineEnd === -1 || lineEnd > to ? to : lineEnd;
  const opening = letters(text.slice(from, end));
  const ends = letterEnds(text, from, end);
  for (const code of MACRO_AREA_CODES) {
    const title = letters(MACRO_AREA_CATALOG[code].title);
    if (title.length >= opening.length || !opening.startsWith(title)) continue;
    const cut = ends[title.length - 1] as number;
    // The title ends at a word's end, and text follows it.
    if (/[\p{L}\p{N}]/u.test(text.charAt(cut)) || !/\S/.test(text.slice(cut, to))) continue;
    return titleArea(text, from, cut);
  }
  return null;
}

/**
 * The points printed after an area's title on its line: between " - " when the line prints them so, otherwise at
 * each key point of the catalogue (`KNOWN_KEY_POINTS`) when they run together and the catalogue's points cover the
 * whole run (seed 004 L1228 "… attiva Allargamento della rete e co-programmazione Contrasto all'isolamento …");
 * otherwise the run is one point.
 */
function pointsAfterTitle(text: string, from: number, to: number): [number, number][] {
  let start = from;
  while (start < to && /[\s\-–—:]/u.test(text.charAt(start))) start += 1;
  if (start >= to) return [];
  const dashed = listUnits(text, start, to, true);
  if (dashed.length > 1) return dashed.map((unit) => [unit.from, unit.to]);
  const run = letters(text.slice(start, to));
  const ends = letterEnds(text, start, to);
  const known = KNOWN_KEY_POINTS.map((point) => letters(point.text)).filter((point) => point !== "");
  const pieces: [number, number][] = [];
  let at = 0;
  let offset = start;
  while (at < run.length) {
    const next = known
      .filter((point) => run.startsWith(point, at))
      .reduce((longest, point) => (point.length > longest.length ? point : longest), "");
    if (next === "") return [[start, to]];
    at += next.length;
    const cut = ends[at - 1] as number;
    pieces.push([offset, cut]);
    offset = cut;
  }
  return pieces;
}

/** The area header a unit is, and where any text after it starts. */
function headerOf(
  text: string,
  from: number,
  to: number,
  indented: boolean,
): { area: AreaRead; pointFrom: number } | null {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const start = from + lead;
  // "Area A: contrasto all'isolamento", "Area B)" alone: the letter names the area, the rest is a point.
  const word = areaWordHeader(text, start);
  if (word > 0) {
    const letter = text
      .slice(start, start + word)
      .replace(/^(?:Area|AREA)[ \t]+/u, "")
      .charAt(0)
      .toUpperCase();
    const area: AreaRead = {
      code: letter as MacroAreaCode,
      text: verbatim(text.slice(start, start + word)),
      from: start,
      to: start + word,
      warnings: [],
      basis: "letter",
    };
    return { area, pointFrom: start + word };
  }
  const marked = letterMarkers(text, start, Math.min(to, start + 4)).includes(start);
  const match = matchMacroArea(text.slice(start, to));
  if (marked) {
    const area = toArea(text, start, to, match);
    return area === null ? null : { area, pointFrom: to };
  }
  // A title alone, not indented: the official title or a known variant of it (not a point that shares words with a
  // title, as "Digitalizzazione del servizio" under "F) Digitalizzazione dei servizi:").
  if (!indented && match.code !== null && (match.confidence === "exact" || match.confidence === "variant")) {
    const area = toArea(text, start, to, match);
    return area === null ? null : { area, pointFrom: to };
  }
  return null;
}

/** The words by which a plan names an area in passing ("del lavoro", "delle persone disabili"), area by area. */
const AREA_WORDS: readonly (readonly [MacroAreaCode, RegExp])[] = [
  ["A", /\bpovert|\bemarginazion/iu],
  ["B", /\babitativ|\babitare\b/iu],
  ["D", /\bdomiciliar/iu],
  ["E", /\banzian/iu],
  ["F", /\bdigitalizzazion/iu],
  ["G", /\bgiovan|\bminori\b/iu],
  ["H", /\blavor/iu],
  ["I", /\bfamigli/iu],
  ["J", /\bdisabil/iu],
  ["K", /\bufficio\s+di\s+piano\b|\bgestione\s+associata\b/iu],
];

/**
 * The areas a sentence of integration lists ("Integrazione con l’area delle politiche abitative, del lavoro, della
 * domiciliarità."), in the order printed: each piece of the list names one area by its title or by its word.
 */
export function integratedAreas(text: string): MacroAreaCode[] {
  const clause = /\b[Ii]ntegrazione\s+con\s+(?:l['’]\s*area|le\s+aree)\s+([^.;]+)/u.exec(text);
  if (clause === null) return [];
  const codes: MacroAreaCode[] = [];
  for (const piece of (clause[1] ?? "").split(/,|\s+e\s+/u)) {
    const name = piece.replace(LEADING_PREPOSITION, "").trim();
    if (!/\p{L}{3}/u.test(name)) continue;
    const match = matchMacroArea(name);
    const code = match.code ?? AREA_WORDS.find(([, words]) => words.test(name))?.[0] ?? null;
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

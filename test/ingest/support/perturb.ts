/**
 * Layout noise of the kind PDF-to-text and Word-to-text tools add, generated over a text, each with the map of
 * where every line of the original went: `start[n]` and `end[n]` are the (0-based) lines of the perturbed text that
 * hold the first and the last character of original line n.
 *
 * - `crlf`: Windows line ends;
 * - `pageNoise`: a running header and a page number leaked every `every` lines, between lines of a paragraph too;
 * - `hyphenate`: long words at a line end cut by a hyphen, their end moved to the start of the next line and followed
 *   by a space, never glued to the next word (where that line continues the sentence);
 * - `rewrap`: every logical line (a line and the lines that continue it: lines starting with a small letter)
 *   broken again at another width, at spaces outside markup, its indentation kept. A row of a table (cells
 *   separated by tabs, a row of figures, its header in capitals) and a Markdown heading stay one line as they are:
 *   a table keeps its layout whatever the width of the page's prose, the tools that write tabs and "#" (Word- and
 *   HTML-to-text) write a row or a heading per line, and no tool breaks a row's cells into lines starting at the
 *   left margin, nor joins them with the lines around.
 */

/** A perturbed text and where each original line went. */
export interface Perturbed {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

function identity(lines: readonly string[], text: string): Perturbed {
  const map = Int32Array.from(lines.keys());
  return { text, start: map, end: map };
}

/** Windows line ends. */
export function crlf(text: string): Perturbed {
  const lines = text.split("\n");
  return identity(lines, lines.join("\r\n"));
}

/** A header and a page number every `every` lines (between any two lines, inside paragraphs too). */
export function pageNoise(
  text: string,
  every = 57,
  header = "Piano di Zona 2025-2027 – Ambito Territoriale Sociale",
): Perturbed {
  const lines = text.split("\n");
  const out: string[] = [];
  const start = new Int32Array(lines.length);
  let page = 1;
  lines.forEach((line, n) => {
    if (n > 0 && n % every === 0) {
      page += 1;
      out.push(String(page), header);
    }
    start[n] = out.length;
    out.push(line);
  });
  return { text: out.join("\n"), start, end: start };
}

/** Long words at the end of a line cut by a hyphen, their end moved to the next line when it continues the sentence. */
export function hyphenate(text: string): Perturbed {
  const lines = text.split("\n");
  const start = Int32Array.from(lines.keys());
  const end = Int32Array.from(lines.keys());
  for (let n = 0; n + 1 < lines.length; n += 1) {
    const line = lines[n] ?? "";
    const next = lines[n + 1] ?? "";
    const word = /(?:^|\s)([a-zà-ù]{8,})\s*$/u.exec(line);
    if (word === null || !/^[a-zà-ù]/u.test(next)) continue;
    const whole = word[1] ?? "";
    const cut = Math.floor(whole.length / 2);
    const at = line.lastIndexOf(whole);
    lines[n] = `${line.slice(0, at)}${whole.slice(0, cut)}-`;
    lines[n + 1] = `${whole.slice(cut)} ${next}`;
    end[n] = n + 1;
    n += 1;
  }
  return { text: lines.join("\n"), start, end };
}

/** The words of a line, markup ("<ul style=…>") kept whole. */
function words(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let inTag = false;
  for (const ch of line) {
    if (ch === "<") inTag = true;
    if (ch === ">") inTag = false;
    if (ch === " " && !inTag) {
      if (current !== "") out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

/**
 * A row of a table, one line whatever the width: cells separated by tabs, a row of figures ("Iseo 4312 4680 8992
 * 516 …") or its header in capitals ("Comuni MASCHI FEMMINE TOTALE …"); or a Markdown heading.
 */
function isRow(line: string): boolean {
  if (line.includes("\t") || /^#{1,6} /u.test(line)) return true;
  const parts = words(line);
  const figures = parts.filter((word) => /^[-+]?\d[\d.,]*%?$/u.test(word)).length;
  const capitals = parts.filter((word) => /^\p{Lu}{2,}$/u.test(word)).length;
  return figures >= 3 || (capitals >= 4 && capitals * 4 >= parts.length * 3);
}

/** Every logical line broken again at `width` columns. */
export function rewrap(text: string, width: number): Perturbed {
  const lines = text.split("\n");
  const start = new Int32Array(lines.length).fill(-1);
  const end = new Int32Array(lines.length).fill(-1);
  const out: string[] = [];
  const place = (k: number, at: number): void => {
    if (start[k] === -1) start[k] = at;
    end[k] = at;
  };
  let n = 0;
  while (n < lines.length) {
    const first = lines[n] ?? "";
    if (first.trim() === "" || isRow(first)) {
      place(n, out.length);
      out.push(first);
      n += 1;
      continue;
    }
    // The logical line: this line and the following lines that start with a small letter.
    const group = [n];
    let m = n + 1;
    while (
      m < lines.length &&
      /^[a-zà-ù]/u.test(lines[m] ?? "") &&
      !isRow(lines[m] ?? "") &&
      (lines[m - 1] ?? "").trim() !== ""
    ) {
      group.push(m);
      m += 1;
    }
    const indent = /^\s*/u.exec(first)?.[0] ?? "";
    let current = indent;
    let empty = true;
    for (const k of group) {
      const parts = words(k === n ? first.slice(indent.length) : (lines[k] ?? ""));
      parts.forEach((word, i) => {
        // A line ending in a hyphen joins the next one without a space ("d’Ambito-" + "altre").
        if (i === 0 && !empty && current.endsWith("-")) {
          current += word;
        } else if (!empty && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else {
          current = empty ? current + word : `${current} ${word}`;
        }
        empty = false;
        place(k, out.length);
      });
      if (parts.length === 0) place(k, out.length);
    }
    out.push(current);
    n = m;
  }
  return { text: out.join("\n"), start, end };
}

// Layout noise that PDF-to-text tools leave between the lines of a plan: page numbers ("79", "Pag. 12",
// "- 12 -", "12 di 240") and the running header or footer printed next to them on every page.
//
// A number alone on a line is a page number only when it belongs to a chain of at least three such lines whose
// numbers grow along the document at a plausible number of lines per page: a number in a table ("56" left over from a
// split "584.956") breaks the chain and stays. A running header is a line printed next to three or more of those
// page numbers; every line identical to it is noise too. One pass to collect, a dynamic programme over a bounded
// window of predecessors, one pass to mark: linear in the number of lines.

const PAGE_NUMBER =
  /^(?:pag(?:ina|\.)?\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:di|\/|of)\s*\d{1,4})?$/i;

/** How many earlier candidates a page number may follow in its chain. */
const WINDOW = 32;
/** A chain needs this many page numbers. */
const MIN_CHAIN = 3;
/** Plausible lines per page between two page numbers of a chain. */
const MIN_LINES_PER_PAGE = 8;
const MAX_LINES_PER_PAGE = 400;
/** A running header is at most this long and at least this long (shorter lines are too common to be sure). */
const MAX_HEADER = 160;
const MIN_HEADER = 8;

interface Candidate {
  readonly line: number;
  readonly page: number;
}

/** The page number a trimmed line states, or -1. */
function pageNumberOf(trimmed: string): number {
  if (trimmed.length === 0 || trimmed.length > 24) return -1;
  const match = PAGE_NUMBER.exec(trimmed);
  if (match === null) return -1;
  const page = Number(match[1]);
  return page >= 1 ? page : -1;
}

/** Marks the noise lines of a document: 1 for a page number or running header, 0 otherwise. */
export function findNoise(lines: readonly string[]): Uint8Array {
  const noise = new Uint8Array(lines.length);
  const candidates: Candidate[] = [];
  for (let n = 0; n < lines.length; n += 1) {
    const page = pageNumberOf((lines[n] ?? "").trim());
    if (page > 0) candidates.push({ line: n, page });
  }
  if (candidates.length < MIN_CHAIN) return noise;
  // Longest chain ending at each candidate, over a bounded window of predecessors.
  const length = new Int32Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  for (let i = 0; i < candidates.length; i += 1) {
    const here = candidates[i] as Candidate;
    length[i] = 1;
    for (let j = i - 1; j >= 0 && j >= i - WINDOW; j -= 1) {
      const before = candidates[j] as Candidate;
      const pages = here.page - before.page;
      if (pages < 1 || pages > 60) continue;
      const perPage = (here.line - before.line) / pages;
      if (perPage < MIN_LINES_PER_PAGE || perPage > MAX_LINES_PER_PAGE) continue;
      if ((length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  }
  // Take chains from the longest down; a candidate already in a chain ends the walk back.
  const order = Array.from(candidates.keys()).sort((a, b) => (length[b] ?? 0) - (length[a] ?? 0) || a - b);
  const inChain = new Uint8Array(candidates.length);
  for (const end of order) {
    if ((length[end] ?? 0) < MIN_CHAIN || inChain[end] === 1) continue;
    const chain: number[] = [];
    for (let at = end; at >= 0 && inChain[at] === 0; at = previous[at] ?? -1) chain.push(at);
    if (chain.length < MIN_CHAIN) continue;
    for (const at of chain) inChain[at] = 1;
  }
  const pages: number[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    if (inChain[i] === 1) {
      const line = (candidates[i] as Candidate).line;
      noise[line] = 1;
      pages.push(line);
    }
  }
  markRunningHeaders(lines, noise, pages);
  return noise;
}

/** The text a running header is compared by: trimmed, digits (a page number in it) replaced. */
function headerKey(line: string): string {
  return line.trim().replace(/\d+/g, "#");
}

function markRunningHeaders(lines: readonly string[], noise: Uint8Array, pages: readonly number[]): void {
  if (pages.length < MIN_CHAIN) return;
  // The non-blank lines next to each page number (two on each side, within four lines).
  const near = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const step of [-1, 1]) {
      let found = 0;
      for (let n = page + step; n >= 0 && n < lines.length && Math.abs(n - page) <= 4 && found < 2; n += step) {
        const text = lines[n] ?? "";
        if (text.trim() === "" || noise[n] === 1) continue;
        found += 1;
        const key = headerKey(text);
        if (key.length >= MIN_HEADER && key.length <= MAX_HEADER) seen.add(key);
      }
    }
    for (const key of seen) near.set(key, (near.get(key) ?? 0) + 1);
  }
  const headers = new Set<string>();
  for (const [key, count] of near) if (count >= MIN_CHAIN) headers.add(key);
  if (headers.size === 0) return;
  for (let n = 0; n < lines.length; n += 1) {
    const text = lines[n] ?? "";
    if (text.length > MAX_HEADER + 40 || noise[n] === 1) continue;
    if (headers.has(headerKey(text))) noise[n] = 1;
  }
}

// Layout noise that PDF-to-text tools leave between the lines of a plan: page numbers ("79", "Pag. 12",
// "- 12 -", "12 di 240") and the running header or footer printed next to them on every page.
//
// A number alone on a line is a page number only when it belongs to a chain of at least three such lines whose
// numbers grow along the document at a plausible number of lines per page: a number in a table ("56" left over from a
// split "584.956") breaks the chain and stays. A running header is a line printed next to three or more of those
// page numbers; every line identical to it is noise too. A page number cannot exceed what the lines before it can
// fill ("2025" alone on a line, a year wrapped there, is not page 2025). One pass to collect, a dynamic programme
// over a bounded window of predecessors, one pass to mark: linear in the number of lines.

const PAGE_NUMBER = /^(?:pag(?:ina|\.)?\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:di|\/|of)\s*\d{1,4})?$/i;

/** How many earlier candidates a page number may follow in its chain. */
const WINDOW = 32;
/** A chain needs this many page numbers. */
const MIN_CHAIN = 3;
/** How many numberings of pages a document may carry. */
const MAX_CHAINS = 4;
/** Plausible lines per page between two page numbers of a chain. */
const MIN_LINES_PER_PAGE = 8;
const MAX_LINES_PER_PAGE = 400;
/** Pages a document may number before its text starts (a cover, an index printed as an image). */
const PAGES_BEFORE_TEXT = 20;
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

/** The longest chain of candidates not yet in a chain, over a bounded window of predecessors. */
function longestChain(candidates: readonly Candidate[], taken: Uint8Array): number[] {
  const length = new Int32Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  let best = -1;
  for (let i = 0; i < candidates.length; i += 1) {
    if (taken[i] === 1) continue;
    const here = candidates[i] as Candidate;
    length[i] = 1;
    for (let j = i - 1, seen = 0; j >= 0 && seen < WINDOW; j -= 1) {
      if (taken[j] === 1) continue;
      seen += 1;
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
    if (best < 0 || (length[i] ?? 0) > (length[best] ?? 0)) best = i;
  }
  const chain: number[] = [];
  for (let at = best; at >= 0; at = previous[at] ?? -1) chain.push(at);
  return chain;
}

/** Marks the noise lines of a document: 1 for a page number or running header, 0 otherwise. */
export function findNoise(lines: readonly string[]): Uint8Array {
  const noise = new Uint8Array(lines.length);
  const candidates: Candidate[] = [];
  for (let n = 0; n < lines.length; n += 1) {
    const page = pageNumberOf((lines[n] ?? "").trim());
    // Page p stands after the p - 1 pages before it, of MIN_LINES_PER_PAGE lines at least: "2025" alone on line
    // 10379 is a year wrapped onto a line of its own, not page 2025.
    if (page > 0 && page <= n / MIN_LINES_PER_PAGE + PAGES_BEFORE_TEXT) candidates.push({ line: n, page });
  }
  if (candidates.length < MIN_CHAIN) return noise;
  // Chains of page numbers, longest first: a document may carry two numberings (its own pages and those of the
  // document it was copied into), each a chain of its own. A few rounds at most, each linear.
  const inChain = new Uint8Array(candidates.length);
  for (let round = 0; round < MAX_CHAINS; round += 1) {
    const chain = longestChain(candidates, inChain);
    if (chain.length < MIN_CHAIN) break;
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
      for (
        let n = page + step;
        n >= 0 && n < lines.length && Math.abs(n - page) <= 4 && found < 2;
        n += step
      ) {
        const text = lines[n] ?? "";
        if (text.trim() === "" || noise[n] === 1) continue;
        found += 1;
        const key = headerKey(text);
        if (key.length >= MIN_HEADER && key.length <= MAX_HEADER) seen.add(key);
      }
    }
    for (const key of seen) near.set(key, (near.get(key) ?? 0) + 1);
  }
  const candidates = new Set<string>();
  for (const [key, count] of near) if (count >= MIN_CHAIN) candidates.add(key);
  if (candidates.size === 0) return;
  // A running header stands by the page breaks: most of its occurrences are next to a page number (a form's label
  // or a frequent answer that happens to sit by a few of them is not one).
  const total = new Map<string, number>();
  for (let n = 0; n < lines.length; n += 1) {
    const text = lines[n] ?? "";
    if (text.length > MAX_HEADER + 40) continue;
    const key = headerKey(text);
    if (candidates.has(key)) total.set(key, (total.get(key) ?? 0) + 1);
  }
  const headers = new Set<string>();
  for (const key of candidates) if ((near.get(key) ?? 0) * 2 > (total.get(key) ?? 0)) headers.add(key);
  if (headers.size === 0) return;
  for (let n = 0; n < lines.length; n += 1) {
    const text = lines[n] ?? "";
    if (text.length > MAX_HEADER + 40 || noise[n] === 1) continue;
    if (headers.has(headerKey(text))) noise[n] = 1;
  }
}

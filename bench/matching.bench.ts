/**
 * The title matchers over every line of a real plan (seed 000: the Gallarate Accordo di Programma and Piano di Zona,
 * 13,690 lines), each against an exact lookup of the same lines in a Map of the catalogues' titles (the line
 * trimmed and lower-cased), measured in the same run; then each matcher on a 100,000-character hostile text, the
 * kind that made 0.1.0 backtrack for seconds, against the same Map lookup of that text.
 *
 * The seed is read from `../shared/seeds` beside the checkout, found from this file's folder (so the bench runs
 * from any working directory), or from the folder named by `PDZ_SEEDS`. Usage: `npm run bench -- matching`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  FUND_CATALOG,
  FUND_IDS,
  LEPS_CATALOG,
  LEPS_IDS,
  MACRO_AREA_CATALOG,
  MACRO_AREA_CODES,
  matchFund,
  matchLeps,
  matchMacroArea,
} from "../src/catalog/index.js";
import { compare, recordGoal } from "./harness.js";

const SEEDS = process.env["PDZ_SEEDS"] ?? join(import.meta.dirname, "..", "..", "shared", "seeds");
const SEED = join(SEEDS, "000_3c31b9b69a6fcbbf.txt");

const titles = new Map<string, string>([
  ...MACRO_AREA_CODES.map((code) => [MACRO_AREA_CATALOG[code].title.toLowerCase(), code] as const),
  ...LEPS_IDS.map((id) => [LEPS_CATALOG[id].name.toLowerCase(), id] as const),
  ...FUND_IDS.map((id) => [FUND_CATALOG[id].labels.it.toLowerCase(), id] as const),
]);

/** Runs `read` over every line and counts the lines it finds something in, so that no call is optimised away. */
function overLines(lines: readonly string[], read: (line: string) => unknown): () => number {
  return () => {
    let found = 0;
    for (const line of lines) if (read(line) !== undefined) found += 1;
    return found;
  };
}

const lookup = (line: string) => titles.get(line.trim().toLowerCase());
const matchers = [
  { name: "matchMacroArea", read: (line: string) => matchMacroArea(line).code ?? undefined },
  { name: "matchLeps", read: (line: string) => matchLeps(line).code ?? undefined },
  { name: "matchFund", read: (line: string) => matchFund(line).code ?? undefined },
] as const;

if (existsSync(SEED)) {
  const lines = readFileSync(SEED, "utf8").split("\n");
  const measures = compare(`the matchers over the ${String(lines.length)} lines of seed 000`, [
    { name: "Map lookup of the trimmed, lower-cased line (exact only)", run: overLines(lines, lookup) },
    ...matchers.map(({ name, read }) => ({ name, run: overLines(lines, read) })),
  ]);
  const baseline = measures[0]?.ns ?? 1;
  for (const measure of measures.slice(1)) {
    const ratio = measure.ns / baseline;
    console.log(`${measure.name}: ${ratio.toFixed(2)}× the Map lookup (goal ≤ 3×)`);
    recordGoal({
      goal: `${measure.name} over every line of seed 000: ≤ 3× an exact Map lookup`,
      measured: `${ratio.toFixed(2)}×`,
      met: ratio <= 3,
      reproduce: "npm run bench -- matching",
    });
  }
  reportByKindOfLine(lines);
} else {
  console.log(`seed 000 not found at ${SEED}: set PDZ_SEEDS to the folder of the seeds`);
}

/**
 * The same comparison on three kinds of line, to show where the time goes: blank lines (a call's fixed cost), short
 * lines such as headings and table cells (under 40 characters), and long lines of prose (40 or more), where the
 * matchers read every character and the lower-casing of the baseline is cheapest per character. Reported only.
 */
function reportByKindOfLine(lines: readonly string[]): void {
  const kinds = [
    { kind: "blank", lines: lines.filter((line) => line.trim() === "") },
    {
      kind: "short (< 40 characters)",
      lines: lines.filter((line) => line.trim() !== "" && line.length < 40),
    },
    { kind: "long (≥ 40 characters)", lines: lines.filter((line) => line.length >= 40) },
  ];
  for (const { kind, lines: some } of kinds) {
    const measures = compare(`the matchers over the ${String(some.length)} ${kind} lines of seed 000`, [
      { name: "Map lookup", run: overLines(some, lookup) },
      ...matchers.map(({ name, read }) => ({ name, run: overLines(some, read) })),
    ]);
    const baseline = measures[0]?.ns ?? 1;
    const ratios = measures
      .slice(1)
      .map((measure) => `${measure.name} ${(measure.ns / baseline).toFixed(2)}×`);
    recordGoal({
      goal: `the matchers over the ${kind} lines of seed 000, against the Map lookup: reported`,
      measured: ratios.join(", "),
      met: null,
      reproduce: "npm run bench -- matching",
    });
  }
}

/**
 * Texts of 100,000 characters that made the 0.1.0 patterns backtrack: a label word followed by spaces
 * (`macro\s*-?\s*`, `leps\s*[:\-–]?\s*`), a run of vowels before a consonant (`/[aeiou]+$/`), and long lists.
 */
const LENGTH = 100_000;
const hostile = {
  matchMacroArea: `macro${" ".repeat(LENGTH - 6)}x`,
  matchLeps: `leps${" ".repeat(LENGTH - 5)}x`,
  matchFund: `${"a".repeat(LENGTH - 1)}b`,
} as const;
for (const { name, read } of matchers) {
  const text = hostile[name];
  const measures = compare(
    `${name} on a hostile text of ${String(text.length)} characters`,
    [
      { name: "Map lookup of the trimmed, lower-cased text", run: () => lookup(text) },
      { name, run: () => read(text) },
    ],
    { rounds: 5, roundMs: 40 },
  );
  const ms = (measures[1]?.ns ?? 0) / 1e6;
  console.log(`${name}: ${ms.toFixed(3)} ms per call (goal: well under 100 ms)`);
  recordGoal({
    goal: `${name} on a hostile 100,000-character text: well under 100 ms`,
    measured: `${ms.toFixed(3)} ms CPU`,
    met: ms < 100,
    reproduce: "npm run bench -- matching",
  });
}

/**
 * The accuracy of the reader on the four seeds of 2025-2027, measured against the records hand-encoded from them
 * (test/ingest/fixtures, written by people reading the seeds, independently of the reader): the figures of the
 * measurement test and of docs/ingest-accuracy.md (`npm run docs:ingest`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestPlanText } from "../../../src/ingest/index.js";
import type { IngestResult } from "../../../src/ingest/index.js";
import { ALTO_MILANESE_EVALUATION } from "../fixtures/alto-milanese/evaluation.js";
import { ALTO_MILANESE_SCHEDE } from "../fixtures/alto-milanese/schede.js";
import { BUSTO_ARSIZIO_EVALUATION } from "../fixtures/busto-arsizio/evaluation.js";
import { BUSTO_ARSIZIO_SCHEDE } from "../fixtures/busto-arsizio/schede.js";
import { GALLARATE_LEPS_SCHEDE } from "../fixtures/gallarate/leps-schede.js";
import { GALLARATE_SCHEDE_PART_1 } from "../fixtures/gallarate/schede-part1.js";
import { GALLARATE_SCHEDE_PART_2 } from "../fixtures/gallarate/schede-part2.js";
import { SEBINO_EVALUATION } from "../fixtures/sebino/evaluation.js";
import { SEBINO_SCHEDE } from "../fixtures/sebino/schede.js";
import type { Expected, FieldCheck, FigureCheck, ItemFigures } from "./measure.js";
import { compareEvaluation, compareLeps, compareScheda, emptyFigures } from "./measure.js";
import type { Perturbed } from "./perturb.js";
import { crlf, hyphenate, pageNoise, rewrap } from "./perturb.js";
import type { Entry } from "./project.js";
import { project } from "./project.js";

/** A seed of 2025-2027 and what was hand-encoded from it. */
export interface SeedCase {
  readonly ambito: string;
  readonly file: string;
  readonly schede: readonly Expected[];
  readonly lepsSchede: readonly Expected[];
  readonly evaluation: readonly Expected[];
}

/** The four Ambiti whose plans are seeds. */
export const SEED_CASES: readonly SeedCase[] = [
  {
    ambito: "Gallarate",
    file: "000_3c31b9b69a6fcbbf.txt",
    schede: [...GALLARATE_SCHEDE_PART_1, ...GALLARATE_SCHEDE_PART_2],
    lepsSchede: GALLARATE_LEPS_SCHEDE,
    evaluation: [],
  },
  {
    ambito: "Busto Arsizio",
    file: "001_5c2cc991c3c97c44.txt",
    schede: BUSTO_ARSIZIO_SCHEDE,
    lepsSchede: [],
    evaluation: BUSTO_ARSIZIO_EVALUATION.objectives,
  },
  {
    ambito: "Sebino",
    file: "002_3cdc37d818ab0cd4.txt",
    schede: SEBINO_SCHEDE,
    lepsSchede: [],
    evaluation: SEBINO_EVALUATION.objectives,
  },
  {
    ambito: "Alto Milanese",
    file: "004_2ecec35424157ec7.txt",
    schede: ALTO_MILANESE_SCHEDE,
    lepsSchede: [],
    evaluation: ALTO_MILANESE_EVALUATION.objectives,
  },
];

/** The folder of the seeds: `PDZ_SEEDS`, or `../shared/seeds` beside the checkout. */
export function seedsFolder(): string {
  return process.env["PDZ_SEEDS"] ?? join(import.meta.dirname, "..", "..", "..", "..", "shared", "seeds");
}

/** A seed's text, or null when the seeds are not beside the checkout. */
export function readSeed(file: string): string | null {
  const path = join(seedsFolder(), file);
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

/** What was measured on one seed. */
export interface SeedAccuracy {
  readonly ambito: string;
  readonly file: string;
  readonly lineCount: number;
  readonly schedeExpected: number;
  readonly schedeFound: number;
  /** Schede read where the hand encoding has none. */
  readonly schedeInvented: number;
  readonly fields: number;
  readonly fieldsRight: number;
  readonly fieldsUnread: number;
  readonly items: ItemFigures;
  readonly lepsExpected: number;
  readonly lepsFound: number;
  readonly figures: number;
  readonly figuresRight: number;
  /** Every field or figure not right: wrong, invented or unread. */
  readonly misses: readonly Miss[];
}

/** One value not read right. */
export interface Miss {
  readonly where: string;
  readonly field: string;
  readonly kind: "wrong" | "invented" | "unread";
  readonly expected: unknown;
  readonly actual: unknown;
}

function overlaps(a: readonly number[], b: readonly number[]): number {
  return Math.max(0, Math.min(a[1] ?? 0, b[1] ?? 0) - Math.max(a[0] ?? 0, b[0] ?? 0) + 1);
}

/** The read record whose lines overlap the hand-encoded record's lines most (each read record used once). */
function pair<T>(
  expected: readonly Expected[],
  read: readonly T[],
  linesOf: (t: T) => readonly number[],
): (T | undefined)[] {
  const used = new Set<number>();
  return expected.map((e) => {
    let best = -1;
    let most = 0;
    read.forEach((r, k) => {
      const overlap = used.has(k) ? 0 : overlaps(e.source, linesOf(r));
      if (overlap > most) {
        most = overlap;
        best = k;
      }
    });
    if (best < 0) return undefined;
    used.add(best);
    return read[best];
  });
}

function missOf(check: FieldCheck): Miss {
  return {
    where: check.scheda,
    field: check.field,
    kind: check.invented ? "invented" : check.unread ? "unread" : "wrong",
    expected: check.expected,
    actual: check.actual,
  };
}

/** Measures one reading of a seed against its hand-encoded records. */
export function measure(seed: SeedCase, result: IngestResult): SeedAccuracy {
  const items = emptyFigures();
  const checks: FieldCheck[] = [];
  const misses: Miss[] = [];
  const schede = pair(seed.schede, result.schede, (s) => s.draft.source.lines);
  seed.schede.forEach((e, k) => {
    const name = `scheda ${String(e.code)} (L${String(e.source[0])})`;
    const read = schede[k];
    if (read === undefined) {
      misses.push({ where: name, field: "scheda", kind: "unread", expected: e.title, actual: null });
      return;
    }
    checks.push(...compareScheda(name, e, read.draft, items));
  });
  const leps = pair(seed.lepsSchede, result.lepsSchede, (s) => s.draft.source.lines);
  seed.lepsSchede.forEach((e, k) => {
    const name = `LEPS ${String(e.leps)} (L${String(e.source[0])})`;
    const read = leps[k];
    if (read === undefined) {
      misses.push({ where: name, field: "scheda", kind: "unread", expected: e.title, actual: null });
      return;
    }
    checks.push(...compareLeps(name, e, read.draft));
  });
  const fieldChecks = checks.filter(
    (c) => !c.field.startsWith("item:") || c.field === "item:targets" || c.field === "item:indicators",
  );
  misses.push(...checks.filter((c) => !c.right && c.field !== "item:targets").map(missOf));
  const figures: FigureCheck[] = compareEvaluation(seed.evaluation, result.evaluation?.objectives ?? []);
  for (const f of figures) {
    if (!f.right) {
      misses.push({
        where: `evaluation ${f.objective}`,
        field: f.figure,
        kind: f.invented ? "invented" : f.actual === null || f.actual === undefined ? "unread" : "wrong",
        expected: f.expected,
        actual: f.actual,
      });
    }
  }
  const readSchedeLines = new Set(schede.filter((s) => s !== undefined));
  return {
    ambito: seed.ambito,
    file: seed.file,
    lineCount: result.lineCount,
    schedeExpected: seed.schede.length,
    schedeFound: schede.filter((s) => s !== undefined).length,
    schedeInvented: result.schede.filter((s) => !readSchedeLines.has(s)).length,
    fields: fieldChecks.length,
    fieldsRight: fieldChecks.filter((c) => c.right).length,
    fieldsUnread: fieldChecks.filter((c) => c.unread).length,
    items,
    lepsExpected: seed.lepsSchede.length,
    lepsFound: leps.filter((s) => s !== undefined).length,
    figures: figures.length,
    figuresRight: figures.filter((f) => f.right).length,
    misses,
  };
}

/** Reads a seed and measures the reading; null when the seeds are not beside the checkout. */
export function measureSeed(seed: SeedCase): SeedAccuracy | null {
  const text = readSeed(seed.file);
  return text === null ? null : measure(seed, ingestPlanText(text, { document: seed.file }));
}

/** A layout perturbation of the seeds' text (test/ingest/support/perturb.ts). */
export interface Perturbation {
  readonly name: string;
  readonly apply: (text: string) => Perturbed;
}

/** The perturbations measured: CRLF, page noise, hyphenation, re-wrapping at two widths. */
export const PERTURBATIONS: readonly Perturbation[] = [
  { name: "CRLF line ends", apply: crlf },
  { name: "page numbers and running headers every 57 lines", apply: (text) => pageNoise(text) },
  { name: "long words hyphenated across lines", apply: hyphenate },
  { name: "re-wrapped at 120 columns", apply: (text) => rewrap(text, 120) },
  { name: "re-wrapped at 70 columns", apply: (text) => rewrap(text, 70) },
];

/** How much of a reading survives a perturbation. */
export interface NoiseFigures {
  readonly ambito: string;
  readonly perturbation: string;
  /** Values of the reading of the seed as printed. */
  readonly values: number;
  /** Of those, read again with the same value. */
  readonly kept: number;
  /** Values with lines: their lines in the perturbed text lie within the lines the original lines went to. */
  readonly located: number;
  readonly locatedRight: number;
  /** Values read from the perturbed text only. */
  readonly added: number;
  /** The first values lost, changed or added ("-" lost or changed, "+" added, "@" lines). */
  readonly examples: readonly string[];
}

/** Reads a seed as printed and perturbed, and compares the two readings value by value. */
export function measureNoise(
  seed: SeedCase,
  text: string,
  base: readonly Entry[],
  perturbation: Perturbation,
): NoiseFigures {
  const perturbed = perturbation.apply(text);
  const read = project(ingestPlanText(perturbed.text, { document: seed.file }));
  const byKey = new Map(read.map((entry) => [entry.key, entry]));
  const baseKeys = new Set(base.map((entry) => entry.key));
  const examples: string[] = [];
  let kept = 0;
  let located = 0;
  let locatedRight = 0;
  for (const entry of base) {
    const again = byKey.get(entry.key);
    if (again?.value === entry.value) kept += 1;
    else
      examples.push(
        `- ${entry.key} = ${entry.value.slice(0, 60)} → ${again?.value.slice(0, 60) ?? "(absent)"}`,
      );
    if (entry.lines === null) continue;
    located += 1;
    const from = (perturbed.start[entry.lines[0] - 1] ?? -2) + 1;
    const to = (perturbed.end[entry.lines[1] - 1] ?? -2) + 1;
    if (again?.lines != null && again.lines[0] >= from && again.lines[1] <= to) locatedRight += 1;
    else
      examples.push(
        `@ ${entry.key} lines ${String(from)}-${String(to)} → ${again?.lines?.join("-") ?? "(none)"}`,
      );
  }
  const added = read.filter((entry) => !baseKeys.has(entry.key));
  for (const entry of added) examples.push(`+ ${entry.key} = ${entry.value.slice(0, 60)}`);
  return {
    ambito: seed.ambito,
    perturbation: perturbation.name,
    values: base.length,
    kept,
    located,
    locatedRight,
    added: added.length,
    examples: examples.slice(0, 5),
  };
}

/**
 * The reader's work grows with its input, not with its square: doubling a long item, a long line or a run of blank
 * lines, bullets or labels doubles the time, it does not quadruple it. No wall-clock threshold: each check compares
 * one size with four times that size, and fails when the time grows sixteenfold (quadratic) rather than fourfold.
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import { splitItems } from "../../src/ingest/_items.js";
import { verbatim } from "../../src/ingest/_passage.js";
import { readSeed, SEED_CASES } from "./support/accuracy.js";

/** The best of three runs, in milliseconds. */
function bestTime(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Times `run` on inputs of `size` and of four times `size`: the larger may take up to ten times as long (four
 * times, plus noise), never sixteen. Quick calls (under 30 ms) are not judged: noise.
 */
function expectLinear(make: (size: number) => string, run: (text: string) => unknown, size: number): void {
  const small = make(size);
  const large = make(size * 4);
  const smallMs = bestTime(() => run(small));
  const largeMs = bestTime(() => run(large));
  if (largeMs < 30) return;
  expect(
    largeMs,
    `${String(size)} chars: ${smallMs.toFixed(0)} ms; ×4: ${largeMs.toFixed(0)} ms`,
  ).toBeLessThan(10 * Math.max(smallMs, 3));
}

const runItems = (text: string): unknown => splitItems(text, 0, text.length);

describe("items of a box are split in linear time", () => {
  it("one long item of lines continued in small letters", () => {
    expectLinear((n) => fill("realizzare e diffondere uno strumento condiviso\n", n), runItems, 100_000);
  });

  it("one long line, no line break", () => {
    expectLinear((n) => fill("incremento 30% degli utenti ", n), runItems, 100_000);
  });

  it("blank lines between lines, bullets only, numbers only", () => {
    expectLinear((n) => fill("a\n \n", n), runItems, 100_000);
    expectLinear((n) => fill("•\n", n), runItems, 100_000);
    expectLinear((n) => fill("1.\n", n), runItems, 100_000);
  });

  it("still cuts where it did: a finished sentence, a blank line before a capital, an abbreviation kept", () => {
    const text = "Primo punto concluso.\nSecondo punto, n.\n3 utenti\n\nTerzo punto";
    expect(splitItems(text, 0, text.length).map((item) => text.slice(item.from, item.to).trim())).toEqual([
      "Primo punto concluso.",
      "Secondo punto, n.\n3 utenti",
      "Terzo punto",
    ]);
  });
});

describe("a box's text is joined in linear time", () => {
  it("many short lines, words hyphenated across lines", () => {
    expectLinear((n) => fill("programma-\nzione\n", n), verbatim, 100_000);
    expectLinear((n) => fill("abcd-\n", n), verbatim, 100_000);
    expect(verbatim("program-\nmazione co-\nprogrammazione")).toBe("programmazione co-programmazione");
  });
});

describe("a scheda with a box of a megabyte's worth of text is read in linear time", () => {
  const seed = readSeed(SEED_CASES[0]?.file ?? "");
  const at = seed?.indexOf("TITOLO INTERVENTO") ?? -1;
  const scheda = seed === null || at < 0 ? null : seed.slice(at, seed.indexOf("TITOLO INTERVENTO", at + 1));
  /** The scheda with `filler` after the first label `label`. */
  const withFiller = (label: string, filler: string): string => {
    const text = scheda ?? "";
    const k = text.indexOf(label) + label.length;
    return `${text.slice(0, k)}\n${filler}\n${text.slice(k)}`;
  };
  const cases: [string, string, string][] = [
    [
      "lines continued in small letters, in the results",
      "RAGGIUNGERE?",
      "incremento del numero di incontri 20%\n",
    ],
    ["lines continued in small letters, in the actions", "AZIONI PROGRAMMATE", "realizzare uno strumento\n"],
    ["one long line, in the results", "RAGGIUNGERE?", "incremento 30% degli utenti "],
    ["bullets on lines of their own", "RAGGIUNGERE?", "•\n"],
    ["blank lines between lines", "RAGGIUNGERE?", "a\n \n"],
    ["the results' label again and again", "RAGGIUNGERE?", "QUALI RISULTATI VUOLE RAGGIUNGERE\n"],
    ["a row of counts on one line, in the results", "RAGGIUNGERE?", "n. luoghi individuati e n. 4 incontri "],
    ["a row of counts on one line, in the actions box", "ADOTTATE?", "N. di reti attivate N di comuni "],
  ];
  for (const [name, label, unit] of cases) {
    it.skipIf(scheda === null)(name, () => {
      expectLinear(
        (n) => withFiller(label, fill(unit, n)),
        (text) => ingestPlanText(text),
        25_000,
      );
    });
  }

  it.skipIf(scheda === null)("a megabyte of it is read, and the scheda found", () => {
    const text = withFiller("RAGGIUNGERE?", fill("incremento del numero di incontri 20%\n", 1_000_000));
    expect(ingestPlanText(text).schede).toHaveLength(1);
  });
});

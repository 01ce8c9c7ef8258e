/**
 * The reader measured on the four seeds of 2025-2027 against their hand-encoded records, and read again under
 * layout noise: docs/ingest-accuracy.md is the current rendering of these figures (`npm run docs:ingest`). Every goal
 * the reader meets is asserted, with floors where it reads more than the goal asks.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Measurements } from "../../scripts/ingest-accuracy-doc.js";
import { DOC, invented, measureAll, renderAccuracyDoc } from "../../scripts/ingest-accuracy-doc.js";
import { SEED_CASES, readSeed } from "./support/accuracy.js";

const present = SEED_CASES.every((seed) => readSeed(seed.file) !== null);

describe.skipIf(!present)("ingestPlanText on the seeds", () => {
  let measured: Measurements;
  beforeAll(() => {
    const all = measureAll();
    if (all === null) throw new Error("seeds missing");
    measured = all;
  }, 120_000);

  const seed = (ambito: string) => {
    const found = measured.seeds.find((s) => s.ambito === ambito);
    if (found === undefined) throw new Error(ambito);
    return found;
  };
  const noise = (perturbation: string) =>
    measured.noise.filter((row) => row.perturbation.startsWith(perturbation));

  it("docs/ingest-accuracy.md shows the current figures (run `npm run docs:ingest` after a change)", () => {
    expect(readFileSync(DOC, "utf8")).toBe(renderAccuracyDoc(measured));
  });

  it("finds every scheda of every seed, and every LEPS scheda of Gallarate", () => {
    for (const s of measured.seeds) expect(s.schedeFound, s.ambito).toBe(s.schedeExpected);
    expect(seed("Gallarate").schedeExpected).toBe(19);
    expect(seed("Sebino").schedeExpected).toBe(18);
    expect(seed("Gallarate").lepsFound).toBe(seed("Gallarate").lepsExpected);
    expect(seed("Gallarate").lepsExpected).toBe(10);
  });

  it("reads no scheda that is not in the plan", () => {
    for (const s of measured.seeds) expect(s.schedeInvented, s.ambito).toBe(0);
  });

  it("reads every figure of the ex-post evaluation grids right (Busto Arsizio, Alto Milanese)", () => {
    for (const ambito of ["Busto Arsizio", "Alto Milanese"]) {
      const s = seed(ambito);
      expect(s.figures, ambito).toBeGreaterThan(40);
      expect(s.figuresRight, ambito).toBe(s.figures);
    }
  });

  it("reads at least 95% of Gallarate's fields right, every amount and fund, and every action", () => {
    const s = seed("Gallarate");
    expect(s.fieldsRight / s.fields).toBeGreaterThanOrEqual(0.95);
    expect(s.items.amountsRight).toBe(s.items.amountsExpected);
    expect(s.items.amountsInvented).toBe(0);
    expect(s.items.fundsRight).toBe(s.items.fundsExpected);
    expect(s.items.actionsRight).toBe(s.items.actionsExpected);
  });

  it("reads at least 95% of Sebino's fields right and every fund its schede name", () => {
    const s = seed("Sebino");
    expect(s.fieldsRight / s.fields).toBeGreaterThanOrEqual(0.95);
    expect(s.items.fundsRight).toBe(s.items.fundsExpected);
  });

  it("types the result targets right: at least 97% of Gallarate's, 95% of Busto Arsizio's, 60% of the others'", () => {
    const floors: Readonly<Record<string, number>> = {
      Gallarate: 100,
      "Busto Arsizio": 119,
      Sebino: 22,
      "Alto Milanese": 14,
    };
    for (const s of measured.seeds) {
      expect(s.items.targetsRight, s.ambito).toBeGreaterThanOrEqual(floors[s.ambito] ?? Infinity);
      expect(s.items.targetsInvented, s.ambito).toBeLessThanOrEqual(2);
    }
  });

  it("reads the same values, with lines into the perturbed text, through CRLF line ends and page noise", () => {
    for (const row of [...noise("CRLF"), ...noise("page numbers")]) {
      const name = `${row.ambito}: ${row.perturbation}`;
      expect(row.kept, name).toBe(row.values);
      expect(row.locatedRight, name).toBe(row.located);
      expect(row.added, name).toBe(0);
    }
  });

  it("reads the same values, with lines into the perturbed text, through hyphenated words on every seed", () => {
    for (const row of noise("long words")) {
      expect([row.kept, row.locatedRight, row.added], row.ambito).toEqual([row.values, row.located, 0]);
    }
  });

  it("reads the fields, funds and actions of Busto Arsizio, Sebino and Alto Milanese at least as well as before", () => {
    const floors: Record<string, readonly [number, number, number]> = {
      // fields right, funds right, actions right
      "Busto Arsizio": [594, 51, 111],
      Sebino: [538, 14, 47],
      "Alto Milanese": [455, 19, 33],
    };
    for (const [ambito, [fields, funds, actions]] of Object.entries(floors)) {
      const s = seed(ambito);
      expect(s.fieldsRight, ambito).toBeGreaterThanOrEqual(fields);
      expect(s.items.fundsRight, ambito).toBeGreaterThanOrEqual(funds);
      expect(s.items.actionsRight, ambito).toBeGreaterThanOrEqual(actions);
    }
    // Every fund Alto Milanese's schede name is read.
    expect(seed("Alto Milanese").items.fundsRight).toBe(seed("Alto Milanese").items.fundsExpected);
  });

  it("reads every amount and fund of Busto Arsizio", () => {
    const s = seed("Busto Arsizio");
    expect(s.items.amountsRight).toBe(s.items.amountsExpected);
    expect(s.items.amountsInvented).toBe(0);
    expect(s.items.fundsRight).toBe(s.items.fundsExpected);
  });

  it("reads at least 95% of Gallarate's, Busto Arsizio's and Alto Milanese's fields right, and invents no value there", () => {
    const floors: Readonly<Record<string, number>> = {
      Gallarate: 664,
      "Busto Arsizio": 594,
      "Alto Milanese": 455,
    };
    for (const [ambito, floor] of Object.entries(floors)) {
      const s = seed(ambito);
      expect(s.fieldsRight, ambito).toBeGreaterThanOrEqual(floor);
      expect(s.fieldsRight / s.fields, ambito).toBeGreaterThanOrEqual(0.95);
      expect(invented(s), ambito).toBe(0);
    }
  });

  it("reads at least 95% of fields right on every seed", () => {
    for (const s of measured.seeds) expect(s.fieldsRight / s.fields, s.ambito).toBeGreaterThanOrEqual(0.95);
  });

  it("invents no value", () => {
    for (const s of measured.seeds) expect(invented(s), s.ambito).toBe(0);
  });

  it("reads the same values, with lines into the perturbed text, through re-wrapping at 120 and 70 columns on every seed", () => {
    for (const row of [...noise("re-wrapped at 120"), ...noise("re-wrapped at 70")]) {
      const name = `${row.ambito}: ${row.perturbation}`;
      expect([row.kept, row.locatedRight, row.added], name).toEqual([row.values, row.located, 0]);
    }
  });

  it("reads the same values through re-wrapping on every seed", () => {
    for (const row of measured.noise) expect(row.kept, `${row.ambito}: ${row.perturbation}`).toBe(row.values);
  });
});

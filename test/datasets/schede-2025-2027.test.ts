import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027 as altoMilanese,
  BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027 as bustoArsizio,
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_LEPS_SCHEDE_2025_2027 as gallarateLeps,
  GALLARATE_SCHEDA_OBIETTIVO_L,
  GALLARATE_SCHEDE_OBIETTIVO_2025_2027 as gallarate,
  SEBINO_SCHEDE_OBIETTIVO_2025_2027 as sebino,
} from "../../src/datasets/index.js";
import { DOCUMENTS } from "../../src/datasets/_sources.js";
import {
  safeParseLepsScheda,
  safeParseLepsSchedaDraft,
  safeParseSchedaObiettivo,
  safeParseSchedaObiettivoDraft,
} from "../../src/index.js";

// Figures: seed 000 (Gallarate) L3812-13428, seed 001 (Busto Arsizio) L1653-2838, seed 002 (Sebino) L3829-8678,
// seed 004 (Alto Milanese) L982-1746.

type Lines = readonly [number, number];

const SCHEDE = [
  { name: "Gallarate", records: gallarate, document: DOCUMENTS.gallarate, count: 19, strict: 10 },
  { name: "Busto Arsizio", records: bustoArsizio, document: DOCUMENTS.bustoArsizio, count: 20, strict: 14 },
  { name: "Sebino", records: sebino, document: DOCUMENTS.sebino, count: 18, strict: 2 },
  { name: "Alto Milanese", records: altoMilanese, document: DOCUMENTS.altoMilanese, count: 15, strict: 0 },
] as const;

// Every `lines` pair anywhere in a record (the record's own source included).
function allLines(value: unknown, found: Lines[] = []): Lines[] {
  if (Array.isArray(value)) {
    for (const item of value) allLines(item, found);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "lines" && Array.isArray(item) && item.length === 2 && item.every(Number.isInteger)) {
        found.push(item as unknown as Lines);
      } else allLines(item, found);
    }
  }
  return found;
}

function byCode<T extends { readonly code: string }>(records: readonly T[], code: string): T {
  const found = records.find((record) => record.code === code);
  if (found === undefined) throw new Error(`no scheda ${code}`);
  return found;
}

describe.each(SCHEDE)("the schede obiettivo 2025-2027 of $name", ({ records, document, count, strict }) => {
  it("holds every scheda of the seed, each a valid draft, and counts the complete ones", () => {
    expect(records).toHaveLength(count);
    for (const record of records) {
      const result = safeParseSchedaObiettivoDraft(record);
      expect(result.success ? [] : result.issues.map((issue) => issue.path.join("."))).toEqual([]);
    }
    expect(records.filter((record) => safeParseSchedaObiettivo(record).success)).toHaveLength(strict);
  });

  it("cites its document once per record, with every part's lines inside the record's range", () => {
    for (const record of records) {
      expect(record.source?.document).toBe(document);
      const [first = 0, last = 0] = record.source?.lines ?? [];
      expect(first).toBeLessThanOrEqual(last);
      for (const [from, to] of allLines(record)) {
        expect([from, to, from <= to && from >= first && to <= last]).toEqual([from, to, true]);
      }
      if (record.budget?.source !== undefined) expect(record.budget.source.document).toBe(document);
    }
  });

  it("is plain JSON, deep-frozen", () => {
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
    expect(Object.isFrozen(records)).toBe(true);
    expect(Object.isFrozen(records[0]?.targets?.[0])).toBe(true);
    expect(() => {
      (records as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe("GALLARATE_SCHEDE_OBIETTIVO_2025_2027", () => {
  it("gives the printed totals: 2.630.000 for 1-F, 1.329.000 for G-R, none for 4", () => {
    const total = (codes: string[]) =>
      codes.reduce((sum, code) => sum + Number(byCode(gallarate, code).budget?.total ?? 0), 0);
    expect(total(["1", "2", "3", "C", "A", "D", "E", "F"])).toBe(2_630_000);
    expect(total(["G", "H", "I", "L", "M", "N", "O", "P", "Q", "R"])).toBe(1_329_000);
    expect(byCode(gallarate, "D").budget?.total).toBe("1480000"); // L6030
    const four = byCode(gallarate, "4");
    expect(four.budget?.total).toBeNull();
    expect(four.budget?.lines.map((line) => [line.amount, line.lines])).toEqual([
      ["240000", [4788, 4788]],
      ["18000", [4789, 4789]],
    ]);
  });

  it("types the results: scheda 4's convention depends on its feasibility study (L5084-5094)", () => {
    const targets = byCode(gallarate, "4").targets ?? [];
    expect(targets.map((target) => [target.id, target.kind, target.condition?.target])).toEqual([
      ["R-1", "deliverable", undefined],
      ["R-2", "deliverable", "R-1"],
      ["R-3", "deliverable", "R-1"],
    ]);
    expect(byCode(gallarate, "4").leps).toEqual(["pronto-intervento-sociale"]);
  });

  it("agrees with the hand-made objective L on its range, total and targets", () => {
    const l = byCode(gallarate, "L");
    expect(l.source?.lines).toEqual(GALLARATE_SCHEDA_OBIETTIVO_L.source?.lines);
    expect(l.budget?.total).toBe("30000");
    expect(l.transversal?.areas).toEqual(["A", "B", "G"]);
    expect(l.targets?.map((target) => target.id)).toEqual(
      GALLARATE_SCHEDA_OBIETTIVO_L.targets?.map((target) => target.id),
    );
  });

  it("leaves the home area of the four transversal objectives unstated", () => {
    expect(gallarate.filter((scheda) => scheda.policyArea === null).map((scheda) => scheda.code)).toEqual([
      "1",
      "2",
      "3",
      "4",
    ]);
  });

  it("marks the objectives transversal to every area, as printed without letters (L3812-4374, L9718-9987)", () => {
    expect(
      gallarate.filter((scheda) => scheda.transversal?.allAreas === true).map((scheda) => scheda.code),
    ).toEqual(["1", "2", "R"]);
  });
});

describe("GALLARATE_LEPS_SCHEDE_2025_2027", () => {
  it("holds the five schede of the Ambiti and the ASST's five, each a valid draft", () => {
    expect(gallarateLeps.map((scheda) => [scheda.author, scheda.leps, scheda.source?.lines])).toEqual([
      ["ambiti", "dimissioni-protette", [10128, 10703]],
      ["ambiti", "incremento-sad", [10708, 11064]],
      ["ambiti", "valutazione-multidimensionale-progetto-personalizzato", [11065, 11376]],
      ["ambiti", "prevenzione-allontanamento-familiare", [11380, 11791]],
      ["ambiti", "pua-integrati-uvm", [11792, 12096]],
      ["asst", "dimissioni-protette", [12107, 12406]],
      ["asst", "incremento-sad", [12410, 12669]],
      ["asst", "valutazione-multidimensionale-progetto-personalizzato", [12673, 12936]],
      ["asst", "prevenzione-allontanamento-familiare", [12953, 13202]],
      ["asst", "pua-integrati-uvm", [13207, 13428]],
    ]);
    for (const scheda of gallarateLeps) {
      expect(safeParseLepsSchedaDraft(scheda).success).toBe(true);
      expect(scheda.source?.document).toBe(DOCUMENTS.gallarate);
      const [first = 0, last = 0] = scheda.source?.lines ?? [];
      for (const [from, to] of allLines(scheda)) expect(from >= first && to <= last && from <= to).toBe(true);
    }
    // The Ambiti's VM scheda prints its third indicator without yearly targets (L11360-11376).
    expect(gallarateLeps.filter((scheda) => safeParseLepsScheda(scheda).success)).toHaveLength(9);
    expect(gallarateLeps.filter((scheda) => scheda.budget === null).map((scheda) => scheda.author)).toEqual([
      "asst",
      "asst",
      "asst",
      "asst",
      "asst",
    ]);
    expect(JSON.parse(JSON.stringify(gallarateLeps))).toEqual(gallarateLeps);
    expect(Object.isFrozen(gallarateLeps[0]?.indicators)).toBe(true);
  });

  it("gives the SAD indicators the thresholds of the hand-made scheda (≥ 50%, ≥ 75%, 100%)", () => {
    const sad = gallarateLeps[1];
    const thresholds = sad?.indicators.map((indicator) =>
      indicator.targets.map((target) => [
        target.year,
        "thresholdPercent" in target ? target.thresholdPercent : null,
      ]),
    );
    expect(thresholds?.[0]).toEqual([
      [2025, "50"],
      [2026, "75"],
      [2027, "100"],
    ]);
    expect(sad?.indicators[0]?.lines).toEqual(GALLARATE_LEPS_SCHEDA_SAD.indicators[0]?.sources?.[0]?.lines);
  });
});

describe("BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027", () => {
  it("keeps scheda 1's yearly Fondo Povertà amounts, without a triennial total (L1668)", () => {
    const budget = byCode(bustoArsizio, "1").budget;
    expect(budget?.total).toBeNull();
    expect(budget?.lines.map((line) => [line.fund, line.amount, line.printed])).toEqual([
      ["fondo-poverta", "85000", "85.000 euro annui"],
      ["fondo-poverta", "30000", "30.000 euro/anno"],
    ]);
  });

  it("names the LEPS of six schede and types the SAD ratio targets (L2089)", () => {
    expect(bustoArsizio.map((scheda) => scheda.leps ?? []).flat()).toEqual([
      "valutazione-multidimensionale-progetto-personalizzato",
      "pronto-intervento-sociale",
      "dimissioni-protette",
      "incremento-sad",
      "prevenzione-allontanamento-familiare",
      "pua-integrati-uvm",
    ]);
    const sad = (byCode(bustoArsizio, "8").targets ?? []).slice(0, 3);
    expect(
      sad.map((target) => [target.id, target.kind === "share-at-least" ? target.minPercent : null]),
    ).toEqual([
      ["I1-2025", "50"],
      ["I1-2026", "75"],
      ["I1-2027", "100"],
    ]);
    expect(bustoArsizio.reduce((sum, scheda) => sum + (scheda.targets?.length ?? 0), 0)).toBe(125);
  });
});

describe("SEBINO_SCHEDE_OBIETTIVO_2025_2027", () => {
  it("marks the ASST's seven PPT cards and keeps the two blank titles (L5132, L5628)", () => {
    expect(
      sebino.map((scheda) => `${scheda.code}:${scheda.form === "ppt-dgr-2089" ? "ppt" : "pdz"}`),
    ).toEqual([
      ...["O1", "O2", "O3", "O4", "O5", "O6"].map((code) => `${code}:pdz`),
      ...["P13", "P14", "P15", "P24", "P25", "P26", "P29"].map((code) => `${code}:ppt`),
      ...["S1", "S2", "S3", "S4", "S5"].map((code) => `${code}:pdz`),
    ]);
    expect(sebino.filter((scheda) => scheda.title === null).map((scheda) => scheda.code)).toEqual([
      "O4",
      "O5",
    ]);
    expect(byCode(sebino, "P29").leps).toEqual(["dimissioni-protette"]);
  });

  it("types O1's results: 3 experiences in each Ambito, 200 mila euro, a mean of 70 young people a year", () => {
    expect(byCode(sebino, "O1").targets).toEqual([
      expect.objectContaining({
        id: "R-1",
        kind: "count-at-least",
        min: 3,
        scope: "per-ambito",
        lines: [4180, 4182],
      }),
      expect.objectContaining({
        id: "R-2",
        kind: "amount-at-least",
        min: "200000",
        unit: "euro",
        due: "2027-12-31",
      }),
      expect.objectContaining({ id: "R-3", kind: "count-at-least", min: 70, per: "year", aggregate: "mean" }),
    ]);
  });
});

describe("ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027", () => {
  it("states no home area, restarts its codes by section and names one to four LEPS", () => {
    expect(altoMilanese.every((scheda) => scheda.policyArea === null)).toBe(true);
    expect(altoMilanese.map((scheda) => scheda.code).join("")).toBe("123412341234123");
    expect(altoMilanese[1]?.lepsPrinted?.map((leps) => leps.text)).toEqual([
      "PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE",
      "SERVIZI DI SOLLIEVO ALLE FAMIGLIE",
      "SERVIZI DI SOSTEGNO",
    ]);
    // Three forms have no RISORSE ECONOMICHE field.
    expect(altoMilanese.flatMap((scheda, index) => (scheda.budget === null ? [index] : []))).toEqual([
      0, 1, 14,
    ]);
  });

  it("reads the permanent table's quarterly meetings as one per quarter (L1743)", () => {
    expect(altoMilanese[14]?.targets?.[0]).toEqual(
      expect.objectContaining({
        id: "P-1",
        kind: "count-at-least",
        min: 1,
        per: "quarter",
        lines: [1743, 1743],
      }),
    );
  });
});

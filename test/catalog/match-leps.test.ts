import { describe, expect, it } from "vitest";
import { describeMatcher } from "./support/matcher-contract.js";
import { LEPS_CATALOG, LEPS_IDS } from "../../src/catalog/leps.js";
import { matchLeps, matchLepsList } from "../../src/catalog/match-leps.js";

describe("matchLeps", () => {
  it("matches every official name, upper-cased", () => {
    for (const id of LEPS_IDS) {
      const m = matchLeps(LEPS_CATALOG[id].name.toUpperCase());
      expect([m.code, m.confidence]).toEqual([id, "exact"]);
    }
  });

  it.each([
    [
      "OFFERTA INTEGRATA DI INTERVENTI E SERVIZI SECONDO LE MODALITÀ COORDINATE DEFINITE DALLE REGIONI E PROVINCE AUTONOME",
      "offerta-integrata",
    ], // seed 004 L983 ("province")
    ["SERVIZI DI SOSTEGNO", "servizi-sostegno"], // seed 004 L1066
    [
      "Servizi per l'accesso, la valutazione e i sostegni da individuare nel progetto individualizzato",
      "accesso-valutazione-sostegni",
    ], // seed 004 L1627
    ["L3. Servizi Sociali per le dimissioni protette", "dimissioni-protette"], // seed 004 L1359
    ["PUA integrati e UVM", "pua-integrati-uvm"],
    ["Residenza fittizia", "residenza-fittizia"],
  ])("%s → %s", (text, id) => {
    expect(matchLeps(text).code).toBe(id);
  });

  it("ignores the local L-numbers, which the seeds use inconsistently (seed 004 L1359 vs L1474)", () => {
    const asL3 = matchLeps("L3. Servizi Sociali per le dimissioni protette");
    const asL2 = matchLeps("L2. Servizi sociali per le dimissioni protette");
    expect(asL3.code).toBe("dimissioni-protette");
    expect(asL2.code).toBe("dimissioni-protette");
    expect([asL3.prefix, asL2.prefix]).toEqual(["L3", "L2"]);
    expect(asL2.warnings.map((w) => w.code)).toEqual(["local_number_ignored"]);
  });

  it("reads 'PUA integrazione e UVM' (seed 004 L1474) as a fuzzy match", () => {
    const m = matchLeps("L4. PUA integrazione e UVM: incremento operatori");
    expect([m.code, m.confidence]).toEqual(["pua-integrati-uvm", "fuzzy"]);
  });

  it("returns no match for unrelated text and never throws", () => {
    expect(matchLeps("Tavolo casa-lavoro").code).toBeNull();
    expect(matchLeps(42 as unknown as string).code).toBeNull();
  });
});

describe("matchLepsList", () => {
  it("splits a cell on its local numbers (seed 004 L1389, L1506)", () => {
    const cell =
      "LEPS: L3. SERVIZI SOCIALI PER LE DIMISSIONI PROTETTE L4. PUA INTEGRATI E UVM: INCREMENTO OPERATORI SOCIALI L5. INCREMENTO SAD";
    expect(matchLepsList(cell).map((m) => [m.prefix, m.code])).toEqual([
      ["L3", "dimissioni-protette"],
      ["L4", "pua-integrati-uvm"],
      ["L5", "incremento-sad"],
    ]);
    const html =
      "<p>L1. Valutazione multidimensionale e progetto personalizzato</p> <p>L4. PUA integrazione e UVM: incremento operatori sociali</p>";
    expect(matchLepsList(html).map((m) => m.code)).toEqual([
      "valutazione-multidimensionale-progetto-personalizzato",
      "pua-integrati-uvm",
    ]);
  });

  it("gives one result for a cell without numbers, none for an empty one", () => {
    expect(matchLepsList("Incremento SAD").map((m) => m.code)).toEqual(["incremento-sad"]);
    expect(matchLepsList("")).toEqual([]);
  });
});

describe("matchLeps on the LEPS headings of seed 001", () => {
  it.each([
    ["- LEPS – PRONTO INTERVENTO SOCIALE (PIS)", "pronto-intervento-sociale"], // L1650
    ["- del LEPS Pronto intervento sociale – PIS", "pronto-intervento-sociale"], // L1365
    ["LEPS – PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE (PIPPI)", "prevenzione-allontanamento-familiare"], // L2295
  ])("%s → %s", (text, id) => {
    expect(matchLeps(text).code).toBe(id);
  });

  it.each([
    // Labelled LEPS by the plan, but not LEPS of the DGR tables (interventions and projects).
    "- LEPS – CENTRO SERVIZI", // L1651
    "**LEPS – AGENZIA DELL'ABITARE**", // L1822
    "**LEPS – HOUSING FIRST**", // L1823
  ])("%s → no LEPS", (text) => {
    expect(matchLeps(text).code).toBeNull();
  });

  it("leaves a project title as a candidate only (L1975)", () => {
    const m = matchLeps("**LEPS ACCOGLIENZA E DIMISSIONI PROTETTE: CONTINUITÀ ASSISTENZIALE**");
    expect(m.code).toBeNull();
    expect(m.candidates[0]?.code).toBe("dimissioni-protette");
  });
});

describeMatcher("matchLeps", matchLeps);
describeMatcher("matchLepsList", matchLepsList);

describe("matchLeps: characters that are never seen", () => {
  it("do not hide a name, a local number or the word LEPS", () => {
    expect(matchLeps("Servizi sociali per le dimissioni pro\u00ADtette").code).toBe("dimissioni-protette");
    const m = matchLeps("L\u200B3. Incremento SAD");
    expect([m.code, m.prefix]).toEqual(["incremento-sad", "L3"]);
    expect(matchLeps("LE\u200DPS – Pronto intervento sociale").code).toBe("pronto-intervento-sociale");
    expect(matchLepsList("L3. Incremento SAD \u200FL4. PUA integrati e UVM").map((r) => r.code)).toEqual([
      "incremento-sad",
      "pua-integrati-uvm",
    ]);
  });
});

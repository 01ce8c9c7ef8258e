import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import {
  getLeps,
  isLepsId,
  isPriorityLepsId,
  LEPS_CATALOG,
  LEPS_IDS,
  PRIORITY_LEPS_IDS,
} from "../../src/catalog/leps.js";
import { matchFunds } from "../../src/catalog/match-fund.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "LEPS_CATALOG",
  codes: LEPS_IDS,
  catalog: LEPS_CATALOG,
  get: getLeps,
  is: isLepsId,
  unknownCode: "unknown_leps",
  key: "id",
});

describe("LEPS catalogue", () => {
  it("has one entry per id, keyed by its id", () => {
    expect(Object.keys(LEPS_CATALOG).sort()).toEqual([...LEPS_IDS].sort());
    for (const id of LEPS_IDS) expect(LEPS_CATALOG[id].id).toBe(id);
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(LEPS_CATALOG)).toBe(true);
    expect(Object.isFrozen(LEPS_CATALOG["incremento-sad"].tables[0]?.funds)).toBe(true);
  });

  it("lists the five priority LEPS in the DGR's order with their integration partners (seed 002 L2226-2706)", () => {
    const ranked = LEPS_IDS.filter((id) => LEPS_CATALOG[id].priority !== null).sort(
      (a, b) => (LEPS_CATALOG[a].priority?.rank ?? 0) - (LEPS_CATALOG[b].priority?.rank ?? 0),
    );
    expect(ranked).toEqual([...PRIORITY_LEPS_IDS]);
    expect(PRIORITY_LEPS_IDS.map((id) => LEPS_CATALOG[id].priority?.integration)).toEqual([
      "asst", // seed 002 L2236
      "ats-asst", // L2301
      "ats-asst", // L2404
      "ats-asst", // L2576
      "asst", // L2708
    ]);
    for (const id of PRIORITY_LEPS_IDS) {
      expect(LEPS_CATALOG[id].tables.some((row) => row.table === "prioritari")).toBe(true);
    }
  });

  it("derives the macro-areas from the DGR tables (seed 002 L444-2111)", () => {
    expect(LEPS_CATALOG["pua-integrati-uvm"].macroAreas).toEqual(["E", "J", "K"]);
    expect(LEPS_CATALOG["residenza-fittizia"].macroAreas).toEqual(["A", "B"]);
    expect(LEPS_CATALOG["servizio-sociale-professionale"].macroAreas).toEqual(["K"]);
    const areas = new Set(LEPS_IDS.flatMap((id) => LEPS_CATALOG[id].macroAreas));
    // Area F has no LEPS table and area L none at all.
    expect([...areas].sort()).toEqual(["A", "B", "D", "E", "G", "H", "I", "J", "K"]);
  });

  it("keeps funding per table: prevenzione allontanamento differs (seed 002 L1182-1183, L1586, L2299)", () => {
    const rows = LEPS_CATALOG["prevenzione-allontanamento-familiare"].tables;
    expect(rows.map((r) => [r.table, r.funds])).toEqual([
      ["G", ["pnrr", "fondo-poverta"]],
      ["I", ["pnrr", "fondo-poverta"]],
      ["prioritari", ["pnrr", "fnps"]],
    ]);
  });

  it("agrees with the funding cells as printed, read back by matchFunds", () => {
    for (const id of LEPS_IDS) {
      for (const row of LEPS_CATALOG[id].tables) {
        expect(matchFunds(row.fundingAsPrinted).map((m) => m.code)).toEqual(row.funds);
      }
    }
  });

  it("cites the legal bases the DGR tables print", () => {
    expect(LEPS_CATALOG["servizio-sociale-professionale"].legalBasis).toContain("art. 1, commi 797-802");
    expect(LEPS_CATALOG["dimissioni-protette"].legalBasis).toBe("L. 30.12.2021 n. 234, art. 1, comma 170");
    expect(LEPS_CATALOG["incremento-sad"].legalBasis).toBe(
      "L. 30.12.2021 n. 234, art. 1, comma 162 lett. a)",
    );
    expect(LEPS_CATALOG["valutazione-multidimensionale-progetto-personalizzato"].legalBasis).toBe(
      "D.Lgs. 15.09.2017 n. 147, artt. 5 e 6",
    );
  });

  it("looks LEPS up by id and rejects unknown ids", () => {
    expect(getLeps("offerta-integrata").macroAreas).toEqual(["G", "K"]);
    for (const bad of ["L3", "", "INCREMENTO-SAD"]) {
      let caught: unknown;
      try {
        getLeps(bad as never);
      } catch (error) {
        caught = error;
      }
      expect(isPdzError(caught, "unknown_leps")).toBe(true);
    }
  });

  it("guards ids", () => {
    expect(LEPS_IDS.every(isLepsId)).toBe(true);
    expect(isLepsId(3)).toBe(false);
    expect(PRIORITY_LEPS_IDS.every(isPriorityLepsId)).toBe(true);
    expect(isPriorityLepsId("offerta-integrata")).toBe(false);
    expect(isPriorityLepsId(null)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import { FUND_IDS, FUNDS, getFund, isFundId } from "../../src/catalog/funds.js";
import { matchFund, matchFunds } from "../../src/catalog/match-fund.js";

describe("funds catalogue", () => {
  it("has one frozen entry per id, each with bilingual labels", () => {
    expect(Object.keys(FUNDS).sort()).toEqual([...FUND_IDS].sort());
    expect(Object.isFrozen(FUNDS.pnrr.lines)).toBe(true);
    for (const id of FUND_IDS) {
      expect(FUNDS[id].id).toBe(id);
      expect(FUNDS[id].labels.it.length).toBeGreaterThan(0);
      expect(FUNDS[id].labels.en.length).toBeGreaterThan(0);
    }
  });

  it("records the PNRR lines the plans name (seed 001 L507, L457; seed 004 L492, L1108)", () => {
    expect(FUNDS.pnrr.lines.map((l) => [l.number, l.source.lines[0]])).toEqual([
      ["1.1.2", 507],
      ["1.2", 457],
      ["1.3", 492],
      ["1.3.1", 1108],
    ]);
  });

  it("looks funds up and rejects unknown ids", () => {
    expect(getFund("fondo-sociale-regionale").acronym).toBe("FSR");
    let caught: unknown;
    try {
      getFund("FNPS" as never);
    } catch (error) {
      caught = error;
    }
    expect(isPdzError(caught, "unknown_fund")).toBe(true);
    expect(isFundId("fnps")).toBe(true);
    expect(isFundId({})).toBe(false);
  });
});

describe("matchFund", () => {
  it.each([
    ["Fondo Nazionale Politiche Sociali", "fnps"], // seed 004 L468
    ["Fondo Sociale Regionale", "fondo-sociale-regionale"], // seed 004 L469
    ["Fondo Non Autosufficienza", "fna"], // seed 004 L470
    ["Fondo per le non autosufficienze", "fna"], // seed 000 L3084
    ["Dopo di Noi", "dopo-di-noi"], // seed 004 L471
    ["Fondo assistenza caregiver familiare", "fondo-caregiver-familiare"], // seed 004 L472
    ["Fondo Nazionale Povertà", "fondo-poverta"], // seed 000 L3089
    ["Fondo asilo migrazione e integrazione", "fami"], // seed 000 L3090
    ["Fondo Sistema Educativo 0-6", "fondo-sistema-educativo-0-6"], // seed 000 L3088
    ["• Fondo Povertà (quota servizi) €. 240.000,00", "fondo-poverta-quota-servizi"], // seed 000 L4788
    ["Fondo Povertà (2% quota servizi)", "fondo-poverta-quota-servizi"], // seed 002 L1117
    ["Fondo per RdC e ADI", "fondo-rdc-adi"], // seed 002 L464
    ["PR FSE+ 2021-2027", "fse-plus"], // seed 001 L1640
    ["PNRR – Investimento 1.2", "pnrr"], // seed 004 L491
  ])("%s → %s", (text, id) => {
    expect(matchFund(text).code).toBe(id);
  });

  it("reports a list of funds as ambiguous, with the listed funds as candidates (seed 002 L2233)", () => {
    const m = matchFund("Fondo Povertà, FNPS, PON inclusione");
    expect(m.code).toBeNull();
    expect(m.warnings.map((w) => w.code)).toEqual(["ambiguous"]);
    expect(m.candidates.map((c) => c.code)).toEqual(["fondo-poverta", "fnps", "pon-inclusione"]);
  });

  it("reads the same fund twice in a list as that fund", () => {
    expect(matchFund("FNA; Fondo Non Autosufficienza").code).toBe("fna");
  });

  it("matches nothing for unknown text", () => {
    expect(matchFund("Fondo Intesa Famiglia").code).toBeNull(); // seed 000 L3085: not catalogued
    expect(matchFunds("")).toEqual([]);
  });
});

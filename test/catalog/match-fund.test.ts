import { describe, expect, it } from "vitest";
import { describeMatcher } from "./support/matcher-contract.js";
import { matchFund, matchFunds } from "../../src/catalog/match-fund.js";

describe("matchFund", () => {
  it.each([
    ["Fondo Nazionale Politiche Sociali", "fnps"], // seed 004 L468
    ["Fondo Sociale Regionale", "fondo-sociale-regionale"], // seed 004 L469
    ["Fondo Non Autosufficienza", "fna"], // seed 004 L470
    ["Fondo per le non autosufficienze", "fna"], // seed 000 L3084
    ["Dopo di Noi", "dopo-di-noi"], // seed 004 L471
    ["Fondo assistenza caregiver familiare", "fondo-caregiver-familiare"], // seed 004 L473
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

  it.each([
    ["Misura B1\t- €\t- €\t74.953,74 €", "misura-b1", "exact"], // seed 004 L474
    ["### Misura B1 a favore di persone con necessità di sostegno molto elevato", "misura-b1", "variant"], // seed 001 L704
    ["Fondo lotta povertà – quota povertà estrema\t76.885,89 €", "fondo-poverta-estrema", "variant"], // seed 004 L482
    ["• Fondo povertà estrema €. 18.000,00", "fondo-poverta-estrema", "variant"], // seed 000 L4789
    ["Fondo Povertà (quota povertà estrema)", "fondo-poverta-estrema", "exact"],
  ])("reads the funds added since 0.1.0: %s → %s", (text, id, confidence) => {
    expect([matchFund(text).code, matchFund(text).confidence]).toEqual([id, confidence]);
  });

  it("matches those two only as the plans name them: their words are common in plans", () => {
    expect(matchFund("Misure regionali").code).toBeNull(); // seed 002 L1028
    expect(matchFund("Misure").code).toBeNull();
    expect(matchFund("DATI RELATIVI ALLA MISURA B1").code).toBeNull(); // seed 001 L708
    expect(matchFund("piano lotta alla").code).toBe("fondo-poverta"); // seed 002 L542, as in 0.1.0
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

  it("is not misled by invisible characters inside a name", () => {
    expect(matchFund("Fondo Sociale Re\u00ADgionale").code).toBe("fondo-sociale-regionale");
    expect(matchFund("F\u200BN\u200DP\u2060S").code).toBe("fnps");
    expect(matchFunds("FNPS;\u200F FNA")).toHaveLength(2);
  });
});

describe("matchFunds", () => {
  it("reads a list as the DGR tables print it, decimal commas kept (seed 002 L2233)", () => {
    expect(
      matchFunds("Fondo Povertà, FNPS, PON inclusione; Piano operativo complementare").map((m) => m.code),
    ).toEqual(["fondo-poverta", "fnps", "pon-inclusione", "piano-operativo-complementare"]);
    expect(matchFunds("Fondo Povertà (2,5% quota servizi) / FNA\nFSR").map((m) => m.code)).toEqual([
      "fondo-poverta-quota-servizi",
      "fna",
      "fondo-sociale-regionale",
    ]);
  });
});

describeMatcher("matchFund", matchFund);
describeMatcher("matchFunds", matchFunds);

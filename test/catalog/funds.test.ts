import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import { FUND_CATALOG, FUND_IDS, getFund, isFundId } from "../../src/catalog/funds.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "FUND_CATALOG",
  codes: FUND_IDS,
  catalog: FUND_CATALOG,
  get: getFund,
  is: isFundId,
  unknownCode: "unknown_fund",
  key: "id",
});

describe("funds catalogue", () => {
  it("has one frozen entry per id, each with bilingual labels", () => {
    expect(Object.isFrozen(FUND_CATALOG.pnrr.lines)).toBe(true);
  });

  it("records the PNRR lines the plans name (seed 001 L507, L457; seed 004 L492, L1108)", () => {
    expect(FUND_CATALOG.pnrr.lines.map((l) => [l.number, l.source.lines[0]])).toEqual([
      ["1.1.2", 507],
      ["1.2", 457],
      ["1.3", 492],
      ["1.3.1", 1108],
    ]);
  });

  it("cites the family caregiver fund where the Alto Milanese table has it (seed 004 L473)", () => {
    expect(FUND_CATALOG["fondo-caregiver-familiare"].sources.map((source) => source.lines)).toEqual([
      [473, 473],
    ]);
  });

  it("has the Misura B1 of the FNA and the extreme-poverty share of the Fondo Povertà (seed 004 L474, L482)", () => {
    expect(getFund("misura-b1")).toMatchObject({
      labels: { it: "Misura B1" },
      acronym: null,
      legalBasis: null,
    });
    expect(getFund("misura-b1").sources.map((source) => source.lines)).toEqual([
      [474, 474],
      [704, 706],
    ]);
    expect(getFund("fondo-poverta-estrema").labels.it).toBe("Fondo Povertà (quota povertà estrema)");
    expect(getFund("fondo-poverta-estrema").sources.map((source) => source.lines[0])).toEqual([
      482, 1719, 1770,
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

  it("repeats at most 60 characters of an unknown id, and names a non-string by its type", () => {
    let caught: unknown;
    try {
      getFund("x".repeat(1000) as never);
    } catch (error) {
      caught = error;
    }
    expect(isPdzError(caught) && caught.message).toBe(`Unknown fund id: ${"x".repeat(60)}…`);
    try {
      getFund({} as never);
    } catch (error) {
      caught = error;
    }
    expect(isPdzError(caught) && caught.messageIt).toBe("Identificativo di fondo sconosciuto: (object)");
  });
});

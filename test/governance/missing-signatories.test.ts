import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { missingSignatories } from "../../src/governance/missing-signatories.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { fourAmbiti } from "../support/ambiti/index.js";

describe("missingSignatories", () => {
  // Art. 2: the 9 mayors, ATS Insubria and ASST Valle Olona sign (seed 000 L111-132).
  it("finds nobody missing in Gallarate's Accordo", () => {
    expect(GALLARATE_ACCORDO.signatories).toHaveLength(11);
    expect(missingSignatories(GALLARATE_ACCORDO, GALLARATE_AMBITO)).toEqual([]);
  });

  it("lists the comuni, ATS and ASST that do not sign", () => {
    const broken = {
      ...GALLARATE_ACCORDO,
      signatories: GALLARATE_ACCORDO.signatories.filter(
        (signatory) => !["comune-di-cairate", "ats-insubria", "asst-valle-olona"].includes(signatory.ente),
      ),
    };
    expect(missingSignatories(broken, GALLARATE_AMBITO)).toEqual([
      { ente: "comune-di-cairate", kind: "comune", name: "Cairate" },
      { ente: "ats-insubria", kind: "ats", name: "ATS Insubria" },
      { ente: "asst-valle-olona", kind: "asst", name: "ASST Valle Olona" },
    ]);
  });

  it("does not count an adherent as a signatory", () => {
    const broken = { ...GALLARATE_ACCORDO, adherents: [{ ente: "comune-di-samarate" }] };
    expect(missingSignatories(broken, GALLARATE_AMBITO).map((party) => party.ente)).toEqual([
      "comune-di-samarate",
    ]);
  });

  it("refuses an Ambito that is not the Accordo's", () => {
    const other = { ...GALLARATE_AMBITO, id: "ambito-di-busto-arsizio" };
    expect(codeOf(() => missingSignatories(GALLARATE_ACCORDO, other))).toBe("ambito_mismatch");
  });
});

describe("missingSignatories on bad input", () => {
  const codes = [undefined, "invalid_type", "required_field", "unreadable_field", "text_too_long"];

  it.each(HOSTILE_VALUES)("refuses %s as the Accordo or the Ambito with a documented code", (_, value) => {
    expect(codes).toContain(codeOf(() => missingSignatories(value as never, GALLARATE_AMBITO)));
    expect(codes).toContain(codeOf(() => missingSignatories(GALLARATE_ACCORDO, value as never)));
  });

  it("names the field of the Ambito it cannot read", () => {
    const ambito = { ...GALLARATE_AMBITO, ats: { id: "ats-insubria" } };
    expect(codeOf(() => missingSignatories(GALLARATE_ACCORDO, ambito as never), true)).toBe(
      "required_field@ambito.ats.name",
    );
  });
});

describe("missingSignatories on the four Ambiti", () => {
  // Gallarate art. 2 (seed 000 L111-132); Sebino's 12 comuni, ATS di Brescia and ASST Franciacorta (seed 002
  // L3247-3249); Alto Milanese's 22 mayors, ATS and ASST, the two aziende signing as well (seed 004 L556); Busto
  // Arsizio prints no Accordo, hence no list of signatories (seed 001 L156, L1306-1338).
  it.each(fourAmbiti())("finds nobody missing in $name", ({ accordo, ambito }) => {
    expect(missingSignatories(accordo, ambito)).toEqual([]);
  });

  it("says nothing of an Accordo as printed without a list of signatories, and reads a printed list", () => {
    const [, busto, sebino] = fourAmbiti();
    expect(busto?.accordo.signatories).toBeNull();
    const withoutIseo = {
      ...sebino!.accordo,
      signatories: (sebino!.accordo.signatories ?? []).filter(
        (signatory) => signatory.ente !== "comune-di-iseo",
      ),
    };
    expect(missingSignatories(withoutIseo, sebino!.ambito).map((party) => party.name)).toEqual(["Iseo"]);
  });
});

import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { missingSignatories } from "../../src/model/missing-signatories.js";
import { codeOf } from "./_fixtures.js";

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

import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { canAdhere } from "../../src/model/can-adhere.js";

function codeOf(result: ReturnType<typeof canAdhere>): string {
  return result.allowed ? "allowed" : result.code;
}

describe("canAdhere", () => {
  // Art. 3 admits Terzo Settore bodies; art. 9 enti religiosi civilmente riconosciuti (seed 000 L134-138, L429-431).
  it("admits Terzo Settore bodies and enti religiosi to Gallarate's Accordo", () => {
    expect(codeOf(canAdhere(GALLARATE_ACCORDO, { id: "coop", kind: "ets" }))).toBe("allowed");
    expect(codeOf(canAdhere(GALLARATE_ACCORDO, { id: "parrocchia", kind: "ente-religioso" }))).toBe(
      "allowed",
    );
  });

  it("refuses other kinds, signatories, existing adherents and Accordi without adhesion", () => {
    const refused = canAdhere(GALLARATE_ACCORDO, { id: "sindacato", kind: "organizzazione-sindacale" });
    expect(refused).toEqual({
      allowed: false,
      code: "kind_not_admitted",
      message: 'The Accordo does not admit adherents of kind "organizzazione-sindacale"',
      messageIt: "L'Accordo non ammette aderenti del tipo «organizzazione-sindacale»",
    });
    expect(codeOf(canAdhere(GALLARATE_ACCORDO, { id: "ats-insubria", kind: "ats" }))).toBe(
      "already_signatory",
    );
    const withAdherent = { ...GALLARATE_ACCORDO, adherents: [{ ente: "coop" }] };
    expect(codeOf(canAdhere(withAdherent, { id: "coop", kind: "ets" }))).toBe("already_adherent");
    const closed = { signatories: GALLARATE_ACCORDO.signatories, adherents: [] };
    expect(codeOf(canAdhere(closed, { id: "coop", kind: "ets" }))).toBe("no_adhesion_rule");
  });
});

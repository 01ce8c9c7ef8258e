import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { canAdhere } from "../../src/governance/can-adhere.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

function answerOf(result: ReturnType<typeof canAdhere>): string {
  return result.allowed ? "allowed" : result.code;
}

describe("canAdhere", () => {
  // Art. 3 admits Terzo Settore bodies; art. 9 enti religiosi civilmente riconosciuti (seed 000 L134-138, L429-431).
  it("admits Terzo Settore bodies and enti religiosi to Gallarate's Accordo", () => {
    expect(answerOf(canAdhere(GALLARATE_ACCORDO, { id: "coop", kind: "ets" }))).toBe("allowed");
    expect(answerOf(canAdhere(GALLARATE_ACCORDO, { id: "parrocchia", kind: "ente-religioso" }))).toBe(
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
    expect(answerOf(canAdhere(GALLARATE_ACCORDO, { id: "ats-insubria", kind: "ats" }))).toBe(
      "already_signatory",
    );
    const withAdherent = { ...GALLARATE_ACCORDO, adherents: [{ ente: "coop" }] };
    expect(answerOf(canAdhere(withAdherent, { id: "coop", kind: "ets" }))).toBe("already_adherent");
    const closed = { signatories: GALLARATE_ACCORDO.signatories, adherents: [] };
    expect(answerOf(canAdhere(closed, { id: "coop", kind: "ets" }))).toBe("no_adhesion_rule");
  });
});

describe("canAdhere on bad input", () => {
  const codes = [
    undefined,
    "invalid_type",
    "required_field",
    "unreadable_field",
    "text_too_long",
    "invalid_option",
  ];

  it.each(HOSTILE_VALUES)("refuses %s as the Accordo or the body with a documented code", (_, value) => {
    expect(codes).toContain(codeOf(() => canAdhere(value as never, { id: "coop", kind: "ets" })));
    expect(codes).toContain(codeOf(() => canAdhere(GALLARATE_ACCORDO, value as never)));
  });

  it("refuses a kind of body outside the catalogue and an adhesion rule without kinds", () => {
    expect(codeOf(() => canAdhere(GALLARATE_ACCORDO, { id: "club", kind: "club" as "ets" }), true)).toBe(
      "invalid_option@ente.kind",
    );
    const broken = { ...GALLARATE_ACCORDO, adhesion: {} };
    expect(codeOf(() => canAdhere(broken as never, { id: "coop", kind: "ets" }), true)).toBe(
      "required_field@adhesion.kinds",
    );
  });
});

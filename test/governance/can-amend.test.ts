import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { canAmend } from "../../src/governance/can-amend.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

const everyone = GALLARATE_ACCORDO.signatories.map((signatory) => signatory.ente);

describe("canAmend", () => {
  // Art. 11: changes "saranno preventivamente concordati fra tutti i soggetti istituzionali sottoscrittori"
  // (seed 000 L480-481): all 11 must agree.
  it("needs the agreement of all 11 institutional signatories", () => {
    expect(canAmend(GALLARATE_ACCORDO, everyone)).toEqual({ allowed: true, missing: [], ignored: [] });
    expect(canAmend(GALLARATE_ACCORDO, everyone.slice(0, 10))).toEqual({
      allowed: false,
      missing: ["asst-valle-olona"],
      ignored: [],
    });
    expect(canAmend(GALLARATE_ACCORDO, []).missing).toHaveLength(11);
  });

  it("gives adherents no vote", () => {
    const withAdherent = {
      ...GALLARATE_ACCORDO,
      adherents: [{ ente: "cooperativa-esempio" }],
    };
    const result = canAmend(withAdherent, [...everyone.slice(1), "cooperativa-esempio"]);
    expect(result).toEqual({
      allowed: false,
      missing: ["comune-di-gallarate"],
      ignored: ["cooperativa-esempio"],
    });
    expect(canAmend(withAdherent, everyone).allowed).toBe(true);
  });
});

describe("canAmend on bad input", () => {
  const codes = [undefined, "invalid_type", "required_field", "unreadable_field", "text_too_long"];

  it.each(HOSTILE_VALUES)("refuses %s as the Accordo or the approvals with a documented code", (_, value) => {
    expect(codes).toContain(codeOf(() => canAmend(value as never, everyone)));
    expect(codes).toContain(codeOf(() => canAmend(GALLARATE_ACCORDO, value as never)));
  });

  it("names the approval it cannot read", () => {
    expect(codeOf(() => canAmend(GALLARATE_ACCORDO, ["ats-insubria", 3 as never]), true)).toBe(
      "invalid_type@approvals.1",
    );
  });

  it("returns lists of its own", () => {
    const approvals = [...everyone];
    const result = canAmend(GALLARATE_ACCORDO, approvals);
    expect(result.missing).not.toBe(approvals);
    expect(approvals).toEqual(everyone);
  });
});

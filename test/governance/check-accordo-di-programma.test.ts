import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { checkAccordoDiProgramma } from "../../src/governance/check-accordo-di-programma.js";
import { fourAmbiti } from "../support/ambiti/index.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

const TRIENNIUM = { from: 2025, to: 2027 } as const;
const codes = (accordo: unknown, options: unknown = { period: TRIENNIUM }): string[] =>
  checkAccordoDiProgramma(accordo as never, options as never).map((finding) => finding.code);

describe("checkAccordoDiProgramma on the four Ambiti", () => {
  const [gallarate, busto, sebino, alto] = fourAmbiti();

  it("finds nothing to report in Gallarate's Accordo (seed 000 L1-528)", () => {
    expect(codes(gallarate!.accordo, { ambito: gallarate!.ambito, period: TRIENNIUM })).toEqual([]);
  });

  it("reports what Busto Arsizio's plan does not print of an Accordo (seed 001 L1306-1338)", () => {
    // The plan's approval by the Consiglio Comunale (L12-13) is its approval act.
    expect(codes(busto!.accordo, { ambito: busto!.ambito, period: TRIENNIUM })).toEqual([
      "signatories_not_stated",
      "accordo_period_not_stated",
      "amendment_rule_not_stated",
    ]);
  });

  it("reports Sebino's Accordo without period, amendment rule or approval act (seed 002 L3243-3274, L165)", () => {
    const findings = checkAccordoDiProgramma(sebino!.accordo, { ambito: sebino!.ambito, period: TRIENNIUM });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ["accordo_period_not_stated", "info"],
      ["amendment_rule_not_stated", "info"],
      ["no_approval_act", "warning"],
    ]);
  });

  it("reports Alto Milanese's Accordo without amendment rule or approval act (seed 004 L554-673)", () => {
    expect(codes(alto!.accordo, { ambito: alto!.ambito, period: TRIENNIUM })).toEqual([
      "amendment_rule_not_stated",
      "no_approval_act",
    ]);
  });

  it("would report Sebino's 'Comuni aderenti' (seed 002 L3273-3274) as adherents that sign, were they encoded so", () => {
    const adherents = (sebino!.accordo.signatories ?? []).slice(0, 12).map(({ ente }) => ({ ente }));
    const findings = checkAccordoDiProgramma({ ...sebino!.accordo, adherents }, { period: TRIENNIUM });
    expect(findings.filter((finding) => finding.code === "adherent_signs")).toHaveLength(12);
    expect(findings.filter((finding) => finding.code === "adherent_kind_not_admitted")).toHaveLength(12);
    expect(findings[0]?.messageIt).toBe(
      "Comune di Corte Franca è indicato sia tra i sottoscrittori sia tra gli aderenti",
    );
  });
});

describe("checkAccordoDiProgramma", () => {
  it("reports the parties that must sign and do not, given the Ambito", () => {
    const signatories = GALLARATE_ACCORDO.signatories.filter(
      (signatory) => signatory.ente !== "asst-valle-olona",
    );
    const findings = checkAccordoDiProgramma(
      { ...GALLARATE_ACCORDO, signatories },
      { ambito: GALLARATE_AMBITO },
    );
    expect(
      findings.map((finding) => [finding.code, finding.path, finding.computed, finding.message]),
    ).toEqual([
      [
        "signatory_missing",
        ["signatories"],
        "asst-valle-olona",
        "ASST Valle Olona does not sign the Accordo",
      ],
    ]);
    // Without the Ambito, nobody is known to be required.
    expect(codes({ ...GALLARATE_ACCORDO, signatories })).toEqual([]);
  });

  it("reports adherents that sign or that the adhesion rule does not admit", () => {
    const parties = [
      ...GALLARATE_ACCORDO.parties,
      { id: "cgil-varese", kind: "organizzazione-sindacale" as const, name: "CGIL Varese" },
      { id: "cooperativa", kind: "ets" as const, name: "Cooperativa sociale" },
    ];
    const adherents = [{ ente: "ats-insubria" }, { ente: "cgil-varese" }, { ente: "cooperativa" }];
    const findings = checkAccordoDiProgramma({ ...GALLARATE_ACCORDO, parties, adherents });
    expect(findings.map((finding) => [finding.code, finding.path.join(".")])).toEqual([
      ["adherent_signs", "adherents.0.ente"],
      ["adherent_kind_not_admitted", "adherents.0.ente"],
      ["adherent_kind_not_admitted", "adherents.1.ente"],
    ]);
    // Without an adhesion rule, no kind is admitted.
    expect(
      codes({ ...GALLARATE_ACCORDO, parties, adherents: [{ ente: "cooperativa" }], adhesion: undefined }),
    ).toEqual(["adherent_kind_not_admitted"]);
  });

  it("compares the period with the Piano's triennium, given in years or dates, or the three years from its start", () => {
    const period = { from: "2025-01-01", to: "2028-06-30" };
    const [finding] = checkAccordoDiProgramma({ ...GALLARATE_ACCORDO, period }, { period: TRIENNIUM });
    expect([finding?.code, finding?.stated, finding?.computed, finding?.messageIt]).toEqual([
      "accordo_period_outside_triennium",
      "2025-01-01/2028-06-30",
      "2025-01-01/2027-12-31",
      "La durata dell'Accordo esce dal triennio 2025-01-01 – 2027-12-31",
    ]);
    expect(codes({ ...GALLARATE_ACCORDO, period }, {})).toEqual(["accordo_period_outside_triennium"]);
    expect(
      codes({ ...GALLARATE_ACCORDO, period }, { period: { from: "2025-01-01", to: "2028-12-31" } }),
    ).toEqual([]);
    // Starting before the triennium is outside it too; a shorter period inside it is not reported.
    expect(codes({ ...GALLARATE_ACCORDO, period: { from: "2024-07-01", to: "2027-12-31" } })).toEqual([
      "accordo_period_outside_triennium",
    ]);
    expect(codes({ ...GALLARATE_ACCORDO, period: { from: "2025-03-01", to: "2027-06-30" } })).toEqual([]);
  });

  it("reports a reversed period and extensions that do not extend or come from a body not empowered", () => {
    expect(codes({ ...GALLARATE_ACCORDO, period: { from: "2025-01-01", to: "2024-12-31" } })).toEqual([
      "accordo_period_reversed",
    ]);
    const extensions = [
      { until: "2028-12-31", grantedBy: "regione" as const },
      { until: "2028-06-30", grantedBy: "regione" as const },
      { until: "2029-12-31", grantedBy: "comune" as const },
    ];
    const findings = checkAccordoDiProgramma({ ...GALLARATE_ACCORDO, extensions }, { period: TRIENNIUM });
    expect(
      findings.map((finding) => [finding.code, finding.path.join("."), finding.stated, finding.computed]),
    ).toEqual([
      ["extension_does_not_extend", "extensions.1.until", "2028-06-30", "2028-12-31"],
      ["extension_by_unempowered_body", "extensions.2.grantedBy", null, null],
    ]);
  });

  it("accepts any one approval act: a signature date, an approval, the Piano's adoption", () => {
    const bare = { ...GALLARATE_ACCORDO, attachedPlan: undefined };
    expect(codes(bare)).toEqual(["no_approval_act"]);
    expect(codes({ ...bare, approvals: [] })).toEqual(["no_approval_act"]);
    expect(codes({ ...bare, signedOn: "2024-12-20" })).toEqual([]);
    expect(codes({ ...bare, approvals: [{ by: "Assemblea dei Sindaci", date: "2024-12-02" }] })).toEqual([]);
  });

  it("reports the blanks of an Accordo as printed", () => {
    const printed = {
      ...GALLARATE_ACCORDO,
      signatories: null,
      capofila: null,
      period: null,
      amendment: null,
    };
    expect(codes(printed)).toEqual([
      "signatories_not_stated",
      "capofila_not_stated",
      "accordo_period_not_stated",
      "amendment_rule_not_stated",
    ]);
  });

  it("results survive JSON", () => {
    const findings = checkAccordoDiProgramma(
      { ...GALLARATE_ACCORDO, signatories: null },
      { ambito: GALLARATE_AMBITO },
    );
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});

describe("checkAccordoDiProgramma on bad input", () => {
  it.each(HOSTILE_VALUES)("never throws on %s, and says it could not check", (name, value) => {
    expect(codes(value)).toEqual(["accordo_not_checked"]);
    const asOptions = codes(GALLARATE_ACCORDO, value);
    // No options, or options without own fields, are the defaults.
    expect([[], ["accordo_not_checked"]]).toContainEqual(asOptions);
    expect(codes(GALLARATE_ACCORDO, { ambito: value })).toEqual(
      name === "undefined" ? [] : ["accordo_not_checked"],
    );
    expect(codes({ ...GALLARATE_ACCORDO, extensions: [value] })).toEqual(["accordo_not_checked"]);
  });

  it("names what it could not read, and an Ambito that is not the Accordo's", () => {
    const [finding] = checkAccordoDiProgramma({
      ...GALLARATE_ACCORDO,
      period: { from: "01.01.2025", to: "2027-12-31" },
    });
    expect([finding?.code, finding?.path]).toEqual(["accordo_not_checked", ["period", "from"]]);
    const [other] = checkAccordoDiProgramma(GALLARATE_ACCORDO, {
      ambito: { ...GALLARATE_AMBITO, id: "ambito-di-saronno" },
    });
    expect([other?.code, other?.messageIt]).toEqual([
      "accordo_not_checked",
      "Non è stato possibile verificare l'Accordo: L'Accordo è dell'ambito «ambito-di-gallarate», non di «ambito-di-saronno»",
    ]);
    expect(codes(GALLARATE_ACCORDO, { period: { from: 2027, to: 2025 } })).toEqual(["accordo_not_checked"]);
    expect(codes(GALLARATE_ACCORDO, { period: { from: 1800, to: 2025 } })).toEqual(["accordo_not_checked"]);
  });

  it("checks an Accordo of many parties in linear time", () => {
    const parties = Array.from({ length: 200_000 }, (_, index) => ({
      id: `p-${index}`,
      kind: "ets",
      name: "x",
    }));
    const adherents = parties.map((party) => ({ ente: party.id }));
    const accordo = { ...GALLARATE_ACCORDO, parties, adherents, adhesion: { kinds: ["ets"] } };
    expect(codes(accordo)).toEqual([]);
  });
});

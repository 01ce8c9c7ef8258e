import { describe, expect, it } from "vitest";
import {
  safeParseAccordoDiProgramma,
  safeParseAccordoDiProgrammaDraft,
} from "../../src/model/accordo-di-programma.js";
import { accordoInput } from "./_fixtures.js";

function codes(input: unknown): string[] {
  const result = safeParseAccordoDiProgramma(input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
}

describe("AccordoDiProgrammaSchema", () => {
  it("accepts Gallarate's Accordo in its JSON form, dates in Italian form included", () => {
    const input = accordoInput();
    input.period = { from: "01.01.2025", to: "31 dicembre 2027" };
    const result = safeParseAccordoDiProgramma(input);
    expect(result.success && result.data.period).toEqual({ from: "2025-01-01", to: "2027-12-31" });
  });

  it("refuses references to parties and organs that are not there", () => {
    const input = accordoInput();
    input.signatories.push({ ente: "comune-di-varese" });
    input.capofila.ente = "comune-di-busto-arsizio";
    input.organs[0].seats[0].ente = "comune-di-legnano";
    input.organs[4].parent = "tavolo-inesistente";
    input.monitoring.by.push("collegio-di-vigilanza");
    input.monitoring.reportsTo = ["consiglio-comunale"];
    input.attachedPlan.adoptedBy = "giunta";
    input.adhesion.through = "forum";
    const result = safeParseAccordoDiProgramma(input);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unknown_entity", "signatories.11.ente"],
      ["unknown_entity", "capofila.ente"],
      ["unknown_organ", "adhesion.through"],
      ["unknown_entity", "organs.0.seats.0.ente"],
      ["unknown_organ", "organs.4.parent"],
      ["unknown_organ", "monitoring.by.3"],
      ["unknown_organ", "monitoring.reportsTo.0"],
      ["unknown_organ", "attachedPlan.adoptedBy"],
    ]);
  });

  it("keeps adherents apart from signatories and within the admitted kinds", () => {
    const input = accordoInput();
    input.parties.push(
      { id: "cooperativa-esempio", kind: "ets", name: "Cooperativa sociale" },
      { id: "cgil-varese", kind: "organizzazione-sindacale", name: "Organizzazione sindacale" },
    );
    input.adherents = [
      { ente: "cooperativa-esempio", via: "manifestazione di interesse" },
      { ente: "cgil-varese" },
    ];
    expect(codes(input)).toEqual(["adherent_not_admitted"]);
    input.adherents = [{ ente: "ats-insubria" }];
    expect(codes(input)).toEqual(["adherent_is_signatory", "adherent_not_admitted"]);
    delete input.adhesion;
    input.adherents = [{ ente: "cooperativa-esempio" }];
    expect(codes(input)).toEqual(["adherent_not_admitted"]);
  });

  it("refuses duplicate ids and article numbers", () => {
    const input = accordoInput();
    input.parties.push({ ...input.parties[0] });
    input.organs.push({ ...input.organs[1] });
    input.articles.push({ ...input.articles[10] });
    expect(codes(input)).toEqual(["duplicate_id", "duplicate_id", "duplicate_article"]);
  });

  it("checks the period and the extensions", () => {
    const input = accordoInput();
    input.period.to = "31.12.2024";
    expect(codes(input)).toEqual(["period_ends_before_start"]);
    const extended = accordoInput();
    extended.extensions = [
      { until: "31.12.2028", grantedBy: "regione", act: "D.G.R. di proroga" },
      { until: "30.06.2028", grantedBy: "regione" },
      { until: "31.12.2029", grantedBy: "comune" },
    ];
    const result = safeParseAccordoDiProgramma(extended);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["extension_not_later", "extensions.1.until"],
      ["extension_not_authorised", "extensions.2.grantedBy"],
    ]);
  });

  it("requires at least one party and one signatory", () => {
    const input = accordoInput();
    input.parties = [];
    input.signatories = [];
    const found = codes(input);
    expect(found.slice(0, 2)).toEqual(["empty_list", "empty_list"]);
    // With no parties, every reference (capofila, the organs' seats) is unknown too.
    expect(new Set(found.slice(2))).toEqual(new Set(["unknown_entity"]));
  });
});

describe("AccordoDiProgrammaDraftSchema", () => {
  const draftCodes = (input: unknown): string[] => {
    const result = safeParseAccordoDiProgrammaDraft(input);
    return result.success ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join(".")}`);
  };

  it("holds an Accordo as a plan prints it: blanks are null, the period and the amendment rule may be absent", () => {
    const input = accordoInput();
    input.title = null;
    input.signatories = null;
    input.adherents = null;
    input.capofila = null;
    delete input.period;
    input.amendment = null;
    input.parties = input.parties.slice(0, 9);
    input.organs = [];
    delete input.monitoring;
    delete input.attachedPlan;
    delete input.adhesion;
    const result = safeParseAccordoDiProgrammaDraft(input);
    expect(result.success).toBe(true);
    expect(result.success && [result.data.title, result.data.signatories, result.data.period]).toEqual([
      null,
      null,
      undefined,
    ]);
    expect(safeParseAccordoDiProgramma(input).success).toBe(false);
  });

  it("reads a complete draft as the strict form does", () => {
    expect(safeParseAccordoDiProgrammaDraft(accordoInput())).toEqual(
      safeParseAccordoDiProgramma(accordoInput()),
    );
  });

  it("keeps references as issues and leaves the Accordo's own rules to the audit", () => {
    const input = accordoInput();
    input.capofila.ente = "comune-di-varese";
    expect(draftCodes(input)).toEqual(["unknown_entity@capofila.ente"]);
    const ruled = accordoInput();
    ruled.adherents = [{ ente: "ats-insubria" }];
    ruled.period.to = "31.12.2024";
    ruled.extensions = [{ until: "30.06.2024", grantedBy: "comune" }];
    expect(codes(ruled)).toEqual([
      "adherent_is_signatory",
      "adherent_not_admitted",
      "period_ends_before_start",
      "extension_not_later",
      "extension_not_authorised",
    ]);
    expect(draftCodes(ruled)).toEqual([]);
  });

  it("refuses what is neither blank nor a value: an empty title, an unknown key", () => {
    const input = accordoInput();
    input.title = "";
    input.note = "x";
    expect(draftCodes(input)).toEqual(["empty_text@title", "unknown_field@note"]);
  });

  it("keeps the approval acts and the mandatory content of an Accordo", () => {
    const input = accordoInput();
    input.approvals = [
      {
        by: "Consiglio Comunale di Busto Arsizio",
        date: "16 dicembre 2024",
        text: "Approvato dal Consiglio Comunale di Busto Arsizio nella seduta del 16 dicembre 2024",
      },
    ];
    input.mandatoryContent = [{ text: "identificazione dell’ente capofila", lines: [216, 216] }];
    const result = safeParseAccordoDiProgramma(input);
    expect(
      result.success && [result.data.approvals?.[0]?.date, result.data.mandatoryContent?.length],
    ).toEqual(["2024-12-16", 1]);
    input.mandatoryContent = [{ text: "", lines: [216] }];
    expect(codes(input)).toEqual(["empty_text", "too_few_items"]);
  });
});

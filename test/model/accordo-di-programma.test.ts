import { describe, expect, it } from "vitest";
import { safeParseAccordoDiProgramma } from "../../src/model/accordo-di-programma.js";
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

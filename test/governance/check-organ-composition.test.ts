import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { AccordoDiProgrammaSchema, type AccordoDiProgramma } from "../../src/model/accordo-di-programma.js";
import { AmbitoSchema } from "../../src/model/ambito.js";
import { checkOrganComposition } from "../../src/governance/check-organ-composition.js";
import { accordoInput, ambitoInput } from "../model/_fixtures.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { fourAmbiti } from "../support/ambiti/index.js";

const codes = (accordo: AccordoDiProgramma, ambito = GALLARATE_AMBITO): string[] =>
  checkOrganComposition(accordo, ambito).map((finding) => finding.code);

describe("checkOrganComposition", () => {
  // The Assemblea holds the 9 mayors "o loro delegati" (seed 000 L596); the Tavolo del Terzo Settore is presided
  // by the "Presidente dell'Assemblea dei Sindaci o suo delegato" (seed 000 L436-438).
  it("finds Gallarate's organs well composed", () => {
    expect(checkOrganComposition(GALLARATE_ACCORDO, GALLARATE_AMBITO)).toEqual([]);
  });

  it("flags a missing mayor, a mayor who cannot delegate and a mayor who only attends", () => {
    const input = accordoInput();
    const seats = input.organs[0].seats;
    seats.splice(1, 1); // Albizzate
    seats[1].delegable = false; // Cairate
    seats[2].attendee = true; // Cassano Magnago
    const findings = checkOrganComposition(AccordoDiProgrammaSchema.parse(input), GALLARATE_AMBITO);
    expect(findings.map((finding) => [finding.code, finding.severity, finding.messageIt])).toEqual([
      ["assemblea_missing_mayor", "error", "Nell'Assemblea manca il Sindaco di Albizzate"],
      [
        "mayor_seat_not_delegable",
        "warning",
        "Il Sindaco di Cairate non può farsi rappresentare da un delegato",
      ],
      ["assemblea_missing_mayor", "error", "Nell'Assemblea manca il Sindaco di Cassano Magnago"],
    ]);
  });

  it("flags a Tavolo del Terzo Settore presided by someone else, or by a president who cannot delegate", () => {
    const input = accordoInput();
    input.organs[3].presidency.seat = "coordinatore-ufficio-di-piano";
    expect(codes(AccordoDiProgrammaSchema.parse(input))).toEqual(["tavolo_terzo_settore_presidency"]);
    input.organs[3].presidency.seat = "presidente";
    input.organs[3].seats[0].delegable = false;
    expect(codes(AccordoDiProgrammaSchema.parse(input))).toEqual(["tavolo_terzo_settore_presidency"]);
    // 0.1.0 reported a Tavolo without a presidency; a presidency the document does not state is not reported now
    // (Alto Milanese's Tavolo di Programmazione e Progettazione Zonale, seed 004 L616-619, states none).
    input.organs[3].seats[0].delegable = true;
    delete input.organs[3].presidency;
    expect(codes(AccordoDiProgrammaSchema.parse(input))).toEqual([]);
  });

  it("requires an Assemblea in an Ambito of several comuni, not in a one-comune Ambito", () => {
    const withoutAssemblea = {
      ...GALLARATE_ACCORDO,
      organs: GALLARATE_ACCORDO.organs.filter((organ) => organ.kind !== "assemblea-dei-sindaci"),
    };
    expect(codes(withoutAssemblea)).toEqual(["missing_assemblea_dei_sindaci"]);
    // Busto Arsizio is a one-comune Ambito without an Assemblea dei Sindaci (seed 001 L156).
    const oneComune = ambitoInput();
    oneComune.comuni = [oneComune.comuni[0]];
    oneComune.distretti = [];
    const single = AmbitoSchema.parse(oneComune);
    expect(codes(withoutAssemblea, single)).toEqual([]);
    expect(codes(GALLARATE_ACCORDO, single)).toEqual(["assemblea_in_single_comune_ambito"]);
  });

  // 0.1.0 threw ambito_mismatch; a check never throws, so the mismatch is now its one finding.
  it("reports another Ambito as a finding that names it, instead of throwing", () => {
    const findings = checkOrganComposition(GALLARATE_ACCORDO, {
      ...GALLARATE_AMBITO,
      id: "ambito-di-saronno",
    });
    expect(findings.map((finding) => [finding.code, finding.severity, finding.path])).toEqual([
      ["organ_composition_not_checked", "error", ["ambito"]],
    ]);
    expect(findings[0]?.messageIt).toMatch(/ambito-di-saronno/);
  });

  it.each(HOSTILE_VALUES)("never throws on %s, and reports that it could not check", (name, value) => {
    for (const findings of [
      checkOrganComposition(value as never, GALLARATE_AMBITO),
      checkOrganComposition(GALLARATE_ACCORDO, value as never),
      // An empty list of organs is valid (an Accordo without organs).
      ...(name === "an empty array"
        ? []
        : [
            checkOrganComposition(
              { ambito: GALLARATE_ACCORDO.ambito, organs: value } as never,
              GALLARATE_AMBITO,
            ),
          ]),
    ]) {
      expect(findings.map((finding) => finding.code)).toEqual(["organ_composition_not_checked"]);
      expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
    }
  });

  it("says where the unreadable part is", () => {
    const input = accordoInput();
    // 0.1.0 required `delegable`; an absent one now means "not stated", so a wrong value is the unreadable part.
    input.organs[0].seats[2].delegable = "sì";
    const [finding] = checkOrganComposition(input, GALLARATE_AMBITO);
    expect([finding?.code, finding?.path]).toEqual([
      "organ_composition_not_checked",
      ["organs", 0, "seats", 2, "delegable"],
    ]);
  });

  it("checks an Ambito of many comuni in linear time", () => {
    const comuni = Array.from({ length: 20_000 }, (_, index) => ({
      id: `comune-${index}`,
      name: `C${index}`,
    }));
    const accordo = {
      ambito: "ambito-x",
      organs: [
        {
          kind: "assemblea-dei-sindaci",
          seats: comuni.map((comune) => ({
            id: comune.id,
            role: "sindaco",
            ente: comune.id,
            delegable: true,
          })),
        },
      ],
    };
    expect(checkOrganComposition(accordo as never, { id: "ambito-x", comuni })).toEqual([]);
  });
});

describe("checkOrganComposition on the four Ambiti", () => {
  // Gallarate's rules (delegable mayors, the Tavolo presided by the Assemblea's president) fire only where a document
  // states the opposite: Busto Arsizio has a Consiglio comunale and no Assemblea (seed 001 L156, L162); Sebino's
  // mayors sit "o loro delegati" (seed 002 L3226-3227); Alto Milanese says nothing of delegates (seed 004 L563) and
  // nothing of who presides its Tavolo di Programmazione e Progettazione Zonale (L616-619).
  it.each(fourAmbiti())("finds the organs of $name well composed", ({ accordo, ambito }) => {
    expect(checkOrganComposition(accordo, ambito)).toEqual([]);
  });

  it("still flags what a document states against the rules: a mayor who may not delegate, an absent mayor", () => {
    const sebino = fourAmbiti()[2]!;
    const organs = sebino.accordo.organs.map((organ) =>
      organ.kind === "assemblea-dei-sindaci"
        ? {
            ...organ,
            seats: organ.seats
              .slice(1)
              .map((seat, index) => (index === 0 ? { ...seat, delegable: false } : seat)),
          }
        : organ,
    );
    expect(
      checkOrganComposition({ ...sebino.accordo, organs }, sebino.ambito).map((finding) => finding.messageIt),
    ).toEqual([
      "Nell'Assemblea manca il Sindaco di Corte Franca",
      "Il Sindaco di Iseo non può farsi rappresentare da un delegato",
    ]);
  });

  it("reads a presidency worded without its holder", () => {
    const alto = fourAmbiti()[3]!;
    const organs = alto.accordo.organs.map((organ) =>
      organ.kind === "tavolo-terzo-settore" ? { ...organ, presidency: { text: "il Presidente" } } : organ,
    );
    expect(checkOrganComposition({ ...alto.accordo, organs }, alto.ambito)).toEqual([]);
  });
});

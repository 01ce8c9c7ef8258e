import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import {
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_SCHEDA_OBIETTIVO_L,
} from "../../src/datasets/gallarate/schede-2025-2027.js";
import { parseDeadlineDate } from "../../src/core/italian-deadline.js";
import { canAdhere } from "../../src/governance/can-adhere.js";
import { canAmend } from "../../src/governance/can-amend.js";
import { checkOrganComposition } from "../../src/governance/check-organ-composition.js";
import { decide } from "../../src/governance/decide.js";
import { isInForce } from "../../src/governance/is-in-force.js";
import { missingSignatories } from "../../src/governance/missing-signatories.js";
import { staffingFte } from "../../src/governance/staffing-fte.js";
import { safeParseAccordoDiProgramma } from "../../src/model/accordo-di-programma.js";
import { safeParseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";
import { AmbitoSchema } from "../../src/model/ambito.js";
import { LepsSchedaSchema } from "../../src/model/leps-scheda.js";

const organ = (id: string) => GALLARATE_ACCORDO.organs.find((candidate) => candidate.id === id)!;

describe("Gallarate's Accordo di Programma 2025-2027", () => {
  it("is accepted by the schemas, as data and as JSON, and is frozen", () => {
    expect(safeParseAccordoDiProgramma(GALLARATE_ACCORDO).success).toBe(true);
    expect(safeParseAccordoDiProgramma(JSON.parse(JSON.stringify(GALLARATE_ACCORDO))).success).toBe(true);
    expect(AmbitoSchema.safeParse(GALLARATE_AMBITO).success).toBe(true);
    expect(safeParseSchedaObiettivo(GALLARATE_SCHEDA_OBIETTIVO_L).success).toBe(true);
    expect(LepsSchedaSchema.safeParse(GALLARATE_LEPS_SCHEDA_SAD).success).toBe(true);
    expect(Object.isFrozen(GALLARATE_ACCORDO.organs[0]?.seats)).toBe(true);
    expect(Object.isFrozen(GALLARATE_AMBITO.comuni[8])).toBe(true);
  });

  it("has 11 articles, as titled in the document", () => {
    // seed 000 L104-481: Art. 1 "Definizione" … Art. 11 "Durata"
    expect(GALLARATE_ACCORDO.articles.map((article) => article.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(GALLARATE_ACCORDO.articles[10]?.title).toBe("Durata");
    expect(GALLARATE_ACCORDO.articles[1]?.source?.lines).toEqual([111, 132]);
  });

  it("is signed by the 9 mayors, ATS Insubria and ASST Valle Olona, and names no adherent", () => {
    // seed 000 L117-132 and L486-528
    expect(GALLARATE_AMBITO.comuni.map((comune) => comune.name)).toEqual([
      "Gallarate",
      "Albizzate",
      "Cairate",
      "Cassano Magnago",
      "Cavaria con Premezzo",
      "Jerago con Orago",
      "Oggiona con Santo Stefano",
      "Samarate",
      "Solbiate Arno",
    ]);
    expect(GALLARATE_ACCORDO.signatories.map((signatory) => signatory.representedBy?.name)).toEqual([
      "Andrea Cassani",
      "Mirko Vittorio Zorzo",
      "Anna Pugliese",
      "Pietro Ottaviani",
      "Franco Zeni",
      "Emilio Aliverti",
      "Franco Ghiringhelli",
      "Alessandro Ferrazzi",
      "Oreste Battiston",
      "Salvatore Gioia",
      "Daniela Bianchi",
    ]);
    expect(missingSignatories(GALLARATE_ACCORDO, GALLARATE_AMBITO)).toEqual([]);
    expect(GALLARATE_ACCORDO.adherents).toEqual([]);
    expect(GALLARATE_ACCORDO.capofila.ente).toBe("comune-di-gallarate");
  });

  it("is in force from 01.01.2025 to 31.12.2027, extensions by the Regione only", () => {
    // seed 000 L478-479
    expect(GALLARATE_ACCORDO.period).toEqual({
      from: parseDeadlineDate("a decorrere dal 01.01.2025"),
      to: parseDeadlineDate("al 31.12.2027"),
    });
    expect(isInForce(GALLARATE_ACCORDO, "2025-01-01")).toBe(true);
    expect(isInForce(GALLARATE_ACCORDO, "2028-01-01")).toBe(false);
    expect(GALLARATE_ACCORDO.extensionAuthority).toBe("regione");
    const byComune = safeParseAccordoDiProgramma({
      ...JSON.parse(JSON.stringify(GALLARATE_ACCORDO)),
      extensions: [{ until: "31.12.2028", grantedBy: "comune" }],
    });
    expect(byComune.success ? [] : byComune.issues.map((issue) => issue.code)).toEqual([
      "extension_not_authorised",
    ]);
  });

  it("is amended only with all 11 institutional signatories, adherents having no vote", () => {
    // seed 000 L480-481
    const all = GALLARATE_ACCORDO.signatories.map((signatory) => signatory.ente);
    expect(canAmend(GALLARATE_ACCORDO, all).allowed).toBe(true);
    expect(
      canAmend(
        GALLARATE_ACCORDO,
        all.filter((id) => id !== "comune-di-solbiate-arno"),
      ).missing,
    ).toEqual(["comune-di-solbiate-arno"]);
    expect(canAdhere(GALLARATE_ACCORDO, { id: "odv-esempio", kind: "ets" }).allowed).toBe(true);
    expect(canAdhere(GALLARATE_ACCORDO, { id: "comune-di-gallarate", kind: "comune" }).allowed).toBe(false);
  });

  it("has its organs composed as the Accordo says", () => {
    expect(checkOrganComposition(GALLARATE_ACCORDO, GALLARATE_AMBITO)).toEqual([]);
    expect(GALLARATE_ACCORDO.organs.map((candidate) => candidate.kind)).toEqual([
      "assemblea-dei-sindaci",
      "ufficio-di-piano",
      "tavolo-tecnico",
      "tavolo-terzo-settore",
      "tavolo-tematico",
      "tavolo-tematico",
      "tavolo-tematico",
      "tavolo-tematico",
      "cabina-di-regia-ats",
      "cabina-di-regia-asst",
    ]);
    // seed 000 L596-598: 9 mayors; DG ATS, DG ASST, Responsabile UdP and the verbalizzante attend.
    const assemblea = organ("assemblea-dei-sindaci");
    expect(assemblea.seats.filter((seat) => seat.role === "sindaco" && seat.delegable)).toHaveLength(9);
    expect(assemblea.seats.filter((seat) => seat.attendee === true)).toHaveLength(4);
    // seed 000 L145-147: the capofila's mayor presides.
    expect(assemblea.presidency?.seat).toBe("sindaco-gallarate");
    // seed 000 L674-675: "almeno 4 ore settimanali di cui almeno 3 in compresenza"
    expect(organ("tavolo-dei-tecnici").presence).toEqual({ hoursPerWeek: 4, hoursTogetherPerWeek: 3 });
    // seed 000 L782-785: 4,5 FTE
    expect(staffingFte(organ("ufficio-di-piano")).toString()).toBe("4.5");
    // seed 000 L435-449: institutional and Third-Sector components, presided by the Assemblea's president.
    const tavolo = organ("tavolo-terzo-settore");
    expect(
      tavolo.seats.filter((seat) => seat.component === "terzo-settore").map((seat) => seat.enteKind),
    ).toEqual(["ets"]);
    expect(tavolo.seats.find((seat) => seat.id === tavolo.presidency?.seat)?.role).toBe(
      "presidente-assemblea-dei-sindaci",
    );
    // seed 000 L452-458: four tavoli tematici within the Tavolo.
    expect(
      GALLARATE_ACCORDO.organs.filter((candidate) => candidate.parent === "tavolo-terzo-settore"),
    ).toHaveLength(4);
  });

  it("states no quorum or voting rules, so no decision can be computed on its organs", () => {
    // seed 000 §2.4: no "quorum", "maggioranza", "voto" in the Accordo.
    expect(GALLARATE_ACCORDO.organs.every((candidate) => candidate.decisionRules === undefined)).toBe(true);
    expect(() => decide(organ("assemblea-dei-sindaci"), [])).toThrow(/no voting rules/);
    expect(GALLARATE_ACCORDO.organs.some((candidate) => candidate.kind === "collegio-di-vigilanza")).toBe(
      false,
    );
  });

  it("is adopted with the Piano by the Assemblea dei Sindaci on 02.12.2024", () => {
    // seed 000 L100-103
    expect(GALLARATE_ACCORDO.attachedPlan).toEqual({
      title: "Piano di Zona 2025-2027",
      adoptedBy: "assemblea-dei-sindaci",
      adoptedOn: "2024-12-02",
    });
    // seed 000 L484: "sottoscritto digitalmente", no date printed
    expect(GALLARATE_ACCORDO.signedOn).toBeUndefined();
  });
});

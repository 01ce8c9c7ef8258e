import { describe, expect, it } from "vitest";
import { isMacroAreaCode } from "../../src/catalog/macro-areas.js";
import {
  getNeedKind,
  getNewServiceKind,
  getPreventionKind,
  isNeedKind,
  isNewServiceKind,
  isPreventionKind,
  KNOWN_KEY_POINTS,
  NEED_KIND_CATALOG,
  NEED_KINDS,
  NEW_SERVICE_KIND_CATALOG,
  NEW_SERVICE_KINDS,
  PREVENTION_KIND_CATALOG,
  PREVENTION_KINDS,
} from "../../src/catalog/scheda-obiettivo.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "NEW_SERVICE_KIND_CATALOG",
  codes: NEW_SERVICE_KINDS,
  catalog: NEW_SERVICE_KIND_CATALOG,
  get: getNewServiceKind,
  is: isNewServiceKind,
  unknownCode: "unknown_new_service_kind",
  key: "code",
});
describeCatalogue({
  name: "NEED_KIND_CATALOG",
  codes: NEED_KINDS,
  catalog: NEED_KIND_CATALOG,
  get: getNeedKind,
  is: isNeedKind,
  unknownCode: "unknown_need_kind",
  key: "code",
});
describeCatalogue({
  name: "PREVENTION_KIND_CATALOG",
  codes: PREVENTION_KINDS,
  catalog: PREVENTION_KIND_CATALOG,
  get: getPreventionKind,
  is: isPreventionKind,
  unknownCode: "unknown_prevention_kind",
  key: "code",
});

describe("scheda obiettivo", () => {
  it("labels every answer where the form prints it (seed 002 L4804-4809, L4881; seed 001 L1684; seed 004 L996)", () => {
    expect(NEW_SERVICE_KINDS.map((k) => NEW_SERVICE_KIND_CATALOG[k].source.lines[0])).toEqual([
      4804, 4806, 4809, 996,
    ]);
    // seed 004 L996: "L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?	No".
    expect(NEW_SERVICE_KIND_CATALOG["non-nuovo"].source.document).toBe(
      "Piano di Zona 2025-2027, Ambito Alto Milanese",
    );
    expect(NEED_KINDS.map((k) => NEED_KIND_CATALOG[k].labels.it)).toEqual([
      "Bisogno consolidato",
      "Nuovo bisogno",
    ]);
    // "NUOVO BISOGNO" is on L4881 (L4880 is blank).
    expect(NEED_KINDS.map((k) => NEED_KIND_CATALOG[k].source.lines[0])).toEqual([1684, 4881]);
    expect(PREVENTION_KINDS.map((k) => PREVENTION_KIND_CATALOG[k].labels.it)).toEqual([
      "Promozionale",
      "Preventivo",
      "Riparativo",
    ]);
  });

  it("lists known key points under valid macro-areas, without duplicates", () => {
    const texts = KNOWN_KEY_POINTS.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of KNOWN_KEY_POINTS) expect(p.macroAreas.every(isMacroAreaCode)).toBe(true);
    expect(Object.isFrozen(KNOWN_KEY_POINTS[0]?.macroAreas)).toBe(true);
  });
});

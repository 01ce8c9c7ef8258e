import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import { ENTITY_KIND_CATALOG, ENTITY_KINDS } from "../../src/catalog/entities.js";
import {
  DEVELOPMENT_DRIVER_CODES,
  DEVELOPMENT_DRIVERS,
  getMacroArea,
  isAnyMacroAreaCode,
  isMacroAreaCode,
  LEGACY_MACRO_AREA_CODES,
  MACRO_AREA_CODES,
  MACRO_AREAS,
} from "../../src/catalog/macro-areas.js";
import { ORGAN_KIND_CATALOG, ORGAN_KINDS } from "../../src/catalog/organs.js";
import {
  KNOWN_KEY_POINTS,
  NEED_KIND_CATALOG,
  NEED_KINDS,
  NEW_SERVICE_KIND_CATALOG,
  NEW_SERVICE_KINDS,
  PREVENTION_KIND_CATALOG,
  PREVENTION_KINDS,
} from "../../src/catalog/scheda-obiettivo.js";

describe("macro-areas", () => {
  it("has the 11 areas of 2025-2027 and the legacy C, each with its title (seed 001 L1394-1404)", () => {
    expect(Object.keys(MACRO_AREAS).sort()).toEqual([...MACRO_AREA_CODES, ...LEGACY_MACRO_AREA_CODES].sort());
    expect(MACRO_AREAS.A.title).toBe(
      "Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
    );
    expect(MACRO_AREAS.J.title).toBe("Interventi a favore delle persone con disabilità");
    expect(MACRO_AREAS.C).toMatchObject({ legacy: true, mergedInto: "A", programmings: ["2021-2023"] });
    for (const code of MACRO_AREA_CODES) {
      expect(MACRO_AREAS[code]).toMatchObject({ code, legacy: false, mergedInto: null });
      expect(MACRO_AREAS[code].source.lines[0]).toBeGreaterThanOrEqual(1394);
    }
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(MACRO_AREAS.B.labels)).toBe(true);
    expect(() => {
      (MACRO_AREAS.B as { title: string }).title = "x";
    }).toThrow(TypeError);
  });

  it("looks areas up, legacy C included, and rejects other letters", () => {
    expect(getMacroArea("C").mergedInto).toBe("A");
    for (const bad of ["M", "a", "", "AB"]) {
      let caught: unknown;
      try {
        getMacroArea(bad as never);
      } catch (error) {
        caught = error;
      }
      expect(isPdzError(caught, "unknown_macro_area")).toBe(true);
    }
  });

  it("guards letters", () => {
    expect(MACRO_AREA_CODES.every(isMacroAreaCode)).toBe(true);
    expect(isMacroAreaCode("C")).toBe(false);
    expect(isMacroAreaCode(1)).toBe(false);
    expect(isAnyMacroAreaCode("C")).toBe(true);
    expect(isAnyMacroAreaCode(null)).toBe(false);
  });

  it("has the four development drivers (seed 001 L1416-1419)", () => {
    expect(DEVELOPMENT_DRIVER_CODES.map((d) => DEVELOPMENT_DRIVERS[d].source.lines[0])).toEqual([
      1416, 1417, 1418, 1419,
    ]);
  });
});

describe("organ and entity kinds", () => {
  it("label every kind in both languages", () => {
    for (const kind of ORGAN_KINDS) {
      expect(ORGAN_KIND_CATALOG[kind].kind).toBe(kind);
      expect(ORGAN_KIND_CATALOG[kind].labels.en.length).toBeGreaterThan(0);
    }
    for (const kind of ENTITY_KINDS) {
      expect(ENTITY_KIND_CATALOG[kind].kind).toBe(kind);
      expect(ENTITY_KIND_CATALOG[kind].labels.it.length).toBeGreaterThan(0);
    }
  });

  it("keep the collegio di vigilanza without a source: no seed has one", () => {
    expect(ORGAN_KIND_CATALOG["collegio-di-vigilanza"].sources).toEqual([]);
    expect(ORGAN_KIND_CATALOG["assemblea-dei-sindaci"].sources.length).toBe(3);
  });
});

describe("scheda obiettivo", () => {
  it("labels every answer (seed 002 L4804-4809, L4880; seed 001 L1684)", () => {
    expect(NEW_SERVICE_KINDS.map((k) => NEW_SERVICE_KIND_CATALOG[k].source.lines[0])).toEqual([
      4804, 4806, 4809,
    ]);
    expect(NEED_KINDS.map((k) => NEED_KIND_CATALOG[k].labels.it)).toEqual([
      "Bisogno consolidato",
      "Nuovo bisogno",
    ]);
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
  });
});

describe("lookup errors", () => {
  it("say what is unknown in both languages", () => {
    let caught: unknown;
    try {
      getMacroArea("M" as never);
    } catch (error) {
      caught = error;
    }
    expect(isPdzError(caught) && [caught.message, caught.messageIt]).toEqual([
      "Unknown macro-area letter: M",
      "Lettera di macro-area sconosciuta: M",
    ]);
  });
});

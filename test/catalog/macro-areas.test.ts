import { describe, expect, it } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import {
  DEVELOPMENT_DRIVER_CATALOG,
  DEVELOPMENT_DRIVER_CODES,
  getDevelopmentDriver,
  getMacroArea,
  isAnyMacroAreaCode,
  isDevelopmentDriverCode,
  isMacroAreaCode,
  LEGACY_MACRO_AREA_CODES,
  MACRO_AREA_CATALOG,
  MACRO_AREA_CODES,
} from "../../src/catalog/macro-areas.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "MACRO_AREA_CATALOG",
  codes: [...MACRO_AREA_CODES, ...LEGACY_MACRO_AREA_CODES],
  catalog: MACRO_AREA_CATALOG,
  get: getMacroArea,
  is: isAnyMacroAreaCode,
  unknownCode: "unknown_macro_area",
  key: "code",
});

describeCatalogue({
  name: "DEVELOPMENT_DRIVER_CATALOG",
  codes: DEVELOPMENT_DRIVER_CODES,
  catalog: DEVELOPMENT_DRIVER_CATALOG,
  get: getDevelopmentDriver,
  is: isDevelopmentDriverCode,
  unknownCode: "unknown_development_driver",
  key: "code",
});

describe("macro-areas", () => {
  it("has the 11 areas of 2025-2027 and the legacy C, each with its title (seed 001 L1394-1404)", () => {
    expect(MACRO_AREA_CATALOG.A.title).toBe(
      "Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
    );
    expect(MACRO_AREA_CATALOG.J.title).toBe("Interventi a favore delle persone con disabilità");
    expect(MACRO_AREA_CATALOG.C).toMatchObject({
      legacy: true,
      mergedInto: "A",
      programmings: ["2021-2023"],
    });
    for (const code of MACRO_AREA_CODES) {
      expect(MACRO_AREA_CATALOG[code]).toMatchObject({ code, legacy: false, mergedInto: null });
      expect(MACRO_AREA_CATALOG[code].source.lines[0]).toBeGreaterThanOrEqual(1394);
    }
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(MACRO_AREA_CATALOG.B.labels)).toBe(true);
    expect(() => {
      (MACRO_AREA_CATALOG.B as { title: string }).title = "x";
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
    expect(DEVELOPMENT_DRIVER_CODES.map((d) => DEVELOPMENT_DRIVER_CATALOG[d].source.lines[0])).toEqual([
      1416, 1417, 1418, 1419,
    ]);
  });

  it("says what is unknown in both languages", () => {
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

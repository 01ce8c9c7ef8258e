import { describe, expect, it } from "vitest";
import {
  getLegacyPlanColumn,
  isLegacyPlanColumn,
  LEGACY_PLAN_COLUMN_CATALOG,
  LEGACY_PLAN_COLUMNS,
} from "../../src/catalog/legacy-plan-columns.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "LEGACY_PLAN_COLUMN_CATALOG",
  codes: LEGACY_PLAN_COLUMNS,
  catalog: LEGACY_PLAN_COLUMN_CATALOG,
  get: getLegacyPlanColumn,
  is: isLegacyPlanColumn,
  unknownCode: "unknown_legacy_plan_column",
  key: "code",
});

describe("the columns of the 2015-2017 plan", () => {
  it("follow the tables' header (seed 003 L14-27)", () => {
    expect(LEGACY_PLAN_COLUMNS.map((column) => LEGACY_PLAN_COLUMN_CATALOG[column].labels.it)).toEqual([
      "OBIETTIVO GENERALE",
      "OBIETTIVO SPECIFICO",
      "INTERVENTI/AZIONI DI SISTEMA",
      "INDICATORI DI ESITO",
      "STRUMENTI UTILIZZATI",
      "RISORSE IMPIEGATE FINANZIARIE",
      "RISORSE IMPIEGATE PROFESSIONALI",
      "TEMPISTICA",
    ]);
  });

  it("map onto the fields of today's scheda, or say there is none", () => {
    const fields = LEGACY_PLAN_COLUMNS.map((column) => {
      const entry = LEGACY_PLAN_COLUMN_CATALOG[column];
      return [column, entry.scheda?.field ?? null, entry.relation];
    });
    expect(fields).toEqual([
      ["obiettivo-generale", null, "partial"],
      ["obiettivo-specifico", 1, "same"],
      ["interventi-azioni", 3, "same"],
      ["indicatori-di-esito", 26, "partial"],
      ["strumenti-utilizzati", 24, "partial"],
      ["risorse-finanziarie", 5, "partial"],
      ["risorse-professionali", 6, "same"],
      ["tempistica", null, "none"],
    ]);
    // The AREA DI POLICY is not a numbered field of the form; timing has no field at all.
    expect(LEGACY_PLAN_COLUMN_CATALOG["obiettivo-generale"].scheda?.labels.it).toBe("AREA DI POLICY");
    expect(LEGACY_PLAN_COLUMN_CATALOG.tempistica.scheda).toBeNull();
  });

  it("point at the legacy model's fields", () => {
    for (const column of LEGACY_PLAN_COLUMNS) {
      expect(LEGACY_PLAN_COLUMN_CATALOG[column].path).toMatch(/^generalObjectives\[\]\./);
    }
  });
});

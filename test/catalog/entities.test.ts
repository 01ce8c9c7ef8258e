import { describe, expect, it } from "vitest";
import {
  ENTITY_KIND_CATALOG,
  ENTITY_KINDS,
  getEntityKind,
  isEntityKind,
} from "../../src/catalog/entities.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "ENTITY_KIND_CATALOG",
  codes: ENTITY_KINDS,
  catalog: ENTITY_KIND_CATALOG,
  get: getEntityKind,
  is: isEntityKind,
  unknownCode: "unknown_entity_kind",
  key: "kind",
});

describe("entity kinds", () => {
  it("never read ATS as the Ambito Territoriale Sociale", () => {
    expect(ENTITY_KIND_CATALOG.ats.labels.it).toBe("Agenzia di Tutela della Salute (ATS)");
    expect(getEntityKind("asl").labels.en).toBe("Local Health Authority (ASL)");
  });
});

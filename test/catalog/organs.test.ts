import { describe, expect, it } from "vitest";
import { getOrganKind, isOrganKind, ORGAN_KIND_CATALOG, ORGAN_KINDS } from "../../src/catalog/organs.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "ORGAN_KIND_CATALOG",
  codes: ORGAN_KINDS,
  catalog: ORGAN_KIND_CATALOG,
  get: getOrganKind,
  is: isOrganKind,
  unknownCode: "unknown_organ_kind",
  key: "kind",
});

describe("organ kinds", () => {
  it("keep the collegio di vigilanza without a source: no seed has one", () => {
    expect(ORGAN_KIND_CATALOG["collegio-di-vigilanza"].sources).toEqual([]);
    expect(ORGAN_KIND_CATALOG["assemblea-dei-sindaci"].sources.length).toBe(3);
  });

  it("cite the Forum del Terzo Settore Altomilanese where it is (seed 004 L607-612, not the Tavolo L616-619)", () => {
    expect(ORGAN_KIND_CATALOG["tavolo-terzo-settore"].sources.map((source) => source.lines)).toEqual([
      [428, 467],
      [607, 612],
    ]);
  });
});

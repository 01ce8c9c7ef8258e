import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { staffingFte } from "../../src/model/staffing-fte.js";

describe("staffingFte", () => {
  it("gives 4,5 FTE for Gallarate's Ufficio di Piano", () => {
    // seed 000 L782-785: 1 PO 100% + 2 amministrativi full time + 1 AS 50% + 1 AS 100% = 4,5
    const ufficio = GALLARATE_ACCORDO.organs.find((organ) => organ.kind === "ufficio-di-piano")!;
    expect(staffingFte(ufficio).toString()).toBe("4.5");
  });

  it("gives 0 for an organ without staffing", () => {
    expect(staffingFte(GALLARATE_ACCORDO.organs[0]!).toString()).toBe("0");
  });
});

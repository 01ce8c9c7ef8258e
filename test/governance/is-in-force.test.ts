import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { isInForce } from "../../src/governance/is-in-force.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

describe("isInForce", () => {
  // Art. 11: "a decorrere dal 01.01.2025 al 31.12.2027" (seed 000 L478-479).
  it("holds on both ends of Gallarate's period and not outside", () => {
    expect(isInForce(GALLARATE_ACCORDO, "2024-12-31")).toBe(false);
    expect(isInForce(GALLARATE_ACCORDO, "2025-01-01")).toBe(true);
    expect(isInForce(GALLARATE_ACCORDO, "2026-02-28")).toBe(true);
    expect(isInForce(GALLARATE_ACCORDO, "2027-12-31")).toBe(true);
    expect(isInForce(GALLARATE_ACCORDO, "2028-01-01")).toBe(false);
  });

  it("follows the latest extension granted by the Regione", () => {
    const extended = {
      ...GALLARATE_ACCORDO,
      extensions: [
        { until: "2028-06-30", grantedBy: "regione" as const },
        { until: "2028-12-31", grantedBy: "regione" as const },
      ],
    };
    expect(isInForce(extended, "2028-12-31")).toBe(true);
    expect(isInForce(extended, "2029-01-01")).toBe(false);
  });

  it("refuses dates that are not ISO", () => {
    for (const date of ["31.12.2027", "2027-02-30", ""]) {
      expect(codeOf(() => isInForce(GALLARATE_ACCORDO, date))).toBe("invalid_date");
    }
  });

  it.each(HOSTILE_VALUES)("refuses %s as the Accordo or the date with a documented code", (_, value) => {
    const shape = [undefined, "invalid_type", "required_field", "unreadable_field", "invalid_date"];
    expect(shape).toContain(codeOf(() => isInForce(value as never, "2026-01-01")));
    expect(codeOf(() => isInForce(GALLARATE_ACCORDO, value as never))).toBe("invalid_date");
  });
});

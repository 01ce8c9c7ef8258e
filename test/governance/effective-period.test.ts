import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { effectivePeriod } from "../../src/governance/effective-period.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

describe("effectivePeriod", () => {
  // Art. 11: "a decorrere dal 01.01.2025 al 31.12.2027" (seed 000 L478-479).
  it("is Gallarate's period when nothing extends it", () => {
    expect(effectivePeriod(GALLARATE_ACCORDO)).toEqual({ from: "2025-01-01", to: "2027-12-31" });
  });

  it("follows the latest extension, in whatever order the extensions are listed", () => {
    const extended = {
      ...GALLARATE_ACCORDO,
      extensions: [
        { until: "2028-12-31", grantedBy: "regione" as const },
        { until: "2028-06-30", grantedBy: "regione" as const },
      ],
    };
    expect(effectivePeriod(extended)).toEqual({ from: "2025-01-01", to: "2028-12-31" });
  });

  it("returns a new object and reads own fields only", () => {
    const input = { period: { from: "2025-01-01", to: "2027-12-31" }, extensions: [] };
    const period = effectivePeriod(input);
    expect(period).not.toBe(input.period);
    expect(codeOf(() => effectivePeriod(Object.create(input) as never))).toBe("required_field");
  });

  it("refuses dates that are not ISO, in the period and in the extensions", () => {
    expect(
      codeOf(
        () => effectivePeriod({ period: { from: "01.01.2025", to: "2027-12-31" }, extensions: [] }),
        true,
      ),
    ).toBe("invalid_date@period.from");
    expect(
      codeOf(
        () =>
          effectivePeriod({
            period: { from: "2025-01-01", to: "2027-12-31" },
            extensions: [{ until: 2028 }],
          } as never),
        true,
      ),
    ).toBe("invalid_date@extensions.0.until");
  });

  it.each(HOSTILE_VALUES)("refuses %s with a documented code", (_, value) => {
    const codes = [undefined, "invalid_type", "required_field", "unreadable_field", "invalid_date"];
    expect(codes).toContain(codeOf(() => effectivePeriod(value as never)));
    expect(codes).toContain(codeOf(() => effectivePeriod({ period: value, extensions: [] } as never)));
    expect(codes).toContain(
      codeOf(() => effectivePeriod({ period: GALLARATE_ACCORDO.period, extensions: value } as never)),
    );
  });
});

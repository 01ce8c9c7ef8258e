import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { staffingFte } from "../../src/governance/staffing-fte.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { roundedFraction } from "../support/rational.js";

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

describe("staffingFte, exactly and on bad input", () => {
  it("sums people × share of time as one fraction, rounded once (against a rational reference)", () => {
    const staffing = [
      { role: "A", count: 3, timeShare: "33.3333333333333333333333333333333333" },
      { role: "B", count: 7, timeShare: "14.285714285714285714285714285" },
      { role: "C", count: 1, timeShare: 100 },
    ];
    // 3 × 333…3/10^34 + 7 × 14285…5/10^27 + 100, over 100.
    const a = 3n * 333333333333333333333333333333333333n * 10n ** 27n;
    const b = 7n * 14285714285714285714285714285n * 10n ** 34n;
    const c = 100n * 10n ** 61n;
    expect(staffingFte({ staffing } as never).toString()).toBe(roundedFraction(a + b + c, 100n * 10n ** 61n));
  });

  it("answers unreadable_field for an organ whose staffing cannot be read", () => {
    const organ = {};
    Object.defineProperty(organ, "staffing", {
      get: () => {
        throw new Error("unreadable");
      },
      enumerable: true,
    });
    expect(codeOf(() => staffingFte(organ as never), true)).toBe("unreadable_field@staffing");
  });

  it.each(HOSTILE_VALUES)(
    "refuses %s as the organ, the staffing or a position with a documented code",
    (_, value) => {
      const codes = [
        undefined,
        "invalid_type",
        "required_field",
        "unreadable_field",
        "invalid_count",
        "invalid_decimal",
        "number_text_too_long",
        "number_out_of_range",
        "percent_out_of_range",
      ];
      if (value !== undefined) expect(codes).toContain(codeOf(() => staffingFte(value as never)));
      if (value !== undefined)
        expect(codes).toContain(codeOf(() => staffingFte({ staffing: value } as never)));
      expect(codes).toContain(codeOf(() => staffingFte({ staffing: [value] } as never)));
      expect(codes).toContain(
        codeOf(() => staffingFte({ staffing: [{ count: value, timeShare: 50 }] } as never)),
      );
      expect(codes).toContain(
        codeOf(() => staffingFte({ staffing: [{ count: 1, timeShare: value }] } as never)),
      );
    },
  );

  it("refuses shares of time outside 0–100 and huge magnitudes", () => {
    expect(codeOf(() => staffingFte({ staffing: [{ count: 1, timeShare: "100.5" }] } as never), true)).toBe(
      "percent_out_of_range@staffing.0.timeShare",
    );
    expect(codeOf(() => staffingFte({ staffing: [{ count: 1, timeShare: "1e100000000" }] } as never))).toBe(
      "number_out_of_range",
    );
  });
});

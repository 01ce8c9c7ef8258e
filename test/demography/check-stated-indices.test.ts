import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { ageStructureFromBands, checkStatedIndices, demographicProfile } from "../../src/demography/index.js";
import { hostileValues } from "./_hostile.js";

describe("checkStatedIndices", () => {
  const computed = { oldAgeIndex: new Decimal(1225).div(16), label: "not a number" };

  it("judges each figure at its printed precision", () => {
    expect(checkStatedIndices({ oldAgeIndex: "76.56" }, computed)).toEqual([]);
    expect(checkStatedIndices({ oldAgeIndex: "77" }, computed)).toEqual([]);
    expect(checkStatedIndices({ oldAgeIndex: 76.6 }, computed)).toEqual([]);
    expect(checkStatedIndices({ oldAgeIndex: "76.50" }, computed, ["t"])).toEqual([
      {
        code: "stated_value_mismatch",
        severity: "error",
        path: ["t", "oldAgeIndex"],
        message: "Old-age index: printed 76.50, recomputed 76.5625",
        messageIt: "Indice di vecchiaia: stampato 76,50, ricalcolato 76,5625",
        stated: "76.50",
        computed: "76.5625",
      },
    ]);
  });

  it("warns about figures it cannot recompute, and skips empty ones", () => {
    const findings = checkStatedIndices(
      { label: "3", missing: "1.5", skipped: undefined, none: null },
      computed,
    );
    expect(findings.map((f) => [f.code, f.severity, f.path[0]])).toEqual([
      ["not_recomputable", "warning", "label"],
      ["not_recomputable", "warning", "missing"],
    ]);
  });
});

describe("checkStatedIndices with profiles and hostile figures", () => {
  const profile = demographicProfile(
    ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 88 },
        { from: 15, to: 64, total: 622 },
        { from: 65, total: 311 },
      ],
    }),
  );

  it("reads a profile's indices, or its plain data", () => {
    expect(checkStatedIndices({ oldAgeIndex: "353.4" }, profile)).toEqual([]);
    expect(checkStatedIndices({ oldAgeIndex: "353.4" }, profile.toJSON())).toEqual([]);
    expect(
      checkStatedIndices({ oldAgeIndex: "350.0" }, { ...profile.toJSON() }).map((f) => f.computed),
    ).toEqual(["353.409"]);
    expect(checkStatedIndices({ sexRatio: "98", bands: "1" }, profile).map((f) => f.code)).toEqual([
      "not_recomputable",
      "not_recomputable",
    ]);
  });

  it("reports a figure it cannot read, and checks the others (0.1.0 threw on an extreme value)", () => {
    const findings = checkStatedIndices(
      { oldAgeIndex: "1e400", youthDependencyIndex: "14.1", ageingShare: 1e300, minorShare: "abc" },
      profile,
      ["Zone"],
    );
    expect(findings.map((f) => [f.code, f.path.join("/"), f.stated])).toEqual([
      ["unreadable_demographic_input", "Zone/oldAgeIndex", null],
      ["unreadable_demographic_input", "Zone/ageingShare", null],
      ["unreadable_demographic_input", "Zone/minorShare", null],
    ]);
    const huge = checkStatedIndices({ oldAgeIndex: "353" }, { oldAgeIndex: "1e400" });
    expect(huge.map((f) => f.code)).toEqual(["not_recomputable"]);
  });

  it("writes the figures of its messages as each language does", () => {
    const [finding] = checkStatedIndices({ x: "1234.5" }, { x: "1234.56789" });
    expect(finding?.message).toBe("x: printed 1,234.5, recomputed 1,234.568");
    expect(finding?.messageIt).toBe("x: stampato 1.234,5, ricalcolato 1.234,568");
  });

  it.each(hostileValues(["oldAgeIndex"]))("never throws with %s as any argument", (_, value) => {
    for (const args of [
      [value, profile],
      [{ oldAgeIndex: value }, profile],
      [{ oldAgeIndex: "353.4" }, value],
      [{ oldAgeIndex: "353.4" }, { oldAgeIndex: value }],
      [{ oldAgeIndex: "353.4" }, profile, value],
    ]) {
      const findings = checkStatedIndices(...(args as Parameters<typeof checkStatedIndices>));
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings)
        expect(f.code).toMatch(/^(unreadable_demographic_input|not_recomputable|stated_value_mismatch)$/);
    }
  });
});

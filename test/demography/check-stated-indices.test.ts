import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { checkStatedIndices } from "../../src/demography/index.js";

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

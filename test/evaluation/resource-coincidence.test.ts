import { describe, expect, it } from "vitest";
import { coincidenceBand, isPdzError, resourceCoincidence } from "../../src/index.js";

describe("resourceCoincidence", () => {
  it("is paid × 100 / budgeted, exact", () => {
    // seed 000 L1739-1757: objective C, azione 3, "spesi euro 16.600 su stanziamento di euro 16.000"
    const c = resourceCoincidence({ budgeted: "16000", paid: "16600" });
    expect(c.percent?.toString()).toBe("103.75");
    expect(c.band).toBe("sottostimato");
    expect(c.labels.en).toBe("underestimated");
  });

  it.each([
    [100, 100, "100", "ottimo"],
    [100, "99.99", "99.99", "sovrastimato"],
    [3, 1, "33.33333333333333333333333333333333333333", "sovrastimato"],
    [100, 0, "0", "sovrastimato"],
    [100, "100.000001", "100.000001", "sottostimato"],
  ])("budgeted %s, paid %s → %s%% %s", (budgeted, paid, percent, band) => {
    const c = resourceCoincidence({ budgeted, paid });
    expect(c.percent?.toString()).toBe(percent);
    expect(c.band).toBe(band);
  });

  it.each([[0], [null], [undefined]])("is not applicable when the budget is %s, never 0%%", (budgeted) => {
    const c = resourceCoincidence({ budgeted, paid: 0 });
    expect(c.percent).toBeNull();
    expect(c.band).toBe("non-applicabile");
  });

  it.each([
    [{ budgeted: -1, paid: 0 }, ["budgeted"]],
    [{ budgeted: 1, paid: "-0.01" }, ["paid"]],
  ])("refuses negative amounts (%j)", (input, path) => {
    try {
      resourceCoincidence(input);
      expect.unreachable();
    } catch (error) {
      expect(isPdzError(error, "negative_amount")).toBe(true);
      expect(isPdzError(error) && error.path).toEqual(path);
    }
  });
});

describe("coincidenceBand", () => {
  it("bands a printed percent", () => {
    expect(coincidenceBand("80")).toBe("sovrastimato"); // seed 000 L1538-1543, objective B "80% (non realizzato come programmato)"
    expect(coincidenceBand(100)).toBe("ottimo");
    expect(coincidenceBand("103.75")).toBe("sottostimato");
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { coincidenceBand, Decimal, isPdzError, resourceCoincidence } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { roundedFraction } from "../support/rational.js";
import { codeOrValid, HOSTILE, NUMBER_CODES, SHAPE_CODES } from "./_hostile.js";

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

describe("resourceCoincidence is exact", () => {
  test.prop([
    fc.bigInt({ min: 1n, max: 10n ** 14n }),
    fc.bigInt({ min: 0n, max: 10n ** 14n }),
    fc.nat(6),
    fc.nat(6),
  ])(
    "paid × 100 / budgeted, correctly rounded once",
    (budgetedDigits, paidDigits, budgetedPlaces, paidPlaces) => {
      const asText = (digits: bigint, places: number) =>
        new Decimal(digits.toString()).div(new Decimal(10).pow(places)).toFixed(places);
      const result = resourceCoincidence({
        budgeted: asText(budgetedDigits, budgetedPlaces),
        paid: asText(paidDigits, paidPlaces),
      });
      // (p / 10^a) × 100 / (b / 10^c) = p × 10^c × 100 / (b × 10^a)
      const expected = roundedFraction(
        paidDigits * 10n ** BigInt(budgetedPlaces) * 100n,
        budgetedDigits * 10n ** BigInt(paidPlaces),
      );
      expect(result.percent?.toString()).toBe(expected);
    },
  );

  it("bands on the exact ratio", () => {
    // 100000000000000.1 / 100000000000000 × 100 rounds to 100 at 40 digits only after the 16th; still sottostimato.
    expect(resourceCoincidence({ budgeted: "99999999999999.9", paid: "99999999999999.91" }).band).toBe(
      "sottostimato",
    );
  });
});

describe("resourceCoincidence and coincidenceBand on hostile input", () => {
  const codes = [...SHAPE_CODES, ...NUMBER_CODES, "negative_amount"];
  it.each(HOSTILE)("answer %s with a result or a documented code", (_name, value) => {
    expect(codeOrValid(() => resourceCoincidence(value as never), codes)).toBe(true);
    expect(codeOrValid(() => resourceCoincidence({ paid: value } as never), codes)).toBe(true);
    expect(codeOrValid(() => resourceCoincidence({ paid: 1, budgeted: value } as never), codes)).toBe(true);
    expect(codeOrValid(() => coincidenceBand(value as never), codes)).toBe(true);
  });

  it("reads own fields only", () => {
    expect(codeOf(() => resourceCoincidence(Object.create({ paid: 1, budgeted: 1 }) as never))).toBe(
      "required_field",
    );
  });
});

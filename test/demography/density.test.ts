import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { populationDensity } from "../../src/demography/index.js";
import { errorCodeAt as codeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";
import { roundedFraction } from "../support/rational.js";

describe("populationDensity", () => {
  it("divides exactly by a decimal area", () => {
    // Alto Milanese, San Giorgio su Legnano (seed 004 L259): 6740 / 2,3 = 2930,43.
    expect(populationDensity({ population: 6740, areaKm2: new Decimal("2.3") }).toFixed(2)).toBe("2930.43");
    expect(populationDensity({ population: 1, areaKm2: "0.1" }).toString()).toBe("10");
  });

  it("refuses bad areas and populations", () => {
    expect(codeAt(() => populationDensity({ population: 1, areaKm2: 0 }, ["comuni", 3]))).toBe(
      "zero_denominator@comuni.3.areaKm2",
    );
    expect(codeAt(() => populationDensity({ population: 1, areaKm2: -2 }))).toBe("negative_amount@areaKm2");
    expect(codeAt(() => populationDensity({ population: 1, areaKm2: "9,12" }))).toBe(
      "invalid_decimal@areaKm2",
    );
    expect(codeAt(() => populationDensity({ population: 1.5, areaKm2: 2 }))).toBe("invalid_count@population");
  });
});

describe("populationDensity: exact, and total on any input", () => {
  it("is population × 10^k / the area's digits, rounded once", () => {
    expect(populationDensity({ population: 258307, areaKm2: "213.68" }).toString()).toBe(
      roundedFraction(25830700n, 21368n),
    );
    expect(populationDensity({ population: 1, areaKm2: "3e-30" }).toString()).toBe(
      roundedFraction(10n ** 30n, 3n),
    );
  });

  it.each(hostileValues(["population", "areaKm2"]))(
    "refuses %s as its input, its area or its path",
    (_, value) => {
      expect(hostileCode(() => populationDensity(value as never))).toMatch(
        /^(invalid_type|invalid_count|unreadable_field)$/,
      );
      expect(hostileCode(() => populationDensity({ population: 3, areaKm2: value as never }))).toMatch(
        /^(returned|invalid_decimal|number_out_of_range|number_text_too_long|negative_amount)$/,
      );
      expect(hostileCode(() => populationDensity({ population: 3, areaKm2: "1" }, value as never))).toMatch(
        /^(returned|invalid_type|unreadable_field|too_many_items)$/,
      );
    },
  );
});

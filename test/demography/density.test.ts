import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { populationDensity } from "../../src/demography/index.js";
import { errorCodeAt as codeAt } from "./_errors.js";

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

import { describe, expect, it } from "vitest";
import {
  birthRate,
  deathRate,
  foreignMigrationRate,
  internalMigrationRate,
  meanPopulation,
  naturalGrowthRate,
  populationChangeRate,
  totalGrowthRate,
  totalMigrationRate,
} from "../../src/demography/index.js";
import { errorCodeAt as codeAt } from "./_errors.js";

describe("vital rates per 1,000", () => {
  const year = { populationStart: 1000, populationEnd: 1010 };

  it("use the mean population by default", () => {
    expect(meanPopulation(year).toString()).toBe("1005");
    expect(birthRate({ births: 10, ...year }).toFixed(4)).toBe("9.9502");
    expect(deathRate({ deaths: 12, ...year }).toFixed(4)).toBe("11.9403");
    expect(naturalGrowthRate({ births: 10, deaths: 12, ...year }).toFixed(4)).toBe("-1.9900");
  });

  it("use the population the user gives instead, when given", () => {
    // ATS Insubria mortality 2022 (seed 001 L609): 16.970 deaths, crude rate printed 11,7 — only on the 2022
    // population implied by the extraction (1.450.427), not on the 01/01/2024 one (11,6).
    expect(deathRate({ deaths: 16970, population: 1450427 }).toFixed(1)).toBe("11.7");
    expect(deathRate({ deaths: 16970, population: 1462906 }).toFixed(1)).toBe("11.6");
  });

  it("sum as the balance does: total growth = natural growth + total migration", () => {
    const flows = { births: 9, deaths: 14, inflows: 60, outflows: 41, ...year };
    expect(totalGrowthRate(flows).toString()).toBe(
      naturalGrowthRate(flows).plus(totalMigrationRate(flows)).toString(),
    );
    expect(internalMigrationRate({ internalInflows: 40, internalOutflows: 35, ...year }).toFixed(4)).toBe(
      "4.9751",
    );
    expect(foreignMigrationRate({ foreignInflows: 5, foreignOutflows: 6, population: 500 }).toString()).toBe(
      "-2",
    );
    expect(populationChangeRate(year).toFixed(4)).toBe("9.9502");
  });

  it("refuse zero denominators and bad counts", () => {
    expect(codeAt(() => birthRate({ births: 1, populationStart: 0, populationEnd: 0 }))).toBe(
      "zero_denominator@populationStart",
    );
    expect(codeAt(() => birthRate({ births: 1, population: 0 }))).toBe("zero_denominator@population");
    expect(codeAt(() => birthRate({ births: -1, population: 10 }))).toBe("invalid_count@births");
    expect(codeAt(() => deathRate({ deaths: 1, population: 2.5 }))).toBe("invalid_count@population");
    expect(codeAt(() => meanPopulation({ populationStart: 1, populationEnd: -1 }))).toBe(
      "invalid_count@populationEnd",
    );
  });
});

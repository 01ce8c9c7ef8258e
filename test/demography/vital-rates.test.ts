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
import { hostileCode, hostileValues } from "./_hostile.js";
import { roundedFraction } from "../support/rational.js";

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

describe("vital rates: exact, and total on any input", () => {
  it("are one exact fraction rounded once: events × 2,000 / (P(1 January) + P(31 December))", () => {
    const flows = { births: 783, deaths: 1111, populationStart: 122026, populationEnd: 122675 };
    expect(birthRate(flows).toString()).toBe(roundedFraction(783n * 2000n, 122026n + 122675n));
    expect(naturalGrowthRate(flows).toString()).toBe(roundedFraction(-328n * 2000n, 122026n + 122675n));
    expect(deathRate({ deaths: 7, population: 3 }).toString()).toBe(roundedFraction(7000n, 3n));
    expect(meanPopulation({ populationStart: 2 ** 52, populationEnd: 2 ** 52 - 1 }).toString()).toBe(
      roundedFraction(2n ** 53n - 1n, 2n),
    );
  });

  it("read the population only as an own field, null as absent", () => {
    const inherited = Object.assign(Object.create({ population: 10 }) as object, {
      births: 1,
      populationStart: 1000,
      populationEnd: 1000,
    });
    expect(birthRate(inherited as never).toString()).toBe("1");
    expect(
      birthRate({
        births: 1,
        population: null,
        populationStart: 500,
        populationEnd: 500,
      } as never).toString(),
    ).toBe("2");
  });

  const RATES = {
    meanPopulation,
    birthRate,
    deathRate,
    naturalGrowthRate,
    internalMigrationRate,
    foreignMigrationRate,
    totalMigrationRate,
    totalGrowthRate,
    populationChangeRate,
  } as const;
  describe.each(Object.entries(RATES))("%s", (_, rate) => {
    it.each(hostileValues(["births", "populationStart", "population"]))("refuses %s", (__, value) => {
      expect(hostileCode(() => rate(value as never))).toMatch(
        /^(invalid_type|invalid_count|unreadable_field)$/,
      );
    });
  });
});

import { Dec, type Decimal } from "../core/decimal.js";
import { countAt, requireSafeSum, zeroDenominator } from "./_internal.js";

/**
 * The population a yearly rate is computed on. By default (ISTAT) the mean population of the year,
 * `(P(1 January) + P(31 December)) / 2`, from `populationStart` and `populationEnd`; or any population the user
 * chooses, as `population` (e.g. the 1 January stock, as some ATS tables do). When `population` is given it wins.
 * @category Demography
 */
export type RateDenominator =
  | { readonly populationStart: number; readonly populationEnd: number; readonly population?: undefined }
  | { readonly population: number };

/**
 * Popolazione media (mean population) of a year: `(P(1 January) + P(31 December)) / 2`, exact.
 *
 * @param input - `populationStart` (1 January) and `populationEnd` (31 December)
 * @throws {@link PdzError} `invalid_count`
 * @example
 * ```ts
 * import { meanPopulation } from "piano-di-zona";
 * meanPopulation({ populationStart: 122675, populationEnd: 122855 }).toString() //=> "122765"
 * meanPopulation({ populationStart: 3, populationEnd: 4 }).toString() //=> "3.5"
 * ```
 * @category Demography
 */
export function meanPopulation(input: {
  readonly populationStart: number;
  readonly populationEnd: number;
}): Decimal {
  const sum = requireSafeSum(countAt(input, "populationStart") + countAt(input, "populationEnd"));
  return new Dec(sum).div(2);
}

function perThousand(events: number, input: RateDenominator): Decimal {
  let denominator: Decimal;
  if (input.population === undefined) {
    denominator = meanPopulation(input);
    if (denominator.isZero())
      throw zeroDenominator(["populationStart"], "mean population", "popolazione media");
  } else {
    denominator = new Dec(countAt(input, "population"));
    if (denominator.isZero()) throw zeroDenominator(["population"], "population", "popolazione");
  }
  return new Dec(events).times(1000).div(denominator);
}

function net(input: object, inKey: string, outKey: string): number {
  return requireSafeSum(countAt(input, inKey) - countAt(input, outKey));
}

/**
 * Tasso di natalità (crude birth rate): live births of the year per 1,000 of the mean population (ISTAT), or of
 * the population given as `population`.
 *
 * @param input - `births` and the denominator ({@link RateDenominator})
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { birthRate } from "piano-di-zona";
 * birthRate({ births: 783, populationStart: 122026, populationEnd: 122675 }).toFixed(2) //=> "6.40"
 * birthRate({ births: 8908, population: 1462906 }).toFixed(1) //=> "6.1"
 * birthRate({ births: 1, populationStart: 0, populationEnd: 0 }) //=> throws zero_denominator
 * ```
 * @category Demography
 */
export function birthRate(input: { readonly births: number } & RateDenominator): Decimal {
  return perThousand(countAt(input, "births"), input);
}

/**
 * Tasso di mortalità (crude death rate): deaths of the year per 1,000 of the mean population.
 *
 * @param input - `deaths` and the denominator ({@link RateDenominator})
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { deathRate } from "piano-di-zona";
 * deathRate({ deaths: 16970, population: 1450427 }).toFixed(1) //=> "11.7"
 * ```
 * @category Demography
 */
export function deathRate(input: { readonly deaths: number } & RateDenominator): Decimal {
  return perThousand(countAt(input, "deaths"), input);
}

/**
 * Tasso di crescita naturale (natural growth rate): (births − deaths) per 1,000 of the mean population, i.e. the
 * birth rate minus the death rate.
 *
 * @param input - `births`, `deaths` and the denominator
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { naturalGrowthRate } from "piano-di-zona";
 * naturalGrowthRate({ births: 674, deaths: 955, population: 114634 }).toFixed(1) //=> "-2.5"
 * ```
 * @category Demography
 */
export function naturalGrowthRate(
  input: { readonly births: number; readonly deaths: number } & RateDenominator,
): Decimal {
  return perThousand(net(input, "births", "deaths"), input);
}

/**
 * Tasso migratorio interno (internal migration rate): net registrations from other Italian comuni per 1,000 of
 * the mean population.
 *
 * @param input - `internalInflows` (iscritti da altri comuni), `internalOutflows` (cancellati per altri comuni)
 * and the denominator
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { internalMigrationRate } from "piano-di-zona";
 * internalMigrationRate({ internalInflows: 30, internalOutflows: 50, populationStart: 1000, populationEnd: 1000 }).toString() //=> "-20"
 * ```
 * @category Demography
 */
export function internalMigrationRate(
  input: { readonly internalInflows: number; readonly internalOutflows: number } & RateDenominator,
): Decimal {
  return perThousand(net(input, "internalInflows", "internalOutflows"), input);
}

/**
 * Tasso migratorio con l'estero (foreign migration rate): net registrations from abroad per 1,000 of the mean
 * population (ISTAT).
 *
 * @param input - `foreignInflows` (iscritti dall'estero), `foreignOutflows` (cancellati per l'estero) and the
 * denominator
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { foreignMigrationRate } from "piano-di-zona";
 * foreignMigrationRate({ foreignInflows: 12, foreignOutflows: 2, populationStart: 990, populationEnd: 1010 }).toString() //=> "10"
 * ```
 * @category Demography
 */
export function foreignMigrationRate(
  input: { readonly foreignInflows: number; readonly foreignOutflows: number } & RateDenominator,
): Decimal {
  return perThousand(net(input, "foreignInflows", "foreignOutflows"), input);
}

/**
 * Tasso migratorio totale (total migration rate): all registrations minus all cancellations (internal, foreign
 * and for other reasons) per 1,000 of the mean population.
 *
 * @param input - `inflows`, `outflows` and the denominator
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { totalMigrationRate } from "piano-di-zona";
 * totalMigrationRate({ inflows: 42, outflows: 52, populationStart: 1000, populationEnd: 1000 }).toString() //=> "-10"
 * ```
 * @category Demography
 */
export function totalMigrationRate(
  input: { readonly inflows: number; readonly outflows: number } & RateDenominator,
): Decimal {
  return perThousand(net(input, "inflows", "outflows"), input);
}

/**
 * Tasso di crescita totale (total growth rate): natural growth plus net migration, per 1,000 of the mean
 * population (the sum of the natural growth and total migration rates).
 *
 * @param input - `births`, `deaths`, `inflows`, `outflows` and the denominator
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { totalGrowthRate } from "piano-di-zona";
 * totalGrowthRate({ births: 8, deaths: 11, inflows: 40, outflows: 37, populationStart: 1000, populationEnd: 1000 }).toString() //=> "0"
 * ```
 * @category Demography
 */
export function totalGrowthRate(
  input: {
    readonly births: number;
    readonly deaths: number;
    readonly inflows: number;
    readonly outflows: number;
  } & RateDenominator,
): Decimal {
  const change = requireSafeSum(net(input, "births", "deaths") + net(input, "inflows", "outflows"));
  return perThousand(change, input);
}

/**
 * The total growth rate implied by two stocks: `(P(31 December) − P(1 January))` per 1,000 of the mean
 * population. Without registry adjustments it equals {@link totalGrowthRate}, which makes it a check on a
 * printed "tasso di crescita totale".
 *
 * @param input - `populationStart` (1 January) and `populationEnd` (31 December)
 * @throws {@link PdzError} `invalid_count`, `zero_denominator`
 * @example
 * ```ts
 * import { populationChangeRate } from "piano-di-zona";
 * populationChangeRate({ populationStart: 122675, populationEnd: 122855 }).toFixed(2) //=> "1.47"
 * ```
 * @category Demography
 */
export function populationChangeRate(input: {
  readonly populationStart: number;
  readonly populationEnd: number;
}): Decimal {
  const start = countAt(input, "populationStart");
  const end = countAt(input, "populationEnd");
  return perThousand(end - start, { populationStart: start, populationEnd: end });
}

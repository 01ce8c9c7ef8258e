import type { Decimal } from "../core/decimal.js";
import type { Labels } from "../core/labels.js";
import { ownField, readRecord, type InputRecord } from "../core/read-input.js";
import { countField } from "./_named-counts.js";
import { exactRatio } from "./_ratio.js";
import { requireSafeSum } from "./_safe-sum.js";

const MEAN_POPULATION: Labels = { en: "mean population", it: "popolazione media" };
const POPULATION: Labels = { en: "population", it: "popolazione" };

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
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `unsafe_sum`
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
  const record = readRecord(input);
  const sum = requireSafeSum(countField(record, "populationStart") + countField(record, "populationEnd"));
  return exactRatio(sum, 2, 1n, [], MEAN_POPULATION);
}

// events × 1,000 / population, or events × 2,000 / (P(1 January) + P(31 December)) on the mean population: one
// exact fraction, rounded once.
function perThousand(events: number, record: InputRecord): Decimal {
  const population = ownField(record, "population");
  if (population !== undefined && population !== null) {
    return exactRatio(events, countField(record, "population"), 1000n, ["population"], POPULATION);
  }
  const sum = requireSafeSum(countField(record, "populationStart") + countField(record, "populationEnd"));
  return exactRatio(events, sum, 2000n, ["populationStart"], MEAN_POPULATION);
}

function net(record: InputRecord, inKey: string, outKey: string): number {
  return requireSafeSum(countField(record, inKey) - countField(record, outKey));
}

/**
 * Tasso di natalità (crude birth rate): live births of the year per 1,000 of the mean population (ISTAT), or of
 * the population given as `population`.
 *
 * @param input - `births` and the denominator ({@link RateDenominator})
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  return perThousand(countField(record, "births"), record);
}

/**
 * Tasso di mortalità (crude death rate): deaths of the year per 1,000 of the mean population.
 *
 * @param input - `deaths` and the denominator ({@link RateDenominator})
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
 * @example
 * ```ts
 * import { deathRate } from "piano-di-zona";
 * deathRate({ deaths: 16970, population: 1450427 }).toFixed(1) //=> "11.7"
 * ```
 * @category Demography
 */
export function deathRate(input: { readonly deaths: number } & RateDenominator): Decimal {
  const record = readRecord(input);
  return perThousand(countField(record, "deaths"), record);
}

/**
 * Tasso di crescita naturale (natural growth rate): (births − deaths) per 1,000 of the mean population, i.e. the
 * birth rate minus the death rate.
 *
 * @param input - `births`, `deaths` and the denominator
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  return perThousand(net(record, "births", "deaths"), record);
}

/**
 * Tasso migratorio interno (internal migration rate): net registrations from other Italian comuni per 1,000 of
 * the mean population.
 *
 * @param input - `internalInflows` (iscritti da altri comuni), `internalOutflows` (cancellati per altri comuni)
 * and the denominator
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  return perThousand(net(record, "internalInflows", "internalOutflows"), record);
}

/**
 * Tasso migratorio con l'estero (foreign migration rate): net registrations from abroad per 1,000 of the mean
 * population (ISTAT).
 *
 * @param input - `foreignInflows` (iscritti dall'estero), `foreignOutflows` (cancellati per l'estero) and the
 * denominator
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  return perThousand(net(record, "foreignInflows", "foreignOutflows"), record);
}

/**
 * Tasso migratorio totale (total migration rate): all registrations minus all cancellations (internal, foreign
 * and for other reasons) per 1,000 of the mean population.
 *
 * @param input - `inflows`, `outflows` and the denominator
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  return perThousand(net(record, "inflows", "outflows"), record);
}

/**
 * Tasso di crescita totale (total growth rate): natural growth plus net migration, per 1,000 of the mean
 * population (the sum of the natural growth and total migration rates).
 *
 * @param input - `births`, `deaths`, `inflows`, `outflows` and the denominator
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  const change = requireSafeSum(net(record, "births", "deaths") + net(record, "inflows", "outflows"));
  return perThousand(change, record);
}

/**
 * The total growth rate implied by two stocks: `(P(31 December) − P(1 January))` per 1,000 of the mean
 * population. Without registry adjustments it equals {@link totalGrowthRate}, which makes it a check on a
 * printed "tasso di crescita totale".
 *
 * @param input - `populationStart` (1 January) and `populationEnd` (31 December)
 * @throws {@link PdzError} `invalid_type` (not a record), `invalid_count`, `unreadable_field`, `zero_denominator`,
 * `unsafe_sum`
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
  const record = readRecord(input);
  const start = countField(record, "populationStart");
  const end = countField(record, "populationEnd");
  return exactRatio(end - start, requireSafeSum(start + end), 2000n, ["populationStart"], MEAN_POPULATION);
}

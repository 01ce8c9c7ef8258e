import type { DeepReadonly } from "../core/deep-freeze.js";
import type { Decimal } from "../core/decimal.js";
import type { FundTable } from "../model/fund-table.js";
import { readFundTable } from "./_fund-table-reader.js";
import { readPopulation } from "./_population.js";
import { fractionOf, toDecimal } from "./_rational.js";
import { exactTotals } from "./fund-table-totals.js";

/**
 * Each column's recomputed total per inhabitant: for a table of funds by year, the funds per capita of each year.
 * Exact: each is the column's exact sum over the population, correctly rounded once to 40 significant digits.
 *
 * @param table - a table validated by {@link parseFundTable} (any value is read, own properties only)
 * @param population - the inhabitants, > 0 (the same for every column; pass the population of the reference date
 *   you mean)
 * @throws {@link PdzError} `invalid_count`, `zero_population`, and the errors of {@link fundTableTotals}
 * @example
 * ```ts
 * import { parseFundTable, fundTablePerCapita } from "piano-di-zona";
 * const table = parseFundTable({ columns: ["2024"], rows: [{ label: "FNPS", amounts: [1000] }] });
 * fundTablePerCapita(table, 400).map(String) //=> ["2.5"]
 * fundTablePerCapita(table, 0) //=> throws zero_population
 * ```
 * @category Finance
 */
export function fundTablePerCapita(table: DeepReadonly<FundTable>, population: number): Decimal[] {
  const totals = exactTotals(readFundTable(table));
  const inhabitants = BigInt(readPopulation(population, ["population"]));
  return totals.byColumn.map((total) => {
    const fraction = fractionOf(total);
    return toDecimal({ n: fraction.n, d: fraction.d * inhabitants });
  });
}

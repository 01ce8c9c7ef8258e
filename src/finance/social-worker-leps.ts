import type { DecimalInput } from "../core/decimal-input.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/finance.js";
import { ownField, readOptions, readRecord, requiredField } from "../core/read-input.js";
import { readDecimalPlaces, readRoundingMode, type RoundingMode } from "../core/rounding.js";
import { readPopulation } from "./_population.js";
import {
  compare,
  divide,
  integer,
  max,
  min,
  multiply,
  rationalOf,
  roundRational,
  subtract,
  add,
  toDecimal,
  type Rational,
} from "./_rational.js";
import { readDecimal } from "../core/decimal-input.js";

/**
 * Inhabitants per social worker from which the contribution starts, 1:6.500 (L. 178/2020, art. 1, cc. 797-802).
 * @example
 * ```ts
 * import { CONTRIBUTION_START_RATIO } from "piano-di-zona";
 * CONTRIBUTION_START_RATIO //=> 6500
 * ```
 * @category Finance
 */
export const CONTRIBUTION_START_RATIO = 6500;
/**
 * Inhabitants per social worker of the LEPS, 1:5.000 (L. 178/2020, art. 1, cc. 797-802).
 * @example
 * ```ts
 * import { LEPS_SOCIAL_WORKER_RATIO } from "piano-di-zona";
 * LEPS_SOCIAL_WORKER_RATIO //=> 5000
 * ```
 * @category Finance
 */
export const LEPS_SOCIAL_WORKER_RATIO = 5000;
/**
 * Inhabitants per social worker of the service objective, 1:4.000 (L. 178/2020, art. 1, cc. 797-802).
 * @example
 * ```ts
 * import { SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO } from "piano-di-zona";
 * SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO //=> 4000
 * ```
 * @category Finance
 */
export const SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO = 4000;
/**
 * Euro per year for each FTE between 1:6.500 and 1:5.000 (L. 178/2020, art. 1, cc. 797-802).
 * @example
 * ```ts
 * import { FIRST_TRANCHE_EURO_PER_FTE } from "piano-di-zona";
 * FIRST_TRANCHE_EURO_PER_FTE //=> 40000
 * ```
 * @category Finance
 */
export const FIRST_TRANCHE_EURO_PER_FTE = 40000;
/**
 * Euro per year for each FTE between 1:5.000 and 1:4.000 (L. 178/2020, art. 1, cc. 797-802).
 * @example
 * ```ts
 * import { SECOND_TRANCHE_EURO_PER_FTE } from "piano-di-zona";
 * SECOND_TRANCHE_EURO_PER_FTE //=> 20000
 * ```
 * @category Finance
 */
export const SECOND_TRANCHE_EURO_PER_FTE = 20000;

/**
 * A rounding step: how many decimals, and how.
 * @category Finance
 */
export interface RoundingRule {
  /** Decimal places to keep: a whole number from 0 to 20. */
  readonly decimals: number;
  /** How to round; there is no hidden default. */
  readonly mode: RoundingMode;
}

/**
 * Optional rounding of the social-worker calculation. None is applied by default: the figures are exact. The
 * ministerial worksheets that accompany the yearly note may round the FTE thresholds and the euro amounts; the
 * rule they use is not verified here, so it is the caller's to state.
 * @category Finance
 */
export interface SocialWorkerLepsOptions {
  /** Applied to the three FTE thresholds (population / 6.500, / 5.000, / 4.000) before anything is compared. */
  readonly fteRounding?: RoundingRule;
  /** Applied to each tranche's euro amount (the total is the sum of the rounded tranches). */
  readonly euroRounding?: RoundingRule;
}

/**
 * One tranche of the contribution: the FTE it pays for and the amount.
 * @category Finance
 */
export interface ContributionTranche {
  readonly fte: Decimal;
  readonly euroPerFte: Decimal;
  readonly amount: Decimal;
}

/**
 * Where an Ambito stands on the LEPS "servizio sociale professionale" and what it receives for it.
 * @category Finance
 */
export interface SocialWorkerLepsResult {
  readonly population: number;
  readonly fte: Decimal;
  /** Inhabitants per FTE social worker; `null` when there is no social worker (no ratio exists). */
  readonly inhabitantsPerFte: Decimal | null;
  /** The FTE at which each ratio is reached: population / 6.500, / 5.000, / 4.000 (rounded if asked). */
  readonly thresholds: {
    readonly contributionStart: Decimal;
    readonly leps: Decimal;
    readonly serviceObjective: Decimal;
  };
  /** At least 1 FTE per 5.000 inhabitants. */
  readonly lepsMet: boolean;
  /** At least 1 FTE per 4.000 inhabitants. */
  readonly serviceObjectiveMet: boolean;
  /** FTE still needed to reach 1:5.000 (0 when met). */
  readonly fteMissingForLeps: Decimal;
  /** FTE still needed to reach 1:4.000 (0 when met). */
  readonly fteMissingForServiceObjective: Decimal;
  /** The yearly contribution, euro. */
  readonly contribution: {
    readonly firstTranche: ContributionTranche;
    readonly secondTranche: ContributionTranche;
    readonly total: Decimal;
  };
}

// clamp(value, 0, cap)
function clamp(value: Rational, cap: Rational): Rational {
  return max(integer(0), min(value, cap));
}

/** A figure that may be rounded by the caller's rule: the value to compute on and the Decimal to show. */
interface Figure {
  readonly value: Rational;
  readonly decimal: Decimal;
}

function figure(exact: Rational, rule: RoundingRule | null): Figure {
  if (rule === null) return { value: exact, decimal: toDecimal(exact) };
  const rounded = roundRational(exact, rule.decimals, rule.mode);
  return { value: rationalOf(rounded), decimal: rounded };
}

/** A tranche as the result shows it, and its amount as the exact value the total is computed from. */
interface Tranche {
  readonly result: ContributionTranche;
  readonly amount: Rational;
}

function tranche(fte: Rational, euroPerFte: number, rule: RoundingRule | null): Tranche {
  const amount = figure(multiply(fte, integer(euroPerFte)), rule);
  return {
    result: { fte: toDecimal(fte), euroPerFte: new Dec(euroPerFte), amount: amount.decimal },
    amount: amount.value,
  };
}

function readRoundingRule(value: unknown, path: ErrorPath): RoundingRule | null {
  if (value === undefined) return null;
  const record = readRecord(value, path);
  return {
    decimals: readDecimalPlaces(requiredField(record, "decimals", path), [...path, "decimals"]),
    mode: readRoundingMode(requiredField(record, "mode", path), [...path, "mode"]),
  };
}

/**
 * The LEPS "servizio sociale professionale" (L. 178/2020, art. 1, cc. 797-802): one social worker per 5.000
 * inhabitants in each Ambito (the LEPS) and one per 4.000 (the service objective), and the yearly state contribution
 * for social workers on permanent contracts of the Ambito and its Comuni, counted in full-time equivalents:
 *
 * - 40.000 € a year for each FTE above the ratio 1:6.500 and up to 1:5.000;
 * - 20.000 € a year for each FTE above 1:5.000 and up to 1:4.000;
 * - nothing for FTE at or below 1:6.500 (the first tranche starts there) nor beyond 1:4.000.
 *
 * With `P` inhabitants and `AS` FTE: first tranche FTE = clamp(AS − P/6.500, 0, P/5.000 − P/6.500); second tranche
 * FTE = clamp(AS − P/5.000, 0, P/4.000 − P/5.000). Fractions of an FTE count pro rata. No rounding unless asked
 * (see {@link SocialWorkerLepsOptions}); which population (reference date) to use is set by the yearly ministerial
 * note and is the caller's choice.
 *
 * Exact: every figure of the result is computed as one fraction of integers from the population and the FTE, and
 * correctly rounded once to 40 significant digits (P/6.500 is never rounded before it is multiplied). A rounding
 * the caller asks for is applied, once and exactly, where the options say, and what follows is computed from the
 * rounded figure.
 *
 * @param input - `population` (inhabitants, > 0) and `fte` (full-time-equivalent social workers, ≥ 0)
 * @param options - optional rounding of FTE thresholds and euro amounts
 * @throws {@link PdzError} `invalid_type` when the input or the options are not objects (or a rounding rule is
 *   not one), `required_field` when `population`, `fte` or a rule's `decimals` or `mode` is missing,
 *   `unreadable_field`; `invalid_count`, `zero_population`, `negative_fte`; `invalid_decimal`, `number_out_of_range`,
 *   `number_text_too_long` for an FTE that is not a decimal within the library's bounds; `invalid_decimals`,
 *   `invalid_rounding_mode` for a rounding rule
 * @example
 * ```ts
 * import { socialWorkerLeps } from "piano-di-zona";
 * const result = socialWorkerLeps({ population: 100000, fte: 22 });
 * result.lepsMet //=> true
 * result.serviceObjectiveMet //=> false
 * result.fteMissingForServiceObjective.toString() //=> "3"
 * result.contribution.secondTranche.amount.toString() //=> "40000"
 * result.contribution.total.toFixed(2) //=> "224615.38"
 * result.contribution.total.toString() //=> "224615.3846153846153846153846153846153846"
 * socialWorkerLeps({ population: 100000, fte: 15 }).contribution.total.toString() //=> "0"
 * // Alto Milanese, 258.307 inhabitants: the full contribution, as its plan lists it for 2024 (735.181,46 €)
 * const cents = { euroRounding: { decimals: 2, mode: "half-up" } } as const;
 * socialWorkerLeps({ population: 258307, fte: 70 }, cents).contribution.total.toString() //=> "735181.46"
 * ```
 * @category Finance
 */
export function socialWorkerLeps(
  input: { readonly population: number; readonly fte: DecimalInput },
  options: SocialWorkerLepsOptions = {},
): SocialWorkerLepsResult {
  const record = readRecord(input, []);
  const population = readPopulation(requiredField(record, "population"), ["population"]);
  const fte = readDecimal(requiredField(record, "fte"), ["fte"]);
  if (fte.isNegative()) throw pdzError(M.negative_fte, {}, ["fte"]);
  const settings = readOptions(options, ["options"]);
  const fteRounding = readRoundingRule(ownField(settings, "fteRounding", ["options"]), [
    "options",
    "fteRounding",
  ]);
  const euroRounding = readRoundingRule(ownField(settings, "euroRounding", ["options"]), [
    "options",
    "euroRounding",
  ]);
  const staff = rationalOf(fte);
  const inhabitants = integer(population);
  const threshold = (ratio: number): Figure => figure(divide(inhabitants, integer(ratio)), fteRounding);
  const contributionStart = threshold(CONTRIBUTION_START_RATIO);
  const leps = threshold(LEPS_SOCIAL_WORKER_RATIO);
  const serviceObjective = threshold(SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO);
  const first = tranche(
    clamp(subtract(staff, contributionStart.value), subtract(leps.value, contributionStart.value)),
    FIRST_TRANCHE_EURO_PER_FTE,
    euroRounding,
  );
  const second = tranche(
    clamp(subtract(staff, leps.value), subtract(serviceObjective.value, leps.value)),
    SECOND_TRANCHE_EURO_PER_FTE,
    euroRounding,
  );
  return {
    population,
    fte,
    inhabitantsPerFte: staff.n === 0n ? null : toDecimal(divide(inhabitants, staff)),
    thresholds: {
      contributionStart: contributionStart.decimal,
      leps: leps.decimal,
      serviceObjective: serviceObjective.decimal,
    },
    lepsMet: compare(staff, leps.value) >= 0,
    serviceObjectiveMet: compare(staff, serviceObjective.value) >= 0,
    fteMissingForLeps: toDecimal(max(integer(0), subtract(leps.value, staff))),
    fteMissingForServiceObjective: toDecimal(max(integer(0), subtract(serviceObjective.value, staff))),
    contribution: {
      firstTranche: first.result,
      secondTranche: second.result,
      total: toDecimal(add(first.amount, second.amount)),
    },
  };
}

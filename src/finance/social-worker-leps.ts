import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import { toDecimal, type DecimalInput } from "../core/input.js";
import { roundTo, type RoundingMode } from "../core/rounding.js";
import { requireDecimals, requirePopulation } from "./_internal.js";

/** Inhabitants per social worker from which the contribution starts (1:6.500). @category Finance */
export const CONTRIBUTION_START_RATIO = 6500;
/** Inhabitants per social worker of the LEPS (1:5.000). @category Finance */
export const LEPS_SOCIAL_WORKER_RATIO = 5000;
/** Inhabitants per social worker of the service objective (1:4.000). @category Finance */
export const SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO = 4000;
/** Euro per year for each FTE between 1:6.500 and 1:5.000. @category Finance */
export const FIRST_TRANCHE_EURO_PER_FTE = 40000;
/** Euro per year for each FTE between 1:5.000 and 1:4.000. @category Finance */
export const SECOND_TRANCHE_EURO_PER_FTE = 20000;

/**
 * A rounding step: how many decimals, and how.
 * @category Finance
 */
export interface RoundingRule {
  readonly decimals: number;
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

function clamp(value: Decimal, max: Decimal): Decimal {
  return Dec.max(0, Dec.min(value, max));
}

function tranche(fte: Decimal, euroPerFte: number, rounding: RoundingRule | undefined): ContributionTranche {
  const exact = fte.times(euroPerFte);
  const amount =
    rounding === undefined ? exact : roundTo(exact, requireDecimals(rounding.decimals), rounding.mode);
  return { fte, euroPerFte: new Dec(euroPerFte), amount };
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
 * @param input - `population` (inhabitants, > 0) and `fte` (full-time-equivalent social workers, ≥ 0)
 * @param options - optional rounding of FTE thresholds and euro amounts
 * @throws {@link PdzError} `invalid_count`, `zero_population`, `invalid_decimal`, `negative_fte`, `invalid_decimals`
 * @example
 * ```ts
 * import { socialWorkerLeps } from "piano-di-zona";
 * const result = socialWorkerLeps({ population: 100000, fte: 22 });
 * result.lepsMet //=> true
 * result.serviceObjectiveMet //=> false
 * result.fteMissingForServiceObjective.toString() //=> "3"
 * result.contribution.secondTranche.amount.toString() //=> "40000"
 * result.contribution.total.toFixed(2) //=> "224615.38"
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
  const population = requirePopulation(input.population);
  const fte = toDecimal(input.fte, ["fte"]);
  if (fte.isNegative()) {
    throw new PdzError({
      code: "negative_fte",
      message: "The full-time equivalents must be ≥ 0",
      messageIt: "Le unità equivalenti a tempo pieno devono essere ≥ 0",
      path: ["fte"],
    });
  }
  const threshold = (ratio: number): Decimal => {
    const exact = new Dec(population).div(ratio);
    const rule = options.fteRounding;
    return rule === undefined ? exact : roundTo(exact, requireDecimals(rule.decimals), rule.mode);
  };
  const contributionStart = threshold(CONTRIBUTION_START_RATIO);
  const leps = threshold(LEPS_SOCIAL_WORKER_RATIO);
  const serviceObjective = threshold(SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO);
  const first = tranche(
    clamp(fte.minus(contributionStart), leps.minus(contributionStart)),
    FIRST_TRANCHE_EURO_PER_FTE,
    options.euroRounding,
  );
  const second = tranche(
    clamp(fte.minus(leps), serviceObjective.minus(leps)),
    SECOND_TRANCHE_EURO_PER_FTE,
    options.euroRounding,
  );
  return {
    population,
    fte,
    inhabitantsPerFte: fte.isZero() ? null : new Dec(population).div(fte),
    thresholds: { contributionStart, leps, serviceObjective },
    lepsMet: fte.gte(leps),
    serviceObjectiveMet: fte.gte(serviceObjective),
    fteMissingForLeps: Dec.max(0, leps.minus(fte)),
    fteMissingForServiceObjective: Dec.max(0, serviceObjective.minus(fte)),
    contribution: { firstTranche: first, secondTranche: second, total: first.amount.plus(second.amount) },
  };
}

// The public API of the finance module, named one by one. Private helpers live in the module's `_` files.
export { allocate, allocateEqually } from "./allocate.js";
export { checkFundTable } from "./check-fund-table.js";
export { checkStatedShares, type StatedShare } from "./check-stated-shares.js";
export { checkStatedSum } from "./check-stated-sum.js";
export { compoundChange } from "./compound-change.js";
export { fundTablePerCapita } from "./fund-table-per-capita.js";
export { fundTableTotals, type FundTableTotals } from "./fund-table-totals.js";
export { perCapita } from "./per-capita.js";
export { percentChange } from "./percent-change.js";
export { percentShares, type PercentShare, type PercentSharesOptions } from "./percent-shares.js";
export {
  CONTRIBUTION_START_RATIO,
  FIRST_TRANCHE_EURO_PER_FTE,
  LEPS_SOCIAL_WORKER_RATIO,
  SECOND_TRANCHE_EURO_PER_FTE,
  SERVICE_OBJECTIVE_SOCIAL_WORKER_RATIO,
  socialWorkerLeps,
  type ContributionTranche,
  type RoundingRule,
  type SocialWorkerLepsOptions,
  type SocialWorkerLepsResult,
} from "./social-worker-leps.js";
export { yearOnYearChanges, type YearOnYearChange } from "./year-on-year.js";

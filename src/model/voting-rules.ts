// The kinds of majority and of vote weighting: plain data, without zod, so that the functions that apply the rules
// (governance's `decide`) do not load the schemas.

/**
 * How an organ's votes are counted: one vote per member ("plain") or votes weighted by the population of the comune
 * each member represents ("population", as some convenzioni among comuni provide).
 * @category Model
 */
export const VOTE_WEIGHTINGS = /* @__PURE__ */ Object.freeze(["plain", "population"] as const);

/** A vote weighting. @category Model */
export type VoteWeighting = (typeof VOTE_WEIGHTINGS)[number];

/**
 * Kinds of majority: `simple` (more in favour than against), `absolute` (more than half of the base), `qualified`
 * (at least the given share of the base).
 * @category Model
 */
export const MAJORITY_KINDS = /* @__PURE__ */ Object.freeze(["simple", "absolute", "qualified"] as const);

/** A kind of majority. @category Model */
export type MajorityKind = (typeof MAJORITY_KINDS)[number];

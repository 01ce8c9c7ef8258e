import * as z from "zod";
import * as M from "../core/messages/model.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { countSchema, sourceReferenceSchema } from "./primitives.js";
import { MAJORITY_KINDS, VOTE_WEIGHTINGS } from "./voting-rules.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const fractionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ numerator: countSchema(), denominator: countSchema().min(1) }).superRefine(
    ownFieldsOnly((fraction, ctx) => {
      if (fraction.numerator > fraction.denominator)
        reportIssue(ctx, M.fraction_above_one, {}, ["numerator"]);
    }),
  ),
);

/**
 * An exact share written as a fraction (`{ numerator: 2, denominator: 3 }` for "due terzi"), so that thresholds
 * such as two thirds are compared exactly, never as 0,666….
 *
 * @example
 * ```ts
 * import { FractionSchema } from "piano-di-zona";
 * FractionSchema.safeParse({ numerator: 1, denominator: 2 }).success //=> true
 * FractionSchema.safeParse({ numerator: 3, denominator: 2 }).success //=> false
 * ```
 * @category Model
 */
export const FractionSchema = /* @__PURE__ */ z.lazy(fractionSchema);

/** A validated {@link FractionSchema} value. @category Model */
export type Fraction = z.output<typeof FractionSchema>;

/** Built on first use. @internal */
export const decisionRulesSchema = /* @__PURE__ */ once(() =>
  z
    .strictObject({
      quorum: z.strictObject({
        basis: z.enum(["members", "population"]),
        share: fractionSchema(),
        inclusive: z.boolean(),
      }),
      majority: z.strictObject({
        kind: z.enum(MAJORITY_KINDS),
        weighting: z.enum(VOTE_WEIGHTINGS),
        base: z.enum(["present", "members"]).optional(),
        share: fractionSchema().optional(),
      }),
      /** The text of the rule, verbatim. */
      text: z.string().optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((rules, ctx) => {
        const { kind, base, share } = rules.majority;
        if (kind !== "simple" && base === undefined) {
          reportIssue(ctx, M.majority_base_required, {}, ["majority", "base"]);
        }
        if ((kind === "qualified") !== (share !== undefined)) {
          reportIssue(ctx, M.majority_share_mismatch, {}, ["majority", "share"]);
        }
      }),
    ),
);

/**
 * The rules by which an organ decides ("quorum costitutivo" and "quorum deliberativo"), as data: an Ambito's
 * convenzione states them, and the library applies them with `decide` (governance).
 *
 * - `quorum`: the share of the members (`basis: "members"`) or of the population they represent
 *   (`basis: "population"`) that must be present; `inclusive` says whether reaching the share exactly suffices.
 * - `majority`: its kind, how votes are weighted, and for absolute and qualified majorities the base (the members
 *   present or all members) and, for qualified ones, the share.
 *
 * Gallarate's Accordo states no such rules (seed 000 §2.4): its organs leave them out.
 *
 * @example
 * ```ts
 * import { DecisionRulesSchema } from "piano-di-zona";
 * const quorum = { basis: "members", share: { numerator: 1, denominator: 2 }, inclusive: false } as const;
 * const twoThirds = { numerator: 2, denominator: 3 };
 * DecisionRulesSchema.safeParse({ quorum, majority: { kind: "qualified", weighting: "population", base: "present", share: twoThirds } }).success //=> true
 * DecisionRulesSchema.safeParse({ quorum, majority: { kind: "qualified", weighting: "population", base: "present" } }).success //=> false
 * ```
 * @category Model
 */
export const DecisionRulesSchema = /* @__PURE__ */ z.lazy(decisionRulesSchema);

/** A validated {@link DecisionRulesSchema} record. @category Model */
export type DecisionRules = z.output<typeof DecisionRulesSchema>;

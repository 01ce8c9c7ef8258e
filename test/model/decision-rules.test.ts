import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { safeParseWith } from "../../src/core/zod-issues.js";
import { DecisionRulesSchema, FractionSchema } from "../../src/model/decision-rules.js";

const codes = (schema: z.ZodType, input: unknown): string[] => {
  const result = safeParseWith(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

const quorum = { basis: "members", share: { numerator: 1, denominator: 2 }, inclusive: false };

describe("DecisionRulesSchema", () => {
  it("accepts simple, absolute and qualified majorities written in full", () => {
    expect(codes(DecisionRulesSchema, { quorum, majority: { kind: "simple", weighting: "plain" } })).toEqual(
      [],
    );
    expect(
      codes(DecisionRulesSchema, {
        quorum,
        majority: { kind: "absolute", weighting: "population", base: "members" },
      }),
    ).toEqual([]);
  });

  it("asks absolute and qualified majorities for their base, and only qualified ones for a share", () => {
    expect(
      codes(DecisionRulesSchema, { quorum, majority: { kind: "absolute", weighting: "plain" } }),
    ).toEqual(["majority_base_required"]);
    expect(
      codes(DecisionRulesSchema, {
        quorum,
        majority: { kind: "simple", weighting: "plain", share: { numerator: 2, denominator: 3 } },
      }),
    ).toEqual(["majority_share_mismatch"]);
  });

  it("keeps fractions within the whole", () => {
    expect(codes(FractionSchema, { numerator: 3, denominator: 2 })).toEqual(["fraction_above_one"]);
    expect(codes(FractionSchema, { numerator: 0, denominator: 0 })).toEqual(["value_too_small"]);
  });
});

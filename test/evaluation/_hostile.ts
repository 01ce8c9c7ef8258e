import { expect } from "vitest";
import { isPdzError } from "../../src/core/error.js";

// Values nobody should pass to a computation, and that a notebook or a spreadsheet will pass anyway. Each function's
// bad-input table runs them through every argument and asserts a documented PdzError code (or a valid result).
const throwingGetter = Object.defineProperty({}, "completion", {
  enumerable: true,
  get() {
    throw new Error("getter");
  },
});

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

const trap = new Proxy(
  {},
  {
    get() {
      throw new Error("trap");
    },
    getOwnPropertyDescriptor() {
      throw new Error("trap");
    },
    has() {
      throw new Error("trap");
    },
    ownKeys() {
      throw new Error("trap");
    },
  },
);

const polluted = Object.create({
  planned: 4,
  realized: 3,
  actions: [{ completion: 100 }],
  paid: 1,
}) as object;

/** Hostile values, named for the test titles. */
export const HOSTILE: readonly (readonly [string, unknown])[] = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 5],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["a bigint", 10n],
  ["a string", "cinque"],
  ["a 1 MB string", "9".repeat(1 << 20)],
  ["a symbol", Symbol("x")],
  ["a function", () => 1],
  ["an empty array", []],
  ["an array with holes", [, , 1]], // eslint-disable-line no-sparse-arrays
  ["an empty object", {}],
  ["Object.create(null)", Object.create(null) as object],
  ["a frozen object", Object.freeze({ planned: "x" })],
  ["a throwing getter", throwingGetter],
  ["a revoked proxy", revoked],
  ["a trapping proxy", trap],
  ["inherited fields only", polluted],
  ["a Date", new Date(0)],
  ["a Map", new Map([["planned", 4]])],
];

/**
 * True when the call returns a result that survives JSON without NaN or Infinity, or throws a PdzError whose code is
 * one of `codes`; fails the test with the foreign error or unexpected code otherwise.
 */
export function codeOrValid(call: () => unknown, codes: readonly string[]): boolean {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!isPdzError(error)) throw error;
    expect(codes).toContain(error.code);
    return true;
  }
  // A non-finite number would be written as null: the replacer marks it; a non-finite Decimal writes "NaN" itself.
  const text = JSON.stringify({ result }, (_key, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? "NaN" : value,
  );
  expect(text).not.toMatch(/NaN|Infinity/);
  return true;
}

/** Codes of input of the wrong shape, anywhere. */
export const SHAPE_CODES = [
  "invalid_type",
  "required_field",
  "unreadable_field",
  "too_many_items",
  "text_too_long",
] as const;

/** Codes of a value that should be a decimal number. */
export const NUMBER_CODES = ["invalid_decimal", "number_out_of_range", "number_text_too_long"] as const;

/** Codes of what an achievement grade is computed from. */
export const GRADE_CODES = [
  ...SHAPE_CODES,
  ...NUMBER_CODES,
  "invalid_action_count",
  "realized_exceeds_planned",
  "no_planned_actions",
  "completion_out_of_range",
  "invalid_partial_policy",
] as const;

/** Codes of an evaluated objective as the document states it. */
export const OBJECTIVE_CODES = [
  ...GRADE_CODES,
  "negative_amount",
  "percent_out_of_range",
  "invalid_option",
  // Issue 12: a printed grade, and 0.1.0's name for it.
  "grade_range_reversed",
  "not_applicable_grade_with_value",
  "stated_grade_renamed",
] as const;

/** Codes of a whole evaluation and its options. */
export const PLAN_CODES = [
  ...OBJECTIVE_CODES,
  "no_objectives",
  "year_out_of_range",
  "evaluation_period_reversed",
  "invalid_weighting",
  // Issue 12: the themes' lines, and the "actions" weighting over printed grades.
  "line_range_reversed",
  "actions_weighting_needs_counts",
] as const;

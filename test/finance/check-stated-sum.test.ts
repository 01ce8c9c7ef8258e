import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkStatedSum } from "../../src/finance/check-stated-sum.js";
import { HOSTILE } from "./hostile.js";

const summary = (findings: readonly { code: string; path: readonly (string | number)[] }[]) =>
  findings.map((finding) => [finding.code, finding.path]);

describe("checkStatedSum", () => {
  it("accepts an exact total, warns within rounding, errs beyond", () => {
    expect(checkStatedSum(["1,5", "2,5"], "4")).toEqual([]);
    expect(checkStatedSum(["33,3%", "33,3%", "33,3%"], "100%", ["total"])).toEqual([
      {
        code: "rounded_sum_mismatch",
        severity: "warning",
        path: ["total"],
        message: "Stated total 100%, sum of the printed parts 99.9 (the gap may come from rounding)",
        messageIt:
          "Totale indicato 100%, somma delle voci stampate 99,9 (la differenza può dipendere dagli arrotondamenti)",
        stated: "100",
        computed: "99.9",
      },
    ]);
    expect(checkStatedSum(["10", "20"], "33").map((finding) => [finding.code, finding.severity])).toEqual([
      ["stated_sum_mismatch", "error"],
    ]);
  });

  it("sums every digit exactly and formats large sums per language", () => {
    expect(checkStatedSum(["22.966.326,17", "9.135.701,97"], "32.102.028,14")).toEqual([]);
    const [finding] = checkStatedSum(["22.966.326,17", "9.135.701,97"], "32.102.128,14");
    expect([finding?.code, finding?.computed, finding?.message, finding?.messageIt]).toEqual([
      "stated_sum_mismatch",
      "32102028.14",
      "Stated total 32.102.128,14, sum of the printed parts 32,102,028.14",
      "Totale indicato 32.102.128,14, somma delle voci stampate 32.102.028,14",
    ]);
  });

  // Updated from 0.1.0, which threw on a figure it could not read: a check never throws.
  it("reports unreadable figures as findings at their paths", () => {
    expect(summary(checkStatedSum(["x", "1"], "1", ["t"]))).toEqual([["uncheckable_input", ["t", 0]]]);
    expect(summary(checkStatedSum(["1"], "12.85", ["t"]))).toEqual([["uncheckable_input", ["t"]]]);
    expect(summary(checkStatedSum(null as never, "1"))).toEqual([["uncheckable_input", []]]);
  });

  it("reads lists longer than 0.1.0 could spread into a call (about 125,000)", () => {
    const parts = new Array<string>(200_000).fill("0,01");
    expect(checkStatedSum(parts, "2.000,00")).toEqual([]);
  }, 60_000);

  it.each(HOSTILE)("turns %s as any argument into findings, never a throw", (_name, value) => {
    for (const findings of [
      checkStatedSum(value as never, "1"),
      checkStatedSum([], value as never),
      checkStatedSum([value as never], "1"),
      checkStatedSum([], "0", value as never),
    ]) {
      expect(
        findings.every((finding) => ["uncheckable_input", "stated_sum_mismatch"].includes(finding.code)),
      ).toBe(true);
    }
  });
});

test.prop([fc.anything(), fc.anything(), fc.anything()])(
  "never throws, whatever it is given",
  (parts, total, path) => {
    const findings = checkStatedSum(parts as never, total as never, path as never);
    expect(JSON.parse(JSON.stringify(findings))).toHaveLength(findings.length);
  },
);

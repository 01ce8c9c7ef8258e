import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkStatedShares } from "../../src/finance/check-stated-shares.js";
import { HOSTILE } from "./hostile.js";

const summary = (findings: readonly { code: string; path: readonly (string | number)[] }[]) =>
  findings.map((finding) => [finding.code, finding.path]);

describe("checkStatedShares", () => {
  it("accepts printed shares that are the exact ones rounded, flags the others", () => {
    const findings = checkStatedShares(
      [
        { label: "A", part: 1, statedPercent: "33,3%" },
        { label: "B", part: 2, statedPercent: "66,6%" },
      ],
      3,
      ["shares"],
    );
    expect(findings).toEqual([
      {
        code: "stated_share_mismatch",
        severity: "error",
        path: ["shares", 1, "statedPercent"],
        message: 'Share of "B": stated 66,6%, computed 66.67%',
        messageIt: "Quota di «B»: indicata 66,6%, calcolata 66,67%",
        stated: "66.6",
        computed: "66.67",
      },
    ]);
  });

  it("compares exactly at the edge of the printed precision", () => {
    // 1 of 8 is 12,5% exactly: "12%" and "13%" are both half a unit away and both agree; "12,4%" does not.
    const at = (statedPercent: string) => checkStatedShares([{ label: "A", part: 1, statedPercent }], 8);
    expect(at("12%")).toEqual([]);
    expect(at("13%")).toEqual([]);
    expect(summary(at("12,4%"))).toEqual([["stated_share_mismatch", [0, "statedPercent"]]]);
    // A total with more than 40 significant digits: the share is 50% less a hair, read from every digit.
    const total = "2.000000000000000000000000000000000000000000001";
    expect(checkStatedShares([{ label: "A", part: 1, statedPercent: "50%" }], total)).toEqual([]);
  });

  // Updated from 0.1.0, which threw on a zero total and on a percent it could not read: a check never throws, and
  // what it cannot read is an `uncheckable_input` finding; the other shares are still checked.
  it("reports what it cannot read as findings and checks the rest", () => {
    expect(summary(checkStatedShares([], 0))).toEqual([["uncheckable_input", ["total"]]]);
    expect(checkStatedShares([], 0)[0]?.messageIt).toBe(
      "Non verificato: Non esistono quote di un totale pari a 0",
    );
    const findings = checkStatedShares(
      [
        { label: "A", part: 1, statedPercent: "abc" },
        { label: "B", part: 1, statedPercent: "60%" },
        { label: "C", part: -1, statedPercent: "10%" },
      ],
      2,
      ["text"],
    );
    expect(summary(findings)).toEqual([
      ["uncheckable_input", ["text", 0, "statedPercent"]],
      ["stated_share_mismatch", ["text", 1, "statedPercent"]],
      ["uncheckable_input", ["text", 2, "part"]],
    ]);
    expect(findings[0]?.stated).toBeNull();
    expect(summary(checkStatedShares([], 10, "x" as never))).toEqual([["uncheckable_input", ["path"]]]);
  });

  it.each(HOSTILE)("turns %s as any argument into findings, never a throw", (_name, value) => {
    for (const findings of [
      checkStatedShares(value as never, 10),
      checkStatedShares([], value as never),
      checkStatedShares([value as never], 10),
      checkStatedShares([], 10, value as never),
    ]) {
      expect(
        findings.every((finding) => ["uncheckable_input", "stated_share_mismatch"].includes(finding.code)),
      ).toBe(true);
    }
  });
});

test.prop([fc.anything(), fc.anything(), fc.anything()])(
  "never throws, whatever it is given",
  (shares, total, path) => {
    const findings = checkStatedShares(shares as never, total as never, path as never);
    expect(Array.isArray(findings)).toBe(true);
    expect(JSON.parse(JSON.stringify(findings))).toHaveLength(findings.length);
  },
);

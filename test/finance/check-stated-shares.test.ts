import { describe, expect, it } from "vitest";
import { checkStatedShares } from "../../src/finance/check-stated-shares.js";
import { codeOf } from "../error-code.js";

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
    expect(findings.map((finding) => [finding.code, finding.path, finding.stated, finding.computed])).toEqual(
      [["stated_share_mismatch", ["shares", 1, "statedPercent"], "66.6", "66.67"]],
    );
  });

  it("rejects a zero total and unreadable percents", () => {
    expect(codeOf(() => checkStatedShares([], 0))).toBe("zero_total");
    expect(codeOf(() => checkStatedShares([{ label: "A", part: 1, statedPercent: "abc" }], 2))).toBe(
      "malformed_italian_number",
    );
  });
});

// docs/robustness.md is generated from the suite: it must say what the suite checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROBUSTNESS_DOC, robustnessDoc } from "./_robustness-doc.js";

describe("docs/robustness.md", () => {
  it("is the page the suite generates (npm run docs:robustness)", async () => {
    const expected = await robustnessDoc();
    expect(
      readFileSync(ROBUSTNESS_DOC, "utf8"),
      "docs/robustness.md is stale: run npm run docs:robustness",
    ).toBe(expected);
  });
});

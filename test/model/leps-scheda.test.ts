import { describe, expect, it } from "vitest";
import { GALLARATE_LEPS_SCHEDA_SAD } from "../../src/datasets/gallarate/schede-2025-2027.js";
import { safeParseLepsScheda } from "../../src/model/leps-scheda.js";
import { lepsSchedaInput } from "./_fixtures.js";

describe("LepsSchedaSchema", () => {
  it("holds Gallarate's SAD indicators with their yearly targets", () => {
    // seed 000 L11030-11032: "Anno 2025: ≥ 50%", "Anno 2026: ≥ 75%", "Anno 2027: 100%"
    const [first, second] = GALLARATE_LEPS_SCHEDA_SAD.indicators;
    expect(
      first?.targets.map((target) =>
        target.rule === "ratio-at-least" ? target.thresholdPercent.toString() : "",
      ),
    ).toEqual(["50", "75", "100"]);
    // seed 000 L11043: "Anno 2023: t0" as printed
    expect(second?.baselineYear).toBe(2023);
  });

  it("refuses an indicator of another LEPS", () => {
    const input = lepsSchedaInput();
    input.indicators[2].leps = "dimissioni-protette";
    const result = safeParseLepsScheda(input);
    expect(
      result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join("."), issue.messageIt]),
    ).toEqual([
      [
        "indicator_leps_mismatch",
        "indicators.2.leps",
        "LEPS: l'indicatore riguarda il LEPS «dimissioni-protette», non «incremento-sad»",
      ],
    ]);
  });
});

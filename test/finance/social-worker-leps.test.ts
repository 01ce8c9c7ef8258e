import { describe, expect, it } from "vitest";
import { socialWorkerLeps } from "../../src/finance/social-worker-leps.js";
import { roundedFraction } from "../support/rational.js";
import { codeOf } from "../error-code.js";
import { codeAsOptions, codeAsRecord, HOSTILE } from "./hostile.js";

describe("socialWorkerLeps (L. 178/2020 art. 1 cc. 797-802)", () => {
  it("reproduces the worked example: 100.000 inhabitants, 22 FTE", () => {
    const result = socialWorkerLeps({ population: 100000, fte: 22 });
    expect(result.thresholds.contributionStart.toFixed(4)).toBe("15.3846");
    expect(result.thresholds.leps.toString()).toBe("20");
    expect(result.thresholds.serviceObjective.toString()).toBe("25");
    expect(result.inhabitantsPerFte?.toFixed(2)).toBe("4545.45");
    expect(result.lepsMet).toBe(true);
    expect(result.serviceObjectiveMet).toBe(false);
    expect(result.fteMissingForLeps.toString()).toBe("0");
    expect(result.fteMissingForServiceObjective.toString()).toBe("3");
    // First tranche: 20 − 15,3846… = 4,6153… FTE × 40.000 € = 184.615,38 €; second: 2 FTE × 20.000 € = 40.000 €.
    expect(result.contribution.firstTranche.fte.toFixed(4)).toBe("4.6154");
    expect(result.contribution.firstTranche.amount.toFixed(2)).toBe("184615.38");
    expect(result.contribution.secondTranche.amount.toString()).toBe("40000");
    expect(result.contribution.total.toFixed(2)).toBe("224615.38");
  });

  it("computes the contribution as one exact fraction, rounded once", () => {
    // Updated from 0.1.0, which rounded 100.000 / 6.500 to 40 digits before multiplying by 40.000 and printed
    // …153848 in the last digits. The exact total is (20 − 200/13) × 40.000 + 2 × 20.000 = 2.920.000/13.
    const result = socialWorkerLeps({ population: 100000, fte: 22 });
    expect(result.contribution.total.toString()).toBe("224615.3846153846153846153846153846153846");
    expect(result.contribution.total.toString()).toBe(roundedFraction(2920000n, 13n));
    expect(result.contribution.firstTranche.amount.toString()).toBe(roundedFraction(2400000n, 13n));
    expect(result.contribution.firstTranche.fte.toString()).toBe(roundedFraction(60n, 13n));
    expect(result.thresholds.contributionStart.toString()).toBe(roundedFraction(200n, 13n));
    expect(result.inhabitantsPerFte?.toString()).toBe(roundedFraction(100000n, 22n));
  });

  it("reproduces Alto Milanese's 2024 contribution, the maximum for its 258.307 inhabitants", () => {
    // "Fondi legge di bilancio per assunzioni assistenti sociali" 2024: 735.181,46 € (seed 004 L487); population
    // 258.307 at 01/01/2024 (seed 004 L265). The plan does not state the FTE: the amount is the full contribution,
    // reached at 1:4.000 (64,58 FTE) or more, rounded half-up to the cent.
    const options = { euroRounding: { decimals: 2, mode: "half-up" } } as const;
    const atObjective = socialWorkerLeps({ population: 258307, fte: "64.57675" }, options);
    expect(atObjective.serviceObjectiveMet).toBe(true);
    expect(atObjective.contribution.firstTranche.amount.toString()).toBe("476874.46");
    expect(atObjective.contribution.secondTranche.amount.toString()).toBe("258307");
    expect(socialWorkerLeps({ population: 258307, fte: 70 }).contribution.total.toFixed(2)).toBe("735181.46");
    expect(socialWorkerLeps({ population: 258307, fte: 64 }).contribution.total.toFixed(2)).toBe("723646.46");
  });

  it("pays nothing at or below 1:6.500 and caps both tranches at 1:4.000", () => {
    const below = socialWorkerLeps({ population: 65000, fte: 10 });
    expect(below.contribution.total.toString()).toBe("0");
    expect(below.lepsMet).toBe(false);
    expect(below.fteMissingForLeps.toString()).toBe("3");
    const beyond = socialWorkerLeps({ population: 100000, fte: 40 });
    expect(beyond.contribution.firstTranche.amount.toFixed(2)).toBe("184615.38");
    expect(beyond.contribution.secondTranche.fte.toString()).toBe("5");
    expect(beyond.contribution.secondTranche.amount.toString()).toBe("100000");
    expect(beyond.serviceObjectiveMet).toBe(true);
    expect(beyond.fteMissingForServiceObjective.toString()).toBe("0");
  });

  it("treats the thresholds as reached when equal", () => {
    const exact = socialWorkerLeps({ population: 20000, fte: 5 });
    expect(exact.lepsMet).toBe(true);
    expect(exact.serviceObjectiveMet).toBe(true);
    expect(socialWorkerLeps({ population: 20000, fte: 4 }).lepsMet).toBe(true);
    expect(socialWorkerLeps({ population: 20000, fte: "3.99" }).lepsMet).toBe(false);
  });

  it("has no ratio without social workers", () => {
    const none = socialWorkerLeps({ population: 1000, fte: 0 });
    expect(none.inhabitantsPerFte).toBeNull();
    expect(none.contribution.total.toString()).toBe("0");
  });

  it("applies the rounding only when asked", () => {
    const rounded = socialWorkerLeps(
      { population: 100000, fte: 22 },
      { fteRounding: { decimals: 2, mode: "half-up" }, euroRounding: { decimals: 0, mode: "down" } },
    );
    expect(rounded.thresholds.contributionStart.toString()).toBe("15.38");
    expect(rounded.contribution.firstTranche.fte.toString()).toBe("4.62");
    expect(rounded.contribution.firstTranche.amount.toString()).toBe("184800");
    expect(rounded.contribution.total.toString()).toBe("224800");
  });

  it("rejects bad input", () => {
    expect(codeOf(() => socialWorkerLeps({ population: 0, fte: 1 }))).toBe("zero_population");
    expect(codeOf(() => socialWorkerLeps({ population: 1000, fte: -1 }))).toBe("negative_fte");
    expect(codeOf(() => socialWorkerLeps({ population: 1000.5, fte: 1 }))).toBe("invalid_count");
    expect(
      codeOf(() =>
        socialWorkerLeps({ population: 1000, fte: 1 }, { fteRounding: { decimals: -2, mode: "up" } }),
      ),
    ).toBe("invalid_decimals");
    expect(
      codeOf(
        () =>
          socialWorkerLeps(
            { population: 1000, fte: 1 },
            { euroRounding: { decimals: 2, mode: "nearest" as "up" } },
          ),
        true,
      ),
    ).toBe("invalid_rounding_mode@options.euroRounding.mode");
    expect(codeOf(() => socialWorkerLeps({ fte: 1 } as never), true)).toBe("required_field@population");
    expect(codeOf(() => socialWorkerLeps({ population: 1000, fte: "1e100000000" }))).toBe(
      "number_out_of_range",
    );
  });

  it("rounds exactly where asked: an amount just below half a cent is not pushed over by a 40-digit rounding", () => {
    // 6.500 inhabitants: the first tranche starts at 1 FTE. With 1,000000125 − 2,5 × 10^-48 FTE it pays
    // 0,005 − 10^-43 €, which is 0,00 € to the cent, half-up. Rounded to 40 digits first, it would read 0,005 and
    // round to 0,01 €.
    const fte = "1.0000001249999999999999999999999999999999999999975";
    const cents = { euroRounding: { decimals: 2, mode: "half-up" } } as const;
    expect(
      socialWorkerLeps({ population: 6500, fte }, cents).contribution.firstTranche.amount.toString(),
    ).toBe("0");
    expect(socialWorkerLeps({ population: 6500, fte }).contribution.firstTranche.amount.toString()).toBe(
      "0.005",
    );
  });

  it.each(HOSTILE)("reads %s as the input with a documented code", (name, value) => {
    expect(codeOf(() => socialWorkerLeps(value as never))).toBe(codeAsRecord(name));
  });

  it.each(HOSTILE)("reads %s as the population with a documented code", (name, value) => {
    const expected =
      name === "a number" ? undefined : name === "undefined" ? "required_field" : "invalid_count";
    expect(codeOf(() => socialWorkerLeps({ population: value as number, fte: 1 }))).toBe(expected);
  });

  const FTES: Record<string, string | undefined> = {
    undefined: "required_field",
    "a number": undefined,
    "a 1 MB string": "number_text_too_long",
    "a huge bigint": "number_out_of_range",
    "a huge exponent": "number_out_of_range",
  };
  it.each(HOSTILE)("reads %s as the FTE with a documented code", (name, value) => {
    expect(codeOf(() => socialWorkerLeps({ population: 1000, fte: value as number }))).toBe(
      name in FTES ? FTES[name] : "invalid_decimal",
    );
  });

  it.each(HOSTILE)(
    "reads %s as the options, and as a rounding rule, with a documented code",
    (name, value) => {
      expect(codeOf(() => socialWorkerLeps({ population: 1000, fte: 1 }, value as object))).toBe(
        codeAsOptions(name),
      );
      // A rounding rule is optional, but when present it is a record with two required fields.
      expect(
        codeOf(() => socialWorkerLeps({ population: 1000, fte: 1 }, { euroRounding: value as never })),
      ).toBe(name === "undefined" ? undefined : codeAsRecord(name));
    },
  );
});

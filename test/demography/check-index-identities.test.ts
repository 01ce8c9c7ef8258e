import { describe, expect, it } from "vitest";
import { checkIndexIdentities } from "../../src/demography/index.js";
import { hostileValues } from "./_hostile.js";

describe("checkIndexIdentities", () => {
  it("accepts figures that rounding alone explains", () => {
    // The tuttitalia examples quoted by Alto Milanese (seed 004 L332, L344, L355): IV 153, IDA 34, IDS 56.
    expect(
      checkIndexIdentities({ oldAgeIndex: 153, elderlyDependencyIndex: 34, structuralDependencyIndex: 56 }),
    ).toEqual([]);
    expect(
      checkIndexIdentities({
        structuralDependencyIndex: "55.3",
        elderlyDependencyIndex: "35.7",
        youthDependencyIndex: "19.6",
      }),
    ).toEqual([]);
  });

  it("reports each identity that cannot hold", () => {
    const findings = checkIndexIdentities(
      { structuralDependencyIndex: "60.0", elderlyDependencyIndex: "35.7", youthDependencyIndex: "19.6" },
      ["x"],
    );
    expect(findings.map((f) => [f.path.join("/"), f.stated, f.computed])).toEqual([
      ["x/youthDependencyIndex", "19.6", "24.200…24.400"],
      ["x/structuralDependencyIndex", "60.0", "55.200…55.400"],
    ]);
    expect(findings[0]?.messageIt).toBe(
      "Indice di dipendenza giovanile: stampato 19,6, ma dipendenza strutturale − dipendenza anziani dà 24,200…24,400 dagli altri valori stampati",
    );
  });

  it("uses the working-age share when it is printed", () => {
    expect(
      checkIndexIdentities({
        workingAgeShare: "63.3",
        structuralDependencyIndex: "58.1",
        ageingShare: "24.4",
        oldAgeIndex: "197.7",
      }),
    ).toEqual([]);
    const findings = checkIndexIdentities({
      workingAgeShare: "63.3",
      structuralDependencyIndex: "60.0",
      ageingShare: "24.4",
      oldAgeIndex: "150",
    });
    expect(findings.map((f) => f.path[0])).toEqual(["structuralDependencyIndex", "oldAgeIndex"]);
  });

  it("checks the demographic balance of the rates", () => {
    expect(
      checkIndexIdentities({ birthRate: "7.42", deathRate: "10.91", naturalGrowthRate: "-3.49" }),
    ).toEqual([]);
    const findings = checkIndexIdentities({
      naturalGrowthRate: "-3.49",
      totalMigrationRate: "3.58",
      totalGrowthRate: "1.09",
    });
    expect(findings.map((f) => [f.path[0], f.computed])).toEqual([["totalGrowthRate", "0.0800…0.1000"]]);
  });

  it("skips identities whose intervals leave the positive range", () => {
    expect(
      checkIndexIdentities({ oldAgeIndex: "5", elderlyDependencyIndex: "1", youthDependencyIndex: "0" }),
    ).toEqual([]);
  });
});

describe("checkIndexIdentities never throws", () => {
  it("reports a figure it cannot read, and checks the others", () => {
    const findings = checkIndexIdentities({
      structuralDependencyIndex: "60.0",
      elderlyDependencyIndex: "35.7",
      youthDependencyIndex: "19.6",
      oldAgeIndex: "1e999",
    });
    expect(findings.map((f) => [f.code, f.path[0]])).toEqual([
      ["unreadable_demographic_input", "oldAgeIndex"],
      ["index_identity_violated", "youthDependencyIndex"],
      ["index_identity_violated", "structuralDependencyIndex"],
    ]);
  });

  it.each(hostileValues(["oldAgeIndex"]))("with %s as its input, a figure or its path", (_, value) => {
    for (const findings of [
      checkIndexIdentities(value as never),
      checkIndexIdentities({
        oldAgeIndex: value as never,
        elderlyDependencyIndex: "3",
        youthDependencyIndex: "2",
      }),
      checkIndexIdentities({ oldAgeIndex: "150" }, value as never),
    ]) {
      for (const f of findings)
        expect(f.code).toMatch(/^(unreadable_demographic_input|index_identity_violated)$/);
    }
  });
});

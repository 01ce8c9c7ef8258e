import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/core/decimal.js";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { codeOf } from "../error-code.js";
import {
  ASST_VALLE_OLONA_POPULATION_2024,
  ATS_INSUBRIA_POPULATION_2024,
  BUSTO_ARSIZIO_COMUNE_2024,
  BUSTO_ARSIZIO_PRINTED_INDICES_2024,
  printedAreaStructure,
} from "../../src/datasets/busto-arsizio/demography.js";
import {
  birthRate,
  birthsPerThousandWomen,
  checkAgeStructure,
  checkIndexIdentities,
  checkStatedIndices,
  demographicProfile,
  populationDensity,
  readPrintedFigure,
  standardBands,
} from "../../src/demography/index.js";

function recomputed(table: typeof ATS_INSUBRIA_POPULATION_2024 | typeof ASST_VALLE_OLONA_POPULATION_2024) {
  const structure = printedAreaStructure(table);
  const profile = demographicProfile(structure);
  const bands = standardBands(structure);
  return {
    structure,
    profile,
    bands,
    computed: {
      // A profile's indices are read on demand (getters); its plain data holds each as canonical text.
      ...profile.toJSON(),
      birthsPerThousandWomen: birthsPerThousandWomen({
        births: table.births2023.total,
        women15to49: bands.women15to49 ?? 0,
      }),
      // The document divides the births of 2023 by the population of 01/01/2024, not by the mean population.
      birthRate: birthRate({ births: table.births2023.total, population: structure.total }),
    },
  };
}

describe("ATS Insubria at 01/01/2024 (seed 001 L528-569)", () => {
  const { structure, profile, bands, computed } = recomputed(ATS_INSUBRIA_POPULATION_2024);

  it("adds up: F + M = TOT in every class and the columns give the TOT row (L530-548), births too (L550)", () => {
    expect(checkAgeStructure(structure)).toEqual([]);
    const births = ATS_INSUBRIA_POPULATION_2024.births2023;
    expect(births.females + births.males).toBe(births.total);
  });

  it("reproduces the counts of the text (L524) and the aggregates of the extraction", () => {
    expect(bands).toMatchObject({
      total: 1462906,
      aged0to14: 180481,
      aged15to64: 925566,
      aged65plus: 356859,
      women15to49: 282634,
      aged80plus: 116530,
    });
    expect(ATS_INSUBRIA_POPULATION_2024.narrative.counts).toEqual({
      aged0to14: bands.aged0to14,
      aged15to64: bands.aged15to64,
      aged65plus: bands.aged65plus,
    });
  });

  it("reproduces every printed index of the table (L564-569)", () => {
    expect(checkStatedIndices(ATS_INSUBRIA_POPULATION_2024.printedIndices, computed)).toEqual([]);
    expect(computed.birthsPerThousandWomen.toFixed(4)).toBe("31.5178");
    expect(computed.birthRate.toFixed(4)).toBe("6.0892");
    expect(profile.oldAgeIndex?.toFixed(4)).toBe("197.7266");
    expect(profile.structuralDependencyIndex?.toFixed(4)).toBe("58.0553");
  });

  it("gives the indices the document does not print (seed 001 extraction §7.1)", () => {
    expect(profile.elderlyDependencyIndex?.toFixed(4)).toBe("38.5558");
    expect(profile.youthDependencyIndex?.toFixed(4)).toBe("19.4995");
    expect(profile.activePopulationTurnoverIndex?.toFixed(4)).toBe("144.0620");
    expect(profile.activePopulationStructureIndex?.toFixed(4)).toBe("146.2057");
    expect(profile.meanAge).toBeNull(); // five-year classes: the profile gives no mean age (meanAge() does, on request)
  });

  it("flags the ageing share of 23,4% in the text (L558) and accepts the shares of L524", () => {
    const narrative = ATS_INSUBRIA_POPULATION_2024.narrative;
    expect(checkStatedIndices(narrative.shares, computed)).toEqual([]);
    const findings = checkStatedIndices({ ageingShare: narrative.ageingShareInText }, computed);
    expect(findings.map((f) => [f.code, f.stated, f.computed])).toEqual([
      ["stated_value_mismatch", "23.4", "24.394"],
    ]);
  });

  it("shows that the band changes since 2021 cannot give the stated total change (L522-524)", () => {
    const change = ATS_INSUBRIA_POPULATION_2024.narrative.changeSince2021;
    const population2021 = 1462906 - change.total;
    expect(population2021).toBe(1457834);
    expect(
      checkStatedIndices(
        { growth: change.percent },
        { growth: computedGrowth(change.total, population2021) },
      ),
    ).toEqual([]);
    // −10.058 + 3.626 − 11.504 = −17.936, not +5.072: the over-64s must have increased by 11.504.
    expect(change.aged0to14 + change.aged15to64 + change.aged65plus).toBe(-17936);
    expect(change.aged0to14 + change.aged15to64 - change.aged65plus).toBe(change.total);
  });
});

function computedGrowth(change: number, start: number): Decimal {
  return new Decimal(change).times(100).div(start);
}

describe("ASST Valle Olona at 01/01/2024 (seed 001 L823-852)", () => {
  const { structure, profile, bands, computed } = recomputed(ASST_VALLE_OLONA_POPULATION_2024);

  it("adds up (L823-842)", () => {
    expect(checkAgeStructure(structure)).toEqual([]);
    expect(bands).toMatchObject({
      aged0to14: 55918,
      aged15to64: 276699,
      aged65plus: 105952,
      women15to49: 85404,
      aged80plus: 34689,
    });
  });

  it("reproduces every printed index (L847-852)", () => {
    expect(checkStatedIndices(ASST_VALLE_OLONA_POPULATION_2024.printedIndices, computed)).toEqual([]);
    expect(profile.structuralDependencyIndex?.toFixed(4)).toBe("58.5004");
    expect(profile.elderlyDependencyIndex?.toFixed(4)).toBe("38.2914");
    expect(profile.youthDependencyIndex?.toFixed(4)).toBe("20.2090");
    expect(profile.activePopulationTurnoverIndex?.toFixed(4)).toBe("140.4027");
    expect(profile.activePopulationStructureIndex?.toFixed(4)).toBe("146.0443");
  });
});

describe("Indices printed without counts (seed 001 L562-569, L870-877)", () => {
  it("are consistent with each other within their rounding", () => {
    const findings = BUSTO_ARSIZIO_PRINTED_INDICES_2024.flatMap((entry) =>
      checkIndexIdentities(entry.indices, [entry.area]),
    );
    expect(findings).toEqual([]);
  });

  it("would catch the L558 ageing share in the ATS column", () => {
    const ats = BUSTO_ARSIZIO_PRINTED_INDICES_2024[0]?.indices;
    const findings = checkIndexIdentities({ ...ats, ageingShare: "23.4" });
    expect(findings.map((f) => f.path[0])).toEqual(["oldAgeIndex"]);
  });
});

describe("Comune di Busto Arsizio (seed 001 L999)", () => {
  it("flags the density: 83.439 / 31,21 km² is 2.673,47, printed 2.674", () => {
    const comune = BUSTO_ARSIZIO_COMUNE_2024;
    const density = populationDensity({
      population: comune.population,
      areaKm2: parseItalianNumber(comune.areaPrinted),
    });
    const findings = checkStatedIndices({ density: readPrintedFigure(comune.densityPrinted) }, { density });
    expect(findings.map((f) => [f.stated, f.computed])).toEqual([["2674", "2673.47"]]);
  });

  it("answers a PdzError for a table that is not one (it read fields of undefined before)", () => {
    const call = (value: unknown) => () =>
      printedAreaStructure(value as Parameters<typeof printedAreaStructure>[0]);
    expect(codeOf(call(undefined))).toBe("invalid_type");
    expect(codeOf(call({}))).toBe("required_field");
    expect(codeOf(call({ classes: [null] }))).toBe("invalid_type");
    expect(codeOf(call({ ...ATS_INSUBRIA_POPULATION_2024, referenceDate: undefined }))).toBe(
      "required_field",
    );
    // A table without its area is not one (until now the area was not read, and such a table gave a structure).
    const withoutArea: Record<string, unknown> = { ...ATS_INSUBRIA_POPULATION_2024 };
    delete withoutArea["area"];
    expect(codeOf(call(withoutArea), true)).toBe("required_field@area");
    // Inherited fields are not data.
    expect(codeOf(call(Object.create(ATS_INSUBRIA_POPULATION_2024)))).toBe("required_field");
    expect(printedAreaStructure(ATS_INSUBRIA_POPULATION_2024).count(0, 14)).toBe(180481);
  });
});

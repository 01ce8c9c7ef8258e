import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import {
  ageStructureFromBands,
  ageStructureFromSingleYears,
  demographicProfiles,
  oldAgeIndex,
  standardBands,
  type AgeStructure,
  type AgeStructureJSON,
  type DemographicProfile,
  type DemographicProfileJSON,
  type Sex,
  type StandardBands,
} from "../../src/demography/index.js";

test("indices take named counts or a structure and return Decimals", () => {
  expectTypeOf(oldAgeIndex)
    .parameter(0)
    .toEqualTypeOf<AgeStructure | { readonly aged0to14: number; readonly aged65plus: number }>();
  expectTypeOf(oldAgeIndex).returns.toEqualTypeOf<Decimal>();
  expectTypeOf<Sex>().toEqualTypeOf<"males" | "females">();
});

test("absent counts and indices are null, never undefined", () => {
  expectTypeOf(standardBands).returns.toEqualTypeOf<StandardBands>();
  expectTypeOf<StandardBands["aged60to64"]>().toEqualTypeOf<number | null>();
  expectTypeOf<DemographicProfile["oldAgeIndex"]>().toEqualTypeOf<Decimal | null>();
  expectTypeOf<DemographicProfileJSON["oldAgeIndex"]>().toEqualTypeOf<string | null>();
  expectTypeOf<AgeStructure["males"]>().toEqualTypeOf<number | null>();
  expectTypeOf<AgeStructure["foreign"]>().toEqualTypeOf<AgeStructure | null>();
  expectTypeOf(ageStructureFromBands).returns.toEqualTypeOf<AgeStructure>();
  // A structure's counts cannot be changed.
  expectTypeOf<AgeStructure>().toHaveProperty("total").toEqualTypeOf<number>();
});

test("a structure's plain data is the input of the builder it came from", () => {
  expectTypeOf<AgeStructure["toJSON"]>().returns.toEqualTypeOf<AgeStructureJSON>();
  const json = {} as AgeStructureJSON;
  if (json.kind === "bands") expectTypeOf(ageStructureFromBands).toBeCallableWith(json);
  else expectTypeOf(ageStructureFromSingleYears).toBeCallableWith(json);
  expectTypeOf(demographicProfiles).toBeCallableWith({
    referenceDate: "2024-01-01",
    males: new Float64Array(0),
  });
});

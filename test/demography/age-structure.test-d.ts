import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import {
  ageStructureFromBands,
  oldAgeIndex,
  standardBands,
  type AgeStructure,
  type DemographicProfile,
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

test("band records have optional bands, profiles optional indices", () => {
  expectTypeOf(standardBands).returns.toEqualTypeOf<StandardBands>();
  expectTypeOf<StandardBands["aged60to64"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<DemographicProfile["oldAgeIndex"]>().toEqualTypeOf<Decimal | undefined>();
  expectTypeOf(ageStructureFromBands).returns.toEqualTypeOf<AgeStructure>();
  // A structure's counts cannot be changed.
  expectTypeOf<AgeStructure>().toHaveProperty("total").toEqualTypeOf<number>();
});

import { describe, expectTypeOf, it } from "vitest";
import {
  achievementGrade,
  achievementBand,
  resourceCoincidence,
  type AchievementBand,
  type AchievementGrade,
  type CoincidenceBand,
  type Decimal,
  type PartialActionPolicy,
} from "../../src/index.js";

describe("evaluation types", () => {
  it("grades carry an exact Decimal and a band from the official list", () => {
    const grade = achievementGrade({ planned: 4, realized: 3 });
    expectTypeOf(grade).toEqualTypeOf<AchievementGrade>();
    expectTypeOf(grade.percent).toEqualTypeOf<Decimal>();
    expectTypeOf(grade.band).toEqualTypeOf<AchievementBand>();
    // Counts are numbers; the grade's fractional numerator is a Decimal.
    expectTypeOf(grade.realized).toEqualTypeOf<number>();
    expectTypeOf(grade.planned).toEqualTypeOf<number>();
    expectTypeOf(grade.realizedEquivalent).toEqualTypeOf<Decimal>();
    // @ts-expect-error realized is a count, not a DecimalInput
    achievementGrade({ planned: 4, realized: "3" });
    expectTypeOf(achievementBand(50)).toEqualTypeOf<
      "nullo" | "insufficiente" | "sufficiente" | "buono" | "ottimo"
    >();
  });

  it("the partial policy is a closed union", () => {
    expectTypeOf<PartialActionPolicy>().toEqualTypeOf<"count" | "ignore" | "weight">();
    // @ts-expect-error an unknown policy does not compile
    achievementGrade({ actions: [], partial: "half" });
  });

  it("a coincidence percent may be null (nothing budgeted)", () => {
    const coincidence = resourceCoincidence({ budgeted: 0, paid: 0 });
    expectTypeOf(coincidence.percent).toEqualTypeOf<Decimal | null>();
    expectTypeOf(coincidence.band).toEqualTypeOf<CoincidenceBand>();
  });
});

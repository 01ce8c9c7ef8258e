import { describe, expect, it } from "vitest";
import {
  aggregate,
  ageStructureFromBands,
  ageStructureFromSingleYears,
  checkAgeStructure,
} from "../../src/demography/index.js";
import { errorCode } from "./_errors.js";

const single = (value: number, referenceDate = "2024-01-01", withForeign = true) =>
  ageStructureFromSingleYears({
    referenceDate,
    males: Array.from({ length: 101 }, () => value),
    females: Array.from({ length: 101 }, () => value + 1),
    ...(withForeign
      ? {
          foreign: {
            males: Array.from({ length: 101 }, () => 1),
            females: Array.from({ length: 101 }, () => 0),
          },
        }
      : {}),
  });

describe("aggregate", () => {
  it("adds single years sex by sex, foreigners included", () => {
    const ambito = aggregate([single(1), single(2)]);
    expect([ambito.males, ambito.females, ambito.total]).toEqual([303, 505, 808]);
    expect(ambito.isSingleYear).toBe(true);
    expect(ambito.foreign?.males).toBe(202);
    expect(ambito.foreign?.hasSexes).toBe(true);
  });

  it("keeps only what every comune has", () => {
    const noSexes = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      total: Array.from({ length: 101 }, () => 4),
    });
    const mixed = aggregate([single(1), noSexes]);
    expect(mixed.hasSexes).toBe(false);
    expect(mixed.total).toBe(303 + 404);
    expect(mixed.foreign).toBeUndefined();
    expect(aggregate([single(1, "2024-01-01", false), single(1)]).foreign).toBeUndefined();
  });

  it("adds bands and stated totals, so inconsistencies stay visible", () => {
    const comune = (young: number, stated: number) =>
      ageStructureFromBands({
        referenceDate: "2024-01-01",
        bands: [
          { from: 0, to: 14, males: young, females: 1, total: young + 1 },
          { from: 15, males: 5, females: 5 },
        ],
        stated: { total: stated, males: young + 5 },
        foreign: {
          bands: [
            { from: 0, to: 14, total: 1 },
            { from: 15, total: 2 },
          ],
        },
      });
    const ambito = aggregate([comune(3, 14), comune(4, 20)]);
    expect(ambito.stated).toEqual({ total: 34, males: 17 });
    expect(ambito.count(0, 14, "males")).toBe(7);
    expect(ambito.foreign?.total).toBe(6);
    expect(checkAgeStructure(ambito).map((f) => [f.stated, f.computed])).toEqual([["34", "29"]]);
    const unstated = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, total: 1 },
        { from: 15, total: 1 },
      ],
    });
    expect(aggregate([comune(3, 14), unstated]).stated).toEqual({});
  });

  it("refuses what cannot be summed", () => {
    expect(errorCode(() => aggregate([]))).toBe("empty_aggregate");
    expect(errorCode(() => aggregate([single(1), single(1, "2023-01-01")]))).toBe("reference_date_mismatch");
    const bands = ageStructureFromBands({ referenceDate: "2024-01-01", bands: [{ from: 0, total: 1 }] });
    const other = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 9, total: 1 },
        { from: 10, total: 1 },
      ],
    });
    expect(errorCode(() => aggregate([single(1), bands]))).toBe("band_layout_mismatch");
    expect(errorCode(() => aggregate([bands, other]))).toBe("band_layout_mismatch");
    expect(errorCode(() => aggregate([{ total: 3 } as never]))).toBe("invalid_age_structure");
    const big = ageStructureFromBands({ referenceDate: "2024-01-01", bands: [{ from: 0, total: 2 ** 52 }] });
    expect(errorCode(() => aggregate([big, big]))).toBe("unsafe_sum");
  });
});

import { describe, expect, it } from "vitest";
import {
  aggregate,
  ageStructureFromBands,
  ageStructureFromSingleYears,
  checkAgeStructure,
} from "../../src/demography/index.js";
import { errorCode, errorCodeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

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
    // 0.1.0 gave undefined: null now.
    expect(mixed.foreign).toBeNull();
    expect(aggregate([single(1, "2024-01-01", false), single(1)]).foreign).toBeNull();
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
    expect(ambito.stated).toEqual({ total: 34, males: 17, females: null });
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
    expect(aggregate([comune(3, 14), unstated]).stated).toEqual({ males: null, females: null, total: null });
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

describe("aggregate at scale and on hostile input", () => {
  it("sums 100,000 structures, its work linear in their number", () => {
    const comune = single(1, "2024-01-01", false);
    const many = Array.from({ length: 100_000 }, () => comune);
    const ambito = aggregate(many);
    expect(ambito.total).toBe(100_000 * comune.total);
    expect(ambito.count(65, null, "females")).toBe(100_000 * comune.count(65, null, "females"));
  });

  it("names the item that is not a structure", () => {
    expect(errorCodeAt(() => aggregate([single(1), { total: 3 } as never]))).toBe(
      "invalid_age_structure@structures.1",
    );
    expect(errorCodeAt(() => aggregate([single(1), single(1, "2023-01-01")]))).toBe(
      "reference_date_mismatch@structures.1.referenceDate",
    );
  });

  it.each(hostileValues())("refuses %s as the list or as an item", (_, value) => {
    expect(hostileCode(() => aggregate(value as never))).toMatch(
      /^(invalid_type|unreadable_field|empty_aggregate|invalid_age_structure)$/,
    );
    expect(hostileCode(() => aggregate([single(1), value as never]))).toBe("invalid_age_structure");
  });
});

import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  ageStructureFromSingleYears,
  demographicProfile,
  demographicProfiles,
  type ProfileBatchInput,
} from "../../src/demography/index.js";
import { errorCodeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

const AGES = 101;
const area = (seed: number): number[] =>
  Array.from({ length: AGES }, (_, age) => 1 + ((age * 7 + seed * 13) % 50));

describe("demographicProfiles", () => {
  const males = [area(1), area(2), area(3), area(4)];
  const females = [area(5), area(6), area(7), area(8)];
  const input = {
    referenceDate: "31/12/2023",
    males: males.flat(),
    females: females.flat(),
    foreigners: [3, 0, 10, 7],
    groups: [1, 0, 1, 1],
  };
  const profiles = demographicProfiles(input);
  const structures = males.map((m, i) =>
    ageStructureFromSingleYears({
      referenceDate: "31/12/2023",
      males: m,
      females: females[i] ?? [],
      foreign: {
        total: Array.from({ length: AGES }, (_, age) => (age === 40 ? (input.foreigners[i] ?? 0) : 0)),
      },
    }),
  );

  it("gives each area the profile the per-area API gives its structure", () => {
    expect([profiles.referenceDate, profiles.areaCount, profiles.groupCount]).toEqual(["2024-01-01", 4, 2]);
    structures.forEach((structure, i) => {
      expect(profiles.area(i).toJSON()).toEqual(demographicProfile(structure).toJSON());
    });
  });

  it("gives each group the profile of the aggregate of its areas, never a mean of their indices", () => {
    const first = aggregate([structures[0], structures[2], structures[3]].filter((s) => s !== undefined));
    expect(profiles.group(1).toJSON()).toEqual(demographicProfile(first).toJSON());
    expect(profiles.group(0).toJSON()).toEqual(profiles.area(1).toJSON());
  });

  it("reads its input in place and keeps nothing of it: changing it afterwards changes nothing", () => {
    const copy = structuredClone(input);
    const before = JSON.stringify(demographicProfiles(copy));
    const kept = demographicProfiles(copy);
    copy.males.fill(0);
    copy.foreigners.fill(0);
    copy.groups.fill(0);
    expect(JSON.stringify(kept)).toBe(before);
    expect(copy.females).toEqual(input.females); // and it changed nothing in it
  });

  it("reads typed arrays, totals without a split by sex, and no groups", () => {
    const typed = demographicProfiles({
      referenceDate: "2024-01-01",
      males: Float64Array.from(input.males),
      females: Uint32Array.from(input.females),
    });
    expect(typed.groupCount).toBe(0);
    expect(typed.area(2).toJSON()).toEqual(
      demographicProfiles({ ...input, foreigners: null })
        .area(2)
        .toJSON(),
    );
    const totals = demographicProfiles({
      referenceDate: "2024-01-01",
      total: input.males.map((m, i) => m + (input.females[i] ?? 0)),
      groups: [0, 0, 0, 0],
    });
    expect(totals.area(0).sexRatio).toBeNull();
    expect(totals.area(0).childWomanRatio).toBeNull();
    expect(totals.area(0).oldAgeIndex?.toString()).toBe(profiles.area(0).oldAgeIndex?.toString());
    expect(totals.group(0).bands.total).toBe(structures.reduce((sum, s) => sum + s.total, 0));
  });

  it("survives JSON.stringify and shows a summary in Node's console", () => {
    const json = JSON.parse(JSON.stringify(profiles)) as { areas: unknown[]; groups: unknown[] };
    expect(json.areas).toHaveLength(4);
    expect(json.groups).toHaveLength(2);
    expect(inspect(profiles)).toBe(
      "DemographicProfiles { referenceDate: '2024-01-01', areas: 4, groups: 2 }",
    );
    expect(JSON.parse(JSON.stringify(demographicProfiles({ ...input, groups: null })))).toMatchObject({
      groups: null,
    });
  });

  it("names the first bad count by its position in the flat list", () => {
    const bad = input.females.slice();
    bad[AGES + 7] = -1;
    expect(errorCodeAt(() => demographicProfiles({ ...input, females: bad }))).toBe(
      "invalid_count@females.108",
    );
    const big = input.males.slice();
    big[3] = 2 ** 40; // a valid count beyond 2^32 takes the full check
    expect(demographicProfiles({ ...input, males: big }).area(0).bands.total).toBeGreaterThan(2 ** 40);
    expect(errorCodeAt(() => demographicProfiles({ ...input, total: input.males }))).toBe(
      "invalid_age_structure@",
    );
    expect(errorCodeAt(() => demographicProfiles({ ...input, males: input.males.slice(1) }))).toBe(
      "invalid_age_structure@females",
    );
    expect(
      errorCodeAt(() =>
        demographicProfiles({ ...input, males: input.males.slice(1), females: input.females.slice(1) }),
      ),
    ).toBe("invalid_age_structure@males");
    expect(errorCodeAt(() => demographicProfiles({ ...input, groups: [0, 1, 4, 0] }))).toBe(
      "invalid_group@groups.2",
    );
    expect(errorCodeAt(() => demographicProfiles({ ...input, groups: [0, 0, 2, 2] }))).toBe(
      "empty_aggregate@groups",
    );
    expect(errorCodeAt(() => demographicProfiles({ ...input, foreigners: [3, 0, 1e6, 7] }))).toBe(
      "part_exceeds_total@areas.2.foreigners",
    );
    expect(errorCodeAt(() => demographicProfiles({ ...input, foreigners: [1, 2] }))).toBe(
      "invalid_age_structure@foreigners",
    );
    expect(errorCodeAt(() => profiles.area(4))).toBe("no_such_area@index");
    expect(errorCodeAt(() => profiles.group(-1))).toBe("no_such_area@index");
    expect(errorCodeAt(() => profiles.area(0.5))).toBe("no_such_area@index");
  });

  it("refuses a list whose getters answer differently when read again", () => {
    const fickle = area(1);
    const total = fickle.reduce((a, b) => a + b, 0);
    let median = 0;
    for (let below = 0; 2 * (below + (fickle[median] ?? 0)) < total; median++) below += fickle[median] ?? 0;
    // The median's year of age is read once to sum, and once more to interpolate.
    const value = fickle[median];
    let reads = 0;
    Object.defineProperty(fickle, median, { get: () => (++reads > 1 ? "many" : value) });
    expect(errorCodeAt(() => demographicProfiles({ referenceDate: "2024-01-01", total: fickle }))).toBe(
      `invalid_count@total.${String(median)}`,
    );
  });

  it("reports a zero denominator with the area, or makes it null on request", () => {
    const noYouth = input.males.map((m, i) => (i >= AGES && i % AGES >= 15 && i % AGES < 20 ? 0 : m));
    const femalesNoYouth = input.females.map((f, i) =>
      i >= AGES && i % AGES >= 15 && i % AGES < 20 ? 0 : f,
    );
    const lacking = { ...input, males: noYouth, females: femalesNoYouth };
    expect(errorCodeAt(() => demographicProfiles(lacking))).toBe("zero_denominator@areas.1.aged15to19");
    const lenient = demographicProfiles(lacking, { onZeroDenominator: "null" });
    expect(lenient.area(1).activePopulationTurnoverIndex).toBeNull();
    expect(lenient.area(0).activePopulationTurnoverIndex).not.toBeNull();
  });

  it("handles an empty batch and sums beyond 2^53 by refusing them", () => {
    const empty = demographicProfiles({ referenceDate: "2024-01-01", total: [] });
    expect([empty.areaCount, empty.groupCount]).toEqual([0, 0]);
    const half = Array.from({ length: AGES }, (_, age) => (age === 0 ? 2 ** 52 : 0));
    const twice = { referenceDate: "2024-01-01", total: [...half, ...half], groups: [0, 0] };
    expect(errorCodeAt(() => demographicProfiles(twice, { onZeroDenominator: "null" }))).toBe(
      "unsafe_sum@groups.0",
    );
  });

  const valid: ProfileBatchInput = { referenceDate: "2024-01-01", total: area(1) };
  it.each(hostileValues(["referenceDate", "total"]))("refuses %s as its input", (_, value) => {
    expect(hostileCode(() => demographicProfiles(value as never))).toMatch(
      /^(invalid_type|required_field|unreadable_field|invalid_age_structure|invalid_date)$/,
    );
  });
  it.each(hostileValues(["length", "0"]))(
    "refuses %s as a list of counts, foreigners or groups",
    (_, value) => {
      for (const key of ["total", "foreigners", "groups"]) {
        expect(hostileCode(() => demographicProfiles({ ...valid, [key]: value }))).toMatch(
          /^(returned|invalid_type|unreadable_field|invalid_age_structure|invalid_count|invalid_group|too_many_items)$/,
        );
      }
    },
  );
  it.each(hostileValues(["onZeroDenominator"]))("refuses %s as options, and as a position", (_, value) => {
    expect(hostileCode(() => demographicProfiles(valid, value as never))).toMatch(
      /^(returned|invalid_type|unreadable_field|invalid_option)$/,
    );
    expect(hostileCode(() => demographicProfiles(valid).area(value as never))).toMatch(
      /^(returned|no_such_area)$/,
    );
  });
});

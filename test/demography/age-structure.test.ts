import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ageStructureFromBands, ageStructureFromSingleYears } from "../../src/demography/index.js";
import { errorCode } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

const ages = (value: (age: number) => number): number[] =>
  Array.from({ length: 101 }, (_, age) => value(age));

const single = ageStructureFromSingleYears({
  referenceDate: "2024-01-01",
  males: ages((age) => (age < 100 ? 10 : 3)),
  females: ages((age) => (age < 100 ? 12 : 7)),
});
const banded = ageStructureFromBands({
  referenceDate: "2024-01-01",
  bands: [
    { from: 0, to: 14, males: 81, females: 70, total: 151 },
    { from: 15, to: 64, males: 518, females: 488, total: 1006 },
    { from: 65, males: 218, females: 255, total: 473 },
  ],
  stated: { males: 808, females: 813, total: 1621 },
});

describe("AgeStructure", () => {
  it("describes its bands with plain, frozen objects made anew at each call", () => {
    const bands = single.bands();
    expect(bands[0]).toEqual({ from: 0, to: 0, males: 10, females: 12, total: 22 });
    // 0.1.0 gave `to: undefined` for the open band: null now.
    expect(bands[100]).toEqual({ from: 100, to: null, males: 3, females: 7, total: 10 });
    expect(Object.isFrozen(bands) && Object.isFrozen(bands[0])).toBe(true);
    expect(single.bands()).not.toBe(bands);
  });

  it("survives JSON.stringify with its counts and reference date (0.1.0 printed {})", () => {
    expect(JSON.stringify(single)).not.toBe("{}");
    expect(JSON.parse(JSON.stringify(banded))).toEqual({
      kind: "bands",
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 14, males: 81, females: 70, total: 151 },
        { from: 15, to: 64, males: 518, females: 488, total: 1006 },
        { from: 65, to: null, males: 218, females: 255, total: 473 },
      ],
      stated: { males: 808, females: 813, total: 1621 },
      foreign: null,
    });
    const json = single.toJSON();
    expect(json.kind === "single-years" && json.males?.length).toBe(101);
    // The plain data is the caller's: changing it changes nothing in the structure.
    (json as unknown as { males: number[] }).males[0] = 999;
    expect(single.count(0, 0, "males")).toBe(10);
  });

  it("shows a summary in Node's console", () => {
    expect(inspect(banded)).toBe(
      "AgeStructure {\n  referenceDate: '2024-01-01',\n  kind: 'bands',\n  total: 1630,\n  males: 817,\n  females: 813,\n  bands: [ '0-14: 151', '15-64: 1006', '65+: 473' ],\n  foreigners: null\n}",
    );
    expect(inspect(single)).toContain("kind: 'single years 0…99, 100+'");
    expect(inspect(single).startsWith("AgeStructure {")).toBe(true);
  });

  it("has no own properties and cannot be changed", () => {
    expect(Object.keys(single)).toEqual([]);
    expect(Object.isFrozen(single)).toBe(true);
    expect(() => {
      (single as { total: number }).total = 3;
    }).toThrow(TypeError); // a getter without a setter, in strict mode: the library's own values stay as they are
    expect(single.total).toBe(2210);
  });

  it("refuses bad age queries", () => {
    expect(errorCode(() => single.count(-1))).toBe("invalid_age");
    expect(errorCode(() => single.count(1.5))).toBe("invalid_age");
    expect(errorCode(() => single.count(20, 10))).toBe("invalid_age");
    expect(errorCode(() => single.count(101))).toBe("band_not_available");
    expect(errorCode(() => single.count(0, null, "children" as never))).toBe("invalid_option");
    expect(single.count(0, null, null)).toBe(2210);
  });

  it.each(hostileValues())("counts: refuses %s as an age or a sex; canCount answers false", (_, value) => {
    expect(hostileCode(() => single.count(value as never))).toMatch(
      value === 5 ? /^returned$/ : /^invalid_age$/,
    );
    expect(hostileCode(() => single.count(0, value as never))).toMatch(/^(returned|invalid_age)$/);
    expect(hostileCode(() => single.count(0, 4, value as never))).toMatch(/^(returned|invalid_option)$/);
    expect(hostileCode(() => banded.canCount(value as never, value as never))).toBe("returned");
    expect(banded.canCount(value as never)).toBe(false);
  });
});

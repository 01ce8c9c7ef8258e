import { describe, expect, it } from "vitest";
import { ageStructureFromBands, ageStructureFromSingleYears } from "../../src/demography/index.js";
import { errorCode } from "./_errors.js";

const ages = (value: (age: number) => number): number[] =>
  Array.from({ length: 101 }, (_, age) => value(age));

describe("ageStructureFromSingleYears", () => {
  const males = ages((age) => (age < 100 ? 10 : 3));
  const females = ages((age) => (age < 100 ? 12 : 7));
  const structure = ageStructureFromSingleYears({ referenceDate: "2024-01-01", males, females });

  it("sums bands as integers, by sex", () => {
    expect([structure.total, structure.males, structure.females]).toEqual([2210, 1003, 1207]);
    expect(structure.isSingleYear && structure.hasSexes).toBe(true);
    expect(structure.bandCount).toBe(101);
    expect(structure.count(0, 14)).toBe(330);
    expect(structure.count(65)).toBe(35 * 22 + 10);
    expect(structure.count(100)).toBe(10); // the open class 100+
    expect(structure.count(15, 49, "females")).toBe(420);
    expect(structure.count(40, 40, "males")).toBe(10);
    expect(structure.canCount(0, 100)).toBe(false); // 100 is the open class "100 e più", not age 100 alone
    expect(structure.canCount(0)).toBe(true);
  });

  it("reads 31 December as 1 January of the next year", () => {
    expect(
      ageStructureFromSingleYears({ referenceDate: "31 dicembre 2023", total: males }).referenceDate,
    ).toBe("2024-01-01");
  });

  it("copies its inputs and is immutable", () => {
    const own = ages(() => 1);
    const copy = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: own });
    own[0] = 1000;
    expect(copy.count(0, 0)).toBe(1);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(copy.hasSexes).toBe(false);
    expect(copy.males).toBeUndefined();
    expect(errorCode(() => copy.count(0, 4, "males"))).toBe("sex_not_available");
  });

  it("keeps the foreign residents as a structure of their own", () => {
    const withForeign = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      males,
      females,
      foreign: { total: ages((age) => (age === 30 ? 5 : 0)) },
    });
    expect(withForeign.foreign?.total).toBe(5);
    expect(withForeign.foreign?.referenceDate).toBe("2024-01-01");
  });

  it("describes its bands", () => {
    const bands = structure.bands();
    expect(bands[0]).toEqual({ from: 0, to: 0, males: 10, females: 12, total: 22 });
    expect(bands[100]).toEqual({ from: 100, to: undefined, males: 3, females: 7, total: 10 });
  });

  it("refuses bad counts and shapes", () => {
    const bad = (value: unknown) => ages((age) => (age === 7 ? (value as number) : 1));
    expect(
      errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: bad(-1) })),
    ).toBe("invalid_count");
    expect(
      errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: bad(2.5) })),
    ).toBe("invalid_count");
    expect(
      errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: bad(2 ** 53) })),
    ).toBe("invalid_count");
    expect(
      errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: bad(Number.NaN) })),
    ).toBe("invalid_count");
    expect(errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", males }))).toBe(
      "invalid_age_structure",
    );
    expect(
      errorCode(() =>
        ageStructureFromSingleYears({ referenceDate: "2024-01-01", males, females, total: males }),
      ),
    ).toBe("invalid_age_structure");
    expect(errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01" }))).toBe(
      "invalid_age_structure",
    );
    expect(errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-13-01", total: males }))).toBe(
      "invalid_date",
    );
    const huge = ages(() => 2 ** 52);
    expect(errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: huge }))).toBe(
      "unsafe_sum",
    );
  });

  it("refuses bad age queries", () => {
    expect(errorCode(() => structure.count(-1))).toBe("invalid_age");
    expect(errorCode(() => structure.count(1.5))).toBe("invalid_age");
    expect(errorCode(() => structure.count(20, 10))).toBe("invalid_age");
    expect(errorCode(() => structure.count(101))).toBe("band_not_available");
  });
});

describe("ageStructureFromBands", () => {
  const bands = [
    { from: 0, to: 14, males: 81, females: 70, total: 151 },
    { from: 15, to: 64, males: 518, females: 488, total: 1006 },
    { from: 65, males: 218, females: 255, total: 473 },
  ];

  it("answers only what the bands allow", () => {
    const structure = ageStructureFromBands({ referenceDate: "01/01/2024", bands });
    expect(structure.isSingleYear).toBe(false);
    expect(structure.count(0, 64)).toBe(1157);
    expect(structure.count(15, 64, "females")).toBe(488);
    expect(errorCode(() => structure.count(15, 19))).toBe("band_not_available");
    expect(errorCode(() => structure.count(60))).toBe("band_not_available");
    expect(structure.stated).toEqual({});
  });

  it("keeps a band total that differs from males + females, as stated", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 64, males: 10, females: 10, total: 21 },
        { from: 65, total: 5 },
      ],
    });
    expect(structure.total).toBe(26);
    expect(structure.hasSexes).toBe(false); // the last band has no split
    expect(structure.bands()[0]).toEqual({
      from: 0,
      to: 64,
      males: undefined,
      females: undefined,
      total: 21,
    });
  });

  it("computes a band total from males and females when none is given", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, males: 4, females: 5 }],
    });
    expect([structure.total, structure.males, structure.females]).toEqual([9, 4, 5]);
  });

  it("refuses malformed bands", () => {
    const build = (input: Parameters<typeof ageStructureFromBands>[0]) =>
      errorCode(() => ageStructureFromBands(input));
    const referenceDate = "2024-01-01";
    expect(build({ referenceDate, bands: [] })).toBe("invalid_age_structure");
    expect(build({ referenceDate, bands: [{ from: 1, total: 3 }] })).toBe("invalid_age_structure");
    expect(build({ referenceDate, bands: [{ from: 0, to: 14, total: 3 }] })).toBe("invalid_age_structure");
    expect(
      build({
        referenceDate,
        bands: [
          { from: 0, total: 3 },
          { from: 15, total: 3 },
        ],
      }),
    ).toBe("invalid_age_structure");
    expect(
      build({
        referenceDate,
        bands: [
          { from: 0, to: 14, total: 3 },
          { from: 16, total: 3 },
        ],
      }),
    ).toBe("invalid_age_structure");
    expect(
      build({
        referenceDate,
        bands: [
          { from: 0, to: -2, total: 3 },
          { from: -1, total: 3 },
        ],
      }),
    ).toBe("invalid_age");
    expect(build({ referenceDate, bands: [{ from: 0, males: 3 }] })).toBe("invalid_age_structure");
    expect(build({ referenceDate, bands: [{ from: 0 }] })).toBe("invalid_age_structure");
    expect(build({ referenceDate, bands: [{ from: 0, total: -3 }] })).toBe("invalid_count");
    expect(build({ referenceDate, bands: [{ from: 0, total: 3 }], stated: { total: 1.5 } })).toBe(
      "invalid_count",
    );
    expect(
      build({
        referenceDate,
        bands: [{ from: 0, total: 3 }],
        foreign: {
          bands: [
            { from: 0, to: 9, total: 1 },
            { from: 10, total: 0 },
          ],
        },
      }),
    ).toBe("invalid_age_structure");
  });

  it("keeps stated totals and foreign residents by the same bands", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands,
      stated: { males: 808, females: 813, total: 1621 },
      foreign: {
        bands: [
          { from: 0, to: 14, total: 2 },
          { from: 15, to: 64, total: 20 },
          { from: 65, total: 4 },
        ],
      },
    });
    expect(structure.stated).toEqual({ males: 808, females: 813, total: 1621 });
    expect(structure.foreign?.count(15, 64)).toBe(20);
    expect(Object.isFrozen(structure.stated)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { ageStructureFromBands, type BandInput } from "../../src/demography/index.js";
import { errorCode, errorCodeAt } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

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
    // 0.1.0 gave {}: totals the document does not state are null now.
    expect(structure.stated).toEqual({ males: null, females: null, total: null });
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
    // 0.1.0 gave undefined for the missing split: null now.
    expect(structure.bands()[0]).toEqual({ from: 0, to: 64, males: null, females: null, total: 21 });
    const split = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [
        { from: 0, to: 64, males: 10, females: 10, total: 21 },
        { from: 65, males: 2, females: 3 },
      ],
    });
    expect([split.total, split.males, split.females, split.count(0, 64, "males")]).toEqual([26, 12, 13, 10]);
  });

  it("computes a band total from males and females when none is given", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands: [{ from: 0, males: 4, females: 5 }],
    });
    expect([structure.total, structure.males, structure.females]).toEqual([9, 4, 5]);
  });

  it("reads null as absent, so that its own JSON rebuilds it", () => {
    const structure = ageStructureFromBands({
      referenceDate: "2024-01-01",
      bands,
      stated: { males: 808, total: 1621 },
      foreign: { bands: bands.map((band) => ({ ...band, males: null, females: null, total: 1 })) },
    });
    const json = JSON.parse(JSON.stringify(structure)) as BandInput;
    expect(json).toMatchObject({ kind: "bands", stated: { males: 808, females: null, total: 1621 } });
    const again = ageStructureFromBands(json);
    expect(again.toJSON()).toEqual(structure.toJSON());
    expect(again.foreign?.total).toBe(3);
  });

  it("refuses malformed bands", () => {
    const build = (input: Parameters<typeof ageStructureFromBands>[0]) =>
      errorCode(() => ageStructureFromBands(input));
    const referenceDate = "2024-01-01";
    expect(build({ referenceDate, bands: [] })).toBe("invalid_age_structure");
    // Bands missing are a missing field, bands that are not a list a wrong type (until now both were
    // invalid_age_structure, which the TSDoc and the CHANGELOG keep for bands that are read but do not fit).
    expect(errorCodeAt(() => ageStructureFromBands({ referenceDate } as never))).toBe("required_field@bands");
    expect(errorCodeAt(() => ageStructureFromBands({ referenceDate, bands: null } as never))).toBe(
      "invalid_type@bands",
    );
    expect(
      errorCodeAt(() =>
        ageStructureFromBands({ referenceDate, bands, foreign: { bands: undefined } } as never),
      ),
    ).toBe("required_field@foreign.bands");
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
    expect(
      build({
        referenceDate,
        bands: [
          { from: 0, to: 9, total: 2 ** 52 },
          { from: 10, total: 2 ** 52 },
        ],
      }),
    ).toBe("unsafe_sum");
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

  it("copies its input: changing it afterwards changes nothing", () => {
    const input = { referenceDate: "2024-01-01", bands: bands.map((band) => ({ ...band })) };
    const structure = ageStructureFromBands(input);
    (input.bands[0] as { total: number }).total = 0;
    input.bands.pop();
    expect(structure.total).toBe(1630);
  });

  const valid = { referenceDate: "2024-01-01", bands };
  it.each(hostileValues(["referenceDate", "bands"]))("refuses %s as its input", (_, value) => {
    expect(hostileCode(() => ageStructureFromBands(value as never))).toMatch(
      /^(invalid_type|required_field|unreadable_field|invalid_age_structure|invalid_date)$/,
    );
  });
  it.each(hostileValues(["from", "total"]))("refuses %s as the bands or one band", (_, value) => {
    expect(hostileCode(() => ageStructureFromBands({ ...valid, bands: value as never }))).toMatch(
      /^(invalid_type|required_field|unreadable_field|invalid_age_structure)$/,
    );
    expect(hostileCode(() => ageStructureFromBands({ ...valid, bands: [value as never] }))).toMatch(
      /^(invalid_type|unreadable_field|invalid_age|invalid_age_structure)$/,
    );
  });
  it.each(hostileValues(["total", "bands"]))(
    "refuses %s as the stated totals or the foreign residents",
    (_, value) => {
      expect(hostileCode(() => ageStructureFromBands({ ...valid, stated: value as never }))).toMatch(
        /^(returned|invalid_type|unreadable_field|invalid_count)$/,
      );
      expect(hostileCode(() => ageStructureFromBands({ ...valid, foreign: value as never }))).toMatch(
        /^(returned|invalid_type|required_field|unreadable_field|invalid_age_structure)$/,
      );
    },
  );
});

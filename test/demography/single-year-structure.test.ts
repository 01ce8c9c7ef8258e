import { describe, expect, it } from "vitest";
import { ageStructureFromSingleYears, type SingleYearInput } from "../../src/demography/index.js";
import { errorCode } from "./_errors.js";
import { hostileCode, hostileValues } from "./_hostile.js";

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
    // 0.1.0 answered undefined: absent values are null now.
    expect(copy.males).toBeNull();
    expect(errorCode(() => copy.count(0, 4, "males"))).toBe("sex_not_available");
  });

  it("reads typed arrays and array-like objects (own elements only), and keeps no reference to them", () => {
    const counts = Float64Array.from(ages((age) => age % 7));
    const fromTyped = ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: counts });
    counts.fill(0);
    expect(fromTyped.total).toBe(ages((age) => age % 7).reduce((a, b) => a + b, 0));
    const arrayLike: Record<string, number> = { length: 101 };
    for (let age = 0; age < 101; age++) arrayLike[String(age)] = 2;
    expect(
      ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: arrayLike as never }).total,
    ).toBe(202);
    const inherited = Object.assign(Object.create({ 3: 5 }) as Record<string, number>, { length: 101 });
    for (let age = 0; age < 101; age++) if (age !== 3) inherited[String(age)] = 1;
    expect(
      errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: inherited })),
    ).toBe("invalid_count");
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
    expect(structure.foreign).toBeNull();
  });

  it("rebuilds the same structure from its JSON", () => {
    const withForeign = ageStructureFromSingleYears({
      referenceDate: "2024-01-01",
      males,
      females,
      foreign: { total: ages((age) => (age === 30 ? 5 : 0)) },
    });
    const json = JSON.parse(JSON.stringify(withForeign)) as SingleYearInput;
    expect(json).toMatchObject({ kind: "single-years", referenceDate: "2024-01-01", total: null });
    const again = ageStructureFromSingleYears(json);
    expect(again.toJSON()).toEqual(withForeign.toJSON());
    expect(again.bands()).toEqual(withForeign.bands());
  });

  it("refuses bad counts and shapes", () => {
    const bad = (value: unknown) => ages((age) => (age === 7 ? (value as number) : 1));
    for (const value of [-1, 2.5, 2 ** 53, Number.NaN, Infinity, "3", null, 1n]) {
      expect(
        errorCode(() => ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: bad(value) })),
      ).toBe("invalid_count");
    }
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

  it("names the first bad count by its sex and age", () => {
    const female = ages((age) => (age === 9 ? -1 : 1));
    const male = ages((age) => (age === 50 ? 0.5 : 1));
    const code = (input: SingleYearInput) => {
      try {
        ageStructureFromSingleYears(input);
      } catch (error) {
        return (error as { path: readonly (string | number)[] }).path.join(".");
      }
      return "";
    };
    expect(code({ referenceDate: "2024-01-01", males: male, females: female })).toBe("females.9");
    expect(code({ referenceDate: "2024-01-01", males: male, females: ages(() => 1) })).toBe("males.50");
    expect(code({ referenceDate: "2024-01-01", males, females, foreign: { total: ages(() => -1) } })).toBe(
      "foreign.total.0",
    );
  });

  const valid = { referenceDate: "2024-01-01", total: ages(() => 1) };
  it.each(hostileValues())("never throws anything but a PdzError for %s as its input", (_, value) => {
    expect(hostileCode(() => ageStructureFromSingleYears(value as never))).toMatch(
      /^(invalid_type|required_field|unreadable_field|invalid_age_structure|invalid_date|invalid_count)$/,
    );
  });
  it.each(hostileValues(["length", "0"]))("refuses %s as a list of counts", (_, value) => {
    expect(hostileCode(() => ageStructureFromSingleYears({ ...valid, total: value as never }))).toMatch(
      /^(invalid_type|unreadable_field|invalid_age_structure|invalid_count|too_many_items)$/,
    );
  });
  it.each(hostileValues())("refuses %s as a reference date or foreign residents", (_, value) => {
    expect(
      hostileCode(() => ageStructureFromSingleYears({ ...valid, referenceDate: value as never })),
    ).toMatch(/^(invalid_type|required_field|invalid_date|text_too_long)$/);
    expect(hostileCode(() => ageStructureFromSingleYears({ ...valid, foreign: value as never }))).toMatch(
      /^(returned|invalid_type|unreadable_field|invalid_age_structure|invalid_count)$/,
    );
  });
});

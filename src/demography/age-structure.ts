import { pdzError } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import * as M from "../core/messages/demography.js";
import { readOption } from "../core/read-input.js";
import { readAge, readLastAge } from "./_age.js";
import {
  classCounts,
  classLabel,
  classRange,
  malesOf,
  populationOf,
  spanCount,
  startOf,
  type StructureData,
} from "./_structure-data.js";
import { StructureStorage } from "./_structure-storage.js";
import { SEXES, type Sex } from "./sex.js";

/**
 * Totals a document prints next to its age bands ("Totale", "TOT."), `null` where it prints none. They are kept as
 * stated so that {@link checkAgeStructure} can compare them with the bands; indices are always computed from the
 * bands.
 * @category Demography
 */
export interface StatedTotals {
  readonly males: number | null;
  readonly females: number | null;
  readonly total: number | null;
}

/**
 * One age band of an {@link AgeStructure}: ages `from`…`to` in completed years, inclusive; `to` is `null` for the
 * last, open band (e.g. "85+", "100 e più").
 * @category Demography
 */
export interface AgeBandCounts {
  readonly from: number;
  readonly to: number | null;
  /** Males in the band, when the structure is split by sex; otherwise `null`. */
  readonly males: number | null;
  /** Females in the band, when the structure is split by sex; otherwise `null`. */
  readonly females: number | null;
  /** Everyone in the band (as stated, when a document stated it). */
  readonly total: number;
}

/**
 * Single-year counts as plain data (101 values each: ages 0…99 and 100+): males and females, or the total when the
 * structure is not split by sex; the others are `null`.
 * @category Demography
 */
export interface SingleYearCountsJSON {
  readonly males: readonly number[] | null;
  readonly females: readonly number[] | null;
  readonly total: readonly number[] | null;
}

/**
 * A single-year {@link AgeStructure} as plain data (`structure.toJSON()`): the input of
 * {@link ageStructureFromSingleYears}, which rebuilds the same structure from it.
 * @category Demography
 */
export interface SingleYearStructureJSON extends SingleYearCountsJSON {
  readonly kind: "single-years";
  readonly referenceDate: IsoDate;
  readonly foreign: SingleYearCountsJSON | null;
}

/**
 * Bands and their stated totals as plain data.
 * @category Demography
 */
export interface BandCountsJSON {
  readonly bands: readonly AgeBandCounts[];
  readonly stated: StatedTotals;
}

/**
 * An {@link AgeStructure} built from bands, as plain data (`structure.toJSON()`): the input of
 * {@link ageStructureFromBands}, which rebuilds the same structure from it.
 * @category Demography
 */
export interface BandStructureJSON extends BandCountsJSON {
  readonly kind: "bands";
  readonly referenceDate: IsoDate;
  readonly foreign: BandCountsJSON | null;
}

/**
 * An {@link AgeStructure} as plain data: what `JSON.stringify` writes for it.
 * @category Demography
 */
export type AgeStructureJSON = SingleYearStructureJSON | BandStructureJSON;

/**
 * A resident population by age ("popolazione residente per età") at a reference date, from single-year counts
 * (ages 0…99 and the open class 100+, as in ISTAT's POSAS tables) or from the bands a document gives.
 *
 * Counts are held as whole numbers and summed as whole numbers (exact below 2^53); Decimals appear only when an
 * index is read. A structure built from bands answers only the questions its bands allow:
 * {@link AgeStructure.count} throws `band_not_available` otherwise.
 *
 * Build one with {@link ageStructureFromSingleYears} or {@link ageStructureFromBands}; structures are immutable.
 * `JSON.stringify` writes its counts and reference date ({@link AgeStructureJSON}), from which the builder it came
 * from rebuilds it; Node's console shows a summary.
 * @category Demography
 */
export interface AgeStructure {
  /** The reference date, ISO, with the 1 January convention (31/12/y is stored as y+1-01-01). */
  readonly referenceDate: IsoDate;
  /** True when built from single-year counts 0…99 and 100+. */
  readonly isSingleYear: boolean;
  /** True when every band is split into males and females. */
  readonly hasSexes: boolean;
  /** The number of bands (101 for single years). */
  readonly bandCount: number;
  /** The population: the sum of the bands. */
  readonly total: number;
  /** Males, summed over the bands (`null` without a split by sex). */
  readonly males: number | null;
  /** Females, summed over the bands (`null` without a split by sex). */
  readonly females: number | null;
  /** The totals the document stated (see {@link checkAgeStructure}). */
  readonly stated: StatedTotals;
  /** The foreign residents ("stranieri residenti") by the same bands, or `null`. */
  readonly foreign: AgeStructure | null;
  /** The bands with their counts, as plain objects. */
  bands(): readonly AgeBandCounts[];
  /** Tells whether the bands allow counting ages `from`…`to` (`to` omitted or null: `from` and over). Never throws. */
  canCount(from: number, to?: number | null): boolean;
  /**
   * The number of people aged `from`…`to` in completed years (`to` omitted or null: `from` and over), optionally
   * of one sex.
   * @throws {@link PdzError} `band_not_available` when the bands do not align with the range, `sex_not_available`
   * when the structure has no split by sex, `invalid_age` for a negative or fractional age, `invalid_option` for a
   * sex that is neither "males" nor "females"
   */
  count(from: number, to?: number | null, sex?: Sex | null): number;
  /** The counts and the reference date as plain data. */
  toJSON(): AgeStructureJSON;
}

type Inspect = (value: unknown, options?: unknown) => string;

function bandsOf(data: StructureData): AgeBandCounts[] {
  const { classCount, cumTotals, cumFemales } = data;
  const cumMales = malesOf(data);
  const bands = new Array<AgeBandCounts>(classCount);
  for (let i = 0; i < classCount; i++) {
    const span = (cum: readonly number[] | null): number | null =>
      cum === null ? null : (cum[i + 1] ?? 0) - (cum[i] ?? 0);
    bands[i] = Object.freeze({
      from: startOf(data, i),
      to: i + 1 < classCount ? startOf(data, i + 1) - 1 : null,
      males: span(cumMales),
      females: span(cumFemales),
      total: span(cumTotals) ?? 0,
    });
  }
  return bands;
}

function singleYearCountsJSON(data: StructureData): SingleYearCountsJSON {
  const males = malesOf(data);
  const { cumFemales, classCount } = data;
  return males !== null && cumFemales !== null
    ? { males: classCounts(males, classCount), females: classCounts(cumFemales, classCount), total: null }
    : { males: null, females: null, total: classCounts(data.cumTotals, classCount) };
}

function bandCountsJSON(data: StructureData): BandCountsJSON {
  return { bands: bandsOf(data), stated: { ...data.stated } };
}

function toJSONOf(data: StructureData): AgeStructureJSON {
  const { referenceDate, foreign } = data;
  if (data.starts === null) {
    return {
      kind: "single-years",
      referenceDate,
      ...singleYearCountsJSON(data),
      foreign: foreign === null ? null : singleYearCountsJSON(foreign),
    };
  }
  return {
    kind: "bands",
    referenceDate,
    ...bandCountsJSON(data),
    foreign: foreign === null ? null : bandCountsJSON(foreign),
  };
}

// The values live in private fields behind prototype getters: an instance has no own properties, so freezing it is
// cheap; the base class's private field tells structures apart from look-alikes.
class AgeStructureValue extends StructureStorage implements AgeStructure {
  readonly #data: StructureData;
  readonly #foreign: AgeStructureValue | null;

  constructor(data: StructureData) {
    super(data);
    this.#data = data;
    this.#foreign = data.foreign === null ? null : new AgeStructureValue(data.foreign);
    Object.freeze(this);
  }

  get referenceDate(): IsoDate {
    return this.#data.referenceDate;
  }

  get isSingleYear(): boolean {
    return this.#data.starts === null;
  }

  get hasSexes(): boolean {
    return this.#data.cumFemales !== null;
  }

  get bandCount(): number {
    return this.#data.classCount;
  }

  get total(): number {
    return populationOf(this.#data);
  }

  get males(): number | null {
    return this.#sexTotal("males");
  }

  get females(): number | null {
    return this.#sexTotal("females");
  }

  #sexTotal(sex: Sex): number | null {
    const count = spanCount(this.#data, 0, this.#data.classCount, sex);
    return Number.isNaN(count) ? null : count;
  }

  get stated(): StatedTotals {
    return this.#data.stated;
  }

  get foreign(): AgeStructure | null {
    return this.#foreign;
  }

  bands(): readonly AgeBandCounts[] {
    return Object.freeze(bandsOf(this.#data));
  }

  canCount(from: number, to?: number | null): boolean {
    if (typeof from !== "number" || (to !== undefined && to !== null && typeof to !== "number")) return false;
    return classRange(this.#data, from, to ?? null) !== null;
  }

  count(from: number, to?: number | null, sex?: Sex | null): number {
    const data = this.#data;
    const first = readAge(from, ["from"]);
    const last = readLastAge(to, first, ["to"]);
    const which = sex === undefined || sex === null ? null : readOption(sex, SEXES, ["sex"]);
    const range = classRange(data, first, last);
    if (range === null) {
      const ages = last === null ? `${first}+` : `${first}-${last}`;
      throw pdzError(M.band_not_available, { what: { en: `the ages ${ages}`, it: `le età ${ages}` } }, [
        "from",
      ]);
    }
    const count = spanCount(data, range[0], range[1], which);
    if (Number.isNaN(count)) throw pdzError(M.sex_not_available, {}, ["sex"]);
    return count;
  }

  toJSON(): AgeStructureJSON {
    return toJSONOf(this.#data);
  }

  /** Node's console form: the reference date, the kind, the totals and (for bands) each band's count. */
  [Symbol.for("nodejs.util.inspect.custom")](_depth: unknown, options: unknown, inspect?: Inspect): string {
    const data = this.#data;
    const bands: string[] = [];
    if (data.starts !== null) {
      for (let i = 0; i < data.classCount; i++) {
        bands.push(
          `${classLabel(data, i)}: ${String((data.cumTotals[i + 1] ?? 0) - (data.cumTotals[i] ?? 0))}`,
        );
      }
    }
    const summary = {
      referenceDate: data.referenceDate,
      kind: data.starts === null ? "single years 0…99, 100+" : "bands",
      total: this.total,
      males: this.males,
      females: this.females,
      ...(data.starts === null ? {} : { bands }),
      foreigners: this.#foreign === null ? null : this.#foreign.total,
    };
    return `AgeStructure ${typeof inspect === "function" ? inspect(summary, options) : JSON.stringify(summary)}`;
  }
}

/** Wraps validated storage into an {@link AgeStructure}. @internal */
export function createAgeStructure(data: StructureData): AgeStructure {
  return new AgeStructureValue(data);
}

export { structureData, structureDataOf } from "./_structure-storage.js";

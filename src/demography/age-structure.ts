import { deepFreeze, type DeepReadonly } from "../core/deep-freeze.js";
import type { ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { PdzError } from "../core/error.js";
import { requireCount } from "../core/input.js";
import type { IsoDate } from "../core/italian-date.js";
import {
  SINGLE_YEAR_CLASSES,
  bandStartingAt,
  bandTotal,
  invalidStructure,
  requireSafeSum,
  setStructureReader,
  singleYearStarts,
  sumIndices,
  type StructureData,
} from "./_internal.js";
import { stockReferenceDate } from "./reference-date.js";

/**
 * The sexes population tables split by ("maschi", "femmine"), in a stable order.
 *
 * @example
 * ```ts
 * import { SEXES, SEX_LABELS } from "piano-di-zona";
 * SEXES.map((sex) => SEX_LABELS[sex].it) //=> ["maschi", "femmine"]
 * ```
 * @category Demography
 */
export const SEXES = ["males", "females"] as const;

/**
 * A sex as population tables split it.
 * @category Demography
 */
export type Sex = (typeof SEXES)[number];

/**
 * Italian and English labels of each {@link Sex}.
 *
 * @example
 * ```ts
 * import { SEX_LABELS } from "piano-di-zona";
 * SEX_LABELS.females //=> { it: "femmine", en: "females" }
 * ```
 * @category Demography
 */
export const SEX_LABELS: DeepReadonly<Record<Sex, Labels>> = /* @__PURE__ */ deepFreeze({
  males: { it: "maschi", en: "males" },
  females: { it: "femmine", en: "females" },
});

/**
 * Totals a document prints next to its age bands ("Totale", "TOT."). They are kept as stated so that
 * {@link checkAgeStructure} can compare them with the bands; indices are always computed from the bands.
 * @category Demography
 */
export interface StatedTotals {
  readonly males?: number;
  readonly females?: number;
  readonly total?: number;
}

/**
 * One age band of an {@link AgeStructure}: ages `from`…`to` in completed years, inclusive; `to` is `undefined`
 * for the last, open band (e.g. "85+", "100 e più").
 * @category Demography
 */
export interface AgeBandCounts {
  readonly from: number;
  readonly to: number | undefined;
  /** Males in the band, when the structure is split by sex. */
  readonly males: number | undefined;
  /** Females in the band, when the structure is split by sex. */
  readonly females: number | undefined;
  /** Everyone in the band (as stated, when a document stated it). */
  readonly total: number;
}

/**
 * A resident population by age ("popolazione residente per età") at a reference date, from single-year counts
 * (ages 0…99 and the open class 100+, as in ISTAT's POSAS tables) or from the bands a document gives.
 *
 * Counts are held as integers in typed arrays and summed as integers (exact below 2^53); Decimals appear only in
 * the final division of an index. A structure built from bands answers only the questions its bands allow:
 * {@link AgeStructure.count} throws `band_not_available` otherwise.
 *
 * Build one with {@link ageStructureFromSingleYears} or {@link ageStructureFromBands}; structures are immutable.
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
  /** Males, summed over the bands (undefined without a split by sex). */
  readonly males: number | undefined;
  /** Females, summed over the bands (undefined without a split by sex). */
  readonly females: number | undefined;
  /** The totals the document stated, if any (see {@link checkAgeStructure}). */
  readonly stated: StatedTotals;
  /** The foreign residents ("stranieri residenti") by the same bands, when given. */
  readonly foreign: AgeStructure | undefined;
  /** The bands with their counts, as plain objects. */
  bands(): readonly AgeBandCounts[];
  /** Tells whether the bands allow counting ages `from`…`to` (`to` omitted: `from` and over). */
  canCount(from: number, to?: number): boolean;
  /**
   * The number of people aged `from`…`to` in completed years (`to` omitted: `from` and over), optionally of one sex.
   * @throws {@link PdzError} `band_not_available` when the bands do not align with the range, `sex_not_available`
   * when the structure has no split by sex, `invalid_age` for a negative or fractional age
   */
  count(from: number, to?: number, sex?: Sex): number;
}

function requireAge(value: unknown, path: ErrorPath): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new PdzError({
      code: "invalid_age",
      message: "An age must be a whole number of completed years ≥ 0",
      messageIt: "Un'età deve essere un numero intero di anni compiuti ≥ 0",
      path,
    });
  }
  return value;
}

function bandRange(data: StructureData, from: number, to: number | undefined): [number, number] | undefined {
  const first = bandStartingAt(data, from);
  const last = to === undefined ? data.starts.length : bandStartingAt(data, to + 1);
  return first >= 0 && last > first ? [first, last] : undefined;
}

/** The storage of one structure, before its foreign residents are attached. */
type OwnData = Omit<StructureData, "foreign">;

// The values live in private fields behind getters: the instance has no own properties, so freezing it is cheap
// (freezing an object with many own properties costs more than building the structure). The private field also
// tells structures apart from look-alikes, without a WeakMap entry per structure.
class AgeStructureValue implements AgeStructure {
  readonly #data: StructureData;
  readonly #total: number;
  readonly #males: number | undefined;
  readonly #females: number | undefined;
  readonly #foreign: AgeStructureValue | undefined;

  static {
    setStructureReader((value) => (#data in value ? value.#data : undefined));
  }

  constructor(input: OwnData, foreignInput: OwnData | undefined) {
    const { males, females, totals } = input;
    const n = input.starts.length;
    // One pass per array; the total is males + females unless totals are stored.
    let maleSum = 0;
    let femaleSum = 0;
    if (males !== undefined && females !== undefined) {
      for (let i = 0; i < n; i++) {
        maleSum += males[i] ?? 0;
        femaleSum += females[i] ?? 0;
      }
    }
    let total = maleSum + femaleSum;
    if (totals !== undefined) {
      total = 0;
      for (let i = 0; i < n; i++) total += totals[i] ?? 0;
    }
    this.#total = requireSafeSum(total);
    this.#males = males === undefined ? undefined : requireSafeSum(maleSum);
    this.#females = females === undefined ? undefined : requireSafeSum(femaleSum);
    const foreign = foreignInput === undefined ? undefined : new AgeStructureValue(foreignInput, undefined);
    this.#foreign = foreign;
    // One property order for every structure keeps the hot loops' property accesses monomorphic.
    this.#data = {
      referenceDate: input.referenceDate,
      starts: input.starts,
      singleYears: input.singleYears,
      males,
      females,
      totals,
      stated: input.stated,
      foreign: foreign === undefined ? undefined : foreign.#data,
    };
    Object.freeze(this);
  }

  get referenceDate(): IsoDate {
    return this.#data.referenceDate;
  }

  get isSingleYear(): boolean {
    return this.#data.singleYears;
  }

  get hasSexes(): boolean {
    return this.#data.males !== undefined && this.#data.females !== undefined;
  }

  get bandCount(): number {
    return this.#data.starts.length;
  }

  get total(): number {
    return this.#total;
  }

  get males(): number | undefined {
    return this.#males;
  }

  get females(): number | undefined {
    return this.#females;
  }

  get stated(): StatedTotals {
    return this.#data.stated;
  }

  get foreign(): AgeStructure | undefined {
    return this.#foreign;
  }

  bands(): readonly AgeBandCounts[] {
    const data = this.#data;
    return Object.freeze(
      data.starts.map((from, i) =>
        Object.freeze({
          from,
          to: i + 1 < data.starts.length ? (data.starts[i + 1] ?? 0) - 1 : undefined,
          males: data.males?.[i],
          females: data.females?.[i],
          total: bandTotal(data, i),
        }),
      ),
    );
  }

  canCount(from: number, to?: number): boolean {
    return bandRange(this.#data, from, to) !== undefined;
  }

  count(from: number, to?: number, sex?: Sex): number {
    const data = this.#data;
    requireAge(from, ["from"]);
    if (to !== undefined && requireAge(to, ["to"]) < from) {
      throw new PdzError({
        code: "invalid_age",
        message: "The last age of a range must not precede the first",
        messageIt: "L'ultima età di un intervallo non può precedere la prima",
        path: ["to"],
      });
    }
    const range = bandRange(data, from, to);
    if (range === undefined) {
      const label = to === undefined ? `${from}+` : `${from}-${to}`;
      throw new PdzError({
        code: "band_not_available",
        message: `The bands of this structure cannot give the ages ${label}`,
        messageIt: `Le fasce d'età di questa struttura non consentono di ricavare le età ${label}`,
        path: ["from"],
      });
    }
    if (sex === undefined) {
      let sum = 0;
      for (let i = range[0]; i < range[1]; i++) sum += bandTotal(data, i);
      return requireSafeSum(sum);
    }
    const values = sex === "males" ? data.males : data.females;
    if (values === undefined) {
      throw new PdzError({
        code: "sex_not_available",
        message: "This structure is not split by sex",
        messageIt: "Questa struttura non è suddivisa per sesso",
        path: ["sex"],
      });
    }
    return sumIndices(values, range[0], range[1]);
  }
}

// Structures of one dataset share their reference date: the last one read is kept, so thousands of comuni parse
// it once.
let lastDateText: unknown;
let lastDate = "";

function referenceDateOf(text: string): IsoDate {
  if (text !== lastDateText) {
    lastDate = stockReferenceDate(text, ["referenceDate"]);
    lastDateText = text;
  }
  return lastDate;
}

function countsArray(values: ArrayLike<number>, path: ErrorPath): number[] {
  if (values.length !== SINGLE_YEAR_CLASSES) {
    throw invalidStructure(
      `Single-year counts need ${SINGLE_YEAR_CLASSES} values (ages 0…99 and 100+), got ${values.length}`,
      `I conteggi per singolo anno di età richiedono ${SINGLE_YEAR_CLASSES} valori (età 0…99 e 100+), ricevuti ${values.length}`,
      path,
    );
  }
  // Preallocated: every slot is written below, and growing the array by push would copy it several times.
  const copy = new Array<number>(SINGLE_YEAR_CLASSES);
  for (let age = 0; age < SINGLE_YEAR_CLASSES; age++) {
    const value = values[age];
    // The common case is checked inline; requireCount builds the error (and its path) only for a bad count.
    copy[age] =
      typeof value === "number" && Number.isSafeInteger(value) && value >= 0
        ? value
        : requireCount(value, [...path, age]);
  }
  return copy;
}

/**
 * Single-year counts: males and females (both), or totals when the split by sex is unknown.
 * @category Demography
 */
export interface SingleYearCounts {
  /** Males aged 0…99 and 100+ (101 values). */
  readonly males?: ArrayLike<number>;
  /** Females aged 0…99 and 100+ (101 values). */
  readonly females?: ArrayLike<number>;
  /** Everyone aged 0…99 and 100+ (101 values), only when males and females are not given. */
  readonly total?: ArrayLike<number>;
}

/**
 * Input of {@link ageStructureFromSingleYears}.
 * @category Demography
 */
export interface SingleYearInput extends SingleYearCounts {
  /** The reference date, ISO or Italian text; 31 December is read as 1 January of the next year. */
  readonly referenceDate: string;
  /** The foreign residents by the same single years. */
  readonly foreign?: SingleYearCounts;
}

function singleYearData(input: SingleYearCounts, referenceDate: string, path: ErrorPath): OwnData {
  const hasSplit = input.males !== undefined || input.females !== undefined;
  if (
    hasSplit
      ? input.males === undefined || input.females === undefined || input.total !== undefined
      : input.total === undefined
  ) {
    throw invalidStructure(
      "Give either males and females, or total (not both)",
      "Indicare maschi e femmine, oppure il totale (non entrambi)",
      path,
    );
  }
  return {
    referenceDate,
    starts: singleYearStarts(),
    singleYears: true,
    males: input.males === undefined ? undefined : countsArray(input.males, [...path, "males"]),
    females: input.females === undefined ? undefined : countsArray(input.females, [...path, "females"]),
    totals: input.total === undefined ? undefined : countsArray(input.total, [...path, "total"]),
    stated: {},
  };
}

/**
 * Builds an {@link AgeStructure} from single-year counts (ages 0…99 and the open class 100+, 101 values per
 * array), split by sex or not, optionally with the foreign residents ("per cittadinanza"). The input arrays are
 * copied, never kept or changed.
 *
 * @param input - reference date and counts
 * @throws {@link PdzError} `invalid_count` (negative, fractional or unsafe count), `invalid_age_structure` (wrong
 * length, or sexes and totals mixed), `invalid_date`, `unsafe_sum`
 * @example
 * ```ts
 * import { ageStructureFromSingleYears } from "piano-di-zona";
 * const ages = Array.from({ length: 101 }, (_, age) => (age < 100 ? 10 : 5));
 * const structure = ageStructureFromSingleYears({ referenceDate: "31/12/2023", males: ages, females: ages });
 * structure.referenceDate //=> "2024-01-01"
 * structure.total //=> 2010
 * structure.count(65) //=> 710
 * structure.count(0, 14, "females") //=> 150
 * ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: [1, 2, 3] }) //=> throws invalid_age_structure
 * ```
 * @category Demography
 */
export function ageStructureFromSingleYears(input: SingleYearInput): AgeStructure {
  const referenceDate = referenceDateOf(input.referenceDate);
  const own = singleYearData(input, referenceDate, []);
  const foreign =
    input.foreign === undefined ? undefined : singleYearData(input.foreign, referenceDate, ["foreign"]);
  return new AgeStructureValue(own, foreign);
}

/**
 * One band as a document gives it: ages `from`…`to` inclusive (`to` omitted for the last, open band), with males
 * and females, a total, or all three (a total that differs from males + females is kept and reported by
 * {@link checkAgeStructure}).
 * @category Demography
 */
export interface AgeBandInput {
  readonly from: number;
  readonly to?: number;
  readonly males?: number;
  readonly females?: number;
  readonly total?: number;
}

/**
 * Bands and the totals stated beside them.
 * @category Demography
 */
export interface BandCounts {
  /** Contiguous bands from age 0; the last one is open. */
  readonly bands: readonly AgeBandInput[];
  /** Totals the document prints (checked, not used to compute). */
  readonly stated?: StatedTotals;
}

/**
 * Input of {@link ageStructureFromBands}.
 * @category Demography
 */
export interface BandInput extends BandCounts {
  /** The reference date, ISO or Italian text; 31 December is read as 1 January of the next year. */
  readonly referenceDate: string;
  /** The foreign residents by the same bands. */
  readonly foreign?: BandCounts;
}

function optionalCount(value: unknown, path: ErrorPath): number | undefined {
  return value === undefined ? undefined : requireCount(value, path);
}

function bandData(input: BandCounts, referenceDate: string, path: ErrorPath): OwnData {
  const bands: readonly AgeBandInput[] = input.bands;
  if (!Array.isArray(input.bands) || bands.length === 0) {
    throw invalidStructure("At least one age band is needed", "Serve almeno una fascia d'età", [
      ...path,
      "bands",
    ]);
  }
  const n = bands.length;
  const starts: number[] = [];
  const males = new Array<number>(n).fill(0);
  const females = new Array<number>(n).fill(0);
  const totals = new Array<number>(n).fill(0);
  let split = true;
  let expectedFrom = 0;
  for (const [i, band] of bands.entries()) {
    const at: ErrorPath = [...path, "bands", i];
    const from = requireAge(band.from, [...at, "from"]);
    const open = band.to === undefined;
    if (
      from !== expectedFrom ||
      open !== (i === n - 1) ||
      (!open && requireAge(band.to, [...at, "to"]) < from)
    ) {
      throw invalidStructure(
        "Bands must be contiguous from age 0, each ending where the next begins, and only the last one open",
        "Le fasce devono essere contigue dall'età 0, ciascuna finire dove inizia la successiva, e solo l'ultima aperta",
        at,
      );
    }
    expectedFrom = (band.to ?? 0) + 1;
    starts.push(from);
    const m = optionalCount(band.males, [...at, "males"]);
    const f = optionalCount(band.females, [...at, "females"]);
    const t = optionalCount(band.total, [...at, "total"]);
    if (m === undefined || f === undefined) {
      split = false;
      if (t === undefined || m !== undefined || f !== undefined) {
        throw invalidStructure(
          "Each band needs males and females, a total, or all three",
          "Ogni fascia richiede maschi e femmine, un totale, o tutti e tre",
          at,
        );
      }
    } else {
      males[i] = m;
      females[i] = f;
    }
    totals[i] = t ?? requireSafeSum((m ?? 0) + (f ?? 0), at);
  }
  const stated = input.stated ?? {};
  return {
    referenceDate,
    starts: Object.freeze(starts),
    singleYears: false,
    males: split ? males : undefined,
    females: split ? females : undefined,
    totals,
    stated: Object.freeze({
      ...(stated.males === undefined
        ? {}
        : { males: requireCount(stated.males, [...path, "stated", "males"]) }),
      ...(stated.females === undefined
        ? {}
        : { females: requireCount(stated.females, [...path, "stated", "females"]) }),
      ...(stated.total === undefined
        ? {}
        : { total: requireCount(stated.total, [...path, "stated", "total"]) }),
    }),
  };
}

/**
 * Builds an {@link AgeStructure} from the age bands a document gives (e.g. "0-14", "15-64", "65 e più", or the
 * five-year classes "00-04" … "85+"). Bands must be contiguous from age 0 with the last one open. Totals stated
 * beside the bands are kept as stated, and reported by {@link checkAgeStructure} when they disagree.
 *
 * Such a structure answers only what its bands allow: with bands 0-14, 15-64, 65+ the old-age index is
 * available, the active-population turnover index (60-64 / 15-19) is not (`band_not_available`).
 *
 * @param input - reference date, bands, stated totals, optional foreign residents by the same bands
 * @throws {@link PdzError} `invalid_age_structure`, `invalid_count`, `invalid_age`, `invalid_date`
 * @example
 * ```ts
 * import { ageStructureFromBands } from "piano-di-zona";
 * const iseo = ageStructureFromBands({
 *   referenceDate: "01/01/2024",
 *   bands: [
 *     { from: 0, to: 14, males: 516, females: 543, total: 1059 },
 *     { from: 15, to: 64, males: 2753, females: 2789, total: 5542 },
 *     { from: 65, males: 1043, females: 1348, total: 2391 },
 *   ],
 *   stated: { males: 4312, females: 4680, total: 8992 },
 * });
 * iseo.total //=> 8992
 * iseo.count(65, undefined, "females") //=> 1348
 * iseo.canCount(60, 64) //=> false
 * iseo.count(60, 64) //=> throws band_not_available
 * ```
 * @category Demography
 */
export function ageStructureFromBands(input: BandInput): AgeStructure {
  const referenceDate = referenceDateOf(input.referenceDate);
  const own = bandData(input, referenceDate, []);
  if (input.foreign === undefined) return new AgeStructureValue(own, undefined);
  const foreign = bandData(input.foreign, referenceDate, ["foreign"]);
  if (foreign.starts.join() !== own.starts.join()) {
    throw invalidStructure(
      "The foreign residents must use the same bands as the whole population",
      "Gli stranieri residenti devono usare le stesse fasce della popolazione totale",
      ["foreign", "bands"],
    );
  }
  return new AgeStructureValue(own, foreign);
}

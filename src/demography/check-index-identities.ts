import { readDecimal, type DecimalInput } from "../core/decimal-input.js";
import { Dec, type Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/demography.js";
import { printedDecimals } from "../core/printed-precision.js";
import { ownField, readRecord, type InputRecord } from "../core/read-input.js";
import { neverThrows, unreadableFinding } from "./_check-guard.js";
import { fixedText } from "./_number-text.js";
import { indexLabels } from "./index-catalog.js";

/**
 * Indices and rates as a document prints them, without the counts behind them (canonical strings keep the
 * printed precision: `"58.62"`).
 * @category Demography
 */
export interface PrintedIndices {
  readonly oldAgeIndex?: DecimalInput;
  readonly structuralDependencyIndex?: DecimalInput;
  readonly elderlyDependencyIndex?: DecimalInput;
  readonly youthDependencyIndex?: DecimalInput;
  /** % aged 65+ ("indice di invecchiamento"). */
  readonly ageingShare?: DecimalInput;
  /** % aged 15-64 ("indice di lavoro"). */
  readonly workingAgeShare?: DecimalInput;
  readonly birthRate?: DecimalInput;
  readonly deathRate?: DecimalInput;
  readonly naturalGrowthRate?: DecimalInput;
  readonly totalMigrationRate?: DecimalInput;
  readonly totalGrowthRate?: DecimalInput;
}

/** A closed interval of possible exact values. */
interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly decimals: number;
}

const HUNDRED = 100;

function printed(value: unknown, path: ErrorPath): Interval {
  const centre = readDecimal(value, path);
  const decimals = printedDecimals(value);
  const half = new Dec(`5e-${String(decimals + 1)}`);
  return { lo: centre.minus(half), hi: centre.plus(half), decimals };
}

function minus(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo), decimals: Math.max(a.decimals, b.decimals) };
}

function plus(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi), decimals: Math.max(a.decimals, b.decimals) };
}

/** `num × 100 / den` for positive intervals (increasing in num, decreasing in den). */
function ratio(num: Interval, den: Interval): Interval | undefined {
  if (den.lo.lte(0) || num.lo.lt(0)) return undefined;
  return {
    lo: num.lo.times(100).div(den.hi),
    hi: num.hi.times(100).div(den.lo),
    decimals: Math.max(num.decimals, den.decimals),
  };
}

function shifted(a: Interval, by: number): Interval {
  return { lo: a.lo.plus(by), hi: a.hi.plus(by), decimals: a.decimals };
}

function negated(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg(), decimals: a.decimals };
}

const IDENTITY_TEXT: Readonly<Partial<Record<keyof PrintedIndices, Labels>>> = {
  youthDependencyIndex: {
    en: "structural − elderly dependency",
    it: "dipendenza strutturale − dipendenza anziani",
  },
  structuralDependencyIndex: {
    en: "elderly + youth dependency",
    it: "dipendenza anziani + dipendenza giovanile",
  },
  oldAgeIndex: {
    en: "elderly / youth dependency × 100",
    it: "dipendenza anziani / dipendenza giovanile × 100",
  },
  ageingShare: {
    en: "elderly dependency × 100 / (100 + structural)",
    it: "dipendenza anziani × 100 / (100 + strutturale)",
  },
  naturalGrowthRate: { en: "birth rate − death rate", it: "natalità − mortalità" },
  totalGrowthRate: {
    en: "natural growth + total migration rate",
    it: "crescita naturale + tasso migratorio totale",
  },
};

/**
 * Checks the identities that link the ISTAT indices, for documents that print the indices but not the counts:
 * IDS = IDA + IDG, IV = IDA / IDG × 100, % 65+ = IDA × 100 / (100 + IDS), and with the "indice di lavoro"
 * W = % 15-64: IDS = (100 − W) / W × 100 and IV = % 65+ × 100 / (100 − W − % 65+); for rates, crescita naturale
 * = natalità − mortalità and crescita totale = crescita naturale + migratorio totale.
 *
 * Each printed figure stands for every exact value that rounds to it, so the check works on intervals: an
 * identity is reported (`index_identity_violated`) only when no exact values consistent with the printed ones can
 * satisfy it — rounding alone never triggers a finding. `computed` shows the interval implied by the others.
 *
 * Never throws: a printed figure that is not a canonical decimal within the library's bounds is reported as an
 * `unreadable_demographic_input` finding (the identities that do not need it are still checked), and so is an
 * argument of the wrong shape.
 *
 * @param indices - printed figures (canonical strings; own fields are read)
 * @param path - prefix for the findings' paths
 * @example
 * ```ts
 * import { checkIndexIdentities } from "piano-di-zona";
 * // Ambito di Gallarate, 2023: consistent within rounding.
 * checkIndexIdentities({ oldAgeIndex: "183.31", structuralDependencyIndex: "58.85", elderlyDependencyIndex: "38.07" }) //=> []
 * // 2022: IV = 179,13 is impossible with IDS = 58,97 and IDA = 37,82.
 * const printed2022 = { oldAgeIndex: "179.13", structuralDependencyIndex: "58.97", elderlyDependencyIndex: "37.82" };
 * checkIndexIdentities(printed2022).map((f) => [f.path[0], f.computed]) //=> [["oldAgeIndex", "178.7098…178.9263"]]
 * checkIndexIdentities(null as never).map((f) => f.code) //=> ["unreadable_demographic_input"]
 * ```
 * @category Demography
 */
export function checkIndexIdentities(indices: PrintedIndices, path: ErrorPath = []): Finding[] {
  return neverThrows(path, (at) => identityFindings(readRecord(indices, ["indices"]), at));
}

const PRINTED_KEYS = [
  "oldAgeIndex",
  "structuralDependencyIndex",
  "elderlyDependencyIndex",
  "youthDependencyIndex",
  "ageingShare",
  "workingAgeShare",
  "birthRate",
  "deathRate",
  "naturalGrowthRate",
  "totalMigrationRate",
  "totalGrowthRate",
] as const satisfies readonly (keyof PrintedIndices)[];

function identityFindings(record: InputRecord, at: ErrorPath): Finding[] {
  const findings: Finding[] = [];
  const figures = new Map<keyof PrintedIndices, { interval: Interval; shown: string }>();
  for (const key of PRINTED_KEYS) {
    try {
      const value = ownField(record, key, at);
      if (value === undefined || value === null) continue;
      const interval = printed(value, [...at, key]);
      figures.set(key, {
        interval,
        shown: typeof value === "string" ? value.trim() : readDecimal(value).toString(),
      });
    } catch (error) {
      findings.push(unreadableFinding(error, []));
    }
  }
  const p = (key: keyof PrintedIndices): Interval | undefined => figures.get(key)?.interval;
  const ids = p("structuralDependencyIndex");
  const ida = p("elderlyDependencyIndex");
  const idg = p("youthDependencyIndex");
  const work = p("workingAgeShare");
  const aged = p("ageingShare");
  const birth = p("birthRate");
  const death = p("deathRate");
  const natural = p("naturalGrowthRate");
  const migration = p("totalMigrationRate");

  const check = (
    key: keyof PrintedIndices,
    implied: Interval | undefined,
    text = IDENTITY_TEXT[key],
  ): void => {
    const figure = figures.get(key);
    if (figure === undefined || implied === undefined || text === undefined) return;
    const stated = figure.interval;
    if (stated.hi.gte(implied.lo) && stated.lo.lte(implied.hi)) return;
    const places = Math.max(stated.decimals, implied.decimals) + 2;
    const lo = implied.lo.toFixed(places, Dec.ROUND_FLOOR);
    const hi = implied.hi.toFixed(places, Dec.ROUND_CEIL);
    const loText = fixedText(lo);
    const hiText = fixedText(hi);
    const shownText = fixedText(readDecimal(figure.shown).toFixed(stated.decimals));
    findings.push(
      createFinding(
        M.index_identity_violated,
        {
          label: indexLabels(key),
          shown: { en: figure.shown, it: shownText.it },
          identity: text,
          range: { en: `${loText.en}…${hiText.en}`, it: `${loText.it}…${hiText.it}` },
        },
        { path: [...at, key], stated: figure.shown, computed: `${lo}…${hi}` },
      ),
    );
  };

  const youth = idg ?? (ids && ida ? minus(ids, ida) : undefined);
  check("youthDependencyIndex", ids && ida ? minus(ids, ida) : undefined);
  check("structuralDependencyIndex", ida && idg ? plus(ida, idg) : undefined);
  check("oldAgeIndex", ida && youth ? ratio(ida, youth) : undefined);
  check("ageingShare", ida && ids ? ratio(ida, shifted(ids, HUNDRED)) : undefined);
  if (work !== undefined) {
    const notWorking = shifted(negated(work), HUNDRED);
    check("structuralDependencyIndex", ratio(notWorking, work), {
      en: "(100 − % 15-64) / % 15-64 × 100",
      it: "(100 − indice di lavoro) / indice di lavoro × 100",
    });
    if (aged !== undefined) {
      check("oldAgeIndex", ratio(aged, minus(notWorking, aged)), {
        en: "% 65+ × 100 / (100 − % 15-64 − % 65+)",
        it: "% 65+ × 100 / (100 − % 15-64 − % 65+)",
      });
    }
  }
  check("naturalGrowthRate", birth && death ? minus(birth, death) : undefined);
  const naturalGrowth = natural ?? (birth && death ? minus(birth, death) : undefined);
  check("totalGrowthRate", naturalGrowth && migration ? plus(naturalGrowth, migration) : undefined);
  return findings;
}

/**
 * Demographic profiles of 8,000 synthetic comuni × 101 ages × 2 sexes × 10 years, aggregated into 600 Ambiti:
 * the exact library (integers summed as integers, Decimal only at the final division) against a hand-written
 * plain-number loop computing the same indices, in the same run. Both variants consume every index they compute:
 * the plain loop adds up its floats, the exact run reads every Decimal of every profile (and, in the last row, prints
 * each with toString()). Also reports the peak memory of the exact run against the bytes of the typed arrays that
 * hold the counts.
 */
import {
  aggregate,
  ageStructureFromSingleYears,
  demographicProfile,
  standardBands,
  type DemographicProfile,
} from "../src/index.js";
import { nsPerCall, report } from "./harness.js";

const COMUNI = 8000;
const AMBITI = 600;
const YEARS = 10;
const AGES = 101;

// Counts: one Float64Array per year and sex, comune after comune (a deterministic pseudo-random pattern, ≥ 5 per age).
function syntheticCounts(seed: number): Float64Array {
  const counts = new Float64Array(COMUNI * AGES);
  let state = seed;
  for (let i = 0; i < counts.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const age = i % AGES;
    counts[i] = 5 + (state % (age < 70 ? 120 : 40));
  }
  return counts;
}

const gc = (globalThis as { gc?: () => void }).gc;
const memory = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
gc?.();
const before = memory();
const males = Array.from({ length: YEARS }, (_, year) => syntheticCounts(2 * year + 1));
const females = Array.from({ length: YEARS }, (_, year) => syntheticCounts(2 * year + 2));
const countBytes = [...males, ...females].reduce((sum, array) => sum + array.byteLength, 0);

// Comune c belongs to Ambito floor(c × 600 / 8000): 13 or 14 comuni each.
const ambitoOf = (comune: number): number => Math.floor((comune * AMBITI) / COMUNI);
const ambitoStarts: number[] = [];
for (let c = 0; c < COMUNI; c++) if (ambitoStarts.length === ambitoOf(c)) ambitoStarts.push(c);
ambitoStarts.push(COMUNI);

let sink = 0;
let peak = 0;
let sampleMemory = false;
let printIndices = false;

const INDEX_KEYS = [
  "oldAgeIndex",
  "structuralDependencyIndex",
  "elderlyDependencyIndex",
  "youthDependencyIndex",
  "activePopulationTurnoverIndex",
  "activePopulationStructureIndex",
  "childWomanRatio",
  "ageingShare",
  "youthShare",
  "workingAgeShare",
  "veryOldShare",
  "minorShare",
  "sexRatio",
  "meanAge",
  "medianAge",
] as const satisfies readonly (keyof DemographicProfile)[];

/**
 * Reads every index of a profile, as the plain loop sums every float it computes: each value's exponent and last
 * base-10^7 word of digits (the whole value must exist), or its full decimal text when `printIndices` is set.
 */
function readProfile(profile: DemographicProfile): number {
  let read = 0;
  for (const key of INDEX_KEYS) {
    const value = profile[key];
    if (value === undefined) throw new Error(`${key} missing`);
    read += printIndices ? value.toString().length : value.e + (value.d.at(-1) ?? 0);
  }
  return read;
}

/** The library: a structure and a profile per comune, the Ambito aggregated from them and profiled. */
function exactYear(year: number): void {
  const m = males[year] as Float64Array;
  const f = females[year] as Float64Array;
  const referenceDate = `${2015 + year}-01-01`;
  for (let a = 0; a < AMBITI; a++) {
    const structures = [];
    for (let c = ambitoStarts[a] ?? 0; c < (ambitoStarts[a + 1] ?? 0); c++) {
      const structure = ageStructureFromSingleYears({
        referenceDate,
        males: m.subarray(c * AGES, (c + 1) * AGES),
        females: f.subarray(c * AGES, (c + 1) * AGES),
      });
      sink += readProfile(demographicProfile(structure));
      structures.push(structure);
    }
    sink += readProfile(demographicProfile(aggregate(structures)));
    if (sampleMemory) peak = Math.max(peak, memory());
  }
}

/** The same structures and band sums, without any Decimal: where the time of the exact run goes. */
function bandSumsYear(year: number): void {
  const m = males[year] as Float64Array;
  const f = females[year] as Float64Array;
  const referenceDate = `${2015 + year}-01-01`;
  for (let c = 0; c < COMUNI; c++) {
    const structure = ageStructureFromSingleYears({
      referenceDate,
      males: m.subarray(c * AGES, (c + 1) * AGES),
      females: f.subarray(c * AGES, (c + 1) * AGES),
    });
    sink += standardBands(structure).aged65plus ?? 0;
  }
}

const plainBands = new Float64Array(AGES * 2);

/** Plain numbers: float indices from summed counts, mean and interpolated median age. */
function plainIndices(m: Float64Array, f: Float64Array, offset: number): number {
  let total = 0;
  let y0to4 = 0;
  let y0to14 = 0;
  let y0to17 = 0;
  let y15to19 = 0;
  let y15to39 = 0;
  let y15to64 = 0;
  let y60to64 = 0;
  let y65 = 0;
  let y80 = 0;
  let w15to49 = 0;
  let male = 0;
  let weighted = 0;
  for (let age = 0; age < AGES; age++) {
    const mm = m[offset + age] ?? 0;
    const ff = f[offset + age] ?? 0;
    const t = mm + ff;
    total += t;
    male += mm;
    weighted += age * t;
    if (age <= 4) y0to4 += t;
    if (age <= 14) y0to14 += t;
    if (age <= 17) y0to17 += t;
    if (age >= 15 && age <= 19) y15to19 += t;
    if (age >= 15 && age <= 39) y15to39 += t;
    if (age >= 15 && age <= 64) y15to64 += t;
    if (age >= 60 && age <= 64) y60to64 += t;
    if (age >= 65) y65 += t;
    if (age >= 80) y80 += t;
    if (age >= 15 && age <= 49) w15to49 += ff;
  }
  let below = 0;
  let age = 0;
  while (2 * (below + (m[offset + age] ?? 0) + (f[offset + age] ?? 0)) < total) {
    below += (m[offset + age] ?? 0) + (f[offset + age] ?? 0);
    age++;
  }
  const median = age + (total - 2 * below) / (2 * ((m[offset + age] ?? 0) + (f[offset + age] ?? 0)));
  return (
    (y65 * 100) / y0to14 +
    ((y0to14 + y65) * 100) / y15to64 +
    (y65 * 100) / y15to64 +
    (y0to14 * 100) / y15to64 +
    (y60to64 * 100) / y15to19 +
    ((y15to64 - y15to39) * 100) / y15to39 +
    (y0to4 * 100) / w15to49 +
    (y65 * 100) / total +
    (y0to14 * 100) / total +
    (y15to64 * 100) / total +
    (y80 * 100) / total +
    (y0to17 * 100) / total +
    (male * 100) / (total - male) +
    weighted / total +
    0.5 +
    median
  );
}

function plainYear(year: number): void {
  const m = males[year] as Float64Array;
  const f = females[year] as Float64Array;
  for (let a = 0; a < AMBITI; a++) {
    plainBands.fill(0);
    for (let c = ambitoStarts[a] ?? 0; c < (ambitoStarts[a + 1] ?? 0); c++) {
      sink += plainIndices(m, f, c * AGES);
      for (let age = 0; age < AGES; age++) {
        plainBands[age] = (plainBands[age] ?? 0) + (m[c * AGES + age] ?? 0);
        plainBands[AGES + age] = (plainBands[AGES + age] ?? 0) + (f[c * AGES + age] ?? 0);
      }
    }
    sink += plainIndices(plainBands.subarray(0, AGES), plainBands.subarray(AGES), 0);
  }
}

// Memory: one full exact run over the 10 years, sampling after each Ambito.
gc?.();
const baseline = memory();
sampleMemory = true;
peak = baseline;
for (let year = 0; year < YEARS; year++) exactYear(year);
sampleMemory = false;
const peakOverCounts = peak - before;

// Time: each call processes one year (8,000 comuni + 600 Ambiti); reported per comune-year.
const perComuneYear = (fn: (year: number) => void, options?: { rounds?: number; minMs?: number }): number => {
  let year = 0;
  return (
    nsPerCall(() => {
      fn(year);
      year = (year + 1) % YEARS;
    }, options) / COMUNI
  );
};
const plainNs = perComuneYear(plainYear);
const sumsNs = perComuneYear(bandSumsYear, { rounds: 3, minMs: 1 });
const exactNs = perComuneYear(exactYear, { rounds: 3, minMs: 1 });
printIndices = true;
const printedNs = perComuneYear(exactYear, { rounds: 3, minMs: 1 });
printIndices = false;

report(
  `profiles of ${COMUNI} comuni × ${AGES} ages × 2 sexes, aggregated to ${AMBITI} Ambiti (per comune-year)`,
  [
    { name: "plain-number loop, same indices (baseline)", ns: plainNs },
    { name: "exact: structures + integer band sums only", ns: sumsNs },
    { name: "exact: demographicProfile + aggregate (Decimal)", ns: exactNs },
    { name: "exact, and every index printed with toString()", ns: printedNs },
  ],
);
console.log(
  `memory: counts in typed arrays ${(countBytes / 2 ** 20).toFixed(1)} MiB; peak heap + array buffers during the ` +
    `exact run ${((peak - before) / 2 ** 20).toFixed(1)} MiB above the start = ${(peakOverCounts / countBytes).toFixed(2)}× ` +
    `the counts (the counts themselves included); ${((peak - baseline) / 2 ** 20).toFixed(1)} MiB above the counts` +
    (gc === undefined
      ? " (run with node --expose-gc for a figure without uncollected garbage)"
      : " (with --expose-gc)"),
);
console.log(
  "exact path: counts validated into plain arrays, bands summed as integers in one tight span each, every quotient " +
    "by integer long division straight into a 40-digit Decimal (the value decimal.js's div would give, digit for " +
    "digit). What remains above the plain loop is allocating ~17 Decimal instances, freezing the structures and " +
    "profiles, and validating every count; printing the Decimals (last row) costs more than computing them.",
);
if (sink === -1) console.log(sink);

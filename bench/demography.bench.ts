/**
 * Demographic profiles of 8,000 synthetic comuni × 101 ages × 2 sexes × 10 years, aggregated into 600 Ambiti, against
 * a hand-written plain-number loop computing the same indices (16 per comune and per Ambito) in the same process,
 * interleaved with it (bench/harness.ts compare(): CPU time, medians with their spread). One call of each variant
 * processes one year: 8,000 comuni and their 600 Ambiti.
 *
 * - batch API: `demographicProfiles` over the year's flat arrays, comuni grouped into Ambiti (goal ≤ 1.0×);
 * - per-area object API: a structure and a profile per comune, `aggregate` per Ambito and its profile (goal ≤ 2×);
 * - reading every index of every profile as a Decimal, reported separately: it costs what the caller reads.
 *
 * Both library variants compute every index as an exact fraction of whole numbers; the Decimal is made when read.
 * Usage: `npm run bench -- demography` (or `npx tsx bench/demography.bench.ts`).
 */
import {
  aggregate,
  ageStructureFromSingleYears,
  demographicProfile,
  demographicProfiles,
  type AgeStructure,
  type DemographicProfile,
  type DemographicProfileJSON,
} from "../src/index.js";
import { compare, recordGoal } from "./harness.js";

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

const males = Array.from({ length: YEARS }, (_, year) => syntheticCounts(2 * year + 1));
const females = Array.from({ length: YEARS }, (_, year) => syntheticCounts(2 * year + 2));
// The per-area API takes each comune's own arrays: views made once, as a caller holding per-comune data has them.
const comuneViews = (arrays: Float64Array[]): Float64Array[][] =>
  arrays.map((array) => Array.from({ length: COMUNI }, (_, c) => array.subarray(c * AGES, (c + 1) * AGES)));
const maleViews = comuneViews(males);
const femaleViews = comuneViews(females);

// Comune c belongs to Ambito floor(c × 600 / 8000): 13 or 14 comuni each.
const ambitoOf = (comune: number): number => Math.floor((comune * AMBITI) / COMUNI);
const groups = Int32Array.from({ length: COMUNI }, (_, c) => ambitoOf(c));
const ambitoStarts: number[] = [];
for (let c = 0; c < COMUNI; c++) if (ambitoStarts.length === ambitoOf(c)) ambitoStarts.push(c);
ambitoStarts.push(COMUNI);
const referenceDates = Array.from({ length: YEARS }, (_, year) => `${String(2015 + year)}-01-01`);

let sink = 0;

const plainBands = new Float64Array(AGES * 2);

/** Plain numbers: the profile's 16 indices as floats from summed counts, mean and interpolated median age. */
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

// The 16 indices of a profile: the keys of its plain data, less the date and the counts.
const INDEX_KEYS = Object.keys(
  demographicProfile(
    ageStructureFromSingleYears({ referenceDate: "2024-01-01", total: new Array<number>(AGES).fill(1) }),
  ).toJSON(),
).filter((key) => key !== "referenceDate" && key !== "bands") as (keyof DemographicProfile &
  keyof DemographicProfileJSON)[];
if (INDEX_KEYS.length !== 16) throw new Error("a profile has 16 indices");

/** Reads every index of a profile as a Decimal (each must exist: its exponent is summed). */
function readDecimals(profile: DemographicProfile): number {
  let read = 0;
  for (const key of INDEX_KEYS) {
    const value = profile[key];
    read += typeof value === "object" && value !== null && "e" in value ? value.e : 1;
  }
  return read;
}

/** The batch API: one call per year, comuni grouped into Ambiti. */
function batchYear(year: number): ReturnType<typeof demographicProfiles> {
  return demographicProfiles({
    referenceDate: referenceDates[year] ?? "",
    males: males[year],
    females: females[year],
    groups,
  });
}

/** The per-area object API: a structure and a profile per comune, the Ambito aggregated and profiled. */
function objectYear(year: number, read: boolean): void {
  const m = maleViews[year] as Float64Array[];
  const f = femaleViews[year] as Float64Array[];
  const referenceDate = referenceDates[year] ?? "";
  for (let a = 0; a < AMBITI; a++) {
    const structures: AgeStructure[] = [];
    for (let c = ambitoStarts[a] ?? 0; c < (ambitoStarts[a + 1] ?? 0); c++) {
      const structure = ageStructureFromSingleYears({ referenceDate, males: m[c], females: f[c] });
      const profile = demographicProfile(structure);
      sink += read ? readDecimals(profile) : 1;
      structures.push(structure);
    }
    const ambito = demographicProfile(aggregate(structures));
    sink += read ? readDecimals(ambito) : 1;
  }
}

function eachYear(run: (year: number) => void): () => void {
  let year = 0;
  return () => {
    run(year);
    year = (year + 1) % YEARS;
  };
}

const title = `${String(COMUNI)} comuni × ${String(AGES)} ages × 2 sexes, aggregated to ${String(AMBITI)} Ambiti (one year per call)`;
// Warm-up: every variant runs over the ten years a few times first, so that the measured rounds see optimised code
// (the first measured run is otherwise up to 20% slower for the library's variants, while the JIT settles).
for (let pass = 0; pass < 3; pass++) {
  for (let year = 0; year < YEARS; year++) {
    plainYear(year);
    sink += batchYear(year).areaCount;
    objectYear(year, false);
  }
}
const runs = Number(process.env["BENCH_RUNS"] ?? 3);
const batchRatios: number[] = [];
const objectRatios: number[] = [];
for (let run = 1; run <= runs; run++) {
  const measures = compare(`profiles, run ${String(run)}/${String(runs)}: ${title}`, [
    { name: "plain-number loop, same 16 indices (baseline)", run: eachYear(plainYear) },
    {
      name: "batch API: demographicProfiles (goal ≤ 1.0×)",
      run: eachYear((year) => (sink += batchYear(year).areaCount)),
    },
    {
      name: "per-area object API: structures, profiles, aggregate (goal ≤ 2×)",
      run: eachYear((year) => {
        objectYear(year, false);
      }),
    },
  ]);
  const base = measures[0]?.ns ?? 1;
  batchRatios.push((measures[1]?.ns ?? 0) / base);
  objectRatios.push((measures[2]?.ns ?? 0) / base);
}
const medianOf = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
recordGoal({
  goal: "demographic profiles, batch API (8,000 comuni × 101 ages × 2 sexes × 10 years → 600 Ambiti): ≤ 1.0× a plain-number loop",
  measured: `${medianOf(batchRatios).toFixed(2)}× (median of ${String(runs)} runs)`,
  met: medianOf(batchRatios) <= 1.0,
  reproduce: "npm run bench -- demography",
});
recordGoal({
  goal: "demographic profiles, per-area object API, same workload: ≤ 2× a plain-number loop",
  measured: `${medianOf(objectRatios).toFixed(2)}× (median of ${String(runs)} runs)`,
  met: medianOf(objectRatios) <= 2.0,
  reproduce: "npm run bench -- demography",
});
compare(
  `reading every index as a Decimal (reported separately): ${title}`,
  [
    { name: "plain-number loop, same 16 indices (baseline)", run: eachYear(plainYear) },
    {
      name: "batch API, then every index of every comune and Ambito read as a Decimal",
      run: eachYear((year) => {
        const profiles = batchYear(year);
        for (let i = 0; i < profiles.areaCount; i++) sink += readDecimals(profiles.area(i));
        for (let g = 0; g < profiles.groupCount; g++) sink += readDecimals(profiles.group(g));
      }),
    },
    {
      name: "per-area object API, every index read as a Decimal",
      run: eachYear((year) => {
        objectYear(year, true);
      }),
    },
  ],
  { rounds: 5 },
);
if (sink === -1) console.log(sink);

/**
 * A small benchmark harness whose figures can be trusted on a noisy machine: every figure is a ratio against a
 * baseline measured in the same process; the variants are interleaved (A B C A B C …) so that a slow moment of the
 * machine hits all of them alike; time is CPU time of the process (user + system), not wall time; each variant is
 * measured in several rounds and reported as the median with its spread (the lowest and highest round).
 * Timings are printed, never asserted.
 */
import { cpuUsage } from "node:process";

/** A variant to measure: a name and a call. */
export interface Variant {
  readonly name: string;
  readonly run: () => unknown;
}

/** What was measured for one variant: the median CPU time per call and the range over rounds, in nanoseconds. */
export interface Measure {
  readonly name: string;
  readonly ns: number;
  readonly low: number;
  readonly high: number;
}

let sink: unknown;

function cpuNs(): number {
  const usage = cpuUsage();
  return (usage.user + usage.system) * 1000;
}

// How many calls fill about `targetMs` of CPU time.
function calibrate(run: () => unknown, targetMs: number): number {
  let calls = 1;
  for (;;) {
    const start = cpuNs();
    for (let i = 0; i < calls; i++) sink = run();
    const elapsed = cpuNs() - start;
    if (elapsed >= targetMs * 1e6 * 0.25 || calls >= 1 << 24) {
      return Math.max(1, Math.round((calls * targetMs * 1e6) / Math.max(elapsed, 1)));
    }
    calls *= 4;
  }
}

/**
 * Measures the variants interleaved: a warm-up, then `rounds` rounds in which each variant runs for about `roundMs`
 * of CPU time in turn. Returns the median time per call of each, with its spread.
 */
export function measure(
  variants: readonly Variant[],
  { rounds = 9, roundMs = 60 }: { rounds?: number; roundMs?: number } = {},
): Measure[] {
  const calls = variants.map((variant) => {
    sink = variant.run();
    return calibrate(variant.run, roundMs);
  });
  const samples = variants.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    variants.forEach((variant, index) => {
      const n = calls[index] ?? 1;
      const start = cpuNs();
      for (let i = 0; i < n; i++) sink = variant.run();
      samples[index]?.push((cpuNs() - start) / n);
    });
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return variants.map((variant, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b);
    return {
      name: variant.name,
      ns: sorted[Math.floor(sorted.length / 2)] ?? 0,
      low: sorted[0] ?? 0,
      high: sorted[sorted.length - 1] ?? 0,
    };
  });
}

/** Prints the variants' median times and their ratio to the first one (the baseline), with the spread. */
export function report(
  title: string,
  measures: readonly (Pick<Measure, "name" | "ns"> & Partial<Measure>)[],
): void {
  const baseline = measures[0];
  if (baseline === undefined) return;
  console.log(`\n## ${title}`);
  console.table(
    measures.map((m) => ({
      variant: m.name,
      "median/call": formatNs(m.ns),
      "× baseline": (m.ns / baseline.ns).toFixed(2),
      "spread (× baseline)": `${((m.low ?? m.ns) / baseline.ns).toFixed(2)}–${((m.high ?? m.ns) / baseline.ns).toFixed(2)}`,
    })),
  );
}

/** Measures and reports in one call. */
export function compare(
  title: string,
  variants: readonly Variant[],
  options?: { rounds?: number; roundMs?: number },
): Measure[] {
  const measures = measure(variants, options);
  report(title, measures);
  return measures;
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/** One line of docs/performance.md: a goal of the library, what this run measured, and how to reproduce it. */
export interface GoalRow {
  readonly goal: string;
  readonly measured: string;
  /** Whether the goal is met by this run's figure; `null` where the figure is reported, not judged. */
  readonly met: boolean | null;
  readonly reproduce: string;
}

const goals: GoalRow[] = [];

/** Records a goal and this run's figure for docs/performance.md (written by `npm run bench` when it runs every file). */
export function recordGoal(row: GoalRow): void {
  goals.push(row);
}

/** The goals recorded so far, in order. */
export function recordedGoals(): readonly GoalRow[] {
  return goals;
}

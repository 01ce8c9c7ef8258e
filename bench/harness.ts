/**
 * A tiny benchmark harness: every figure is a ratio against a baseline measured in the same process, because
 * absolute timings on shared machines are noise.
 */
import { performance } from "node:perf_hooks";

/** Median time per call, in nanoseconds, over `rounds` rounds of at least `minMs` each (after a warm-up round). */
export function nsPerCall(fn: () => unknown, { rounds = 5, minMs = 200 } = {}): number {
  const samples: number[] = [];
  let sink: unknown;
  for (let round = -1; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs) {
      sink = fn();
      calls++;
      elapsed = performance.now() - start;
    }
    if (round >= 0) samples.push((elapsed * 1e6) / calls);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/** A measured variant. */
export interface Measure {
  readonly name: string;
  readonly ns: number;
}

/** Prints a table of variants with their time and their ratio to the first one (the baseline). */
export function report(title: string, [baseline, ...others]: readonly [Measure, ...Measure[]]): void {
  console.log(`\n## ${title}`);
  const rows = [baseline, ...others].map((m) => ({
    variant: m.name,
    "time/call": formatNs(m.ns),
    "× baseline": (m.ns / baseline.ns).toFixed(2),
  }));
  console.table(rows);
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

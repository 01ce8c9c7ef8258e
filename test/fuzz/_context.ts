// What a fuzz process prepares once: the library and datasets by name, every seed (built once, copied per call), the
// paths the mutations can reach, the field names the library reads, and one arbitrary of argument specs per function.
import { types } from "node:util";
import fc from "fast-check";
import * as audit from "../../src/audit/index.js";
import * as datasets from "../../src/datasets/index.js";
import * as library from "../../src/index.js";
import * as ingest from "../../src/ingest/index.js";
import * as report from "../../src/report/index.js";
import { exportedFunctions } from "../support/exports.js";
import { ENTRY_NAMESPACES } from "./_entries.js";
import {
  DANGEROUS_KEYS,
  Make,
  anythingArb,
  keysOf,
  make,
  mutationArb,
  pathsOf,
  shallowCopy,
  type BuildContext,
  type Path,
} from "../support/hostile.js";
import { plantableFields } from "./_checks.js";
import { TARGETS, type SeedContext } from "./_targets.js";

export interface FuzzContext {
  readonly build: BuildContext;
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly fieldNames: readonly string[];
  /** Fields planted on Object.prototype for a function: the fields its seeds carry. */
  plantedFields(name: string): ReadonlyMap<string, unknown>;
  /** Seeds that could not be built (a renamed dataset, a builder that refuses): reported by the coverage test. */
  readonly seedFailures: readonly string[];
  /** Argument specs for a function. */
  argsArbitrary(name: string): fc.Arbitrary<unknown>;
  /** How many seeds a function has. */
  seedCount(name: string): number;
}

// The root and the subpaths by name (their names do not clash: exports-coverage.test.ts checks it).
const lib = { ...library, ...audit, ...ingest, ...report } as unknown as Readonly<Record<string, unknown>>;
const ds = datasets as unknown as Readonly<Record<string, unknown>>;

function isCopyable(value: unknown): value is object {
  if (typeof value !== "object" || value === null || types.isProxy(value) || Object.isFrozen(value))
    return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

/** A fresh copy of a seed: unfrozen plain containers are copied, frozen ones (datasets) and instances are shared. */
export function freshCopy(value: unknown): unknown {
  if (!isCopyable(value)) return value;
  const copy = shallowCopy(value) as Record<string, unknown>;
  for (const key of Object.keys(copy)) {
    const field = copy[key];
    if (isCopyable(field))
      Object.defineProperty(copy, key, {
        value: freshCopy(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

export function seedContext(): SeedContext {
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = lib[name] ?? ds[name];
    if (typeof fn !== "function") throw new Error(`${name} is not exported`);
    return (fn as (...values: unknown[]) => unknown)(...args);
  };
  return {
    lib,
    ds,
    call,
    parse: (schema, value) => {
      const candidate = lib[schema] as { parse?: unknown } | undefined;
      if (typeof candidate?.parse !== "function") throw new Error(`${schema} is not an exported schema`);
      return (candidate.parse as (input: unknown) => unknown).call(candidate, value);
    },
    data: (name) => {
      if (!(name in ds)) throw new Error(`dataset ${name} is not exported`);
      return ds[name];
    },
    decimal: (text) => new (lib["Decimal"] as new (value: string) => unknown)(text),
    error: (code) =>
      new (lib["PdzError"] as new (init: object) => unknown)({ code, message: "x", messageIt: "x" }),
  };
}

/** The seeds of every target, built once. */
export function buildSeeds(context: SeedContext): { seeds: Map<string, unknown[][]>; failures: string[] } {
  const seeds = new Map<string, unknown[][]>();
  const failures: string[] = [];
  for (const [name, target] of Object.entries(TARGETS)) {
    if (target.seeds === undefined) continue;
    try {
      seeds.set(
        name,
        target.seeds(context).map((tuple) => [...tuple]),
      );
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { seeds, failures };
}

export function createFuzzContext(): FuzzContext {
  const context = seedContext();
  const { seeds, failures } = buildSeeds(context);
  const registry = new Map<string, () => unknown[]>();
  const paths = new Map<string, Path[]>();
  const seen = new Map<string, unknown>();
  const planted = new Map<string, Map<string, unknown>>();
  for (const [name, tuples] of seeds) {
    const own = new Map<string, unknown>();
    tuples.forEach((tuple, index) => {
      const id = `${name}#${String(index)}`;
      registry.set(id, () => freshCopy(tuple) as unknown[]);
      paths.set(id, pathsOf(tuple));
      keysOf(tuple, seen);
      keysOf(tuple, own);
    });
    planted.set(name, plantableFields(own));
  }
  const fieldNames = [...seen.keys()].filter((key) => !DANGEROUS_KEYS.includes(key)).sort();
  const anything = anythingArb(fieldNames);
  const functions = new Map([...exportedFunctions(ENTRY_NAMESPACES)].map(([name, { fn }]) => [name, fn]));
  const build: BuildContext = { lib, ds, seeds: registry };
  const arbitraries = new Map<string, fc.Arbitrary<unknown>>();

  const argsArbitrary = (name: string): fc.Arbitrary<unknown> => {
    const cached = arbitraries.get(name);
    if (cached !== undefined) return cached;
    const fn = functions.get(name);
    const tuples = seeds.get(name) ?? [];
    const arity = Math.max(2, fn?.length ?? 0, ...tuples.map((tuple) => tuple.length)) + 1;
    const branches: fc.WeightedArbitrary<unknown>[] = [
      { weight: 3, arbitrary: fc.array(anything, { maxLength: arity }) },
    ];
    const seeded = tuples.map((_, index) => {
      const id = `${name}#${String(index)}`;
      const reachable = paths.get(id) ?? [];
      if (reachable.length === 0) return fc.constant<unknown>(make("seed", id, []));
      return fc
        .array(mutationArb(reachable, anything, fieldNames), { maxLength: 3 })
        .map((mutations): unknown => make("seed", id, mutations));
    });
    if (seeded.length > 0) branches.push({ weight: 5, arbitrary: fc.oneof(...seeded) });
    const generated = TARGETS[name]?.generated;
    if (generated !== undefined) {
      try {
        branches.push({ weight: 3, arbitrary: generated(context).map((tuple): unknown => [...tuple]) });
      } catch (error) {
        failures.push(`${name} (generated): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const arbitrary = fc.oneof(...branches);
    arbitraries.set(name, arbitrary);
    return arbitrary;
  };

  return {
    build,
    functions,
    fieldNames,
    plantedFields: (name) => planted.get(name) ?? new Map<string, unknown>(),
    seedFailures: failures,
    argsArbitrary,
    seedCount: (name) => seeds.get(name)?.length ?? 0,
  };
}

/** Whether a spec is an argument tuple or builds one. */
export function isArgsSpec(spec: unknown): boolean {
  return Array.isArray(spec) || spec instanceof Make;
}

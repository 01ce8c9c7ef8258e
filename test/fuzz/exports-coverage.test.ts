// Issue 9 §6: "a test that enumerates the exports fails when a new export is not covered". Every export of both
// entry points is classified; every function has structured arguments in the fuzz suite (or is listed as covered by
// the generic ones) and a bad-input table; exported data cannot be changed by one consumer under another.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ENTRY_POINTS, EXEMPT, listExports } from "../support/exports.js";
import { ENTRY_NAMESPACES, ENTRY_SOURCES } from "./_entries.js";
import { isDeeplyFrozen } from "../support/value-graph.js";
import { buildSeeds, seedContext } from "./_context.js";
import { functionInfos, functionNames } from "./_fuzz-run.js";
import { matrixTableNames } from "./_matrix.js";
import { GENERIC_ONLY, TARGETS } from "./_targets.js";

const exports = listExports(ENTRY_NAMESPACES);
const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  name: string;
  exports: Record<string, unknown>;
};
const functions = functionNames();

describe("every export is covered by the fuzz suite", () => {
  it('enumerates every entry point of package.json "exports"', () => {
    const subpaths = Object.keys(packageJson.exports).filter((subpath) => subpath !== "./package.json");
    expect(
      subpaths.map((subpath) =>
        subpath === "." ? packageJson.name : `${packageJson.name}/${subpath.slice(2)}`,
      ),
      "a new subpath of package.json: add it to ENTRY_POINTS (test/support/exports.ts) and test/fuzz/_entries.ts",
    ).toEqual([...ENTRY_POINTS]);
    expect(Object.keys(ENTRY_SOURCES)).toEqual(subpaths);
    console.log(
      `entry points: ${ENTRY_POINTS.map((entry) => `${entry} (${String(exports.filter((item) => item.entry === entry).length)} exports)`).join(", ")}`,
    );
  });

  it("classifies every export of every entry point", () => {
    const unclassified = exports
      .filter((item) => item.kind === undefined)
      .map((item) => `${item.entry}: ${item.name}`);
    expect(
      unclassified,
      `exports of no known kind (function, class, schema, constant, dataset): ${unclassified.join(", ")}`,
    ).toEqual([]);
    const counts = new Map<string, number>();
    for (const item of exports)
      counts.set(
        `${item.entry} ${String(item.kind)}`,
        (counts.get(`${item.entry} ${String(item.kind)}`) ?? 0) + 1,
      );
    console.log(
      `exports: ${[...counts].map(([kind, count]) => `${String(count)} ${kind}`).join(", ")}; exempt: ${Object.entries(
        EXEMPT,
      )
        .map(([name, why]) => `${name} (${why})`)
        .join("; ")}`,
    );
  });

  it("gives no name to two different exports", () => {
    const seen = new Map<string, unknown>();
    const clashes: string[] = [];
    for (const item of exports) {
      if (seen.has(item.name) && seen.get(item.name) !== item.value) clashes.push(item.name);
      seen.set(item.name, item.value);
    }
    expect(clashes).toEqual([]);
  });

  it("has structured arguments for every exported function, or lists it as covered by the generic ones", () => {
    const uncovered = functions.filter(
      (name) => TARGETS[name] === undefined && GENERIC_ONLY[name] === undefined,
    );
    expect(
      uncovered,
      `add these to TARGETS (or GENERIC_ONLY, with the reason) in test/fuzz/_targets.ts: ${uncovered.join(", ")}`,
    ).toEqual([]);
    const empty = functions.filter(
      (name) =>
        TARGETS[name] !== undefined &&
        TARGETS[name].seeds === undefined &&
        TARGETS[name].generated === undefined,
    );
    expect(empty, "targets without seeds or generated arguments").toEqual([]);
  });

  it("names no function that is not exported (except those the redesign adds, marked anticipated)", () => {
    const exported = new Set(functions);
    const stale = Object.entries(TARGETS)
      .filter(([name, target]) => !exported.has(name) && target.anticipated === undefined)
      .map(([name]) => name);
    const staleGeneric = Object.keys(GENERIC_ONLY).filter(
      (name) => !exported.has(name) || TARGETS[name] !== undefined,
    );
    expect(
      [...stale, ...staleGeneric],
      "entries of _targets.ts for names that are not exported functions",
    ).toEqual([]);
    const waiting = Object.entries(TARGETS)
      .filter(([name, target]) => !exported.has(name) && target.anticipated !== undefined)
      .map(([name, target]) => `${name} (${String(target.anticipated)})`);
    if (waiting.length > 0) console.log(`fuzz targets waiting for their export: ${waiting.join(", ")}`);
  });

  it("builds every seed (datasets and builders found by name)", () => {
    const { failures } = buildSeeds(seedContext());
    expect(failures).toEqual([]);
  });

  it("has a bad-input table for every exported function", () => {
    const tables = new Set(matrixTableNames());
    const missing = functions.filter((name) => !tables.has(name));
    expect(missing, `add a table to test/fuzz/_matrix.ts for: ${missing.join(", ")}`).toEqual([]);
  });

  it("knows which functions must never throw", () => {
    const neverThrow = [...functionInfos().values()].filter((info) => info.neverThrows !== null);
    console.log(
      `never throw (${String(neverThrow.length)}): ${neverThrow.map((info) => `${info.name} (${String(info.neverThrows)})`).join("; ")}`,
    );
    expect(neverThrow.length).toBeGreaterThan(0);
  });

  it("exports catalogues, constants and datasets that no consumer can change", () => {
    const mutable = exports
      .filter(
        (item) =>
          (item.kind === "constant" || item.kind === "dataset") &&
          typeof item.value === "object" &&
          item.value !== null,
      )
      .filter((item) => !isDeeplyFrozen(item.value))
      .map((item) => `${item.entry}: ${item.name}`);
    expect(
      mutable,
      `not deeply frozen (a consumer could change what the library and other consumers read): ${mutable.join(", ")}`,
    ).toEqual([]);
  });
});

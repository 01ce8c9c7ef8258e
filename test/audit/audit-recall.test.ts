/**
 * The audit's recall on the seeds and its wrong findings: docs/audit-recall.md is the current rendering of these
 * figures (`npm run docs:audit`). The figures are floors: a change may find more slips and make fewer wrong findings,
 * never the reverse. Every finding must match a slip or have been reviewed (wrong, or a note).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DOC, renderRecallDoc } from "../../scripts/audit-recall-doc.js";
import { measureRecall, type SeedRecall } from "./support/recall.js";

// seed → [checkable slips found, wrong findings] as measured; found may only go up, wrong only down.
const FLOORS: Readonly<Record<string, readonly [number, number]>> = {
  "000": [22, 0],
  "001": [21, 8],
  "002": [16, 4],
  "003": [0, 0],
  "004": [19, 11],
};

describe("the audit on the seeds' slips", () => {
  let seeds: SeedRecall[];
  beforeAll(() => {
    seeds = measureRecall();
  }, 120_000);

  it("docs/audit-recall.md shows the current figures (run `npm run docs:audit` after a change)", () => {
    expect(readFileSync(DOC, "utf8")).toBe(renderRecallDoc(seeds));
  });

  it("leaves no finding unreviewed: each reveals a slip, or is judged wrong or a note", () => {
    for (const seed of seeds) {
      expect(
        seed.unreviewed.map((f) => `${f.record} ${f.code} ${f.path}`),
        seed.ambito,
      ).toEqual([]);
    }
  });

  it("finds at least as many slips as measured, with no more wrong findings", () => {
    for (const seed of seeds) {
      const [found, wrong] = FLOORS[seed.seed] ?? [0, 0];
      expect(seed.found, `${seed.ambito}: slips found`).toBeGreaterThanOrEqual(found);
      expect(seed.wrong.length, `${seed.ambito}: wrong findings`).toBeLessThanOrEqual(wrong);
    }
  });

  it("says why each checkable slip is missed and why each slip is out of scope", () => {
    for (const seed of seeds) {
      for (const slip of seed.slips) {
        const explained = slip.foundBy.length > 0 || (slip.reason ?? "") !== "";
        expect(explained, `${seed.ambito} ${slip.id}`).toBe(true);
        if (!slip.checkable) expect(slip.expect ?? [], `${seed.ambito} ${slip.id}`).toEqual([]);
      }
    }
  });

  it("finds the slips of the tables the datasets hold (seed 004 L500, L419; seed 002 L2854; seed 001 L558)", () => {
    const found = (seed: string, id: string) =>
      seeds.find((s) => s.seed === seed)?.slips.find((slip) => slip.id === id)?.foundBy;
    expect(found("004", "10.1")).toEqual(["column_total_mismatch"]);
    expect(found("004", "10.2")).toEqual(["stated_value_mismatch"]);
    expect(found("002", "9.5")).toEqual(["band_sum_mismatch"]);
    expect(found("001", "A.1")).toEqual(["stated_value_mismatch"]);
    expect(found("000", "10.3a")).toEqual(["coincidence_not_reproducible"]);
  });
});

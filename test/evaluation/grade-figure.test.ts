import { describe, expect, it } from "vitest";
import { ACHIEVEMENT_BAND_CATALOG, ACHIEVEMENT_BANDS } from "../../src/catalog/evaluation-scales.js";
import { Decimal } from "../../src/core/decimal.js";
import {
  bandOfInterval,
  bandsOfInterval,
  hullFigure,
  officialRange,
  publicFigure,
  recomputedFigure,
  statedFigure,
  type Figure,
} from "../../src/evaluation/grade-figure.js";
import type { PrintedGradeRecord } from "../../src/evaluation/_printed-grade.js";

const fraction = (numerator: bigint, denominator = 1n) => ({ numerator, denominator });
const printed = (fields: Partial<PrintedGradeRecord>): PrintedGradeRecord => ({
  text: "x",
  percent: null,
  decimals: 0,
  range: null,
  band: null,
  notApplicable: false,
  ...fields,
});

describe("the official ranges of the bands", () => {
  it("are the ranges the catalogue prints (D.G.R. XII/2167 grid)", () => {
    for (const band of ACHIEVEMENT_BANDS) {
      const [from, to] = officialRange(band);
      const text = from === to ? `${String(from)}%` : `${String(from)}-${String(to)}%`;
      expect(text).toBe(ACHIEVEMENT_BAND_CATALOG[band].officialRange);
    }
  });
});

describe("statedFigure", () => {
  it("reads a percent as one value, a range or a band alone as an interval", () => {
    // seed 004 L208 "30%"; seed 001 L334 "80-99% (buono)"; a band printed alone stands for its official range
    const percent = statedFigure(printed({ percent: new Decimal(30) })) as Figure;
    expect([percent.basis, percent.low, percent.high]).toEqual(["percent", fraction(30n), fraction(30n)]);
    const range = statedFigure(
      printed({ range: { from: new Decimal(80), to: new Decimal(99) }, band: "buono" }),
    );
    expect(range).toMatchObject({
      origin: "stated",
      basis: "range",
      low: fraction(80n),
      high: fraction(99n),
    });
    const band = statedFigure(printed({ band: "sufficiente" }));
    expect(band).toMatchObject({ basis: "band", low: fraction(50n), high: fraction(79n) });
  });

  it("prefers the percent to the range, and the range to the band", () => {
    // seed 001 L450 "50% (sufficiente)": the point, not the band's range
    const figure = statedFigure(
      printed({
        percent: new Decimal(50),
        range: { from: new Decimal(50), to: new Decimal(79) },
        band: "sufficiente",
      }),
    );
    expect(figure).toMatchObject({ basis: "percent", low: fraction(50n), high: fraction(50n) });
  });

  it("gives the reason an objective is left out", () => {
    expect(statedFigure(null)).toBe("no-grade");
    expect(statedFigure(printed({ notApplicable: true }))).toBe("not-applicable");
    expect(statedFigure(printed({ text: "in parte raggiunti" }))).toBe("no-grade");
  });

  it("keeps a printed decimal exact", () => {
    const figure = statedFigure(printed({ percent: new Decimal("76.56") })) as Figure;
    expect(figure.low).toEqual(fraction(7656n, 100n));
  });
});

describe("hullFigure", () => {
  const stated = (low: bigint, high: bigint): Figure => ({
    origin: "stated",
    basis: "range",
    low: fraction(low),
    high: fraction(high),
    parts: null,
  });
  const recomputed = recomputedFigure(
    { planned: 4, realized: 3, shareNumerator: 3n, shareExponent: 0 },
    "counts",
  );

  it("spans the parts, recomputed only when every part is", () => {
    // Busto Arsizio objective 8: both parts "80-99% (buono)" (seed 001 L507)
    expect(hullFigure([stated(80n, 99n), stated(80n, 99n)])).toMatchObject({
      origin: "stated",
      basis: "parts",
      low: fraction(80n),
      high: fraction(99n),
    });
    expect(hullFigure([recomputed, recomputed])?.origin).toBe("recomputed");
    const mixed = hullFigure([recomputed, stated(80n, 99n)]);
    expect(mixed?.origin).toBe("stated");
    expect(publicFigure(mixed as Figure)).toMatchObject({ band: null, labels: null });
    expect(hullFigure([])).toBeNull();
  });
});

describe("the band of an interval", () => {
  it.each([
    ["80/1", "99/1", "buono", ["buono"]],
    ["50/1", "79/1", "sufficiente", ["sufficiente"]],
    ["1525/20", "743/8", null, ["sufficiente", "buono"]], // Busto Arsizio: 76.25 – 92.875
    ["7999/100", "80/1", null, ["sufficiente", "buono"]],
    ["0/1", "100/1", null, ["nullo", "insufficiente", "sufficiente", "buono", "ottimo"]],
    ["100/1", "100/1", "ottimo", ["ottimo"]],
  ] as const)("[%s, %s] lies in %s", (low, high, band, bands) => {
    const read = (text: string) => {
      const [numerator = "0", denominator = "1"] = text.split("/");
      return fraction(BigInt(numerator), BigInt(denominator));
    };
    expect(bandOfInterval(read(low), read(high))).toBe(band);
    expect(bandsOfInterval(read(low), read(high))).toEqual(bands);
  });

  it("writes one value once, and an interval with its two bounds", () => {
    const point = publicFigure(
      recomputedFigure({ planned: 3, realized: 2, shareNumerator: 2n, shareExponent: 0 }, "counts"),
    );
    expect(point.from).toBe(point.to);
    expect(point.from.toFixed(4)).toBe("66.6667");
    expect(JSON.parse(JSON.stringify(point))).toMatchObject({
      origin: "recomputed",
      basis: "counts",
      band: "sufficiente",
    });
  });
});

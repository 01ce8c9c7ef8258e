import { describe, expect, it } from "vitest";
import { demographicProfile } from "../../src/index.js";
import {
  ASST_VALLE_OLONA_POPULATION_2024,
  printedAreaStructure,
  SEBINO_AMBITO_AGE_STRUCTURE_2024,
  SEBINO_PRINTED_TOTALS_STRUCTURE_2024,
} from "../../src/datasets/index.js";
import {
  demographyDocument,
  pyramidChart,
  renderHtml,
  renderMarkdown,
  tableRows,
} from "../../src/report/index.js";
import { NO_SEXES, SINGLE_YEARS } from "./_charts.js";
import { codeOf, expectCodeOrValid, HOSTILE_VALUES, italianIn } from "./_support.js";

const CODES = [
  "invalid_age_structure",
  "invalid_language",
  "invalid_type",
  "text_too_long",
  "unreadable_field",
];

describe("pyramidChart", () => {
  it("draws two series by band, the youngest band first in the data", () => {
    const chart = pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024);
    expect(chart.title).toBe("Piramide dell'età al 1° gennaio 2024");
    expect(chart.series).toEqual(["Maschi", "Femmine"]);
    expect(chart.data[0]).toEqual({
      category: "0-14",
      series: "Maschi",
      value: "3516",
      target: null,
      band: null,
    });
    expect(chart.description).toBe(
      "Maschi a sinistra e femmine a destra, per 3 fasce d'età, la più anziana in alto; popolazione 54.355 (26.818 maschi, 27.537 femmine).",
    );
  });

  it("groups single years by five, or keeps them when asked", () => {
    expect(pyramidChart(SINGLE_YEARS).categories).toEqual([
      ...Array.from({ length: 20 }, (_, index) => `${String(index * 5)}-${String(index * 5 + 4)}`),
      "100+",
    ]);
    const chart = pyramidChart(SINGLE_YEARS);
    expect(chart.data[0]?.value).toBe(String(1000 + 991 + 982 + 973 + 964));
    expect(pyramidChart(SINGLE_YEARS, { singleYears: true }).categories).toHaveLength(101);
  });

  it("needs a structure split by sex", () => {
    expect(codeOf(() => pyramidChart(NO_SEXES))).toBe("sex_not_available");
    expect(codeOf(() => pyramidChart({} as never))).toBe("invalid_age_structure");
    expect(codeOf(() => pyramidChart(SINGLE_YEARS, { singleYears: "yes" } as never))).toBe("invalid_type");
  });

  it.each(HOSTILE_VALUES)("answers %s with a chart or a documented code", (_name, value) => {
    expectCodeOrValid(() => pyramidChart(value as never), CODES);
    expectCodeOrValid(() => pyramidChart(SINGLE_YEARS, value as never), CODES);
    for (const key of ["language", "area", "singleYears"]) {
      expectCodeOrValid(() => pyramidChart(SINGLE_YEARS, { [key]: value }), CODES);
    }
  });
});

describe("demographyDocument", () => {
  it("holds the pyramid, the bands with their total and every index the bands allow", () => {
    const report = demographyDocument(printedAreaStructure(ASST_VALLE_OLONA_POPULATION_2024), {
      area: "ASST Valle Olona",
    });
    expect(report.title).toBe("ASST Valle Olona: profilo demografico al 1° gennaio 2024");
    expect(report.blocks.map((block) => block.kind)).toEqual(["chart", "table", "table"]);
    const rows = tableRows(report, { numbers: "number" });
    expect(rows["bands"]).toHaveLength(19);
    expect(rows["bands"]?.at(-1)).toEqual({ band: "Totale", males: 214797, females: 223772, total: 438569 });
    expect(rows["indices"]?.map((row) => row["index"])).toContain(
      "Indice di ricambio della popolazione attiva",
    );
    expect(renderMarkdown(report)).toContain("| Indice di vecchiaia | 189,48 |");
  });

  it("lists the inconsistencies between stated totals and bands", () => {
    const report = demographyDocument(SEBINO_PRINTED_TOTALS_STRUCTURE_2024);
    expect(report.blocks.at(-1)?.kind).toBe("section");
  });

  it("shows a profile as its indices, and a structure without sexes without pyramid", () => {
    const profile = demographyDocument(demographicProfile(SEBINO_AMBITO_AGE_STRUCTURE_2024), {
      language: "en",
    });
    expect(profile.title).toBe("Demographic profile at 1 January 2024");
    expect(profile.blocks.map((block) => block.kind)).toEqual(["table"]);
    expect(demographyDocument(NO_SEXES).blocks.map((block) => block.kind)).toEqual(["table", "table"]);
  });

  it("under English, writes no Italian word", () => {
    const report = demographyDocument(printedAreaStructure(ASST_VALLE_OLONA_POPULATION_2024), {
      language: "en",
    });
    expect(italianIn(renderMarkdown(report))).toEqual([]);
    expect(italianIn(renderHtml(report))).toEqual([]);
    expect(renderMarkdown(report)).toContain("| Old-age index | 189.48 |");
  });

  it.each(HOSTILE_VALUES)("answers %s with a document or a documented code", (_name, value) => {
    expectCodeOrValid(() => demographyDocument(value as never), CODES);
    expectCodeOrValid(() => demographyDocument(SINGLE_YEARS, value as never), CODES);
  });
});

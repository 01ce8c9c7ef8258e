import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_FUNDS_2022_2024,
  GALLARATE_SPENDING_BY_CHANNEL_2022,
} from "../../src/datasets/index.js";
import {
  budgetChart,
  fundTableChart,
  fundTableDocument,
  renderCsv,
  tableRows,
} from "../../src/report/index.js";
import { codeOf, expectCodeOrValid, HOSTILE_VALUES } from "./_support.js";

const CODES = [
  "invalid_type",
  "required_field",
  "unreadable_field",
  "too_many_items",
  "text_too_long",
  "row_length_mismatch",
  "negative_amount",
  "invalid_decimal",
  "number_out_of_range",
  "number_text_too_long",
  "invalid_language",
];

describe("fundTableDocument", () => {
  it("writes the amounts with recomputed and stated totals, the chart and the findings", () => {
    const report = fundTableDocument(ALTO_MILANESE_FUNDS_2022_2024);
    expect(report.title).toBe("Assegnazioni dei principali fondi d'ambito e delle progettualità, 2022-2024");
    expect(report.blocks.map((block) => block.kind)).toEqual(["table", "chart", "section"]);
    const rows = tableRows(report)["funds"] ?? [];
    expect(rows).toHaveLength(33);
    expect(rows[0]).toEqual({
      item: "Fondo Nazionale Politiche Sociali",
      c0: "1409309.58",
      c1: "1448860.23",
      c2: "1411261.34",
      total: "4269431.15",
    });
    expect(rows.at(-1)).toEqual({
      item: "Totale dichiarato",
      c0: "12719506.62",
      c1: "10192618.56",
      c2: "10791454.99",
      total: null,
    });
    const section = report.blocks[2];
    expect(section?.kind === "section" ? section.blocks[0]?.kind : null).toBe("list");
    expect(renderCsv(report)[0]?.content.split("\r\n")[0]).toBe(
      "\uFEFFVoce;2022 (€);2023 (€);2024 (€);Totale (€)",
    );
  });

  it("says so when the totals add up", () => {
    const report = fundTableDocument(GALLARATE_SPENDING_BY_CHANNEL_2022, {
      language: "en",
      title: "Table 2.4",
    });
    expect(report.title).toBe("Table 2.4");
    expect(JSON.stringify(report.blocks[2])).toContain("The stated totals match the sum of the amounts.");
  });

  it.each(HOSTILE_VALUES)("answers %s with a document or a documented code", (_name, value) => {
    expectCodeOrValid(() => fundTableDocument(value as never), CODES);
    expectCodeOrValid(() => fundTableChart(value as never), CODES);
    expectCodeOrValid(() => fundTableDocument(ALTO_MILANESE_FUNDS_2022_2024, value as never), CODES);
    expectCodeOrValid(
      () => fundTableDocument(ALTO_MILANESE_FUNDS_2022_2024, { title: value } as never),
      CODES,
    );
  });
});

describe("fundTableChart", () => {
  it("stacks each column by row", () => {
    const chart = fundTableChart(ALTO_MILANESE_FUNDS_2022_2024, { language: "en" });
    expect(chart.chart).toBe("stacked-bars");
    expect(chart.data).toHaveLength(93);
    expect(chart.description).toBe(
      "Stacked bars: for each of the 3 columns, the amounts of the 31 items; total €33,697,511.17.",
    );
    // Two rows printed with the same label are told apart.
    expect(new Set(chart.series).size).toBe(31);
  });
});

describe("budgetChart", () => {
  it("draws one bar per item, in order", () => {
    const chart = budgetChart([
      { label: "A", amount: 1 },
      { label: "A", amount: "2.5" },
    ]);
    expect(chart.categories).toEqual(["A", "A (2)"]);
    expect(chart.description).toBe(
      "Barre orizzontali: l'importo di ciascuna delle 2 voci; totale 3,50\u00A0€.",
    );
  });

  it("refuses items of the wrong shape", () => {
    expect(codeOf(() => budgetChart([{ label: "A" }] as never))).toBe("required_field");
    expect(codeOf(() => budgetChart([{ label: 1, amount: 1 }] as never))).toBe("invalid_type");
  });

  it.each(HOSTILE_VALUES)("answers %s with a chart or a documented code", (_name, value) => {
    expectCodeOrValid(() => budgetChart(value as never), CODES);
    expectCodeOrValid(() => budgetChart([value] as never), CODES);
    expectCodeOrValid(() => budgetChart([{ label: "A", amount: value }] as never), CODES);
  });
});

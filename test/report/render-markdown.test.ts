import { describe, expect, it } from "vitest";
import { renderMarkdown, type ReportDocument } from "../../src/report/index.js";
import { codeOf, DOCUMENT_CODES, expectCodeOrValid, HOSTILE_VALUES, SAMPLE } from "./_support.js";

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(SAMPLE);
  const lines = markdown.split("\n");

  it("writes the title, sections one level down, and tables with their titles", () => {
    expect(lines[0]).toBe("# Spesa sociale \\<2022\\> \\& altro");
    expect(lines).toContain("## Per area");
    expect(lines).toContain("**Spesa per area**");
    expect(lines).toContain("| Area | Spesa | Quota | Utenti | Costo medio | Fascia |");
    expect(lines).toContain("| :--- | ---: | ---: | ---: | ---: | :--- |");
  });

  it("writes every type of cell the Italian way, empty cells as a dash", () => {
    expect(lines).toContain("| Minori; famiglia | 8.208.518,00\u00A0€ | 41,4% | 4.418 | 1.858 | buono |");
    expect(lines).toContain("| =SOMMA(A1) | 0,50\u00A0€ | — | — | — | — |");
  });

  it("escapes markup and keeps a cell on one line", () => {
    expect(markdown).toContain(
      '| Virgolette "doppie" su due righe | 1.234,57\u00A0€ | 0,1% | 0 | -4 | altro |',
    );
    expect(markdown).toContain("Una nota con \\*asterischi\\* e \\<b\\>tag\\</b\\>.");
    expect(markdown).toContain("Fonte: Tabella 4.2 \\| riga 3501.");
    expect(markdown).not.toContain("<b>");
  });

  it("shows a chart by its description and data", () => {
    expect(markdown).toContain("_Barre_");
    expect(markdown).toContain("| B | 20,50\u00A0€ |");
  });

  it("writes numbers the English way under English", () => {
    const english = renderMarkdown({ ...SAMPLE, language: "en" });
    expect(english).toContain("| Minori; famiglia | €8,208,518.00 | 41.4% | 4,418 | 1,858 | buono |");
  });

  it("refuses documents of the wrong shape with their codes and paths", () => {
    const table = SAMPLE.blocks[1];
    const bad = (blocks: unknown[]): ReportDocument => ({ ...SAMPLE, blocks: blocks as never });
    expect(
      codeOf(() => renderMarkdown(bad([{ kind: "table", id: "A b", title: "x", columns: [], rows: [] }]))),
    ).toBe("invalid_report_id");
    expect(codeOf(() => renderMarkdown(bad([table, table])))).toBe("duplicate_report_id");
    const deep = (depth: number): unknown =>
      depth === 0 ? { kind: "note", text: "x" } : { kind: "section", title: "s", blocks: [deep(depth - 1)] };
    expect(codeOf(() => renderMarkdown(bad([deep(5)])))).toBeUndefined();
    expect(codeOf(() => renderMarkdown(bad([deep(6)])))).toBe("report_too_deep");
    const cyclic: { kind: string; title: string; blocks: unknown[] } = {
      kind: "section",
      title: "c",
      blocks: [],
    };
    cyclic.blocks.push(cyclic);
    expect(codeOf(() => renderMarkdown(bad([cyclic])))).toBe("report_too_deep");
    const columns = [
      { key: "a", header: "A", type: "text" },
      { key: "a", header: "B", type: "count" },
    ];
    expect(
      codeOf(() => renderMarkdown(bad([{ kind: "table", id: "t", title: "t", columns, rows: [] }]))),
    ).toBe("duplicate_column_key");
    const counts = [{ key: "n", header: "N", type: "count" }];
    expect(
      codeOf(() =>
        renderMarkdown(bad([{ kind: "table", id: "t", title: "t", columns: counts, rows: [[1.5]] }])),
      ),
    ).toBe("invalid_count");
    expect(codeOf(() => renderMarkdown(bad([{ kind: "paragraph", text: "x" }])))).toBe("invalid_option");
    expect(codeOf(() => renderMarkdown({ ...SAMPLE, language: "fr" } as never))).toBe("invalid_language");
  });

  it("stops before writing more than 100,000,000 characters", () => {
    const cell = "x".repeat(100_000);
    const rows = Array.from({ length: 1001 }, () => [cell]);
    const huge = bigTable(rows);
    expect(codeOf(() => renderMarkdown(huge))).toBe("report_too_long");
  });

  it.each(HOSTILE_VALUES)("answers %s with a rendering or a documented code", (_name, value) => {
    expectCodeOrValid(() => renderMarkdown(value as never), DOCUMENT_CODES);
    expectCodeOrValid(() => renderMarkdown({ ...SAMPLE, blocks: [value] } as never), DOCUMENT_CODES);
    expectCodeOrValid(() => renderMarkdown({ ...SAMPLE, title: value } as never), DOCUMENT_CODES);
  });
});

function bigTable(rows: string[][]): ReportDocument {
  return {
    kind: "report",
    language: "it",
    title: "big",
    blocks: [
      { kind: "table", id: "big", title: "big", columns: [{ key: "x", header: "x", type: "text" }], rows },
    ],
  };
}

import { describe, expect, it } from "vitest";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import { evaluationDocument, renderCsv, tableRows } from "../../src/report/index.js";
import { codeOf, DOCUMENT_CODES, expectCodeOrValid, HOSTILE_VALUES, SAMPLE } from "./_support.js";

describe("renderCsv", () => {
  const [file] = renderCsv(SAMPLE);
  const content = file?.content ?? "";

  it("names one file per table, sections included, charts excluded", () => {
    expect(renderCsv(SAMPLE).map((csv) => csv.name)).toEqual(["spesa.csv"]);
    expect(file?.title).toBe("Spesa per area");
  });

  it("writes what Italian Excel opens: BOM, semicolons, CRLF, decimal comma, units in the headers", () => {
    expect(content.startsWith("\uFEFFArea;Spesa (€);Quota (%);Utenti;Costo medio;Fascia\r\n")).toBe(true);
    expect(content).toContain('"Minori; famiglia";8208518,00;41,4;4418;1858;buono\r\n');
    expect(content.endsWith("\r\n")).toBe(true);
    expect(content.split("\r\n")).toHaveLength(5);
  });

  it("quotes fields with quotes or line breaks, and keeps formulas as text", () => {
    expect(content).toContain('"Virgolette ""doppie""\nsu due righe";1234,57;0,1;0;-4;altro\r\n');
    expect(content).toContain("'=SOMMA(A1);0,50;;;;\r\n");
  });

  it("writes the Gallarate evaluation's objectives and findings", () => {
    const files = renderCsv(evaluationDocument(GALLARATE_EVALUATION_2021_2023));
    expect(files.map((csv) => csv.name)).toEqual(["objectives.csv", "findings.csv"]);
    const objectives = files[0]?.content.split("\r\n") ?? [];
    expect(objectives[0]).toBe(
      "\uFEFFObiettivo;Titolo;Azioni programmate;Azioni realizzate;Grado (%);Fascia;Grado ponderato (%);Coincidenza;Adeguatezza;Fonte del grado",
    );
    expect(objectives).toHaveLength(18);
    expect(objectives[2]).toBe(
      "2;Co-progettazione e valorizzazione delle competenze progettuali;4;3;75,00;sufficiente;75,00;100% (ottimo);Sufficientemente adeguato;ricalcolato",
    );
  });

  it.each(HOSTILE_VALUES)("answers %s with files or a documented code", (_name, value) => {
    expectCodeOrValid(() => renderCsv(value as never), DOCUMENT_CODES);
  });
});

describe("tableRows", () => {
  it("gives each table's rows as plain objects keyed by column", () => {
    const rows = tableRows(SAMPLE);
    expect(Object.keys(rows)).toEqual(["spesa"]);
    expect(rows["spesa"]?.[0]).toEqual({
      area: "Minori; famiglia",
      spesa: "8208518",
      quota: "41.4",
      utenti: 4418,
      indice: "1857.97",
      fascia: "buono",
    });
    expect(rows["spesa"]?.[1]).toEqual({
      area: "=SOMMA(A1)",
      spesa: "0.5",
      quota: null,
      utenti: null,
      indice: null,
      fascia: null,
    });
    expect(tableRows(SAMPLE, { numbers: "number" })["spesa"]?.[2]?.["spesa"]).toBe(1234.565);
  });

  it("survives JSON and shares nothing with the document", () => {
    const rows = tableRows(SAMPLE);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    (rows["spesa"]?.[0] as Record<string, unknown>)["area"] = "changed";
    expect(tableRows(SAMPLE)["spesa"]?.[0]?.["area"]).toBe("Minori; famiglia");
  });

  it("keeps a column keyed __proto__ as data", () => {
    const document = {
      ...SAMPLE,
      blocks: [
        {
          kind: "table",
          id: "t",
          title: "t",
          columns: [{ key: "__proto__", header: "x", type: "text" }],
          rows: [["v"]],
        },
      ],
    } as const;
    const row = tableRows(document)["t"]?.[0] ?? {};
    expect(Object.keys(row)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it("refuses an unknown number form", () => {
    expect(codeOf(() => tableRows(SAMPLE, { numbers: "float" } as never))).toBe("invalid_option");
  });

  it.each(HOSTILE_VALUES)("answers %s with rows or a documented code", (_name, value) => {
    expectCodeOrValid(() => tableRows(value as never), DOCUMENT_CODES);
    expectCodeOrValid(() => tableRows(SAMPLE, value as never), DOCUMENT_CODES);
  });
});

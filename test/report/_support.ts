// What the report tests share: a sample document, the codes a document of the wrong shape may raise, a strict XML
// parser, the Vega-Lite v5 JSON Schema, and the Italian words the library writes (which English must not show).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DOMParser, type Document as XmlDocument } from "@xmldom/xmldom";
import { Ajv } from "ajv";
import { expect } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import type { ReportDocument } from "../../src/report/index.js";

export { HOSTILE_VALUES } from "../support/hostile.js";

/** Every code a renderer raises for a document of the wrong shape. */
export const DOCUMENT_CODES = [
  "invalid_type",
  "required_field",
  "invalid_option",
  "invalid_language",
  "invalid_report_id",
  "duplicate_report_id",
  "duplicate_column_key",
  "report_too_deep",
  "invalid_chart",
  "invalid_count",
  "invalid_decimal",
  "number_out_of_range",
  "number_text_too_long",
  "invalid_decimals",
  "text_too_long",
  "too_many_items",
  "unreadable_field",
  "report_too_long",
] as const;

/** True when the call returns, or throws a PdzError with one of the codes; fails the test otherwise. */
export function expectCodeOrValid(call: () => unknown, codes: readonly string[]): void {
  try {
    call();
  } catch (error) {
    expect(isPdzError(error) ? error.code : String(error)).toSatisfy((code: string) => codes.includes(code));
  }
}

/** The code a call throws, or undefined. */
export function codeOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return isPdzError(error) ? error.code : `not a PdzError: ${String(error)}`;
  }
  return undefined;
}

/** A small document with every kind of block. */
export const SAMPLE: ReportDocument = {
  kind: "report",
  language: "it",
  title: "Spesa sociale <2022> & altro",
  blocks: [
    { kind: "note", text: "Una nota con *asterischi* e <b>tag</b>." },
    {
      kind: "section",
      title: "Per area",
      blocks: [
        {
          kind: "table",
          id: "spesa",
          title: "Spesa per area",
          columns: [
            { key: "area", header: "Area", type: "text" },
            { key: "spesa", header: "Spesa", type: "euro" },
            { key: "quota", header: "Quota", type: "percent", decimals: 1 },
            { key: "utenti", header: "Utenti", type: "count" },
            { key: "indice", header: "Costo medio", type: "index", decimals: 0 },
            { key: "fascia", header: "Fascia", type: "band" },
          ],
          rows: [
            ["Minori; famiglia", "8208518", "41.4", 4418, "1857.97", { code: "buono", label: "buono" }],
            ["=SOMMA(A1)", 0.5, null, null, null, null],
            [
              'Virgolette "doppie"\nsu due righe',
              "1234.565",
              "0.05",
              0,
              "-3.5",
              { code: "x y", label: "altro" },
            ],
          ],
          notes: ["Fonte: Tabella 4.2 | riga 3501."],
        },
        { kind: "list", items: ["primo", "secondo"] },
      ],
    },
    {
      kind: "chart",
      id: "grafico",
      chart: "bars",
      language: "it",
      title: "Spesa",
      description: "Barre",
      valueType: "euro",
      axes: { category: "Area", value: "Euro", series: null },
      categories: ["A", "B"],
      series: [],
      data: [
        { category: "A", series: null, value: "10", target: null, band: null },
        { category: "B", series: null, value: "20.5", target: null, band: null },
      ],
      rules: [{ value: "15", label: "media" }],
    },
  ],
};

/** Parses XML strictly: any warning or error of the parser fails. Returns the document. */
export function parseXml(
  text: string,
  mimeType: "image/svg+xml" | "text/xml" = "image/svg+xml",
): XmlDocument {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  });
  const document = parser.parseFromString(text, mimeType);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return document;
}

const require = createRequire(import.meta.url);
let validator: ((spec: unknown) => boolean) & { errors?: unknown } = Object.assign(() => false, {});
let compiled = false;

/** Validates a spec against the JSON Schema of Vega-Lite v5 (the vega-lite package's own). */
export function validateVegaLite(spec: unknown): { valid: boolean; errors: unknown } {
  if (!compiled) {
    const schema = JSON.parse(
      readFileSync(require.resolve("vega-lite/build/vega-lite-schema.json"), "utf8"),
    ) as object;
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
    validator = ajv.compile(schema) as typeof validator;
    compiled = true;
  }
  const valid = validator(spec);
  return { valid, errors: validator.errors ?? null };
}

/** The Italian words the library writes in its reports: none may appear under English. */
export const ITALIAN_WORDS = [
  "Obiettivo",
  "Titolo",
  "Grado",
  "Fascia",
  "Azioni",
  "Coincidenza",
  "Adeguatezza",
  "Adeguato",
  "adeguato",
  "dichiarato",
  "ottimo",
  "buono",
  "sufficiente",
  "insufficiente",
  "Incongruenze",
  "errore",
  "avviso",
  "media semplice",
  "ponderato",
  "n.a.",
  "pertinente",
  "Maschi",
  "Femmine",
  "Totale",
  "Età",
  "Popolazione",
  "Residenti",
  "Indice",
  "Indici",
  "Valore",
  "piramide",
  "Piramide",
  "gennaio",
  "Voce",
  "Importo",
  "raggiunto",
  "mancanti",
  "Confronto",
  "andamento",
  "Barre",
  "Linee",
  "Profilo",
  "soglie",
  "piano:",
  "sottostimato",
  "sovrastimato",
  "realizzat",
  "Fonte",
  "Rapporto",
] as const;

/** The Italian words of the list that a text shows (as whole words): style rules and class names are codes. */
export function italianIn(shown: string): string[] {
  const text = shown.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/ class="[^"]*"/g, "");
  return ITALIAN_WORDS.filter((word) => {
    let at = text.indexOf(word);
    while (at >= 0) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + word.length);
      const letter = /\p{L}/u;
      if (!letter.test(before) && (word.endsWith("t") || !letter.test(after))) return true;
      at = text.indexOf(word, at + 1);
    }
    return false;
  });
}

import { describe, expect, it } from "vitest";
import { parseAccordoDiProgramma, parsePianoDiZona, parseSchedaObiettivo } from "../../src/model/parse.js";
import { accordoInput, pianoInput, schedaInput } from "./_fixtures.js";

describe("parse functions", () => {
  it("reject __proto__ and constructor keys without polluting any prototype", () => {
    const text = JSON.stringify(accordoInput()).replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    const input: unknown = JSON.parse(text);
    const result = parseAccordoDiProgramma(input);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["__proto__"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");

    const scheda = JSON.parse(
      JSON.stringify(schedaInput()).replace(
        '"budget":{',
        '"budget":{"constructor":{"prototype":{"polluted":1}},',
      ),
    );
    const schedaResult = parseSchedaObiettivo(scheda);
    expect(schedaResult.success ? [] : schedaResult.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["budget", "constructor"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never throw, whatever the input", () => {
    for (const input of [
      undefined,
      null,
      0,
      "piano",
      [],
      {},
      () => 1,
      Symbol("x"),
      new Date(0),
      { ambito: null },
    ]) {
      expect(parsePianoDiZona(input).success).toBe(false);
      expect(parseAccordoDiProgramma(input).success).toBe(false);
      expect(parseSchedaObiettivo(input).success).toBe(false);
    }
  });

  it("name the Piano's own title and period", () => {
    const result = parsePianoDiZona({ ...pianoInput(), title: "", period: { from: 2025 } });
    expect(result.success ? [] : result.issues.map((issue) => issue.messageIt)).toEqual([
      "TITOLO DEL PIANO DI ZONA: il testo non può essere vuoto",
      "PERIODO DI PROGRAMMAZIONE: il campo è obbligatorio",
    ]);
  });

  it("do not change their input", () => {
    const input = pianoInput();
    const before = JSON.stringify(input);
    expect(parsePianoDiZona(input).success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("say what is missing on an empty document", () => {
    const result = parseAccordoDiProgramma({});
    expect(result.success ? [] : result.issues.map((issue) => issue.messageIt)).toEqual([
      "TITOLO DELL'ACCORDO: il campo è obbligatorio",
      "AMBITO TERRITORIALE: il campo è obbligatorio",
      "ENTI CITATI NELL'ACCORDO: il campo è obbligatorio",
      "ARTICOLI DELL'ACCORDO: il campo è obbligatorio",
      "SOGGETTI SOTTOSCRITTORI: il campo è obbligatorio",
      "SOGGETTI ADERENTI: il campo è obbligatorio",
      "ENTE CAPOFILA: il campo è obbligatorio",
      "DURATA: il campo è obbligatorio",
      "PROROGHE: il campo è obbligatorio",
      "MODIFICHE DELL'ACCORDO: il campo è obbligatorio",
      "ORGANI DI GESTIONE DEL PIANO DI ZONA: il campo è obbligatorio",
    ]);
  });
});
